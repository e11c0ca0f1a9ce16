//! Browser tests of the app shell: mount the real `App`, act as a person would, check the DOM.
#![cfg(target_arch = "wasm32")]

mod support;

use headache_diary::app::App;
use headache_diary::storage::local;
use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PREFERENCES_KEY: &str = "headache-diary.preferences";

#[wasm_bindgen_test]
async fn home_offers_the_self_check_and_the_diary() {
    reset_page();
    let (root, handle) = render::<App>(()).await;
    let links = root.query_selector_all("a.choice-card").expect("query");
    let targets: Vec<(String, String)> = (0..links.length())
        .filter_map(|i| links.item(i))
        .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
        .map(|a| {
            (
                a.get_attribute("href").unwrap_or_default(),
                a.text_content().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(targets.len(), 2, "{targets:?}");
    // The self-check is its own build beside the app.
    assert!(targets[0].0 == "check/" && targets[0].1.contains("Check my headaches"));
    assert!(targets[1].0.ends_with("#/diary") && targets[1].1.contains("My headache diary"));
    assert!(text_of(&root).contains("This is not a diagnosis."));
    handle.destroy();
}

#[wasm_bindgen_test]
async fn theme_switch_turns_the_page_dark_and_remembers_it() {
    reset_page();
    let (root, handle) = render::<App>(()).await;
    // Headless Chromium reports a light colour scheme, so the switch offers dark.
    let switch = button_named(&root, "Switch to dark theme").expect("theme switch offered");
    switch.click();
    yew::scheduler::flush().await;

    assert_eq!(html_theme_attribute().as_deref(), Some("dark"));
    assert!(button_named(&root, "Switch to light theme").is_some());
    let stored = local::read_raw(PREFERENCES_KEY).expect("storage works");
    assert_eq!(
        stored.as_deref(),
        Some(r#"{"version":1,"data":{"theme":"dark","track_cycle":true}}"#)
    );
    handle.destroy();
}

#[wasm_bindgen_test]
async fn stored_dark_theme_is_applied_on_start_without_saving() {
    reset_page();
    let stored = r#"{"version":1,"data":{"theme":"dark"}}"#;
    local::write_raw(PREFERENCES_KEY, stored).expect("write");
    let (root, handle) = render::<App>(()).await;
    assert_eq!(html_theme_attribute().as_deref(), Some("dark"));
    assert!(button_named(&root, "Switch to light theme").is_some());
    handle.destroy();
}

#[wasm_bindgen_test]
async fn unreadable_settings_are_reported_and_kept_aside_before_any_save() {
    reset_page();
    let damaged = "{\"version\":1,\"data\":{\"theme\":";
    local::write_raw(PREFERENCES_KEY, damaged).expect("write");
    let (root, handle) = render::<App>(()).await;

    let alert = root
        .query_selector("[role=alert]")
        .expect("query")
        .expect("an alert is shown");
    assert!(text_of(&alert).contains("damaged"), "{}", text_of(&alert));
    // Loading alone never writes.
    assert_eq!(
        local::read_raw(PREFERENCES_KEY).expect("read").as_deref(),
        Some(damaged)
    );

    button_named(&root, "Switch to dark theme")
        .expect("switch")
        .click();
    yew::scheduler::flush().await;

    let aside = local::read_raw(&local::aside_key(PREFERENCES_KEY)).expect("read");
    assert_eq!(aside.as_deref(), Some(damaged), "the damaged text is kept");
    assert_eq!(
        local::read_raw(PREFERENCES_KEY).expect("read").as_deref(),
        Some(r#"{"version":1,"data":{"theme":"dark","track_cycle":true}}"#)
    );
    handle.destroy();
}

#[wasm_bindgen_test]
async fn settings_page_radio_picks_a_theme() {
    reset_page();
    web_sys::window()
        .expect("window")
        .location()
        .set_hash("#/settings")
        .expect("set hash");
    let (root, handle) = render::<App>(()).await;
    let dark = root
        .query_selector("#theme-dark")
        .expect("query")
        .expect("a Dark radio");
    let label = root
        .query_selector("label[for=theme-dark]")
        .expect("query")
        .expect("the radio has a label");
    assert!(text_of(&label).contains("Dark"));
    wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(dark).click();
    yew::scheduler::flush().await;
    assert_eq!(html_theme_attribute().as_deref(), Some("dark"));
    handle.destroy();
}

#[wasm_bindgen_test]
fn app_clock_reads_the_tests_fixed_today_not_the_machines_date() {
    reset_page();
    let expected =
        chrono::NaiveDateTime::parse_from_str(TODAY, "%Y-%m-%dT%H:%M").expect("TODAY is a time");
    let seen = headache_diary::platform::now_local();
    let drift = (seen - expected).num_seconds();
    assert!(
        (0..60).contains(&drift),
        "the app reads {seen}, the tests' today is {expected}"
    );
}
