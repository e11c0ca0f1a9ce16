//! Native tests of the backup file: a ten-year diary with settings and self-check round-trips exactly; the
//! fixture loads part by part; hostile and broken files are refused with the message a person needs (parsing is
//! pure, so a refusal cannot have touched anything); script-like text is kept as typed.

mod common;
use chrono::NaiveDate;
use common::*;
use headache_diary::domain::diary::*;
use headache_diary::domain::preferences::Preferences;
use headache_diary::domain::theme::ThemePreference;
use headache_diary::storage::backup::{
    backup_text, parse_backup, Backup, BackupError, BACKUP_MAX_BYTES, BACKUP_VERSION,
};
use headache_diary::storage::self_check::SelfCheckDocument;
use headache_diary::storage::{decode, encode};
use serde_json::{json, Value};

fn ten_years() -> Diary {
    generate_sample_diary(
        42,
        NaiveDate::from_ymd_opt(2016, 11, 21).expect("date"),
        3652,
    )
}

fn with_diary_data(data: Value) -> String {
    json!({"version": 1, "data": {"diary": {"version": 1, "data": data}}}).to_string()
}

fn message(text: &str) -> String {
    parse_backup(text).expect_err("refused").to_string()
}

#[test]
fn backup_of_a_ten_year_diary_round_trips_exactly() {
    let self_check: SelfCheckDocument =
        decode(&fixture("self-check-v1.json")).expect("self-check fixture");
    let backup = Backup {
        diary: ten_years(),
        preferences: Some(Preferences {
            theme: ThemePreference::Dark,
            track_cycle: false,
            ..Preferences::default()
        }),
        self_check: Some(self_check),
    };
    let text = backup_text(&backup).expect("text");
    let parsed = parse_backup(&text).expect("parsed");
    assert_eq!(parsed, backup);
    // And the diary part is byte for byte what storage would hold.
    assert_eq!(encode(&parsed.diary), encode(&backup.diary));
    assert_eq!(backup_text(&parsed).expect("text again"), text);
    assert!(text.len() < BACKUP_MAX_BYTES / 4, "{} bytes", text.len());
}

#[test]
fn backup_file_is_the_storage_envelope_around_each_stored_document() {
    let backup = Backup {
        diary: Diary::new(),
        preferences: Some(Preferences::default()),
        self_check: None,
    };
    let value: Value = serde_json::from_str(&backup_text(&backup).expect("text")).expect("json");
    assert_eq!(value["version"], json!(BACKUP_VERSION));
    assert_eq!(value["data"]["diary"], json!({"version": 2, "data": {}}));
    assert_eq!(value["data"]["preferences"]["version"], json!(1));
    assert!(value["data"].get("self_check").is_none());
}

#[test]
fn backup_fixture_v1_loads_every_part() {
    let backup = parse_backup(&fixture("backup-v1.json")).expect("fixture");
    assert_eq!(backup.diary.attacks().len(), 4);
    assert_eq!(backup.diary.day_notes().len(), 6);
    assert_eq!(backup.diary.periods().len(), 2);
    assert_eq!(backup.diary.own_triggers(), ["red wine"]);
    assert_eq!(
        backup.preferences.map(|p| p.theme),
        Some(ThemePreference::Dark)
    );
    assert!(backup.self_check.is_some());
}

#[test]
fn backup_with_script_in_a_note_keeps_it_as_typed_text() {
    let backup = parse_backup(&fixture("backup-script-note.json")).expect("script is only text");
    assert_eq!(
        backup.diary.attacks()[0].note,
        "<script>alert(\"x\")</script><img src=x onerror=alert(1)>"
    );
}

#[test]
fn backup_refuses_a_file_over_the_size_cap_before_reading_it() {
    let huge = format!(
        "{{\"version\":1,\"data\":\"{}\"}}",
        "x".repeat(BACKUP_MAX_BYTES)
    );
    let error = parse_backup(&huge).expect_err("too large");
    assert!(matches!(error, BackupError::TooLarge { .. }));
    assert!(error.to_string().contains("10.0 MB"), "{error}");
    assert!(error.to_string().contains("Nothing was changed"));
}

#[test]
fn backup_refuses_files_that_are_not_json_with_a_clear_message() {
    assert_eq!(parse_backup(""), Err(BackupError::Empty));
    assert_eq!(parse_backup("  \n"), Err(BackupError::Empty));
    let csv = "id,start,end\n17,2026-03-02T21:30,\n";
    assert!(message(csv).starts_with("This file is not a backup: it is not JSON"));
    assert!(message("{version: 1}").starts_with("This file is not a backup: it is not JSON"));
    assert!(message("\u{89}PNG\r\n").contains("not JSON"));
}

#[test]
fn backup_refuses_json_of_the_wrong_type() {
    for text in [
        "[1, {\"diary\": {}}]",
        "\"backup\"",
        "42",
        "null",
        "{}",
        "{\"version\": \"1\", \"data\": {}}",
        "{\"version\": 1}",
        "{\"version\": 1, \"data\": []}",
        "{\"version\": 1, \"data\": {\"preferences\": {}}}",
    ] {
        let error = parse_backup(text).expect_err(text);
        assert!(
            matches!(error, BackupError::NotABackup(_)),
            "{text}: {error:?}"
        );
        assert!(error.to_string().contains("not a backup from this app"));
    }
    // A stored diary on its own (the localStorage text) is not a backup either.
    let error = parse_backup(&fixture("diary-v1.json")).expect_err("diary alone");
    assert!(matches!(error, BackupError::NotABackup(_)), "{error:?}");
}

