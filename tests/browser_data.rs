//! Browser tests of backup, restore and delete-all against the real localStorage: a refused file leaves storage
//! byte for byte as it was; a replace writes the backup and keeps the previous diary aside (and that copy can be
//! restored); a merge adds without losing anything; delete-all leaves no key of the app; the page renders what
//! is stored.
#![cfg(target_arch = "wasm32")]

mod support;

use chrono::NaiveDate;
use headache_diary::app::App;
use headache_diary::domain::diary::{generate_sample_diary, Diary};
use headache_diary::domain::preferences::Preferences;
use headache_diary::storage::backup::{
    delete_all, export_backup, kept_copies, parse_backup, restore, stored_keys, Mode,
};
use headache_diary::storage::self_check::SelfCheckDocument;
use headache_diary::storage::{decode, encode, local, Document, Loaded};
use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const BACKUP: &str = include_str!("fixtures/backup-v1.json");
const STORED_DIARY: &str = include_str!("fixtures/diary-v1.json");
const STORED_SELF_CHECK: &str = include_str!("fixtures/self-check-v1.json");

fn now() -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 5, 21)
        .and_then(|day| day.and_hms_opt(10, 30, 0))
        .expect("time")
}

fn small_diary() -> Diary {
    generate_sample_diary(7, NaiveDate::from_ymd_opt(2025, 1, 1).expect("date"), 60)
}

fn seed() {
    reset_page();
    local::save(&small_diary()).expect("save diary");
    local::write_raw(
        "headache-diary.preferences",
        "{\"version\":1,\"data\":{\"theme\":\"light\"}}",
    )
    .expect("prefs");
    local::write_raw("headache-diary.self-check", STORED_SELF_CHECK).expect("self-check");
    local::write_raw("someone-else.key", "not ours").expect("other key");
}

#[wasm_bindgen_test]
fn invalid_backup_refused_leaves_storage_byte_for_byte_unchanged() {
    seed();
    let before = storage_snapshot();
    let hostile = [
        String::new(),
        "not json".to_string(),
        BACKUP[..BACKUP.len() / 2].to_string(),
        BACKUP.replacen("\"version\": 1", "\"version\": 99", 1),
        BACKUP.replacen("\"sv\": 7", "\"sv\": 11", 1),
        BACKUP.replacen("2026-03-02T21:30", "2026-02-30T21:30", 1),
        STORED_DIARY.to_string(),
        "[1,2,3]".to_string(),
    ];
    for text in &hostile {
        assert!(parse_backup(text).is_err(), "{text:.60}");
    }
    assert_eq!(storage_snapshot(), before);
}

#[wasm_bindgen_test]
fn valid_replace_writes_the_backup_and_keeps_the_previous_diary_aside() {
    seed();
    let previous_text = local::read_raw(Diary::KEY).expect("read").expect("stored");
    let backup = parse_backup(BACKUP).expect("valid");
    let restored = restore(&backup, Mode::Replace, now()).expect("restored");

    assert_eq!(restored.diary, backup.diary);
    let stored = local::read_raw(Diary::KEY).expect("read").expect("stored");
    assert_eq!(stored, encode(&backup.diary).expect("encode"));
    let aside = "headache-diary.diary.before-restore-20260521T1030";
    assert!(
        restored.kept_aside.iter().any(|key| key == aside),
        "{:?}",
        restored.kept_aside
    );
    assert_eq!(
        local::read_raw(aside).expect("read"),
        Some(previous_text.clone())
    );
    // Settings and self-check were replaced too, each kept aside first.
    assert_eq!(restored.kept_aside.len(), 3);
    assert_eq!(
        local::read_raw("someone-else.key")
            .expect("read")
            .as_deref(),
        Some("not ours")
    );

    // The kept copy is offered as a backup file that restores the previous diary exactly.
    let copies = kept_copies().expect("copies");
    assert_eq!(copies.len(), 1);
    assert!(copies[0].is_backup);
    let undo = parse_backup(&copies[0].text).expect("copy is a backup");
    restore(&undo, Mode::Replace, now()).expect("restored back");
    assert_eq!(
        decode::<Diary>(&local::read_raw(Diary::KEY).expect("read").expect("stored")),
        decode::<Diary>(&previous_text)
    );
    // A second restore in the same minute never writes over the first copy.
    assert!(local::read_raw(&format!("{aside}-2"))
        .expect("read")
        .is_some());
    assert_eq!(local::read_raw(aside).expect("read"), Some(previous_text));
}

