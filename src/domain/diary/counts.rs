//! Day counts over a date range — the building blocks of the insights (ICHD-3 counts headache days and
//! medicine days, never doses). Each takes an inclusive range `first..=last`.

use crate::domain::enum_set::EnumSet;
use std::ops::RangeInclusive;

use chrono::NaiveDate;

use super::{DayStatus, Diary, MedicineClass};

impl Diary {
    fn count(&self, range: &RangeInclusive<NaiveDate>, keep: impl Fn(&DayStatus) -> bool) -> u32 {
        let days = self.day_statuses(*range.start(), *range.end());
        u32::try_from(days.iter().filter(|day| keep(day)).count()).unwrap_or(u32::MAX)
    }

    /// Headache days: days touched by an attack with pain, or marked "headache today". An attack across midnight
    /// counts on each day it touches.
    pub fn headache_days_in(&self, range: RangeInclusive<NaiveDate>) -> u32 {
        self.count(&range, DayStatus::is_headache_day)
    }

    /// Days touched by a migraine-like attack ([`super::Attack::is_migraine_like`]), as ICHD-3 1.3 C counts them.
    pub fn migraine_like_days_in(&self, range: RangeInclusive<NaiveDate>) -> u32 {
        self.count(&range, |day| day.migraine_like)
    }

    /// Days on which medicine of `class` was taken (ICHD-3 8.2: days, not doses).
    pub fn medicine_days_in(&self, range: RangeInclusive<NaiveDate>, class: MedicineClass) -> u32 {
        self.count(&range, |day| day.medicines.contains(&class))
    }

    /// Days on which any of `classes` was taken (ICHD-3 8.2.6 counts several classes together).
    pub fn medicine_days_any_in(
        &self,
        range: RangeInclusive<NaiveDate>,
        classes: &EnumSet<MedicineClass>,
    ) -> u32 {
        self.count(&range, |day| !day.medicines.is_disjoint(classes))
    }

    /// Days with anything logged (an attack or a day note); the rest are unknown.
    pub fn logged_days_in(&self, range: RangeInclusive<NaiveDate>) -> u32 {
        self.count(&range, |day| day.headache.is_logged())
    }
}
