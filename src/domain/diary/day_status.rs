//! What the diary says about each calendar day — headache (from an attack or a day note), headache-free, or
//! unknown — with the medicine classes taken and period flags. Computed for a whole range in one pass, so a month
//! grid or ten years of statistics cost one walk over the entries in range.

use crate::domain::enum_set::EnumSet;

use chrono::{Datelike, NaiveDate};

use super::{Attack, DayKind, Diary, MedicineClass, Severity, SeverityBand};
use crate::domain::date_text::date_text;
use crate::domain::dates;

/// The headache part of a day's status. An attack outranks a day note for the same day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayHeadache {
    /// One or more attacks touched this day; `severity` is the worst one given, if any was.
    Attack {
        /// The highest severity among the attacks that touched the day.
        severity: Option<Severity>,
    },
    /// A "headache today" note (no attack logged).
    Headache {
        /// How bad, if given.
        severity: Option<Severity>,
    },
    /// Marked "no headache today".
    HeadacheFree,
    /// Nothing logged: not known, and never counted as headache-free.
    Unknown,
}

impl DayHeadache {
    /// The severity to show, if any.
    pub fn severity(self) -> Option<Severity> {
        match self {
            DayHeadache::Attack { severity } | DayHeadache::Headache { severity } => severity,
            DayHeadache::HeadacheFree | DayHeadache::Unknown => None,
        }
    }

    /// The severity's word band, if a severity was given.
    pub fn band(self) -> Option<SeverityBand> {
        self.severity().map(Severity::band)
    }

    /// Whether something was logged about the day.
    pub fn is_logged(self) -> bool {
        self != DayHeadache::Unknown
    }
}

/// Everything the diary knows about one calendar day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayStatus {
    /// The day.
    pub date: NaiveDate,
    /// Headache, headache-free or unknown.
    pub headache: DayHeadache,
    /// Whether an attack touching this day looks like migraine ([`Attack::is_migraine_like`]).
    pub migraine_like: bool,
    /// Whether the headache stopped normal activities this day: an attack touching it said so, or the day entry
    /// did (EHF 2020's debilitating day; a day counts once however many say so).
    pub stopped_activities: bool,
    /// How many attacks touched this day.
    pub attacks: usize,
    /// The classes of medicine taken this day (by the date each dose was taken): a day counts once per class
    /// however many doses (ICHD-3 8.2 counts days, not doses).
    pub medicines: EnumSet<MedicineClass>,
    /// A known bleeding day of a period.
    pub period_day: bool,
    /// The first day of a period.
    pub period_start: bool,
}

impl DayStatus {
    fn unknown(date: NaiveDate) -> DayStatus {
        DayStatus {
            date,
            headache: DayHeadache::Unknown,
            migraine_like: false,
            stopped_activities: false,
            attacks: 0,
            medicines: EnumSet::new(),
            period_day: false,
            period_start: false,
        }
    }

    /// A headache day: an attack with pain (not an aura alone with severity 0) or a "headache today" note.
    pub fn is_headache_day(&self) -> bool {
        match self.headache {
            DayHeadache::Attack { severity } => severity.is_none_or(|s| s.value() > 0),
            DayHeadache::Headache { .. } => true,
            DayHeadache::HeadacheFree | DayHeadache::Unknown => false,
        }
    }

    /// Whether any medicine was taken.
    pub fn has_medicine(&self) -> bool {
        !self.medicines.is_empty()
    }

    /// One sentence for a screen reader or a tooltip: "Tuesday 3 March 2026: headache, 7 – severe; migraine-like;
    /// medicine taken; period, day 1".
    pub fn describe(&self) -> String {
        let mut parts = vec![match self.headache {
            DayHeadache::Attack { severity } | DayHeadache::Headache { severity } => match severity
            {
                Some(severity) => format!("headache, {}", severity.label()),
                None => "headache".to_string(),
            },
            DayHeadache::HeadacheFree => "no headache".to_string(),
            DayHeadache::Unknown => "nothing logged".to_string(),
        }];
        if self.migraine_like {
            parts.push("migraine-like".to_string());
        }
        if self.has_medicine() {
            parts.push("medicine taken".to_string());
        }
        if self.period_start {
            parts.push("period, day 1".to_string());
        } else if self.period_day {
            parts.push("period".to_string());
        }
        format!(
            "{}: {}",
            date_text(self.date, "%A %-d %B %Y"),
            parts.join("; ")
        )
    }
}