#[wasm_bindgen_test]
fn merge_adds_the_backup_to_the_stored_diary_and_keeps_every_entry() {
    seed();
    let mine = small_diary();
    let backup = parse_backup(BACKUP).expect("valid");
    let restored = restore(&backup, Mode::Merge, now()).expect("merged");
    assert_eq!(
        restored.diary.attacks().len(),
        mine.attacks().len() + backup.diary.attacks().len()
    );
    for attack in mine.attacks() {
        assert_eq!(restored.diary.attack(attack.id), Some(attack));
    }
    // Merge fills in only what is missing: the stored settings stay.
    assert_eq!(
        local::read_raw("headache-diary.preferences")
            .expect("read")
            .as_deref(),
        Some("{\"version\":1,\"data\":{\"theme\":\"light\"}}")
    );
}

#[wasm_bindgen_test]
fn merge_over_an_unreadable_diary_is_refused_and_changes_nothing() {
    reset_page();
    local::write_raw(Diary::KEY, "{\"version\":1,\"data\":{\"a\":[{\"id\":1,").expect("write");
    let before = storage_snapshot();
    let backup = parse_backup(BACKUP).expect("valid");
    assert!(restore(&backup, Mode::Merge, now()).is_err());
    assert_eq!(storage_snapshot(), before);
}

#[wasm_bindgen_test]
fn export_then_restore_round_trips_what_was_stored() {
    seed();
    let text = export_backup().expect("export");
    let stored_before = storage_snapshot();
    let backup = parse_backup(&text).expect("own backup is valid");
    assert_eq!(backup.diary, small_diary());
    restore(&backup, Mode::Replace, now()).expect("restore");
    // Restoring the same data gives the same documents, and the diary's stored text is unchanged, so no copy
    // of it is kept aside.
    assert_eq!(
        local::read_raw(Diary::KEY).expect("read").as_ref(),
        stored_before.get(Diary::KEY)
    );
    assert!(
        local::read_raw("headache-diary.diary.before-restore-20260521T1030")
            .expect("read")
            .is_none()
    );
    assert_eq!(
        local::load::<Preferences>(),
        Ok(Loaded::Ready(
            decode::<Preferences>(&stored_before["headache-diary.preferences"]).expect("prefs")
        ))
    );
    assert_eq!(
        local::load::<SelfCheckDocument>(),
        Ok(Loaded::Ready(
            decode::<SelfCheckDocument>(STORED_SELF_CHECK).expect("self-check")
        ))
    );
}

#[wasm_bindgen_test]
fn delete_all_empties_every_key_of_the_app_and_only_those() {
    seed();
    local::write_raw("headache-diary.diary.unreadable", "broken").expect("aside");
    let backup = parse_backup(BACKUP).expect("valid");
    restore(&backup, Mode::Replace, now()).expect("restore");
    assert!(stored_keys().expect("keys").len() >= 7);

    let removed = delete_all().expect("deleted");
    assert!(removed >= 7);
    assert_eq!(stored_keys().expect("keys"), Vec::<String>::new());
    let left: Vec<String> = storage_snapshot().into_keys().collect();
    assert_eq!(left, ["someone-else.key"]);
}

#[wasm_bindgen_test]
async fn data_page_names_what_is_stored_and_offers_every_action() {
    reset_page();
    local::write_raw(Diary::KEY, STORED_DIARY).expect("seed");
    web_sys::window()
        .expect("window")
        .location()
        .set_hash("#/data")
        .expect("hash");
    let (root, app) = render::<App>(()).await;
    let text = text_of(&root);
    assert!(text.contains("Your data"), "{text}");
    assert!(
        text.contains("holds 4 headaches, 6 day entries and 2 periods"),
        "{text}"
    );
    for name in [
        "Download attacks (CSV)",
        "Download daily entries (CSV)",
        "Download a full backup (JSON)",
        "Delete all my data…",
    ] {
        assert!(button_named(&root, name).is_some(), "{name}");
    }
    let input = root
        .query_selector("input[type=file]#restore-file")
        .expect("query")
        .expect("file input");
    assert_eq!(
        input.get_attribute("accept").as_deref(),
        Some(".json,application/json")
    );
    assert!(root
        .query_selector("label[for=restore-file]")
        .expect("query")
        .is_some());

    // The confirmation names what would be lost before anything is deleted.
    button_named(&root, "Delete all my data…")
        .expect("button")
        .click();
    yew::scheduler::flush().await;
    let text = text_of(&root);
    assert!(text.contains("4 headaches"), "{text}");
    assert!(text.contains("6 day entries"), "{text}");
    assert!(button_named(&root, "Download a backup first").is_some());
    assert!(button_named(&root, "Delete everything").is_some());
    assert!(local::read_raw(Diary::KEY).expect("read").is_some());
    app.destroy();
    root.remove();
}
