//! Browser tests of the storage layer against the real localStorage.
#![cfg(target_arch = "wasm32")]

mod support;

use headache_diary::domain::preferences::Preferences;
use headache_diary::domain::theme::ThemePreference;
use headache_diary::storage::{local, Document, Loaded, StorageError};
use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn save_then_load_round_trips() {
    reset_page();
    let prefs = Preferences {
        theme: ThemePreference::Dark,
        ..Preferences::default()
    };
    local::save(&prefs).expect("save");
    assert_eq!(local::load::<Preferences>(), Ok(Loaded::Ready(prefs)));
}

#[wasm_bindgen_test]
fn load_with_nothing_stored_is_missing() {
    reset_page();
    assert_eq!(local::load::<Preferences>(), Ok(Loaded::Missing));
}

#[wasm_bindgen_test]
fn load_of_corrupt_text_returns_it_unchanged_and_writes_nothing() {
    reset_page();
    local::write_raw(Preferences::KEY, "not json at all").expect("write");
    match local::load::<Preferences>() {
        Ok(Loaded::Unreadable { raw, error }) => {
            assert_eq!(raw, "not json at all");
            assert!(matches!(error, StorageError::Corrupt(_)));
        }
        other => panic!("expected Unreadable, got {other:?}"),
    }
    assert_eq!(
        local::read_raw(Preferences::KEY).expect("read").as_deref(),
        Some("not json at all")
    );
}

#[wasm_bindgen_test]
fn keep_aside_never_replaces_an_earlier_copy() {
    reset_page();
    let first = local::keep_aside(Preferences::KEY, "first damaged copy").expect("keep");
    let second = local::keep_aside(Preferences::KEY, "second damaged copy").expect("keep");
    assert_eq!(
        local::read_raw(&local::aside_key(Preferences::KEY))
            .expect("read")
            .as_deref(),
        Some("first damaged copy")
    );
    assert_ne!(
        first, second,
        "the second unreadable text gets a name of its own"
    );
    assert_eq!(
        local::read_raw(&second).expect("read").as_deref(),
        Some("second damaged copy"),
        "and is kept, not dropped"
    );
    let again = local::keep_aside(Preferences::KEY, "second damaged copy").expect("keep");
    assert_eq!(again, second, "the same text is not copied twice");
    assert!(local::is_aside_key(&second) && !local::is_aside_key(Preferences::KEY));
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_as_quota_exceeded_and_keeps_what_was_saved() {
    reset_page();
    let prefs = Preferences {
        theme: ThemePreference::Light,
        ..Preferences::default()
    };
    local::save(&prefs).expect("save before filling");
    // Fill the origin's quota (about 5 MB in Chromium) with 512 KiB blocks.
    let block = "x".repeat(512 * 1024);
    let mut filled = 0;
    let error = loop {
        match local::write_raw(&format!("filler-{filled}"), &block) {
            Ok(()) => filled += 1,
            Err(error) => break error,
        }
        assert!(filled < 200, "quota never reached");
    };
    assert_eq!(error, StorageError::QuotaExceeded);
    // A further save of a big document fails the same way and the earlier value survives.
    let big = "y".repeat(600 * 1024);
    assert_eq!(
        local::write_raw("one-more", &big),
        Err(StorageError::QuotaExceeded)
    );
    assert_eq!(local::load::<Preferences>(), Ok(Loaded::Ready(prefs)));
    assert!(error.to_string().contains("full"));
    reset_page();
}
