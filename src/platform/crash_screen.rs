//! The friendly screen shown instead of a blank page if the app panics.
//!
//! The screen's text lives in `index.html` (element `#crash-screen`), so showing it needs no
//! allocation-heavy work inside a panic hook and its wording is readable without the app.

use wasm_bindgen::JsCast;

/// The id of the crash screen element in `index.html`.
pub const CRASH_SCREEN_ID: &str = "crash-screen";
/// The id of the element the app renders into.
pub const APP_ROOT_ID: &str = "app";

/// Installs a panic hook that shows the crash screen and logs the panic for developers. Through Yew's own
/// setter: a hook set with `std::panic::set_hook` alone is replaced by Yew's console-only hook when the app is
/// rendered, and a panic then leaves a frozen half-page.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("The app stopped: {info}").into());
        show();
    }));
}

/// Hides the app and shows the crash screen. Safe to call more than once.
pub fn show() {
    let Some(document) = super::window().and_then(|window| window.document()) else {
        return;
    };
    if let Some(app) = document.get_element_by_id(APP_ROOT_ID) {
        app.set_attribute("hidden", "").unwrap_or(());
    }
    if let Some(screen) = document
        .get_element_by_id(CRASH_SCREEN_ID)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        screen.set_hidden(false);
        // Move focus so a screen reader announces the message at once.
        screen.focus().unwrap_or(());
    }
}
