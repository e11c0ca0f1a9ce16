//! Registers the offline service worker (`sw.js`, from pwa/sw.js) and reads the build version.
//!
//! Offline use is an extra: when the browser has no service workers, the page is not served over
//! http(s), or registration fails, the app runs exactly as before and says nothing (a console
//! error would alarm no one but the tests; a quiet `console.info` is enough for a developer).

use wasm_bindgen::JsValue;

/// The worker's file, beside index.html. Relative, so the app works from any folder; the
/// worker's scope is then that folder.
const SCRIPT_URL: &str = "sw.js";

/// How long after the start registration waits: installing the worker downloads every file of the
/// build again (about 1.4 MB) to keep it for offline use, which must not compete with the first screen.
const REGISTER_AFTER_MS: i32 = 3_000;

/// Registers the service worker in the background a few seconds after the start, if this browser and
/// address allow it.
pub fn register() {
    let Some(window) = super::window() else {
        return;
    };
    let mut wait = |resolve: js_sys::Function, _reject: js_sys::Function| {
        // If the browser refuses the timer, the promise never settles and the worker is simply not
        // registered this visit: the app runs as before.
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, REGISTER_AFTER_MS)
            .map(|_| ())
            .unwrap_or(());
    };
    let later = js_sys::Promise::new(&mut wait);
    wasm_bindgen_futures::spawn_local(async move {
        if wasm_bindgen_futures::JsFuture::from(later).await.is_ok() {
            register_now();
        }
    });
}

/// Registers the service worker now, if this browser and address allow it.
fn register_now() {
    let Some(window) = super::window() else {
        return;
    };
    let protocol = window.location().protocol().unwrap_or_default();
    if !matches!(protocol.as_str(), "http:" | "https:") || !window.is_secure_context() {
        return;
    }
    let navigator = window.navigator();
    // `navigator.serviceWorker` is missing in older browsers and some private modes; calling
    // into a missing object would throw, so look before touching it.
    let supported = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .is_ok_and(|container| !container.is_undefined() && !container.is_null());
    if !supported {
        return;
    }
    let registration = navigator.service_worker().register(SCRIPT_URL);
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(error) = wasm_bindgen_futures::JsFuture::from(registration).await {
            web_sys::console::info_2(&JsValue::from_str("Offline use is not available:"), &error);
        }
    });
}

/// The version of the running build (`<meta name="app-version">`, written by
/// scripts/sw-precache.mjs); `None` in a build without it (the hook did not run).
pub fn build_version() -> Option<String> {
    super::window()?
        .document()?
        .query_selector(r#"meta[name="app-version"]"#)
        .ok()??
        .get_attribute("content")
        .filter(|version| !version.trim().is_empty())
}