impl Diary {
    /// What the diary says about `date`.
    pub fn day_status(&self, date: NaiveDate) -> DayStatus {
        self.day_statuses(date, date)
            .pop()
            .unwrap_or_else(|| DayStatus::unknown(date))
    }

    /// The status of every day from `first` to `last`, both included, oldest first (empty if `last < first`).
    ///
    /// An attack counts on every calendar day it touches (one across midnight is a headache on both days); a
    /// running attack counts on every day from its start to `last`, so callers pass ranges that end today.
    pub fn day_statuses(&self, first: NaiveDate, last: NaiveDate) -> Vec<DayStatus> {
        let count = dates::days_inclusive(first, last);
        let mut days: Vec<DayStatus> = first
            .iter_days()
            .take(usize::try_from(count).unwrap_or(0))
            .map(DayStatus::unknown)
            .collect();
        let slot = |date: NaiveDate| usize::try_from((date - first).num_days()).ok();

        for note in self.day_notes_between(first, last) {
            if let Some(day) = slot(note.date).and_then(|i| days.get_mut(i)) {
                day.headache = match note.kind {
                    DayKind::HeadacheFree => DayHeadache::HeadacheFree,
                    DayKind::Headache { severity } => DayHeadache::Headache { severity },
                };
                day.stopped_activities |= note.stopped_activities == Some(true);
                for dose in &note.medicines {
                    day.medicines.insert(dose.class);
                }
            }
        }

        // Medicines may be taken up to a day before an attack's start, so look one day further ahead.
        let ahead = last.succ_opt().unwrap_or(last);
        for attack in self.attacks_touching(first, ahead) {
            mark_attack(&mut days, first, last, attack);
            for dose in &attack.medicines {
                if let Some(day) = slot(dose.taken_at.date()).and_then(|i| days.get_mut(i)) {
                    day.medicines.insert(dose.class);
                }
            }
        }

        for period in self.periods_touching(first, last) {
            let mut date = period.start.max(first);
            while date <= period.last_known_day().min(last) {
                if let Some(day) = slot(date).and_then(|i| days.get_mut(i)) {
                    day.period_day = true;
                    day.period_start = date == period.start;
                }
                match date.succ_opt() {
                    Some(next) => date = next,
                    None => break,
                }
            }
        }
        days
    }

    fn periods_touching(&self, first: NaiveDate, last: NaiveDate) -> &[super::Period] {
        let periods = self.periods();
        let from = periods.partition_point(|p| p.last_known_day() < first);
        let to = periods.partition_point(|p| p.start <= last);
        periods.get(from..to.max(from)).unwrap_or(&[])
    }

    /// The statuses of the calendar month of `month` (any day in it).
    pub fn month_statuses(&self, month: NaiveDate) -> Vec<DayStatus> {
        let first = dates::first_of_month(month);
        let last = first.with_day(dates::days_in_month(first)).unwrap_or(first);
        self.day_statuses(first, last)
    }
}

fn mark_attack(days: &mut [DayStatus], first: NaiveDate, last: NaiveDate, attack: &Attack) {
    let from = attack.first_day().max(first);
    let to = attack.last_day().unwrap_or(last).min(last);
    let mut date = from;
    while date <= to {
        if let Some(day) = usize::try_from((date - first).num_days())
            .ok()
            .and_then(|i| days.get_mut(i))
        {
            let worst = match day.headache {
                DayHeadache::Attack { severity } => severity.max(attack.severity),
                _ => attack.severity,
            };
            day.headache = DayHeadache::Attack { severity: worst };
            day.attacks += 1;
            day.migraine_like |= attack.is_migraine_like();
            day.stopped_activities |= attack.stopped_activities == Some(true);
        }
        match date.succ_opt() {
            Some(next) => date = next,
            None => break,
        }
    }
}
