//! Property tests of the backup import parser (`parse_backup`) with hostile files at volume: arbitrary text,
//! JSON of the wrong shape (wrong versions and types, huge numbers, deep nesting, odd unicode, impossible
//! dates) and mutations of the valid fixtures. None may panic; a refused file gets a message a person can
//! read; an accepted one round-trips exactly and merging it into a diary never loses an entry of that diary.
//! (`parse_backup` is pure, so a refusal cannot have touched storage; the browser test
//! `browser_hostile_import.rs` checks that against the real localStorage.)
//!
//! Case counts are explicit; each test prints how many inputs it ran (`cargo test -- --nocapture`).
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod hostile;

use std::sync::LazyLock;

use chrono::NaiveDate;
use common::fixture;
use headache_diary::domain::diary::{generate_sample_diary, Diary};
use headache_diary::domain::export::{merge, BackupPreview};
use headache_diary::storage::backup::{backup_text, parse_backup, Backup, BackupError};
use headache_diary::storage::{decode, encode};
use hostile::strategies::{
    count_accepted, deeply_nested, json_value, mutated, parse_all, retimed_fixture, swapped,
    version,
};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde_json::{json, Value};

const ARBITRARY_CASES: u32 = 3_000;
const MUTATED_CASES: u32 = 6_000;
const STRUCTURED_CASES: u32 = 3_000;

/// A refusal is a few sentences: the longest fixed text is about 250 characters, plus a short detail.
const MESSAGE_MAX_CHARS: usize = 700;

/// Backup files to mutate: the fixtures (two valid, one with severity 11) and one this build makes of six weeks of diary.
static BACKUP_FIXTURES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let sample = Backup {
        diary: generate_sample_diary(11, NaiveDate::from_ymd_opt(2025, 1, 1).expect("date"), 45),
        preferences: Some(decode(&fixture("preferences-v1.json")).expect("preferences")),
        self_check: Some(decode(&fixture("self-check-v1.json")).expect("self-check")),
    };
    vec![
        fixture("backup-v1.json"),
        fixture("backup-script-note.json"),
        fixture("backup-severity-11.json"),
        backup_text(&sample).expect("sample backup"),
    ]
});

/// The diaries a backup is merged into: the stored fixture and two months of generated entries.
static CURRENT_DIARIES: LazyLock<Vec<Diary>> = LazyLock::new(|| {
    vec![
        decode(&fixture("diary-v1.json")).expect("diary fixture"),
        generate_sample_diary(5, NaiveDate::from_ymd_opt(2025, 6, 1).expect("date"), 60),
    ]
});

/// The fixtures as JSON trees, parsed once.
static PARSED: LazyLock<Vec<Value>> = LazyLock::new(|| parse_all(&BACKUP_FIXTURES));

/// [`hostile::strategies::run`], reporting what was accepted as "accepted".
fn run<S: Strategy>(
    name: &str,
    cases: u32,
    strategy: S,
    property: impl Fn(S::Value) -> Result<(), TestCaseError>,
) -> u32 {
    hostile::strategies::run(name, "accepted", cases, strategy, property)
}

/// The property every input must have: no panic (proptest reports one as a failure), and either a refusal a
/// person can read or a backup that round-trips and merges without loss.
fn check_backup(text: &str) -> Result<(), TestCaseError> {
    match parse_backup(text) {
        Err(error) => check_refusal(&error),
        Ok(backup) => check_accepted(&backup),
    }
}

/// Words of serde's messages a person should never see (finding 16 of the trust review).
const PARSER_JARGON: &[&str] = &[
    "invalid type",
    "invalid value",
    "invalid length",
    "expected struct",
    "expected u64",
    "expected a sequence",
    "missing field",
    "unknown variant",
    "unknown field",
    " at line ",
    " column ",
    "PartsIn",
    "BackupIn",
    "EOF while parsing",
    "trailing characters",
    "Please try again",
    "edit that entry",
];

fn check_refusal(error: &BackupError) -> Result<(), TestCaseError> {
    let message = error.to_string();
    prop_assert!(
        !matches!(
            error,
            BackupError::Storage(_) | BackupError::StoredUnreadable
        ),
        "parsing never touches storage: {error:?}"
    );
    prop_assert!(
        message.starts_with("This ") || message.starts_with("The "),
        "a sentence for a person: {message}"
    );
    prop_assert!(
        message.ends_with("Nothing was changed."),
        "says nothing changed: {message}"
    );

    if let BackupError::InvalidPart { detail, .. } = error {
        prop_assert!(
            !detail.contains(" at line "),
            "no parser position: {detail}"
        );
    }
    for jargon in PARSER_JARGON {
        prop_assert!(
            !message.contains(jargon),
            "plain words, not the parser's ({jargon}): {message:.300}"
        );
    }
    Ok(())
}

