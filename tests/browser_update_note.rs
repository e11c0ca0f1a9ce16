//! Browser tests of the quiet "the app was updated" note against the real localStorage.
#![cfg(target_arch = "wasm32")]

mod support;

use headache_diary::components::shell::update_note::UpdateNote;
use headache_diary::storage::app_version::SeenVersion;
use headache_diary::storage::Document;
use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOTE: &str = "The app was updated. Your diary and settings are unchanged.";
const DIARY_KEY: &str = "headache-diary.diary";
const DIARY: &str = r#"{"version":1,"data":{"a":[{"id":7,"s":"2026-11-01T08:00"}]}}"#;

/// Sets the build version the page carries, as scripts/sw-precache.mjs writes it.
fn running_version(version: &str) {
    let meta = match document()
        .query_selector(r#"meta[name="app-version"]"#)
        .expect("query")
    {
        Some(meta) => meta,
        None => {
            let meta = document().create_element("meta").expect("meta");
            meta.set_attribute("name", "app-version").expect("name");
            document()
                .head()
                .expect("head")
                .append_child(&meta)
                .expect("append");
            meta
        }
    };
    meta.set_attribute("content", version).expect("content");
}

fn seen(version: &str) -> String {
    format!(r#"{{"version":1,"data":{{"version":"{version}"}}}}"#)
}

fn stored(key: &str) -> Option<String> {
    local_storage().get_item(key).expect("read")
}

#[wasm_bindgen_test]
async fn update_note_first_visit_shows_nothing_and_stores_nothing() {
    reset_page();
    running_version("aaaa");
    let (root, _app) = render::<UpdateNote>(()).await;
    yew::scheduler::flush().await;
    assert!(!text_of(&root).contains(NOTE));
    assert_eq!(
        stored(SeenVersion::KEY),
        None,
        "a visit that stores nothing leaves nothing"
    );
}

#[wasm_bindgen_test]
async fn update_note_first_start_with_a_diary_remembers_the_version_without_a_note() {
    reset_page();
    local_storage().set_item(DIARY_KEY, DIARY).expect("seed");
    running_version("aaaa");
    let (root, _app) = render::<UpdateNote>(()).await;
    yew::scheduler::flush().await;
    assert!(!text_of(&root).contains(NOTE));
    assert_eq!(stored(SeenVersion::KEY), Some(seen("aaaa")));
}

#[wasm_bindgen_test]
async fn update_note_new_version_shows_once_politely_and_leaves_the_diary_alone() {
    reset_page();
    local_storage().set_item(DIARY_KEY, DIARY).expect("seed");
    local_storage()
        .set_item(SeenVersion::KEY, &seen("aaaa"))
        .expect("seed");
    running_version("bbbb");
    let (root, _app) = render::<UpdateNote>(()).await;
    yew::scheduler::flush().await;
    let status = root
        .query_selector(r#"[role="status"]"#)
        .expect("query")
        .expect("a status region");
    assert!(text_of(&status).contains(NOTE), "{}", text_of(&root));
    assert_eq!(stored(DIARY_KEY).as_deref(), Some(DIARY));
    assert_eq!(stored(SeenVersion::KEY), Some(seen("bbbb")));

    button_named(&root, "Dismiss the update note")
        .expect("a dismiss button")
        .click();
    yew::scheduler::flush().await;
    assert!(!text_of(&root).contains(NOTE));

    // The next start under the same version says nothing.
    let (again, _app) = render::<UpdateNote>(()).await;
    yew::scheduler::flush().await;
    assert!(!text_of(&again).contains(NOTE));
}

#[wasm_bindgen_test]
async fn update_note_unreadable_record_is_left_as_it_is_and_says_nothing() {
    reset_page();
    local_storage().set_item(DIARY_KEY, DIARY).expect("seed");
    local_storage()
        .set_item(SeenVersion::KEY, "{\"version\":1,")
        .expect("seed");
    running_version("bbbb");
    let (root, _app) = render::<UpdateNote>(()).await;
    yew::scheduler::flush().await;
    assert!(!text_of(&root).contains(NOTE));
    assert_eq!(stored(SeenVersion::KEY).as_deref(), Some("{\"version\":1,"));
}
