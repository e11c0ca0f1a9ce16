//! The app's own date writer and reader against chrono's `format` and `parse_from_str`, which they replace: the
//! same text for every pattern the app uses, on dates and times across four centuries and at the ends of what
//! chrono holds; the same moment, or the same refusal, for every text read.
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
    // Stored self-check times are written with this pattern where chrono's Debug wrote them.
    assert_eq!(
        time_text(
            moment,
            headache_diary::domain::date_text::SERDE_TIME_PATTERN
        ),
        format!("{moment:?}"),
        "the serde pattern at {moment:?}"
    );
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

use headache_diary::domain::date_text::{
    read_date, read_time, DAY_PATTERN, ISO_DATE_PATTERN, ISO_PATTERN, MINUTE_PATTERN,
    SECOND_PATTERN, STAMP_PATTERN,
};

/// Every pattern the app reads, with what chrono reads for it.
fn chrono_reads(pattern: &str, text: &str) -> Option<NaiveDateTime> {
    if pattern == ISO_PATTERN {
        text.parse::<NaiveDateTime>().ok()
    } else {
        NaiveDateTime::parse_from_str(text, pattern).ok()
    }
}

fn assert_reads_as_chrono(text: &str) {
    for pattern in [MINUTE_PATTERN, SECOND_PATTERN, STAMP_PATTERN, ISO_PATTERN] {
        assert_eq!(
            read_time(text, pattern),
            chrono_reads(pattern, text),
            "{text:?} as {pattern}"
        );
    }
    assert_eq!(
        read_date(text, DAY_PATTERN),
        NaiveDate::parse_from_str(text, DAY_PATTERN).ok(),
        "{text:?} as a day"
    );
    assert_eq!(
        read_date(text, ISO_DATE_PATTERN),
        text.parse::<NaiveDate>().ok(),
        "{text:?} as chrono's FromStr reads a day"
    );
}

#[test]
fn iso_pattern_is_what_chrono_reads_with_str_parse() {
    // chrono's FromStr for NaiveDateTime: spaces allowed before each separator and at the end, a fraction of
    // 1 to 9 digits (more are skipped), a leap second; no lower-case t, no space for the T.
    for text in [
        "2026-11-21T10:04:05",
        "2026-11-21T10:04:05.5",
        "2026-11-21T10:04:05.1234567891",
        "2026 -11 - 21 T10 : 04 :05 ",
        "2026-11-21t10:04:05",
        "2026-11-21 10:04:05",
        "2026-11-21T23:59:60.250",
        "2026-11-21T10:04:05.",
        "+12026-11-21T10:04:05",
        "-0001-01-01T00:00:00",
    ] {
        assert_reads_as_chrono(text);
    }
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
        "2026-02-29T10:04",
        "2024-02-29T10:04",
        "+12026-11-21T10:04",
        "-12026-11-21T10:04",
        "+99999999999999999999-11-21T10:04",
        "2026-11-21T24:00",
        "2026-11-21T10:60",
        "2026-13-21T10:04",
        "2026-00-21T10:04",
        "",
        "20261121T1004",
        "2026-11-21",
        "2026-11-21 ",
        "12345-11-21",
        "2026-11-21T10:04:60",
        "٢٠٢٦-11-21",
    ] {
        assert_reads_as_chrono(text);
    }
}

/// Texts near what the app reads: a real moment written with a pattern, then broken in a few places.
fn near_miss() -> impl Strategy<Value = String> {
    let moment = (-400_000i64..400_000, 0u32..86_400, 0u32..2_000_000_000).prop_map(
        |(days, seconds, nanos)| {
            let date =
                NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Duration::days(days * 3);
            date.and_time(
                chrono::NaiveTime::from_num_seconds_from_midnight_opt(
                    seconds,
                    nanos % 1_000_000_000,
                )
                .unwrap(),
            )
        },
    );
    let written = (moment, 0usize..6).prop_map(|(moment, pattern)| {
        let pattern = [
            "%Y-%m-%dT%H:%M",
            "%Y-%m-%dT%H:%M:%S",
            "%Y%m%dT%H%M",
            "%Y-%m-%d",
            "%Y-%m-%dT%H:%M:%S%.f",
            "%Y-%-m-%-dT%H:%M",
        ][pattern];
        moment.format(pattern).to_string()
    });
    let edit = (
        0usize..40,
        prop::sample::select(vec![
            "", " ", "0", "9", "-", "+", ":", "T", ".", "60", "1", "\t", "é", "00000",
        ]),
        0usize..3,
    );
    (written, prop::collection::vec(edit, 0..4)).prop_map(|(mut text, edits)| {
        for (at, piece, how) in edits {
            let at = at.min(text.len());
            if !text.is_char_boundary(at) {
                continue;
            }
            match how {
                0 => text.insert_str(at, piece),
                1 => {
                    let end = (at + 1).min(text.len());
                    if text.is_char_boundary(end) {
                        text.replace_range(at..end, piece);
                    }
                }
                _ => text.truncate(at),
            }
        }
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn read_time_and_read_date_read_as_chrono_on_near_misses(text in near_miss()) {
        assert_reads_as_chrono(&text);
    }

    #[test]
    fn read_time_and_read_date_read_as_chrono_on_any_short_text(text in "[0-9T:. +-]{0,24}") {
        assert_reads_as_chrono(&text);
    }
}
