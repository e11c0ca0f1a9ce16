//! How far along the diary is: "day 23 of 56 (8 weeks); 12 weeks recommended", with days logged versus unknown.

use chrono::NaiveDate;

use super::limits::{DIARY_GOAL_DAYS, DIARY_RECOMMENDED_DAYS};
use super::Diary;
use crate::domain::dates;

/// Progress from the first logged day to today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiaryProgress {
    /// The first day with an attack or a day note; `None` before anything is logged.
    pub first_day: Option<NaiveDate>,
    /// Days from the first day to today, both counted (day 1 is the first day).
    pub days_so_far: u32,
    /// Of those, days with an attack or a day note.
    pub days_logged: u32,
    /// Of those, days with nothing logged.
    pub days_unknown: u32,
    /// The minimum length: 56 days (8 weeks).
    pub goal_days: u32,
    /// The recommended length: 84 days (12 weeks).
    pub recommended_days: u32,
}

impl DiaryProgress {
    /// The progress line, e.g. "Day 23 of 56 (8 weeks); 12 weeks recommended".
    pub fn text(&self) -> String {
        let weeks = |days: u32| days / 7;
        let (goal, recommended) = (self.goal_days, self.recommended_days);
        match self.days_so_far {
            0 => format!(
                "Not started: keep the diary for at least {} weeks; {} weeks recommended",
                weeks(goal),
                weeks(recommended)
            ),
            day if day < goal => format!(
                "Day {day} of {goal} ({} weeks); {} weeks recommended",
                weeks(goal),
                weeks(recommended)
            ),
            day if day < recommended => format!(
                "Day {day}: {} weeks done; {} weeks recommended (day {recommended})",
                weeks(goal),
                weeks(recommended)
            ),
            day => format!("Day {day}: {} weeks done", weeks(recommended)),
        }
    }

    /// "21 days logged, 2 unknown" ("1 day logged" in the singular).
    pub fn logged_text(&self) -> String {
        let days = if self.days_logged == 1 { "day" } else { "days" };
        format!(
            "{} {days} logged, {} unknown",
            self.days_logged, self.days_unknown
        )
    }

    /// Whether the 8-week minimum is reached.
    pub fn goal_reached(&self) -> bool {
        self.days_so_far >= self.goal_days
    }
}

/// How many days back the diary offers to fill in days with nothing logged.
pub const MISSED_DAYS_WINDOW: i64 = 14;

impl Diary {
    /// The days before `today`, at most [`MISSED_DAYS_WINDOW`] back and none before the diary's first entry,
    /// with nothing logged (no headache, no "no headache" mark): the diary's reminder, which needs no server.
    /// Newest first. Such a day is never counted as headache-free unless the person marks it.
    pub fn missed_days(&self, today: NaiveDate) -> Vec<NaiveDate> {
        let Some(first) = self.progress(today).first_day else {
            return Vec::new();
        };
        let (Some(yesterday), Some(window_start)) = (
            today.pred_opt(),
            today.checked_sub_signed(chrono::Duration::days(MISSED_DAYS_WINDOW)),
        ) else {
            return Vec::new();
        };
        let from = first.max(window_start);
        if from > yesterday {
            return Vec::new();
        }
        let mut days: Vec<NaiveDate> = self
            .day_statuses(from, yesterday)
            .into_iter()
            .filter(|day| day.headache == super::DayHeadache::Unknown)
            .map(|day| day.date)
            .collect();
        days.reverse();
        days
    }

    /// Progress up to and including `today`. Periods alone do not start the diary (they say nothing about
    /// headache).
    pub fn progress(&self, today: NaiveDate) -> DiaryProgress {
        let first_day = [
            self.attacks().first().map(|attack| attack.first_day()),
            self.day_notes().first().map(|note| note.date),
        ]
        .into_iter()
        .flatten()
        .min();
        let (days_so_far, days_logged) = match first_day {
            Some(first) if first <= today => (
                u32::try_from(dates::days_inclusive(first, today)).unwrap_or(u32::MAX),
                self.logged_days_in(first..=today),
            ),
            _ => (0, 0),
        };
        DiaryProgress {
            first_day,
            days_so_far,
            days_logged,
            days_unknown: days_so_far.saturating_sub(days_logged),
            goal_days: DIARY_GOAL_DAYS,
            recommended_days: DIARY_RECOMMENDED_DAYS,
        }
    }
}
