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
//! Reading goes the other way, by hand too: chrono's reader (with its time zones, month and weekday names and
//! their error messages) is another 12 KB. [`read_date`] and [`read_time`] take exactly the texts chrono's
//! `parse_from_str` takes for the app's patterns (`%Y %m %d %H %M %S %.f`, spaces, other characters as they are)
//! and read the same moment from them; the tests compare the two on every pattern over many thousands of
//! texts, most of them broken on purpose.

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

/// `%Y-%m-%dT%H:%M:%S%.f`: what chrono's `Debug` (and so its serde) writes for a `NaiveDateTime`
/// (`2026-11-21T10:04:05`, `2026-11-21T10:04:05.250`).
pub const SERDE_TIME_PATTERN: &str = "%Y-%m-%dT%H:%M:%S%.f";

/// `%Y-%m-%dT%H:%M:%S`: a `datetime-local` field's value when the browser adds seconds.
pub const SECOND_PATTERN: &str = "%Y-%m-%dT%H:%M:%S";

/// `%Y-%m-%dT%H:%M`: a time to the minute, as stored and as a `datetime-local` field's value (`2026-11-21T10:04`).
pub const MINUTE_PATTERN: &str = "%Y-%m-%dT%H:%M";

/// `%Y-%m-%d`: a date field's value (`2026-11-21`).
pub const DAY_PATTERN: &str = "%Y-%m-%d";

/// `%Y%m%dT%H%M`: the moment in the name of a copy kept before a restore (`20261121T1004`).
pub const STAMP_PATTERN: &str = "%Y%m%dT%H%M";

/// What chrono reads as a `NaiveDateTime` with `str::parse` (its `FromStr`), as a pattern: `2026-11-21T10:04:05`
/// with a fraction of a second or none, spaces allowed between the parts and after.
pub const ISO_PATTERN: &str = "%Y -%m -%d T%H :%M :%S%.f ";

/// What chrono reads as a `NaiveDate` with `str::parse` (its `FromStr`), as a pattern: `2026-11-21`, spaces
/// allowed between the parts and after.
pub const ISO_DATE_PATTERN: &str = "%Y -%m -%d ";

/// Reads `text` as a date laid out as `pattern`: what chrono's `NaiveDate::parse_from_str(text, pattern)`
/// takes, and the same date (`None` where chrono gives an error).
pub fn read_date(text: &str, pattern: &str) -> Option<NaiveDate> {
    read_parts(text, pattern)?.date()
}

/// Reads `text` as a date and time laid out as `pattern`: what chrono's `NaiveDateTime::parse_from_str(text,
/// pattern)` takes, and the same moment (`None` where chrono gives an error).
pub fn read_time(text: &str, pattern: &str) -> Option<NaiveDateTime> {
    read_parts(text, pattern)?.moment()
}

/// The numbers read from a text, before they are checked as a date.
#[derive(Default)]
struct ReadParts {
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    hour: Option<u32>,
    minute: Option<u32>,
    second: Option<u32>,
    nanosecond: Option<u32>,
}

impl ReadParts {
    fn date(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year?, self.month?, self.day?)
    }

    /// A second of 60 is a leap second, as chrono reads it; a fraction needs its second.
    fn moment(&self) -> Option<NaiveDateTime> {
        let (second, leap) = match self.second.unwrap_or(0) {
            60 => (59, 1_000_000_000),
            second => (second, 0),
        };
        let fraction = match self.nanosecond {
            Some(_) if self.second.is_none() => return None,
            fraction => fraction.unwrap_or(0),
        };
        let time = NaiveTime::from_hms_nano_opt(self.hour?, self.minute?, second, leap + fraction)?;
        Some(self.date()?.and_time(time))
    }
}

/// Chrono's reading rules for the specifiers the app reads: spaces before a number are skipped, a number has one
/// or two digits (a year up to four, or any number after a sign), a space in the pattern skips any spaces, any
/// other character must be there as it is, and nothing may be left over. Every part is checked for its range as
/// it is read (a month 1–12, an hour 0–23, a second 0–60); the date itself is checked after.
fn read_parts(text: &str, pattern: &str) -> Option<ReadParts> {
    let mut parts = ReadParts::default();
    let mut rest = text;
    let mut specs = pattern.chars();
    while let Some(c) = specs.next() {
        if c.is_whitespace() {
            rest = rest.trim_start();
            continue;
        }
        if c != '%' {
            rest = rest.strip_prefix(c)?;
            continue;
        }
        match specs.next()? {
            'Y' => {
                rest = rest.trim_start();
                let (sign, unsigned) = match rest.as_bytes().first() {
                    Some(b'-') => (-1, &rest[1..]),
                    Some(b'+') => (1, &rest[1..]),
                    _ => (1, rest),
                };
                // Without a sign at most four digits are read, as chrono does.
                let widest = if unsigned.len() == rest.len() {
                    4
                } else {
                    usize::MAX
                };
                let (digits, after) = leading_number(unsigned, widest)?;
                parts.year = Some(i32::try_from(sign * digits).ok()?);
                rest = after;
            }
            '.' => {
                specs.next()?;
                // `%.f`: a dot and 1–9 digits (more are read and left out), or nothing.
                if let Some(after_dot) = rest.strip_prefix('.') {
                    let (digits, after) = leading_number(after_dot, 9)?;
                    let read = after_dot.len() - after.len();
                    parts.nanosecond = Some(digits as u32 * 10u32.pow(9 - read as u32));
                    rest = after.trim_start_matches(|c: char| c.is_ascii_digit());
                }
            }
            spec => {
                let (field, range) = match spec {
                    'm' => (&mut parts.month, 1..=12),
                    'd' => (&mut parts.day, 1..=31),
                    'H' => (&mut parts.hour, 0..=23),
                    'M' => (&mut parts.minute, 0..=59),
                    'S' => (&mut parts.second, 0..=60),
                    _ => return None,
                };
                let (number, after) = leading_number(rest.trim_start(), 2)?;
                let number = u32::try_from(number).ok().filter(|n| range.contains(n))?;
                *field = Some(number);
                rest = after;
            }
        }
    }
    rest.is_empty().then_some(parts)
}

/// The number in the first one to `widest` ASCII digits of `text`, and what follows them (`None` without a digit
/// or past what an `i64` holds).
fn leading_number(text: &str, widest: usize) -> Option<(i64, &str)> {
    let count = text
        .bytes()
        .take(widest)
        .take_while(u8::is_ascii_digit)
        .count();
    if count == 0 {
        return None;
    }
    let number = text.as_bytes()[..count]
        .iter()
        .try_fold(0i64, |number, digit| {
            number.checked_mul(10)?.checked_add(i64::from(digit - b'0'))
        })?;
    Some((number, &text[count..]))
}
