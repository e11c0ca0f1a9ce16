//! Menstrual periods and the cycle day of an attack, per ICHD-3 appendix A1.1: day 1 is the first day of
//! bleeding, the day before is day −1, there is no day 0, and the perimenstrual window is day −2 to day +3.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::limits::{CYCLE_DAY_MAX_DISTANCE, PERIOD_MAX_DAYS};
use super::{Attack, Diary, DiaryError};
use crate::domain::dates;

/// One period: the first day of bleeding and, once known, the last.
///
/// Withdrawal bleeds in the pill-free week of combined hormonal contraception count as menstruation (ICHD-3
/// A1.1 notes) and are marked the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Period {
    /// Day 1: the first day of bleeding.
    #[serde(rename = "s")]
    pub start: NaiveDate,
    /// The last day of bleeding, if marked.
    #[serde(rename = "e", default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
}

impl Period {
    /// A period whose end is not marked yet.
    pub fn starting(start: NaiveDate) -> Period {
        Period { start, end: None }
    }

    /// The last known day of bleeding (the start day when no end is marked).
    pub fn last_known_day(&self) -> NaiveDate {
        self.end.unwrap_or(self.start)
    }

    /// Whether `date` is a known bleeding day of this period.
    pub fn contains(&self, date: NaiveDate) -> bool {
        (self.start..=self.last_known_day()).contains(&date)
    }

    /// End not before start, and at most [`PERIOD_MAX_DAYS`] days long.
    pub fn validate(&self) -> Result<(), DiaryError> {
        if let Some(end) = self.end {
            if end < self.start {
                return Err(DiaryError::PeriodEndBeforeStart {
                    start: self.start,
                    end,
                });
            }
            if dates::days_inclusive(self.start, end) > PERIOD_MAX_DAYS {
                return Err(DiaryError::PeriodTooLong {
                    start: self.start,
                    end,
                });
            }
        }
        Ok(())
    }
}

/// Where a day falls relative to the nearest logged period start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CycleDay {
    /// The cycle day: 1 on the first day of bleeding, −1 the day before; never 0 (ICHD-3 A1.1).
    pub day: i64,
    /// The period start it is counted from.
    pub period_start: NaiveDate,
}

impl CycleDay {
    /// ICHD-3 A1.1.1 / A1.1.2: day −2 to day +3, the window in which a menstrual attack starts.
    pub fn is_perimenstrual(&self) -> bool {
        dates::is_perimenstrual_day(self.day)
    }

    /// "cycle day 3" or "2 days before a period", in plain words.
    pub fn label(&self) -> String {
        match self.day {
            -1 => "the day before a period".to_string(),
            day if day < 0 => format!("{} days before a period", -day),
            day => format!("cycle day {day}"),
        }
    }
}

impl Diary {
    /// The cycle day on which `attack` started, counted from the nearest period start before or after it (so an
    /// attack two days before the next period is day −2, not day 27 of the last one); on a tie, the earlier start.
    /// `None` when no period start is within [`CYCLE_DAY_MAX_DISTANCE`] days.
    pub fn cycle_day(&self, attack: &Attack) -> Option<CycleDay> {
        self.cycle_day_on(attack.first_day())
    }

    /// The cycle day of any date, as for [`Diary::cycle_day`].
    pub fn cycle_day_on(&self, date: NaiveDate) -> Option<CycleDay> {
        let periods = self.periods();
        let next = periods.partition_point(|period| period.start <= date);
        let before = next.checked_sub(1).and_then(|index| periods.get(index));
        let after = periods.get(next);
        let distance = |period: &Period| (date - period.start).num_days().abs();
        let nearest = match (before, after) {
            (Some(before), Some(after)) if distance(after) < distance(before) => after,
            (Some(before), _) => before,
            (None, Some(after)) => after,
            (None, None) => return None,
        };
        (distance(nearest) <= CYCLE_DAY_MAX_DISTANCE).then(|| CycleDay {
            day: dates::cycle_day(nearest.start, date),
            period_start: nearest.start,
        })
    }

    /// The period `date` is a known bleeding day of, if any.
    pub fn period_on(&self, date: NaiveDate) -> Option<&Period> {
        let periods = self.periods();
        let next = periods.partition_point(|period| period.start <= date);
        next.checked_sub(1)
            .and_then(|index| periods.get(index))
            .filter(|period| period.contains(date))
    }
}
