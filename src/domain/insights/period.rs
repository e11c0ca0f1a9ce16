//! The span an insights screen reads — the last 4, 8 or 12 weeks, a custom span, or one calendar month — as an
//! inclusive range of days that never runs past "today" (a parameter, never the clock).

use chrono::{Datelike, Duration, Months, NaiveDate};

use crate::domain::date_text::date_text;
use crate::domain::dates;

/// An inclusive, never empty range of calendar days, `first..=last`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateRange {
    first: NaiveDate,
    last: NaiveDate,
}

impl DateRange {
    /// The days from `first` to `last`, both included; `None` when `last` is before `first`.
    pub fn new(first: NaiveDate, last: NaiveDate) -> Option<DateRange> {
        (first <= last).then_some(DateRange { first, last })
    }

    /// One single day.
    pub fn day(date: NaiveDate) -> DateRange {
        DateRange {
            first: date,
            last: date,
        }
    }

    /// The whole calendar month that `date` falls in.
    pub fn month_of(date: NaiveDate) -> DateRange {
        let first = dates::first_of_month(date);
        let last = first.with_day(dates::days_in_month(first)).unwrap_or(first);
        DateRange { first, last }
    }

    /// The first day.
    pub fn first(&self) -> NaiveDate {
        self.first
    }

    /// The last day.
    pub fn last(&self) -> NaiveDate {
        self.last
    }

    /// How many days, both ends counted.
    pub fn days(&self) -> u32 {
        u32::try_from(dates::days_inclusive(self.first, self.last)).unwrap_or(u32::MAX)
    }

    /// Whether `date` is inside.
    pub fn contains(&self, date: NaiveDate) -> bool {
        (self.first..=self.last).contains(&date)
    }

    /// The days both ranges share, if any.
    pub fn intersect(&self, other: DateRange) -> Option<DateRange> {
        DateRange::new(self.first.max(other.first), self.last.min(other.last))
    }

    /// The smallest range holding both.
    pub fn union(&self, other: DateRange) -> DateRange {
        DateRange {
            first: self.first.min(other.first),
            last: self.last.max(other.last),
        }
    }

    /// The range cut so it ends on `today` at the latest; `None` when it starts after today.
    pub fn up_to(&self, today: NaiveDate) -> Option<DateRange> {
        DateRange::new(self.first, self.last.min(today))
    }

    /// The first day of every calendar month the range touches, oldest first.
    pub fn month_starts(&self) -> Vec<NaiveDate> {
        let mut months = Vec::new();
        let mut month = dates::first_of_month(self.first);
        while month <= self.last {
            months.push(month);
            match month.checked_add_months(Months::new(1)) {
                Some(next) => month = next,
                None => break,
            }
        }
        months
    }

    /// "1 Mar 2026 – 28 Mar 2026".
    pub fn label(&self) -> String {
        format!(
            "{} – {}",
            dates::short_date(self.first),
            dates::short_date(self.last)
        )
    }
}

/// The first day of the month `months` months before the month of `date`.
pub(crate) fn months_before(date: NaiveDate, months: u32) -> NaiveDate {
    let first = dates::first_of_month(date);
    first
        .checked_sub_months(Months::new(months))
        .unwrap_or(first)
}

/// What the insights screen shows: a choice a person makes, turned into days by [`InsightPeriod::range`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InsightPeriod {
    /// The last so many weeks, ending today (the screen offers 4, 8 and 12: the diary's minimum is 8 weeks and
    /// ICHD-3's overuse and chronic criteria look at about 3 months).
    LastWeeks(u8),
    /// A span the person picked, cut at today.
    Custom {
        /// The first day.
        first: NaiveDate,
        /// The last day (later days are cut at today).
        last: NaiveDate,
    },
    /// One calendar month (year, month 1–12), cut at today.
    Month(i32, u32),
}

impl InsightPeriod {
    /// The choices the screen offers first.
    pub const CHOICES: [InsightPeriod; 3] = [
        InsightPeriod::LastWeeks(4),
        InsightPeriod::LastWeeks(8),
        InsightPeriod::LastWeeks(12),
    ];

    /// The days to read, ending today at the latest. `None` for 0 weeks, a month that does not exist, or a span
    /// that lies wholly after today or ends before it starts.
    pub fn range(self, today: NaiveDate) -> Option<DateRange> {
        match self {
            InsightPeriod::LastWeeks(0) => None,
            InsightPeriod::LastWeeks(weeks) => {
                let first = today - Duration::days(i64::from(weeks) * 7 - 1);
                DateRange::new(first, today)
            }
            InsightPeriod::Custom { first, last } => DateRange::new(first, last)?.up_to(today),
            InsightPeriod::Month(year, month) => {
                let first = NaiveDate::from_ymd_opt(year, month, 1)?;
                DateRange::month_of(first).up_to(today)
            }
        }
    }

    /// The words for the choice: "Last 8 weeks", "March 2026", "1 Mar 2026 – 28 Mar 2026".
    pub fn label(self) -> String {
        match self {
            InsightPeriod::LastWeeks(weeks) => format!("Last {weeks} weeks"),
            InsightPeriod::Custom { first, last } => DateRange::new(first, last)
                .map_or_else(|| "No days".to_string(), |range| range.label()),
            InsightPeriod::Month(year, month) => NaiveDate::from_ymd_opt(year, month, 1)
                .map_or_else(|| "No such month".to_string(), |d| date_text(d, "%B %Y")),
        }
    }
}