#[test]
fn backup_refuses_a_truncated_file() {
    let text = fixture("backup-v1.json");
    for cut in [text.len() / 2, text.len() - 3, 10] {
        assert_eq!(
            parse_backup(&text[..cut]),
            Err(BackupError::Truncated),
            "cut at {cut}"
        );
    }
    assert!(message(&text[..100]).contains("cut short"));
}

#[test]
fn backup_of_version_99_is_refused_as_newer() {
    let text = json!({"version": 99, "data": {"diary": {"version": 1, "data": {}}}}).to_string();
    assert_eq!(
        parse_backup(&text),
        Err(BackupError::NewerVersion {
            found: 99,
            supported: BACKUP_VERSION
        })
    );
    assert!(message(&text).contains("newer version of this app"));
    // A newer diary inside a current backup is refused the same way.
    let inner = json!({"version": 1, "data": {"diary": {"version": 99, "data": {}}}}).to_string();
    assert!(matches!(
        parse_backup(&inner),
        Err(BackupError::NewerVersion { found: 99, .. })
    ));
    let zero = json!({"version": 0, "data": {"diary": {"version": 1, "data": {}}}}).to_string();
    assert_eq!(parse_backup(&zero), Err(BackupError::UnknownVersion(0)));
}

#[test]
fn backup_with_an_impossible_date_is_refused_naming_it() {
    let text = with_diary_data(json!({"a": [{"id": 1, "s": "2026-02-30T10:00"}]}));
    let text_message = message(&text);
    assert!(
        text_message.starts_with("The diary in this backup cannot be used"),
        "{text_message}"
    );
    assert!(text_message.contains("2026-02-30T10:00"), "{text_message}");
    assert!(!text_message.contains("at line"), "{text_message}");
    let note_date = with_diary_data(json!({"d": [{"d": "2026-13-01", "k": "free"}]}));
    assert!(message(&note_date).contains("The diary in this backup cannot be used"));
}

#[test]
fn backup_with_an_end_before_its_start_is_refused() {
    let text = with_diary_data(
        json!({"a": [{"id": 1, "s": "2026-03-02T10:00", "e": "2026-03-01T10:00"}]}),
    );
    assert!(message(&text).contains("ends (1 Mar 2026 10:00) before it starts (2 Mar 2026 10:00)"));
}

#[test]
fn backup_with_duplicate_ids_is_refused() {
    let text = with_diary_data(json!({"a": [
        {"id": 7, "s": "2026-03-01T10:00", "e": "2026-03-01T11:00"},
        {"id": 7, "s": "2026-03-02T10:00", "e": "2026-03-02T11:00"}
    ]}));
    let error = message(&text);
    assert!(
        error.contains("Two headache entries use the same number (7)"),
        "{error}"
    );
}

#[test]
fn backup_with_severity_11_is_refused_with_the_scale() {
    let error = message(&fixture("backup-severity-11.json"));
    assert!(error.contains("11 is outside that scale"), "{error}");
    assert!(error.ends_with("Nothing was changed."), "{error}");
}

#[test]
fn backup_with_a_note_over_the_length_limit_is_refused() {
    let text = with_diary_data(json!({"a": [
        {"id": 1, "s": "2026-03-01T10:00", "e": "2026-03-01T11:00", "n": "x".repeat(NOTE_MAX_CHARS + 1)}
    ]}));
    assert!(message(&text).contains("the most this app keeps is 2000"));
    let name = with_diary_data(
        json!({"a": [{"id": 1, "s": "2026-03-01T10:00", "e": "2026-03-01T11:00",
        "m": [{"n": "y".repeat(NAME_MAX_CHARS + 1), "t": "2026-03-01T10:05", "c": "triptan"}]}]}),
    );
    assert!(message(&name).contains("most this app keeps is 80"));
}

#[test]
fn backup_with_overlapping_attacks_is_refused() {
    let text = with_diary_data(json!({"a": [
        {"id": 1, "s": "2026-03-01T10:00", "e": "2026-03-01T14:00"},
        {"id": 2, "s": "2026-03-01T12:00", "e": "2026-03-01T15:00"}
    ]}));
    assert!(message(&text).contains("Two headaches overlap in time"));
}

#[test]
fn backup_with_unknown_parts_or_fields_is_refused_not_half_read() {
    let extra_part =
        json!({"version": 1, "data": {"diary": {"version": 1, "data": {}}, "cookies": 1}})
            .to_string();
    assert!(matches!(
        parse_backup(&extra_part),
        Err(BackupError::NotABackup(_))
    ));
    let bad_settings = json!({"version": 1, "data": {"diary": {"version": 1, "data": {}},
        "preferences": {"version": 1, "data": {"theme": "neon"}}}})
    .to_string();
    assert!(message(&bad_settings).starts_with("The settings in this backup cannot be used"));
}

#[test]
fn backup_with_a_byte_order_mark_still_loads() {
    let text = format!("\u{feff}{}", fixture("backup-v1.json"));
    assert!(parse_backup(&text).is_ok());
}
