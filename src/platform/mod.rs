//! Small pieces of browser glue that are not storage: the theme attribute, the system colour
//! scheme, and the crash screen. Kept here so components stay free of raw DOM calls.
pub mod crash_screen;

/// Whether the device currently asks for a dark colour scheme.
pub fn system_prefers_dark() -> bool {
    web_sys::window()
        .and_then(|window| window.match_media("(prefers-color-scheme: dark)").ok())
        .flatten()
        .is_some_and(|query| query.matches())
}

/// Sets `<html data-theme=…>`, or removes it so the CSS follows the device.
pub fn apply_theme_attribute(value: Option<&str>) {
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    else {
        return;
    };
    // Failing to set an attribute only leaves the previous theme showing; nothing to report.
    match value {
        Some(theme) => root.set_attribute("data-theme", theme).unwrap_or(()),
        None => root.remove_attribute("data-theme").unwrap_or(()),
    }
}

/// Keeps the address hash a route (`#/…`) for the whole visit.
///
/// The router reads every hash as a route and stops the app on one that is not (`#top`,
/// `#`, a hand-edited address). This listener runs before the router's, because it is
/// added before the app renders, and turns such a hash into the start page's.
pub fn install_hash_guard() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    let Some(window) = web_sys::window() else {
        return;
    };
    let guard = Closure::<dyn Fn()>::new(|| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let hash = window.location().hash().unwrap_or_default();
        if !hash.starts_with("#/") {
            if let Ok(history) = window.history() {
                // Replacing (not pushing) keeps Back working as the person expects.
                history
                    .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#/"))
                    .unwrap_or(());
            }
        }
    });
    window
        .add_event_listener_with_callback("popstate", guard.as_ref().unchecked_ref())
        .unwrap_or(());
    // The listener lives as long as the page.
    guard.forget();
}

/// Listens for the device switching between light and dark; stops listening when dropped.
pub struct SystemThemeListener {
    query: web_sys::MediaQueryList,
    callback: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl Drop for SystemThemeListener {
    fn drop(&mut self) {
        use wasm_bindgen::JsCast;
        self.query
            .remove_event_listener_with_callback("change", self.callback.as_ref().unchecked_ref())
            .unwrap_or(());
    }
}

/// Calls `on_change` with the new "prefers dark" value whenever the device setting changes.
pub fn on_system_theme_change(on_change: impl Fn(bool) + 'static) -> Option<SystemThemeListener> {
    use wasm_bindgen::JsCast;

    let query = web_sys::window()?
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()?;
    let watched = query.clone();
    let callback = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        on_change(watched.matches());
    });
    query
        .add_event_listener_with_callback("change", callback.as_ref().unchecked_ref())
        .ok()?;
    Some(SystemThemeListener { query, callback })
}
