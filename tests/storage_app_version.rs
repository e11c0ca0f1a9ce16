//! Native tests of the "last version seen" record behind the quiet "the app was updated" note.

use headache_diary::storage::app_version::{compare, SeenVersion, Start};
use headache_diary::storage::{decode, encode, Document};

#[test]
fn compare_nothing_seen_before_is_a_first_start_without_a_note() {
    assert_eq!(compare(None, "9a050e8e9d2a9a1b621f"), Start::First);
}

#[test]
fn compare_same_version_again_says_nothing() {
    assert_eq!(compare(Some("9a050e8e"), "9a050e8e"), Start::Same);
}

#[test]
fn compare_another_version_than_last_time_is_an_update() {
    assert_eq!(compare(Some("9a050e8e"), "03d87e76"), Start::Updated);
}

#[test]
fn seen_version_round_trips_in_its_envelope_under_its_own_key() {
    let seen = SeenVersion {
        version: "9a050e8e9d2a9a1b621f".into(),
    };
    let text = encode(&seen).expect("encodes");
    assert_eq!(
        text,
        r#"{"version":1,"data":{"version":"9a050e8e9d2a9a1b621f"}}"#
    );
    assert_eq!(decode::<SeenVersion>(&text), Ok(seen));
    // Inside the app's prefix, so "Delete all my data" removes it too.
    assert!(SeenVersion::KEY.starts_with("headache-diary."));
}