/// A refusal is a few sentences, not a copy of the hostile file.
fn check_refusal_is_short(text: &str) -> Result<(), TestCaseError> {
    if let Err(error) = parse_backup(text) {
        let length = error.to_string().chars().count();
        prop_assert!(
            length <= MESSAGE_MAX_CHARS,
            "short enough to read: {length} characters: {error:.200}"
        );
    }
    Ok(())
}

fn check_accepted(backup: &Backup) -> Result<(), TestCaseError> {
    count_accepted();
    // Accepted means every diary rule holds: rebuilding it from its parts gives the same diary.
    let diary = &backup.diary;
    let rebuilt = Diary::from_parts(
        diary.attacks().to_vec(),
        diary.day_notes().to_vec(),
        diary.periods().to_vec(),
        diary.own_triggers().to_vec(),
    );
    prop_assert_eq!(rebuilt.as_ref(), Ok(diary), "accepted diary breaks a rule");
    // Re-encoded, it reads back the same, as storage and as a backup file.
    let stored = encode(diary).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let decoded = decode::<Diary>(&stored);
    prop_assert_eq!(decoded.as_ref(), Ok(diary));
    let text = backup_text(backup).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let reparsed = parse_backup(&text);
    prop_assert_eq!(reparsed.as_ref(), Ok(backup));
    // Merged into a diary, it never loses an entry of that diary (or, refused, merges nothing).
    for current in CURRENT_DIARIES.iter() {
        // The preview the restore page shows first must not panic either.
        let preview = BackupPreview::new(current, diary);
        let Ok(merged) = merge(current, diary) else {
            prop_assert!(preview.is_err(), "preview and merge agree");
            continue;
        };
        for attack in current.attacks() {
            prop_assert_eq!(merged.diary.attack(attack.id), Some(attack));
        }
        for note in current.day_notes() {
            prop_assert_eq!(merged.diary.day_note(note.date), Some(note));
        }
        for period in current.periods() {
            prop_assert!(merged.diary.periods().contains(period), "{period:?} lost");
        }
        for word in current.own_triggers() {
            prop_assert!(merged.diary.own_triggers().contains(word), "{word} lost");
        }
        prop_assert_eq!(
            merged.diary.attacks().len(),
            current.attacks().len() + merged.added_attacks
        );
    }
    Ok(())
}

/// Backups of the right outline with wrong insides: generated envelopes and parts, a valid backup with one
/// node swapped for a generated value or some dates swapped for odd ones, deep nesting where the diary's data
/// goes; and valid backups of generated diaries.
fn structured_backup() -> impl Strategy<Value = String> {
    let envelope = (
        version(),
        version(),
        json_value(),
        prop::option::of(json_value()),
    )
        .prop_map(|(outer, inner, data, preferences)| {
            let mut parts = json!({"diary": {"version": inner, "data": data}});
            if let Some(preferences) = preferences {
                parts["preferences"] = json!({"version": 1, "data": preferences});
            }
            json!({"version": outer, "data": parts}).to_string()
        });
    let swapped = swapped(LazyLock::force(&PARSED).as_slice());
    let nested = deeply_nested("1", |data| {
        format!("{{\"version\":1,\"data\":{{\"diary\":{{\"version\":1,\"data\":{data}}}}}}}")
    });
    let retimed = retimed_fixture(LazyLock::force(&PARSED).as_slice());
    // Valid backups of generated diaries (any seed, start and length): they reach the merge property often.
    let generated = (any::<u64>(), 0u64..3_000, 1u32..90).prop_map(|(seed, offset, days)| {
        let start = NaiveDate::from_ymd_opt(2019, 1, 1).expect("date") + chrono::Days::new(offset);
        backup_text(&Backup {
            diary: generate_sample_diary(seed, start, days),
            preferences: None,
            self_check: None,
        })
        .expect("generated backup")
    });
    prop_oneof![2 => envelope, 4 => swapped, 3 => retimed, 1 => nested, 2 => generated]
}

