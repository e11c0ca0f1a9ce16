//! The app's own date writer against chrono's `format`, which it replaces: the same text for every pattern the
//! app uses, on dates and times across four centuries and at the ends of what chrono holds.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use headache_diary::domain::date_text::{date_text, time_text};
use proptest::prelude::*;

/// Every pattern the app writes dates or times with (`grep -rn 'date_text\|time_text' src`).
const PATTERNS: [&str; 23] = [
    "%B %Y",
    "%-d %b %Y",
    "%-d %B",
    "%b",
    "%H:%M",
    "%-d %b %Y %H:%M",
    "%a %-d %b, %H:%M",
    "%Y-%m-%d",
    "%A %-d %B",
    "%-d %b",
    "%-d %B %Y",
    "on %-d %B",
    "%a %-d %b %Y",
    "%a %-d %b %H:%M",
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m",
    "%Y%m%dT%H%M",
    "%H:%M on %-d %B",
    "%A %-d %B %Y",
    "%-d %B, %H:%M",
    " on %-d %b",
    "%Y-%m-%dT%H:%M",
    "%A %-d %B %Y %a %b %d %S",
];

fn assert_same(moment: NaiveDateTime) {
    for pattern in PATTERNS {
        assert_eq!(
            time_text(moment, pattern),
            moment.format(pattern).to_string(),
            "{pattern} at {moment:?}"
        );
        assert_eq!(
            date_text(moment.date(), pattern),
            moment
                .date()
                .and_time(NaiveTime::MIN)
                .format(pattern)
                .to_string(),
            "{pattern} on {:?}",
            moment.date()
        );
    }
}

#[test]
fn date_text_matches_chrono_every_day_of_a_leap_year_and_at_the_ends() {
    let first = NaiveDate::from_ymd_opt(2024, 1, 1).expect("a date");
    for day in 0..366 {
        assert_same(
            (first + Duration::days(day))
                .and_hms_opt(9, 5, 7)
                .expect("a time"),
        );
    }
    for (year, month, day) in [
        (1, 1, 1),
        (0, 12, 31),
        (-1, 6, 15),
        (9999, 12, 31),
        (10000, 1, 1),
        (-262_000, 3, 4),
    ] {
        assert_same(
            NaiveDate::from_ymd_opt(year, month, day)
                .expect("a date")
                .and_hms_opt(23, 59, 59)
                .expect("a time"),
        );
    }
    assert_same(NaiveDateTime::MIN);
    assert_same(NaiveDateTime::MAX);
}

#[test]
fn date_text_writes_fractions_of_a_second_and_leap_seconds_as_chrono_does() {
    let day = NaiveDate::from_ymd_opt(2026, 11, 21).expect("a date");
    for nanos in [
        0,
        1,
        999,
        1_000,
        120_000,
        5_000_000,
        999_999_999,
        1_000_000_000,
        1_500_000_000,
        1_999_999_999,
    ] {
        assert_same(day.and_hms_nano_opt(23, 59, 59, nanos).expect("a time"));
    }
}

#[test]
fn date_text_writes_other_specifiers_as_they_stand() {
    let day = NaiveDate::from_ymd_opt(2026, 11, 21).expect("a date");
    assert_eq!(date_text(day, "%q %-x 100% %"), "%q %-x 100% %");
}

proptest! {
    #[test]
    fn date_text_matches_chrono_on_any_moment(days in 0i64..146_097, seconds in 0u32..86_400, nanos in 0u32..2_000_000_000) {
        let start = NaiveDate::from_ymd_opt(1800, 1, 1).expect("a date");
        let time = NaiveTime::from_num_seconds_from_midnight_opt(seconds, nanos);
        prop_assume!(time.is_some());
        assert_same((start + Duration::days(days)).and_time(time.expect("checked above")));
    }
}

use chrono::format::StrftimeItems;
use headache_diary::domain::date_text::{
    read_date, read_time, DAY_PATTERN, MINUTE_PATTERN, SECOND_PATTERN, STAMP_PATTERN,
};

#[test]
fn read_patterns_are_what_chrono_makes_of_their_strings() {
    let same = |pattern: &[chrono::format::Item<'static>], text: &str| {
        assert_eq!(
            pattern,
            StrftimeItems::new(text).collect::<Vec<_>>().as_slice(),
            "{text}"
        );
    };
    same(DAY_PATTERN, "%Y-%m-%d");
    same(MINUTE_PATTERN, "%Y-%m-%dT%H:%M");
    same(SECOND_PATTERN, "%Y-%m-%dT%H:%M:%S");
    same(STAMP_PATTERN, "%Y%m%dT%H%M");
}

#[test]
fn read_time_and_read_date_take_and_refuse_what_chrono_does() {
    for text in [
        "2026-11-21T10:04",
        "2026-1-5T9:3",
        " 2026-11-21T10:04",
        "2026-11-21T10:04:59",
        "2026-11-21 10:04",
        "2026-02-30T10:04",
        "+12026-11-21T10:04",
        "2026-11-21T24:00",
        "",
        "20261121T1004",
        "2026-11-21",
    ] {
        for (pattern, string) in [
            (MINUTE_PATTERN, "%Y-%m-%dT%H:%M"),
            (SECOND_PATTERN, "%Y-%m-%dT%H:%M:%S"),
            (STAMP_PATTERN, "%Y%m%dT%H%M"),
        ] {
            assert_eq!(
                read_time(text, pattern).ok(),
                NaiveDateTime::parse_from_str(text, string).ok(),
                "{text} as {string}"
            );
        }
        assert_eq!(
            read_date(text, DAY_PATTERN).ok(),
            NaiveDate::parse_from_str(text, "%Y-%m-%d").ok(),
            "{text}"
        );
    }
}
