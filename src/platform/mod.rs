//! Small pieces of browser glue that are not storage: the theme attribute, the system colour
//! scheme, and the crash screen. Kept here so components stay free of raw DOM calls.
pub mod clinic_site;
pub mod crash_screen;
pub mod crypto;
pub mod first_screen;
pub mod idle;
pub mod service_worker;
pub mod zeroing_alloc;

/// The browser window, or `None` where there is none: natively, when the build's prerender step renders the
/// first screens with Yew's server renderer (`examples/prerender.rs`). Every read of the page goes through
/// here, so a render on the server sees "no browser" instead of stopping at a wasm-only import.
pub fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

thread_local! {
    /// The route the prerender step renders (natively only; the browser reads the address).
    static PRERENDER_PATH: std::cell::RefCell<String> = std::cell::RefCell::new("/".to_string());
}

/// Sets the route the next native render shows (the build's prerender step).
pub fn set_prerender_path(path: &str) {
    PRERENDER_PATH.with(|cell| *cell.borrow_mut() = path.to_string());
}

/// The path the address's hash names (`#/diary` gives `/diary`); natively, the route being prerendered.
pub fn route_path() -> String {
    match window() {
        Some(window) => {
            let hash = window.location().hash().unwrap_or_default();
            if hash_is_route(&hash) {
                hash[1..].to_string()
            } else {
                "/".to_string()
            }
        }
        None => PRERENDER_PATH.with(|cell| cell.borrow().clone()),
    }
}

/// Goes to `href` (`#/diary`), as a link would: a new entry in the tab's history, so Back returns here.
pub fn push_route(href: &str) {
    if let Some(window) = window() {
        // A refused change leaves the page where it is; the person can use the link again.
        window.location().set_hash(href).unwrap_or(());
    }
}

/// Goes to `href` (`#/diary`) in place of the current entry, so Back skips the address being left.
pub fn replace_route(href: &str) {
    if let Some(window) = window() {
        window.location().replace(href).unwrap_or(());
    }
}

/// Leaves the app for `href`, another page beside it (the self-check build, `check/`), in place of the current
/// entry so Back does not return to an address that only leads on. The query is kept: `?embed=1` still asks
/// for the framed layout there.
pub fn leave_for(href: &str) {
    if let Some(window) = window() {
        let query = window.location().search().unwrap_or_default();
        // Refused only by a sandboxed frame: the page then keeps its link to the same place.
        window
            .location()
            .replace(&format!("{href}{query}"))
            .unwrap_or(());
    }
}

/// Until the returned listener is dropped, leaving the page (a reload, closing the tab, a link to another page)
/// first asks the person, in the browser's own words, whether to leave.
pub fn ask_before_leaving() -> Option<WindowListener> {
    WindowListener::add("beforeunload", |event| event.prevent_default())
}

/// Calls `on_change` whenever the address's hash changes (a link, Back, or the person typing); stops when dropped.
pub fn on_route_change(on_change: impl Fn() + 'static) -> Option<WindowListener> {
    WindowListener::add("hashchange", move |_| on_change())
}

/// A listener for one kind of event on the window; removed when dropped.
pub struct WindowListener {
    event: &'static str,
    callback: wasm_bindgen::closure::Closure<dyn Fn(web_sys::Event)>,
}

impl WindowListener {
    /// Listens for `event` on the window; `None` where there is no window or it refused.
    fn add(
        event: &'static str,
        on_event: impl Fn(web_sys::Event) + 'static,
    ) -> Option<WindowListener> {
        use wasm_bindgen::JsCast;
        let callback = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(on_event);
        window()?
            .add_event_listener_with_callback(event, callback.as_ref().unchecked_ref())
            .ok()?;
        Some(WindowListener { event, callback })
    }
}

impl Drop for WindowListener {
    fn drop(&mut self) {
        use wasm_bindgen::JsCast;
        if let Some(window) = window() {
            window
                .remove_event_listener_with_callback(
                    self.event,
                    self.callback.as_ref().unchecked_ref(),
                )
                .unwrap_or(());
        }
    }
}

/// Whether the device currently asks for a dark colour scheme.
pub fn system_prefers_dark() -> bool {
    window()
        .and_then(|window| window.match_media("(prefers-color-scheme: dark)").ok())
        .flatten()
        .is_some_and(|query| query.matches())
}

