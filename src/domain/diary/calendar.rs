//! A month grid for the calendar view: Monday-first weeks of seven cells, blank outside the month, each day with
//! its status, severity band, medicine and period flags, and whether it is today or still to come.

use chrono::{Datelike, Months, NaiveDate};

use super::{DayStatus, Diary, SeverityBand};
use crate::domain::date_text::date_text;
use crate::domain::dates;

/// One day in the grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarDay {
    /// What the diary says about the day (always `Unknown` for days still to come).
    pub status: DayStatus,
    /// The band to colour the day by, if it has a severity.
    pub band: Option<SeverityBand>,
    /// Whether this is today.
    pub is_today: bool,
    /// Whether the day is still to come (cannot be marked).
    pub is_future: bool,
}

impl CalendarDay {
    /// The day.
    pub fn date(&self) -> NaiveDate {
        self.status.date
    }
}

/// A month as rows of seven cells, Monday first; `None` cells are the blanks before the 1st and after the last day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthCalendar {
    /// The first day of the month.
    pub first: NaiveDate,
    /// The weeks, each Monday to Sunday.
    pub weeks: Vec<[Option<CalendarDay>; 7]>,
}

impl MonthCalendar {
    /// The heading, e.g. "February 2028".
    pub fn title(&self) -> String {
        date_text(self.first, "%B %Y")
    }

    /// The days of the month in order, without the blanks.
    pub fn days(&self) -> impl Iterator<Item = &CalendarDay> {
        self.weeks.iter().flatten().flatten()
    }

    /// The first day of the month before (for "previous month").
    pub fn previous_month(&self) -> NaiveDate {
        self.first
            .checked_sub_months(Months::new(1))
            .unwrap_or(self.first)
    }

    /// The first day of the month after (for "next month").
    pub fn next_month(&self) -> NaiveDate {
        self.first
            .checked_add_months(Months::new(1))
            .unwrap_or(self.first)
    }
}

/// The weekday headings, Monday first, short and long ("Mon", "Monday").
pub const WEEKDAYS: [(&str, &str); 7] = [
    ("Mon", "Monday"),
    ("Tue", "Tuesday"),
    ("Wed", "Wednesday"),
    ("Thu", "Thursday"),
    ("Fri", "Friday"),
    ("Sat", "Saturday"),
    ("Sun", "Sunday"),
];

impl Diary {
    /// The grid for the month containing `month` (any day in it), with `today` marked and later days blank of data.
    pub fn month_calendar(&self, month: NaiveDate, today: NaiveDate) -> MonthCalendar {
        let first = dates::first_of_month(month);
        let lead = first.weekday().num_days_from_monday() as usize;
        let mut cells: Vec<Option<CalendarDay>> = vec![None; lead];
        cells.extend(self.month_statuses(first).into_iter().map(|status| {
            let is_future = status.date > today;
            let status = if is_future {
                // Nothing can be logged ahead; a running attack is not drawn into days still to come.
                DayStatus {
                    headache: super::DayHeadache::Unknown,
                    migraine_like: false,
                    stopped_activities: false,
                    attacks: 0,
                    medicines: Default::default(),
                    ..status
                }
            } else {
                status
            };
            Some(CalendarDay {
                band: status.headache.band(),
                is_today: status.date == today,
                is_future,
                status,
            })
        }));
        while !cells.len().is_multiple_of(7) {
            cells.push(None);
        }
        let weeks = cells
            .chunks(7)
            .map(|week| std::array::from_fn(|i| week.get(i).cloned().flatten()))
            .collect();
        MonthCalendar { first, weeks }
    }
}
