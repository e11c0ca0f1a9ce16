//! Shared helpers for the browser tests: one fixed "today", a fresh mount point, storage reset and DOM queries.
#![allow(dead_code)] // each test file uses its own subset

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// The one "today" of the browser tests, as of the end-to-end tests (`e2e/today.mjs`): `E2E_TODAY` when the tests
/// were built (local time, "YYYY-MM-DDTHH:MM"), otherwise a plain mid-month weekday. Never the machine's date.
pub const TODAY: &str = match option_env!("E2E_TODAY") {
    Some(today) => today,
    None => "2026-06-15T10:00",
};

/// Sets the page's clock to [`TODAY`] (at the start of each test): `new Date()` and `Date.now()`, which chrono
/// and the app read, start there and run on in real time, so timers and measured durations behave as usual and
/// no test file runs long enough to cross midnight from `23:59`. A subclass of the real `Date`, so dates built
/// from values are untouched.
pub fn fix_clock() {
    let set = js_sys::Function::new_with_args(
        "today",
        "if (!globalThis.__testsSetClock) {
           const RealDate = Date;
           let offset = 0;
           class TestsDate extends RealDate {
             constructor(...args) { if (args.length === 0) { super(RealDate.now() + offset); } else { super(...args); } }
             static now() { return RealDate.now() + offset; }
           }
           globalThis.Date = TestsDate;
           globalThis.__testsSetClock = (when) => {
             const start = new RealDate(when).getTime();
             if (Number.isNaN(start)) throw new Error('E2E_TODAY is not a date: ' + when);
             offset = start - RealDate.now();
           };
         }
         globalThis.__testsSetClock(today);",
    );
    set.call1(&wasm_bindgen::JsValue::NULL, &TODAY.into())
        .expect("the tests' clock is set");
}

/// Sets the clock unless a test already did.
fn ensure_clock() {
    let window = web_sys::window().expect("window");
    if !js_sys::Reflect::has(&window, &"__testsSetClock".into()).unwrap_or(false) {
        fix_clock();
    }
}

/// The tests' local time now (from [`TODAY`] on), as the app reads it.
pub fn now() -> chrono::NaiveDateTime {
    ensure_clock();
    chrono::Local::now().naive_local()
}

/// The tests' local day today.
pub fn today() -> chrono::NaiveDate {
    now().date()
}

pub fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

pub fn local_storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage")
}

/// Every key and value in localStorage, to compare byte for byte.
pub fn storage_snapshot() -> std::collections::BTreeMap<String, String> {
    let storage = local_storage();
    let length = storage.length().expect("length");
    (0..length)
        .filter_map(|index| storage.key(index).expect("key"))
        .map(|key| {
            let value = storage.get_item(&key).expect("get").expect("value");
            (key, value)
        })
        .collect()
}

/// Empties localStorage and resets the page-level state earlier tests may have left.
pub fn reset_page() {
    fix_clock();
    local_storage().clear().expect("clear storage");
    let root = document().document_element().expect("html element");
    root.remove_attribute("data-theme")
        .expect("remove attribute");
    // Hash routing owns the hash: it must always be a route ("#/…"), never empty.
    web_sys::window()
        .expect("window")
        .location()
        .set_hash("#/")
        .expect("set hash");
}

/// A new, empty element appended to the body for one test to render into.
pub fn mount_point() -> Element {
    fix_clock();
    let div = document().create_element("div").expect("create div");
    document()
        .body()
        .expect("body")
        .append_child(&div)
        .expect("append");
    div
}

/// Renders component `C` into a new mount point and waits until it has rendered.
pub async fn render<C>(props: C::Properties) -> (Element, AppHandle<C>)
where
    C: BaseComponent,
{
    let root = mount_point();
    let handle = yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    (root, handle)
}

/// The first button whose accessible name (aria-label, else its text) is `name`.
pub fn button_named(root: &Element, name: &str) -> Option<HtmlElement> {
    let buttons = root.query_selector_all("button").expect("query");
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .find(|button| {
            button.get_attribute("aria-label").as_deref() == Some(name)
                || button.text_content().unwrap_or_default().trim() == name
        })
}

pub fn text_of(root: &Element) -> String {
    root.text_content().unwrap_or_default()
}

pub fn html_theme_attribute() -> Option<String> {
    document()
        .document_element()
        .expect("html element")
        .get_attribute("data-theme")
}

/// Waits until the browser has painted a frame and run the tasks queued just after it (where the app reads a long
/// diary, with the same `platform::after_next_paint`, asked for earlier), then lets Yew render what followed.
pub async fn after_next_paint() {
    for _ in 0..2 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            headache_diary::platform::after_next_paint(move || {
                resolve
                    .call0(&wasm_bindgen::JsValue::NULL)
                    .expect("resolved");
            });
        });
        wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .expect("painted");
    }
    yew::scheduler::flush().await;
}