#[test]
fn parse_backup_arbitrary_text_never_panics_and_refusals_read_well() {
    let strategy = prop_oneof![
        any::<String>(),
        prop::collection::vec(any::<u8>(), 0..512)
            .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
        "\\PC*\\{\"version\":[0-9]{1,3},\"data\":\\PC*",
    ];
    run(
        "parse_backup arbitrary text",
        ARBITRARY_CASES,
        strategy,
        |text| check_backup(&text),
    );
}

#[test]
fn parse_backup_mutated_fixtures_never_panics_and_accepted_ones_merge_without_loss() {
    run(
        "parse_backup mutated fixtures",
        MUTATED_CASES,
        mutated(&BACKUP_FIXTURES),
        |text| check_backup(&text),
    );
}

#[test]
fn parse_backup_structured_json_never_panics_refuses_clearly_and_merges_without_loss() {
    run(
        "parse_backup structured JSON (wrong shapes, odd dates, generated diaries)",
        STRUCTURED_CASES,
        structured_backup(),
        |text| check_backup(&text),
    );
}

/// Dates at chrono's limits used to panic inside the diary rules (an attack starting in year -262143 with a
/// medicine; two attacks at the last representable minute), which in the app (built with `panic = "abort"`)
/// meant the crash screen for a backup file or a stored diary.
#[test]
fn parse_backup_dates_at_the_limits_of_the_calendar_do_not_panic() {
    let at_min = json!({"version": 1, "data": {"diary": {"version": 1, "data": {"a": [
        {"id": 1, "s": "-262143-01-01T10:00", "m": [{"n": "x", "t": "-262143-01-01T10:00", "c": "simple"}]}
    ]}}}});
    let at_max = json!({"version": 1, "data": {"diary": {"version": 1, "data": {"a": [
        {"id": 1, "s": "+262142-12-31T23:58", "e": "+262142-12-31T23:59"},
        {"id": 2, "s": "+262142-12-31T23:59"}
    ]}}}});
    for text in [at_min.to_string(), at_max.to_string()] {
        let outcome = std::panic::catch_unwind(|| check_backup(&text));
        assert!(
            matches!(outcome, Ok(Ok(()))),
            "{text}: {:?}",
            outcome.map_err(|_| "panicked")
        );
    }
}

/// serde quotes what it could not read, so `"version": "<3 KB>"`, an unknown part named with 100 KB of text, or a
/// long run of brackets where a key was would give an alert of that size; every refusal is shortened by
/// `storage::envelope::readable`.
#[test]
fn parse_backup_refusals_are_short_enough_to_read() {
    run(
        "parse_backup refusal length (mutated)",
        2_000,
        mutated(&BACKUP_FIXTURES),
        |text| check_refusal_is_short(&text),
    );
    run(
        "parse_backup refusal length (structured)",
        2_000,
        structured_backup(),
        |text| check_refusal_is_short(&text),
    );
}

fn refusal(text: &str) -> BackupError {
    parse_backup(text).expect_err("refused")
}

/// A hostile file can hold a hundred kilobytes where a word or a date should be; the message quotes a little
/// of it, not all of it.
#[test]
fn parse_backup_huge_wrong_word_or_date_gives_a_short_message() {
    let long = "x".repeat(100_000);
    let settings = json!({"version": 1, "data": {"diary": {"version": 1, "data": {}},
        "preferences": {"version": 1, "data": {"theme": long}}}});
    let date = json!({"version": 1, "data": {"diary": {"version": 1, "data": {"a": [{"id": 1, "s": long}]}}}});
    for text in [settings.to_string(), date.to_string()] {
        let error = refusal(&text);
        check_refusal(&error).expect("readable");
        check_refusal_is_short(&text).expect("short");
        assert!(error.to_string().contains("xxxxxxxxxx…"), "{error}");
    }
}

/// [`parse_backup_refusals_are_short_enough_to_read`] on one plain example.
#[test]
fn parse_backup_huge_unknown_part_name_gives_a_short_message() {
    let long = "x".repeat(100_000);
    let text = format!(
        "{{\"version\":1,\"data\":{{\"diary\":{{\"version\":1,\"data\":{{}}}},\"{long}\":1}}}}"
    );
    check_refusal(&refusal(&text)).expect("readable");
    check_refusal_is_short(&text).expect("short");
}
