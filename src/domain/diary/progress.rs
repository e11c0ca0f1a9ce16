//! How far along the diary is: "10 weeks kept · 2 weeks to go for the 12 weeks your doctor can use", with the
//! days logged out of the days so far.

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

/// "3 days", "1 week", "2 weeks" (whole weeks from 14 days, days before that).
fn span_words(days: u32) -> String {
    match days {
        1 => "1 day".to_string(),
        d if d < 7 => format!("{d} days"),
        d if d < 14 => "1 week".to_string(),
        d => format!("{} weeks", d / 7),
    }
}

/// What is still to go, never promised short: days under two weeks ("13 days", "1 week" only for 7), whole weeks
/// rounded up after that ("3 weeks" for 15 to 21 days).
fn to_go_words(days: u32) -> String {
    match days {
        7 => "1 week".to_string(),
        1 => "1 day".to_string(),
        d if d < 14 => format!("{d} days"),
        d => format!("{} weeks", d.div_ceil(7)),
    }
}

impl DiaryProgress {
    /// The progress line, in words a person reads at a glance: "10 weeks kept · 2 weeks to go for the 12 weeks
    /// your doctor can use". Before 8 weeks it counts towards the minimum a doctor needs.
    pub fn text(&self) -> String {
        let (goal, recommended) = (self.goal_days, self.recommended_days);
        let (goal_weeks, recommended_weeks) = (goal / 7, recommended / 7);
        match self.days_so_far {
            0 => format!(
                "Not started yet: {goal_weeks} weeks is the least a doctor can use, {recommended_weeks} weeks is best"
            ),
            day if day < goal => format!(
                "{} kept · {} to go for the {goal_weeks} weeks a doctor needs at least ({recommended_weeks} is best)",
                span_words(day),
                to_go_words(goal - day)
            ),
            day if day < recommended => format!(
                "{} kept · {} to go for the {recommended_weeks} weeks your doctor can use",
                span_words(day),
                to_go_words(recommended - day)
            ),
            day => format!(
                "{} kept · the {recommended_weeks} weeks your doctor can use are done",
                span_words(day)
            ),
        }
    }

    /// "52 of 70 days logged" ("1 of 1 day logged" in the singular).
    pub fn logged_text(&self) -> String {
        let days = if self.days_so_far == 1 { "day" } else { "days" };
        format!("{} of {} {days} logged", self.days_logged, self.days_so_far)
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