/// Sets `<html data-theme=…>`, or removes it so the CSS follows the device.
pub fn apply_theme_attribute(value: Option<&str>) {
    let Some(root) = window()
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
/// A hash that is not a route (`#top`, `#`, `#//…`, a hand-edited address) shows the start page
/// ([`route_path`]); this listener also turns the address itself into the start page's, so the
/// address bar, a bookmark or a shared link says what the page shows.
pub fn install_hash_guard() {
    // Once now, for the address the page was opened with, then on every change.
    keep_hash_a_route();
    if let Some(listener) = WindowListener::add("popstate", |_| keep_hash_a_route()) {
        // The listener lives as long as the page.
        std::mem::forget(listener);
    }
}

/// Replaces an address whose hash is not a route with the start page's.
fn keep_hash_a_route() {
    let Some(window) = window() else {
        return;
    };
    let hash = window.location().hash().unwrap_or_default();
    if !hash_is_route(&hash) {
        if let Ok(history) = window.history() {
            // Replacing (not pushing) keeps Back working as the person expects.
            history
                .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#/"))
                .unwrap_or(());
        }
    }
}

/// Whether `hash` is one the app reads as a path: `#/…`, but not `#//…`, which a URL parser takes for
/// another host ("//host/path") rather than a path of this app.
pub fn hash_is_route(hash: &str) -> bool {
    hash.starts_with("#/") && !hash.starts_with("#//")
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

    let query = window()?
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

/// The person's local wall-clock time, to the minute: the one place the app reads the clock.
pub fn now_local() -> chrono::NaiveDateTime {
    use chrono::Timelike;
    let now = chrono::Local::now().naive_local();
    now.with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(now)
}

/// A new attack id: milliseconds since 1970 × 1024 plus a random part, unique across tabs that
/// add an entry in the same millisecond, and below 2^53 so it survives JSON in any reader.
pub fn new_attack_id() -> crate::domain::diary::AttackId {
    let millis = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1024.0) as u64 % 1024;
    crate::domain::diary::AttackId(millis * 1024 + random)
}

/// Calls `on_tick` every `millis` milliseconds until dropped (for elapsed-time displays).
pub struct Ticker {
    /// The timer id exactly as the browser gave it: web-sys's `i32` would cut a larger id (test clocks hand
    /// out such ids), and the timer would then never be cleared and call a dropped closure.
    handle: wasm_bindgen::JsValue,
    _callback: wasm_bindgen::closure::Closure<dyn Fn()>,
}

/// Runs `then` once, after the browser has painted the frame being prepared now (the next animation frame, then a
/// task after it); never where there is no window (the prerender step, which paints nothing).
pub fn after_next_paint(then: impl FnOnce() + 'static) {
    let after_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        let task = wasm_bindgen::closure::Closure::once_into_js(then);
        call_window("setTimeout", &js_sys::Array::of2(&task, &0.into()));
    });
    call_window("requestAnimationFrame", &js_sys::Array::of1(&after_frame));
}

/// Calls the window's own function `name` (`setInterval`, `clearInterval`) with `args`, keeping whatever it
/// returns as it is (a timer's handle).
fn call_window(name: &str, args: &js_sys::Array) -> Option<wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let window = window()?;
    let function = js_sys::Reflect::get(&window, &wasm_bindgen::JsValue::from_str(name))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    function.apply(&window, args).ok()
}

impl Ticker {
    /// Starts ticking; `None` if the browser refused the timer.
    pub fn every(millis: i32, on_tick: impl Fn() + 'static) -> Option<Ticker> {
        let callback = wasm_bindgen::closure::Closure::<dyn Fn()>::new(on_tick);
        let handle = call_window(
            "setInterval",
            &js_sys::Array::of2(callback.as_ref(), &wasm_bindgen::JsValue::from(millis)),
        )?;
        Some(Ticker {
            handle,
            _callback: callback,
        })
    }
}

impl Drop for Ticker {
    fn drop(&mut self) {
        // Nothing to report if the browser is gone: its timers went with it.
        call_window("clearInterval", &js_sys::Array::of1(&self.handle)).unwrap_or_default();
    }
}

/// Listens for another tab changing `key` in localStorage; stops listening when dropped.
pub struct StorageListener {
    _listener: WindowListener,
}

impl StorageListener {
    /// Calls `on_change` when another tab writes `key` (browsers never fire this in the tab that wrote).
    pub fn on_key(key: &'static str, on_change: impl Fn() + 'static) -> Option<StorageListener> {
        use wasm_bindgen::JsCast;
        let listener = WindowListener::add("storage", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            // A `None` key means the whole storage was cleared: that concerns us too.
            if event.key().is_none_or(|changed| changed == key) {
                on_change();
            }
        })?;
        Some(StorageListener {
            _listener: listener,
        })
    }
}

/// Offers `text` to the person as a file download named `file_name`.
///
/// Used to hand back data the app cannot read, so it is never lost. Returns whether the
/// browser accepted the download.
pub fn download_text(file_name: &str, text: &str, mime: &str) -> bool {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let link = window()
        .and_then(|window| window.document())
        .and_then(|document| document.create_element("a").ok())
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let Some(link) = link else {
        return false;
    };
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    web_sys::Url::revoke_object_url(&url).unwrap_or(());
    true
}

/// Moves keyboard focus to the element with `id` (it needs to be focusable, e.g. `tabindex="-1"`
/// on a heading), so keyboard and screen-reader users land where the screen changed.
pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        // Focus is a courtesy: if the browser refuses, focus stays where it was.
        element.focus().unwrap_or(());
    }
}
