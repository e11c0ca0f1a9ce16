//! Taking over the prerendered first screen (examples/prerender.rs, static/first-screen.js). The app replaces the
//! markup in `#app` with its own render of the same screen in one go, so nothing moves; what a person chose before
//! that is kept: checked radio buttons are read first and answered again by the page that asks them, and the last
//! button tapped is pressed again once the app is ready.

use std::cell::RefCell;

use wasm_bindgen::JsCast;

thread_local! {
    /// Radio buttons chosen on the prerendered screen: `(name, value)`, i.e. `("q-history", "first-ever")`.
    static EARLY_CHOICES: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// Reads what was chosen on the prerendered screen in `root`, then empties it for the app. From here on `#app` is
/// the app's: `<html data-first-screen="app">` tells static/first-screen.js to leave it alone (no more swapping
/// screens on a link, no more remembering taps, which the app now handles itself).
pub fn take_over(root: &web_sys::Element) {
    if let Some(html) = super::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        html.set_attribute("data-first-screen", "app").unwrap_or(());
    }
    if let Ok(checked) = root.query_selector_all("input[type=radio]:checked") {
        let choices: Vec<(String, String)> = (0..checked.length())
            .filter_map(|index| checked.item(index))
            .filter_map(|node| node.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| (input.name(), input.value()))
            .collect();
        EARLY_CHOICES.with(|cell| *cell.borrow_mut() = choices);
    }
    root.set_inner_html("");
}

/// The choices made before the app started, once: the page that asks them answers them again.
pub fn take_early_choices() -> Vec<(String, String)> {
    EARLY_CHOICES.with(|cell| std::mem::take(&mut *cell.borrow_mut()))
}

/// Marks the app as started (`<html data-ready>`, which tests and the benchmark wait for) and presses again the
/// button tapped on the prerendered screen, if any (remembered by static/first-screen.js).
pub fn mark_ready() {
    let Some(window) = super::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    if let Some(root) = document.document_element() {
        root.set_attribute("data-ready", "").unwrap_or(());
        root.remove_attribute("data-first-screen").unwrap_or(());
    }
    let key = wasm_bindgen::JsValue::from_str("__firstScreenTap");
    let tapped = js_sys::Reflect::get(&window, &key)
        .ok()
        .and_then(|value| value.as_string());
    let Some(tapped) = tapped else {
        return;
    };
    js_sys::Reflect::delete_property(&window, &key).unwrap_or(false);
    let Ok(buttons) = document.query_selector_all("#app button") else {
        return;
    };
    let same = (0..buttons.length())
        .filter_map(|index| buttons.item(index))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|button| {
            button.get_attribute("aria-label").as_deref() == Some(tapped.as_str())
                || button
                    .text_content()
                    .is_some_and(|text| text.trim() == tapped)
        });
    if let Some(button) = same {
        button.click();
    }
}
