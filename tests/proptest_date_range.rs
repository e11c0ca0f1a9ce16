//! Property tests of the one accepted range of stored dates (1 Jan 1900 to 31 Dec 9999, `dates::EARLIEST_DAY` and
//! `dates::LATEST_STORED_DAY`): a stored diary or a
//! backup holding any date chrono can represent, from its lower limit to its upper one, is decoded without a
//! panic; what is accepted never holds a date before 1900 (so no view walks millions of days); what is refused is
//! refused in words. Case counts are explicit and printed (`cargo test -- --nocapture`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::sync::atomic::{AtomicU32, Ordering};

use chrono::{Duration, NaiveDate};
use headache_diary::domain::dates::{EARLIEST_DAY, LATEST_STORED_DAY};
use headache_diary::domain::diary::Diary;
use headache_diary::storage::backup::{parse_backup_file, BackupFile};
use headache_diary::storage::decode;
use proptest::prelude::*;
use serde_json::json;

const CASES: u32 = 4_000;

/// Any day chrono can hold, weighted so the edges of its range and of the app's range come up often.
fn any_day() -> impl Strategy<Value = NaiveDate> {
    let span = (NaiveDate::MAX - NaiveDate::MIN).num_days();
    prop_oneof![
        (0..=span).prop_map(|offset| NaiveDate::MIN + Duration::days(offset)),
        (-400i64..400).prop_map(|offset| EARLIEST_DAY + Duration::days(offset)),
        (0i64..400).prop_map(|offset| NaiveDate::MIN + Duration::days(offset)),
        (0i64..400).prop_map(|offset| NaiveDate::MAX - Duration::days(offset)),
    ]
}

fn stored_diary(day: NaiveDate) -> String {
    let start = format!("{}T08:00", day.format("%Y-%m-%d"));
    json!({ "version": 1, "data": { "a": [{ "id": 1, "s": start, "sv": 5 }], "p": [{ "s": day.format("%Y-%m-%d").to_string() }] } })
        .to_string()
}

static DECODED: AtomicU32 = AtomicU32::new(0);
static ACCEPTED: AtomicU32 = AtomicU32::new(0);

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn stored_diary_with_any_date_decodes_without_panic_and_nothing_before_1900_is_accepted(day in any_day()) {
        DECODED.fetch_add(1, Ordering::Relaxed);
        match decode::<Diary>(&stored_diary(day)) {
            Ok(diary) => {
                ACCEPTED.fetch_add(1, Ordering::Relaxed);
                prop_assert!(diary.earliest_day().is_none_or(|earliest| earliest >= EARLIEST_DAY), "{day}");
                prop_assert!(diary.latest_day().is_none_or(|latest| latest <= LATEST_STORED_DAY), "{day}");
            }
            Err(error) => {
                let words = error.to_string();
                prop_assert!(words.contains("not been changed"), "{words}");
                prop_assert!(words.chars().count() < 600, "{words}");
            }
        }
    }

    #[test]
    fn backup_with_any_date_parses_without_panic_and_nothing_before_1900_is_accepted(day in any_day()) {
        let text = json!({ "version": 1, "data": { "diary": serde_json::from_str::<serde_json::Value>(&stored_diary(day)).expect("json") } }).to_string();
        match parse_backup_file(&text) {
            Ok(BackupFile::Plain(backup)) => {
                prop_assert!(backup.diary.earliest_day().is_none_or(|earliest| earliest >= EARLIEST_DAY), "{day}");
            }
            Ok(BackupFile::Sealed(_)) => prop_assert!(false, "a plain backup read as sealed"),
            Err(error) => prop_assert!(error.to_string().contains("Nothing was changed"), "{error}"),
        }
    }
}

#[test]
fn zz_print_counts() {
    // Prints what the properties above have run so far (all of it when they finished first).
    println!(
        "date range: {} stored diaries decoded ({} accepted), {CASES} cases per property",
        DECODED.load(Ordering::Relaxed),
        ACCEPTED.load(Ordering::Relaxed)
    );
}

#[test]
fn diary_dated_before_1900_is_refused_naming_the_day() {
    let refused = decode::<Diary>(&stored_diary(
        NaiveDate::from_ymd_opt(1899, 12, 31).expect("day"),
    ))
    .expect_err("refused");
    assert!(refused.to_string().contains("1899"), "{refused}");
    let lowest = decode::<Diary>(&stored_diary(NaiveDate::MIN));
    assert!(lowest.is_err(), "chrono's lowest day is never accepted");
}
