//! Settings stored before the diary lock existed still load, with the default idle time.

mod common;

use common::fixture;
use headache_diary::domain::preferences::{
    Preferences, AUTO_LOCK_CHOICES, DEFAULT_AUTO_LOCK_MINUTES,
};
use headache_diary::domain::theme::ThemePreference;
use headache_diary::storage::{decode, encode};

#[test]
fn settings_saved_before_the_lock_existed_load_with_the_default_idle_time() {
    let prefs: Preferences = decode(&fixture("preferences-v1.json")).expect("v1 loads");
    assert_eq!(prefs.theme, ThemePreference::Dark);
    assert_eq!(prefs.auto_lock_minutes(), DEFAULT_AUTO_LOCK_MINUTES);
    let older: Preferences =
        decode(r#"{"version":1,"data":{"theme":"light","track_cycle":false}}"#).expect("loads");
    assert!(!older.track_cycle);
    assert_eq!(older.auto_lock_minutes, DEFAULT_AUTO_LOCK_MINUTES);
}

#[test]
fn a_chosen_idle_time_is_kept() {
    for minutes in AUTO_LOCK_CHOICES {
        let prefs = Preferences {
            auto_lock_minutes: minutes,
            ..Preferences::default()
        };
        let back: Preferences = decode(&encode(&prefs).expect("encodes")).expect("decodes");
        assert_eq!(back.auto_lock_minutes(), minutes);
    }
}

#[test]
fn an_idle_time_never_offered_falls_back_to_the_default_not_to_never() {
    let prefs: Preferences =
        decode(r#"{"version":1,"data":{"auto_lock_minutes":0}}"#).expect("loads");
    assert_eq!(prefs.auto_lock_minutes(), DEFAULT_AUTO_LOCK_MINUTES);
}

#[test]
fn settings_that_never_touched_the_lock_are_stored_exactly_as_before() {
    let text = encode(&Preferences::default()).expect("encodes");
    assert_eq!(
        text,
        r#"{"version":1,"data":{"theme":"system","track_cycle":true}}"#
    );
}
