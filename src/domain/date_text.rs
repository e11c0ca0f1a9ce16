//! Dates and times in the words and numbers the app shows and writes: `21 Nov 2026`, `Saturday 21 November`,
//! `2026-11-21T10:04`.
//!
//! Written by hand rather than with chrono's `format`: chrono reads the pattern at run time with a general
//! strftime parser and formatter (about 12 KB of WebAssembly) that every build would carry. This reads the same
//! patterns, for the specifiers the app uses, and writes exactly what chrono writes (the tests compare the two on
//! every pattern in the app, over centuries of dates and times).
//!
//! Specifiers: `%Y` year (four digits, or a sign and five or more outside 0–9999, as chrono and ISO 8601 do),
//! `%m` month and `%d` day (two digits), `%-d` day (no padding), `%H` `%M` `%S` hour, minute and second (two
//! digits), `%.f` the fraction of a second (nothing, or 3, 6 or 9 digits after a dot), `%b` / `%B` the month's
//! short / full name, `%a` / `%A` the weekday's short / full name. Any other character is written as it is.
//!
//! Reading goes the other way with chrono's own reader, given each pattern already taken apart ([`DAY_PATTERN`]
//! and the others) instead of a pattern string, so chrono's pattern reader is left out as well; the tests check
//! each one is exactly what chrono makes of the string.

use chrono::format::{parse, Item, Numeric, Pad, ParseResult, Parsed};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use std::fmt::Write;

use crate::domain::dates::{IsoYear, SHORT_MONTHS};

/// The full English month names, January first.
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The full English weekday names, Monday first (chrono's `num_days_from_monday`).
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// `date` written with `pattern` (see the module's list of specifiers); a time specifier reads midnight.
pub fn date_text(date: NaiveDate, pattern: &str) -> String {
    write_pattern(date, NaiveTime::MIN, pattern)
}

/// `moment` written with `pattern` (see the module's list of specifiers).
pub fn time_text(moment: NaiveDateTime, pattern: &str) -> String {
    write_pattern(moment.date(), moment.time(), pattern)
}

/// The one writer behind both: one copy of the code whatever is being written.
fn write_pattern(date: NaiveDate, time: NaiveTime, pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern.chars();
    while let Some(c) = rest.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut spec = rest.next();
        let unpadded = spec == Some('-');
        let fraction = spec == Some('.');
        if unpadded || fraction {
            spec = rest.next();
        }
        let written = match (unpadded, fraction, spec) {
            (false, false, Some('Y')) => write!(out, "{}", IsoYear(date.year())),
            (false, false, Some('m')) => write!(out, "{:02}", date.month()),
            (false, false, Some('d')) => write!(out, "{:02}", date.day()),
            (true, false, Some('d')) => write!(out, "{}", date.day()),
            (false, false, Some('H')) => write!(out, "{:02}", time.hour()),
            (false, false, Some('M')) => write!(out, "{:02}", time.minute()),
            // A leap second (a nanosecond count of a second or more) reads as second 60, as in chrono.
            (false, false, Some('S')) => write!(
                out,
                "{:02}",
                time.second() + time.nanosecond() / 1_000_000_000
            ),
            (false, true, Some('f')) => write_fraction(&mut out, time.nanosecond() % 1_000_000_000),
            (false, false, Some('b')) => write!(out, "{}", SHORT_MONTHS[date.month0() as usize]),
            (false, false, Some('B')) => write!(out, "{}", MONTHS[date.month0() as usize]),
            (false, false, Some('a')) => write!(out, "{}", &weekday(date)[..3]),
            (false, false, Some('A')) => write!(out, "{}", weekday(date)),
            // Not a specifier the app uses: written as it stands, so a mistake shows rather than hides.
            _ => {
                out.push('%');
                if unpadded {
                    out.push('-');
                }
                if fraction {
                    out.push('.');
                }
                out.extend(spec);
                Ok(())
            }
        };
        // Writing into a String cannot fail.
        written.unwrap_or(());
    }
    out
}

/// `%.f`: nothing for a whole second, else a dot and the fewest of 3, 6 or 9 digits that hold the fraction.
fn write_fraction(out: &mut String, nanos: u32) -> std::fmt::Result {
    if nanos == 0 {
        Ok(())
    } else if nanos.is_multiple_of(1_000_000) {
        write!(out, ".{:03}", nanos / 1_000_000)
    } else if nanos.is_multiple_of(1_000) {
        write!(out, ".{:06}", nanos / 1_000)
    } else {
        write!(out, ".{nanos:09}")
    }
}

fn weekday(date: NaiveDate) -> &'static str {
    WEEKDAYS[date.weekday().num_days_from_monday() as usize]
}

const fn number(field: Numeric) -> Item<'static> {
    Item::Numeric(field, Pad::Zero)
}

/// `%Y-%m-%dT%H:%M:%S`: a `datetime-local` field's value when the browser adds seconds. The two patterns below
/// are its beginnings.
pub const SECOND_PATTERN: &[Item<'static>] = &[
    number(Numeric::Year),
    Item::Literal("-"),
    number(Numeric::Month),
    Item::Literal("-"),
    number(Numeric::Day),
    Item::Literal("T"),
    number(Numeric::Hour),
    Item::Literal(":"),
    number(Numeric::Minute),
    Item::Literal(":"),
    number(Numeric::Second),
];

/// `%Y-%m-%dT%H:%M`: a time to the minute, as stored and as a `datetime-local` field's value (`2026-11-21T10:04`).
pub const MINUTE_PATTERN: &[Item<'static>] = SECOND_PATTERN.split_at(9).0;

/// `%Y-%m-%d`: a date field's value (`2026-11-21`).
pub const DAY_PATTERN: &[Item<'static>] = SECOND_PATTERN.split_at(5).0;

/// `%Y%m%dT%H%M`: the moment in the name of a copy kept before a restore (`20261121T1004`).
pub const STAMP_PATTERN: &[Item<'static>] = &[
    number(Numeric::Year),
    number(Numeric::Month),
    number(Numeric::Day),
    Item::Literal("T"),
    number(Numeric::Hour),
    number(Numeric::Minute),
];

/// Reads `text` as a date laid out as `pattern`: what chrono's `NaiveDate::parse_from_str` does with the
/// pattern's string.
pub fn read_date(text: &str, pattern: &[Item<'static>]) -> ParseResult<NaiveDate> {
    let mut parsed = Parsed::new();
    parse(&mut parsed, text, pattern.iter())?;
    parsed.to_naive_date()
}

/// Reads `text` as a date and time laid out as `pattern`: what chrono's `NaiveDateTime::parse_from_str` does
/// with the pattern's string.
pub fn read_time(text: &str, pattern: &[Item<'static>]) -> ParseResult<NaiveDateTime> {
    let mut parsed = Parsed::new();
    parse(&mut parsed, text, pattern.iter())?;
    parsed.to_naive_datetime_with_offset(0)
}
