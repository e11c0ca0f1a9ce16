//! Shared helpers for the native tests: dates, times and severities written the way a test
//! reads best.
#![allow(dead_code)] // each test file uses its own subset

use chrono::{NaiveDate, NaiveDateTime};
use headache_diary::domain::diary::Severity;

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

pub fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    day(y, m, d)
        .and_hms_opt(h, min, 0)
        .expect("valid test time")
}

pub fn sev(value: u8) -> Severity {
    Severity::new(value).expect("valid severity")
}

/// The text of `tests/fixtures/<name>`: what an earlier build stored or exported.
pub fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture exists")
}
