//! Hostile backup files at volume against the real localStorage: a stored diary, settings and a kept
//! self-check; then mutated backup files until 2,000 have been refused (a seeded PRNG drives the same mutations as the native
//! property tests, since proptest does not run in wasm) go through exactly what the restore page does
//! (`parse_backup`, the preview, then `restore`). After every refused file, every key and value in storage is
//! byte for byte what it was; after every accepted one, no entry already stored is lost (merge) or the previous
//! diary is kept aside (replace), and storage is put back for the next file.
#![cfg(target_arch = "wasm32")]

mod hostile;
mod support;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use headache_diary::domain::diary::{generate_sample_diary, Diary};
use headache_diary::domain::export::BackupPreview;
use headache_diary::storage::backup::{export_backup, parse_backup, restore, BackupError, Mode};
use headache_diary::storage::{decode, local, Document};
use hostile::{mutate_to_string, SplitMix};
use support::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const BACKUP: &str = include_str!("fixtures/backup-v1.json");
const SCRIPT_NOTE: &str = include_str!("fixtures/backup-script-note.json");
const SEVERITY_11: &str = include_str!("fixtures/backup-severity-11.json");
const STORED_SELF_CHECK: &str = include_str!("fixtures/self-check-v1.json");

/// How many refused files the test goes through, at least.
const REFUSED_AT_LEAST: usize = 2_000;

fn now() -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 5, 21)
        .and_then(|day| day.and_hms_opt(10, 30, 0))
        .expect("time")
}

/// Puts storage back exactly as `snapshot` was.
fn put_back(snapshot: &BTreeMap<String, String>) {
    let storage = local_storage();
    storage.clear().expect("clear");
    for (key, value) in snapshot {
        storage.set_item(key, value).expect("set");
    }
}

fn seed() -> Diary {
    reset_page();
    let diary = generate_sample_diary(7, NaiveDate::from_ymd_opt(2025, 1, 1).expect("date"), 90);
    local::save(&diary).expect("save diary");
    local::write_raw(
        "headache-diary.preferences",
        "{\"version\":1,\"data\":{\"theme\":\"dark\",\"track_cycle\":false}}",
    )
    .expect("settings");
    local::write_raw("headache-diary.self-check", STORED_SELF_CHECK).expect("self-check");
    local::write_raw("someone-else.key", "not ours").expect("other key");
    diary
}

#[wasm_bindgen_test]
fn restore_of_2000_refused_mutated_backups_leaves_storage_byte_for_byte_unchanged_after_each() {
    let mine = seed();
    let own_backup = export_backup().expect("export");
    let sources = [BACKUP, SCRIPT_NOTE, SEVERITY_11, own_backup.as_str()];
    let before = storage_snapshot();
    assert!(
        before.contains_key(Diary::KEY) && before.len() == 4,
        "{before:?}"
    );

    let mut rng = SplitMix(0x5EED_0006);
    let (mut refused, mut refused_at_restore, mut merged, mut replaced) = (0, 0, 0, 0);
    let mut tried = 0;
    while refused + refused_at_restore < REFUSED_AT_LEAST {
        tried += 1;
        assert!(
            tried < 20 * REFUSED_AT_LEAST,
            "mutations are mostly refused"
        );
        let source = sources[(rng.next_u64() % 4) as usize];
        let other = sources[(rng.next_u64() % 4) as usize];
        let mutations = rng.mutations();
        let text = mutate_to_string(source, &mutations, other);

        // What the restore page does with a chosen file.
        let backup = match parse_backup(&text) {
            Err(error) => {
                refused += 1;
                let message = error.to_string();
                assert!(message.ends_with("Nothing was changed."), "{message:.300}");
                assert!(
                    storage_snapshot() == before,
                    "storage changed after refusing {mutations:?}: {message:.300}"
                );
                continue;
            }
            Ok(backup) => backup,
        };
        let current: Diary = decode(&before[Diary::KEY]).expect("stored diary");
        let mode = if BackupPreview::new(&current, &backup.diary).is_ok() {
            Mode::Merge
        } else {
            Mode::Replace
        };
        match restore(&backup, mode, now()) {
            Err(error) => {
                refused_at_restore += 1;
                assert!(
                    !matches!(error, BackupError::Storage(_)),
                    "storage failed: {error}"
                );
                assert!(
                    storage_snapshot() == before,
                    "storage changed after a refused restore of {mutations:?}: {error}"
                );
            }
            Ok(restored) => {
                match mode {
                    Mode::Merge => {
                        merged += 1;
                        for attack in mine.attacks() {
                            assert_eq!(restored.diary.attack(attack.id), Some(attack));
                        }
                        for note in mine.day_notes() {
                            assert_eq!(restored.diary.day_note(note.date), Some(note));
                        }
                    }
                    Mode::Replace => {
                        replaced += 1;
                        let aside = restored
                            .kept_aside
                            .iter()
                            .find(|key| key.starts_with("headache-diary.diary.before-restore-"))
                            .expect("previous diary kept aside");
                        assert_eq!(
                            local::read_raw(aside).expect("read").as_ref(),
                            before.get(Diary::KEY)
                        );
                    }
                }
                assert_eq!(
                    local::read_raw("someone-else.key")
                        .expect("read")
                        .as_deref(),
                    Some("not ours")
                );
                put_back(&before);
            }
        }
    }
    web_sys::console::log_1(
        &format!(
            "hostile restore: {tried} mutated files, {refused} refused by parse_backup, \
             {refused_at_restore} refused by restore, {merged} merged, {replaced} replaced; \
             storage unchanged after every refusal"
        )
        .into(),
    );
    assert!(refused + refused_at_restore >= REFUSED_AT_LEAST);
    assert_eq!(storage_snapshot(), before);
    reset_page();
}
