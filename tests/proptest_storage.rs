//! Property tests of the storage decoder (`storage::decode`) for every stored document (diary, settings,
//! self-check) with hostile text at volume: arbitrary strings, envelopes of the wrong shape (wrong versions and
//! types, huge numbers, deep nesting, odd unicode) and mutations of what earlier builds stored. None may panic;
//! what is refused is reported as damaged, of the wrong shape or newer, with words saying it was not changed
//! (the app then keeps the raw text; see `browser_storage.rs`); what is accepted re-encodes to text that
//! decodes to the same document.
//!
//! Case counts are explicit; each test prints how many inputs it ran (`cargo test -- --nocapture`).
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod hostile;

use std::fmt::Debug;
use std::sync::LazyLock;

use chrono::NaiveDate;
use common::fixture;
use headache_diary::domain::diary::{generate_sample_diary, Diary};
use headache_diary::domain::preferences::Preferences;
use headache_diary::storage::self_check::SelfCheckDocument;
use headache_diary::storage::{decode, encode, Document, StorageError};
use hostile::strategies::{
    count_accepted, deeply_nested, json_value, mutated, parse_all, retimed_fixture, swapped,
    version,
};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde_json::{json, Value};

const ARBITRARY_CASES: u32 = 2_000;
const MUTATED_CASES: u32 = 6_000;
const STRUCTURED_CASES: u32 = 3_000;

/// Stored texts as earlier builds wrote them, and six weeks of generated diary as this build writes it.
static STORED_FIXTURES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let year = generate_sample_diary(3, NaiveDate::from_ymd_opt(2025, 1, 1).expect("date"), 45);
    vec![
        fixture("diary-v1.json"),
        fixture("preferences-v1.json"),
        fixture("self-check-v1.json"),
        encode(&year).expect("encode"),
    ]
});

/// The fixtures as JSON trees, parsed once.
static PARSED: LazyLock<Vec<Value>> = LazyLock::new(|| parse_all(&STORED_FIXTURES));

/// [`hostile::strategies::run`], reporting what was accepted as "decodes accepted (3 documents per input)".
fn run<S: Strategy>(
    name: &str,
    cases: u32,
    strategy: S,
    property: impl Fn(S::Value) -> Result<(), TestCaseError>,
) -> u32 {
    hostile::strategies::run(
        name,
        "decodes accepted (3 documents per input)",
        cases,
        strategy,
        property,
    )
}

/// One document type: refused as damaged, wrong shape or newer (never as a storage failure) with words saying
/// it was not changed; or accepted and stable through encode and decode.
fn check_document<D: Document + PartialEq + Debug>(text: &str) -> Result<(), TestCaseError> {
    match decode::<D>(text) {
        Err(error) => {
            prop_assert!(
                matches!(
                    error,
                    StorageError::Corrupt(_)
                        | StorageError::WrongShape(_)
                        | StorageError::NewerVersion { .. }
                ),
                "decoding never reports a storage failure: {error:?}"
            );
            let message = error.to_string();
            prop_assert!(
                message.contains("has not been changed"),
                "says the data is kept: {message}"
            );
            // Shown on the diary page: a few sentences, never the stored text itself at length.
            prop_assert!(
                message.chars().count() <= 700,
                "short enough to read: {} characters",
                message.chars().count()
            );
            Ok(())
        }
        Ok(document) => {
            count_accepted();
            let again = encode(&document).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let decoded = decode::<D>(&again);
            prop_assert_eq!(decoded.as_ref(), Ok(&document), "{}", again);
            // Saving what was loaded and loading it again changes nothing more.
            let twice = encode(&decoded.map_err(|e| TestCaseError::fail(e.to_string()))?)
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(twice, again);
            Ok(())
        }
    }
}

/// Every stored document type reads `text` without panicking.
fn check_all(text: &str) -> Result<(), TestCaseError> {
    check_document::<Diary>(text)?;
    check_document::<Preferences>(text)?;
    check_document::<SelfCheckDocument>(text)
}

/// Envelopes of generated data and versions, stored fixtures with one node swapped, and deep nesting.
fn structured_envelope() -> impl Strategy<Value = String> {
    let envelope = (version(), json_value())
        .prop_map(|(version, data)| json!({"version": version, "data": data}).to_string());
    let swapped = swapped(LazyLock::force(&PARSED).as_slice());
    let nested = deeply_nested("null", |data| format!("{{\"version\":1,\"data\":{data}}}"));
    let retimed = retimed_fixture(LazyLock::force(&PARSED).as_slice());
    prop_oneof![2 => envelope, 4 => swapped, 3 => retimed, 1 => nested]
}

#[test]
fn decode_arbitrary_text_never_panics_and_is_reported_as_unreadable() {
    let strategy = prop_oneof![
        any::<String>(),
        prop::collection::vec(any::<u8>(), 0..512)
            .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
        "\\{\"version\":[0-9]{1,3},\"data\":\\PC*",
    ];
    run(
        "decode arbitrary text (x3 documents)",
        ARBITRARY_CASES,
        strategy,
        |text| check_all(&text),
    );
}

#[test]
fn decode_mutated_stored_fixtures_never_panics_and_accepted_ones_round_trip() {
    run(
        "decode mutated stored fixtures (x3 documents)",
        MUTATED_CASES,
        mutated(&STORED_FIXTURES),
        |text| check_all(&text),
    );
}

#[test]
fn decode_envelopes_of_the_wrong_shape_never_panic_and_are_refused_clearly() {
    run(
        "decode structured wrong JSON (x3 documents)",
        STRUCTURED_CASES,
        structured_envelope(),
        |text| check_all(&text),
    );
}

#[test]
fn decode_an_unknown_newer_version_is_refused_naming_it_for_every_document() {
    for text in [
        r#"{"version":99,"data":{}}"#,
        r#"{"version":18446744073709551615,"data":null}"#,
    ] {
        for error in [
            decode::<Diary>(text).map(|_| ()),
            decode::<Preferences>(text).map(|_| ()),
            decode::<SelfCheckDocument>(text).map(|_| ()),
        ] {
            let error = error.expect_err("newer is refused");
            assert!(
                matches!(error, StorageError::NewerVersion { .. }),
                "{error:?}"
            );
            assert!(error.to_string().contains("newer version"), "{error}");
        }
    }
}

/// The diary page shows the decoder's message; a stored text with a hundred kilobytes where a date or a word
/// should be must not put all of it on screen.
#[test]
fn decode_huge_wrong_date_or_word_gives_a_short_message_quoting_its_start() {
    let long = "x".repeat(100_000);
    let diary = json!({"version": 1, "data": {"a": [{"id": 1, "s": long}]}}).to_string();
    let settings = json!({"version": 1, "data": {"theme": long}}).to_string();
    for message in [
        decode::<Diary>(&diary).expect_err("bad date").to_string(),
        decode::<Preferences>(&settings)
            .expect_err("bad theme")
            .to_string(),
        decode::<Diary>(&format!("{{\"version\":\"{long}\",\"data\":{{}}}}"))
            .expect_err("bad version")
            .to_string(),
    ] {
        assert!(message.chars().count() < 500, "{message:.200}");
        assert!(message.contains("xxxxxxxxxx…"), "{message:.200}");
        assert!(message.contains("has not been changed"), "{message:.200}");
    }
}
