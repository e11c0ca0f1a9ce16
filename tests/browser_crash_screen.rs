//! Browser test of the crash screen that replaces a blank page after a panic.
#![cfg(target_arch = "wasm32")]

mod support;

use headache_diary::platform::crash_screen::{self, APP_ROOT_ID, CRASH_SCREEN_ID};
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn crash_screen_shows_its_message_and_hides_the_app() {
    let document = document();
    let body = document.body().expect("body");
    let app = document.create_element("div").expect("div");
    app.set_id(APP_ROOT_ID);
    app.set_text_content(Some("half-rendered app"));
    let screen = document.create_element("section").expect("section");
    screen.set_id(CRASH_SCREEN_ID);
    screen.set_attribute("hidden", "").expect("hidden");
    screen.set_attribute("tabindex", "-1").expect("tabindex");
    screen.set_text_content(Some("Something went wrong"));
    body.append_child(&app).expect("append");
    body.append_child(&screen).expect("append");

    crash_screen::show();

    let screen: web_sys::HtmlElement = screen.dyn_into().expect("html element");
    assert!(!screen.hidden(), "the crash screen is visible");
    assert!(app.has_attribute("hidden"), "the broken app is hidden");
    assert_eq!(
        document.active_element().map(|e| e.id()),
        Some(CRASH_SCREEN_ID.to_string()),
        "focus moves to the message"
    );
}
