//! Calendar arithmetic the diary and the self-check share: cycle days, durations, month spans.
//!
//! All functions take dates and times as arguments; none reads the clock.

use chrono::{Datelike, Months, NaiveDate, NaiveDateTime};

/// The day of the menstrual cycle on which `date` falls, counted from the period that started
/// on `period_start`.
///
/// ICHD-3 Appendix A1.1 (menstrual migraine): day 1 is the first day of bleeding and the day
/// before it is day −1 — **there is no day 0**. So the first day of the period is `1`, the next
/// day `2`, and the two days before it are `-1` and `-2`.
pub fn cycle_day(period_start: NaiveDate, date: NaiveDate) -> i64 {
    let offset = (date - period_start).num_days();
    if offset >= 0 {
        offset + 1
    } else {
        offset
    }
}

/// ICHD-3 A1.1.1 / A1.1.2: an attack is "perimenstrual" when it starts from day −2 to day +3 of a
/// period (day 1 being the first day of bleeding; there is no day 0).
pub fn is_perimenstrual_day(cycle_day: i64) -> bool {
    (-2..=3).contains(&cycle_day) && cycle_day != 0
}

/// Whole minutes from `start` to `end`; `None` when `end` is before `start`.
///
/// Times are local wall-clock times as the person entered them, so a headache across midnight
/// is simply one span and does not need splitting by day.
pub fn minutes_between(start: NaiveDateTime, end: NaiveDateTime) -> Option<i64> {
    let minutes = (end - start).num_minutes();
    (minutes >= 0).then_some(minutes)
}

/// A duration in the short words a diary row shows: "45 min", "3 h 20 min", "2 d 5 h".
pub fn format_duration(total_minutes: i64) -> String {
    let minutes = total_minutes.max(0);
    let (days, hours, mins) = (minutes / 1440, (minutes % 1440) / 60, minutes % 60);
    match (days, hours, mins) {
        (0, 0, m) => format!("{m} min"),
        (0, h, 0) => format!("{h} h"),
        (0, h, m) => format!("{h} h {m} min"),
        (d, 0, _) => format!("{d} d"),
        (d, h, _) => format!("{d} d {h} h"),
    }
}

/// The three-letter English month names, January first, as the app writes them in dates.
pub const SHORT_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A date in short words, "21 Nov 2026" (what chrono's `%-d %b %Y` gives), written by hand: the self-check
/// build then carries none of chrono's format-string machinery.
pub fn short_date(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        SHORT_MONTHS[date.month0() as usize],
        IsoYear(date.year())
    )
}

/// A year as chrono's `%Y` and ISO 8601 write it: four digits from 0 to 9999 (`0999`), otherwise a sign and at
/// least four digits (`+10000`, `-0001`).
pub struct IsoYear(pub i32);

impl std::fmt::Display for IsoYear {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if (0..10_000).contains(&self.0) {
            write!(f, "{:04}", self.0)
        } else {
            write!(f, "{:+05}", self.0)
        }
    }
}

/// The first day of the month that `date` falls in.
pub fn first_of_month(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

/// How many days the month of `date` has (28 to 31).
pub fn days_in_month(date: NaiveDate) -> u32 {
    let first = first_of_month(date);
    match first.checked_add_months(Months::new(1)) {
        Some(next) => (next - first).num_days() as u32,
        // Only reachable at chrono's far end of time; December always has 31 days.
        None => 31,
    }
}

/// The number of whole days from `from` to `to`, counting both ends ("day 1 of 56" style).
///
/// Returns 0 when `to` is before `from`.
pub fn days_inclusive(from: NaiveDate, to: NaiveDate) -> i64 {
    ((to - from).num_days() + 1).max(0)
}

/// The first day a date field of the app accepts. Nobody's headache diary reaches further back, and a year typed
/// digit by digit passes through 0002, 0020 and 0202 on its way to 2025: refusing those keeps the app from
/// working out insights over two thousand years at every key press.
pub const EARLIEST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(day) => day,
    None => NaiveDate::MIN,
};

/// The last day stored data may hold: four-digit years only, so no view ever walks towards chrono's upper limit.
pub const LATEST_STORED_DAY: NaiveDate = match NaiveDate::from_ymd_opt(9999, 12, 31) {
    Some(day) => day,
    None => NaiveDate::MAX,
};

/// Whether `day` is one a date field accepts: from [`EARLIEST_DAY`] to `today`.
pub fn is_accepted_day(day: NaiveDate, today: NaiveDate) -> bool {
    (EARLIEST_DAY..=today).contains(&day)
}
