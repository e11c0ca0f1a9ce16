//! The summary figures for a span of days and for each calendar month in it: headache days, migraine-like days
//! (ICHD-3 1.1 C + D or 1.2 B + C, per attack), attacks, severity, duration, stopped activities, days logged, and
//! medicine days per class (ICHD-3 8.2 counts days, not doses).

use chrono::NaiveDate;

use super::index::{attacks_starting_in, count_u32, days_word, DayIndex};
use super::period::DateRange;
use crate::domain::date_text::date_text;
use crate::domain::dates;
use crate::domain::diary::{Diary, MedicineClass, Severity, SeverityBand};
use crate::domain::number_text::fixed;
use crate::domain::sorted_map::SortedMap;

/// What the diary shows for a span of days.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The days read.
    pub range: DateRange,
    /// How many days that is.
    pub days: u32,
    /// Days with an attack or a day note; the rest are unknown (never counted as headache-free).
    pub logged_days: u32,
    /// Days with nothing logged.
    pub unknown_days: u32,
    /// Days with headache: touched by an attack with pain, or marked "headache today". An attack across midnight
    /// counts on each day it touches (ICHD-3 counts headache days, 1.3 A, 2.3 A, 8.2 A).
    pub headache_days: u32,
    /// Days touched by a migraine-like attack ([`crate::domain::diary::Attack::is_migraine_like`]: ICHD-3 1.1 C + D
    /// or 1.2 B + C), as ICHD-3 1.3 C counts them.
    pub migraine_like_days: u32,
    /// Days the headache stopped normal activities: touched by an attack that did, or a day entry that says so.
    pub stopped_activity_days: u32,
    /// Attacks that started in the span.
    pub attacks: u32,
    /// Of those, how many have a severity.
    pub rated_attacks: u32,
    /// The mean severity (0–10) of the rated attacks.
    pub mean_severity: Option<f64>,
    /// The worst severity of the rated attacks.
    pub worst_severity: Option<Severity>,
    /// Attacks that have ended (they have a duration).
    pub ended_attacks: u32,
    /// The mean duration in minutes of the ended attacks.
    pub mean_duration_minutes: Option<f64>,
    /// Attacks still going, left out of the mean duration (their length is not known yet).
    pub running_attacks: u32,
}

impl Summary {
    pub(crate) fn from_index(index: &DayIndex, diary: &Diary, range: DateRange) -> Summary {
        let days = index.days(range);
        let logged_days = count_u32(days.iter().filter(|d| d.headache.is_logged()).count());
        let attacks = attacks_starting_in(diary, range);
        let severities: Vec<Severity> = attacks.iter().filter_map(|a| a.severity).collect();
        let durations: Vec<i64> = attacks
            .iter()
            .filter_map(|a| a.end.and_then(|end| dates::minutes_between(a.start, end)))
            .collect();
        Summary {
            range,
            days: range.days(),
            logged_days,
            unknown_days: range.days().saturating_sub(logged_days),
            headache_days: count_u32(days.iter().filter(|d| d.is_headache_day()).count()),
            migraine_like_days: count_u32(days.iter().filter(|d| d.migraine_like).count()),
            stopped_activity_days: count_u32(days.iter().filter(|d| d.stopped_activities).count()),
            attacks: count_u32(attacks.len()),
            rated_attacks: count_u32(severities.len()),
            mean_severity: mean(severities.iter().map(|s| f64::from(s.value()))),
            worst_severity: severities.iter().copied().max(),
            ended_attacks: count_u32(durations.len()),
            // i64 minutes of real diaries stay far below 2^53, so the f64 sum is exact.
            mean_duration_minutes: mean(durations.iter().map(|&m| m as f64)),
            running_attacks: count_u32(attacks.iter().filter(|a| a.is_running()).count()),
        }
    }

    /// The figures in short plain sentences, for the page and its screen-reader text.
    pub fn plain_lines(&self) -> Vec<String> {
        let mut lines = vec![format!(
            "Headache on {} of {} ({} logged, nothing logged on {}).",
            self.headache_days,
            days_word(self.days),
            self.logged_days,
            days_word(self.unknown_days)
        )];
        lines.push(format!(
            "Migraine-like headache on {}.",
            days_word(self.migraine_like_days)
        ));
        let attacks = match self.attacks {
            1 => "1 attack started in this period".to_string(),
            n => format!("{n} attacks started in this period"),
        };
        match (self.mean_severity, self.worst_severity) {
            (Some(mean), Some(worst)) => lines.push(format!(
                "{attacks}; average severity {} out of 10, worst {}.",
                fixed(mean, 1),
                worst.label()
            )),
            _ => lines.push(format!("{attacks}.")),
        }
        if let Some(minutes) = self.mean_duration_minutes {
            let running = match self.running_attacks {
                0 => String::new(),
                1 => "; 1 still going is not included".to_string(),
                n => format!("; {n} still going are not included"),
            };
            lines.push(format!(
                "Average length {} (of {} that have ended{running}).",
                dates::format_duration(minutes.round() as i64),
                self.ended_attacks
            ));
        } else if self.running_attacks > 0 {
            lines.push("No attack has ended yet, so there is no average length.".to_string());
        }
        lines.push(format!(
            "Normal activities stopped on {}.",
            days_word(self.stopped_activity_days)
        ));
        lines
    }
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, count) = values.fold((0.0, 0u32), |(sum, n), v| (sum + v, n + 1));
    (count > 0).then(|| sum / f64::from(count))
}

/// Headache days by the worst severity band of the day, for the stacked monthly bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SeverityDays {
    /// Worst severity 1–3.
    pub mild: u32,
    /// Worst severity 4–6.
    pub moderate: u32,
    /// Worst severity 7–8.
    pub severe: u32,
    /// Worst severity 9–10.
    pub very_severe: u32,
    /// Headache days with no severity given.
    pub not_rated: u32,
}

impl SeverityDays {
    /// The days in one band (`NoPain` days are never headache days, so 0).
    pub fn get(&self, band: SeverityBand) -> u32 {
        match band {
            SeverityBand::NoPain => 0,
            SeverityBand::Mild => self.mild,
            SeverityBand::Moderate => self.moderate,
            SeverityBand::Severe => self.severe,
            SeverityBand::VerySevere => self.very_severe,
        }
    }

    /// All headache days.
    pub fn total(&self) -> u32 {
        self.mild + self.moderate + self.severe + self.very_severe + self.not_rated
    }
}

/// One calendar month of the chosen span.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthSummary {
    /// The first day of the month.
    pub month: NaiveDate,
    /// The span covers only part of the month (its start or end is cut, or the month is still going).
    pub partial: bool,
    /// The figures for the days of this month inside the span.
    pub summary: Summary,
    /// Headache days split by the day's worst severity band.
    pub headache_days_by_band: SeverityDays,
    /// Days on which each class was taken (ICHD-3 8.2: days, not doses); only classes taken at least once.
    pub medicine_days: SortedMap<MedicineClass, u32>,
    /// Days with any acute medicine that ICHD-3 8.2 counts (every class but anti-sickness medicines).
    pub acute_medicine_days: u32,
}

impl MonthSummary {
    pub(crate) fn from_index(index: &DayIndex, diary: &Diary, part: DateRange) -> MonthSummary {
        let whole = DateRange::month_of(part.first());
        let days = index.days(part);
        let mut bands = SeverityDays::default();
        let mut medicine_days = SortedMap::new();
        let mut acute_medicine_days = 0;
        for day in days {
            if day.is_headache_day() {
                match day.headache.band() {
                    Some(SeverityBand::Mild) => bands.mild += 1,
                    Some(SeverityBand::Moderate) => bands.moderate += 1,
                    Some(SeverityBand::Severe) => bands.severe += 1,
                    Some(SeverityBand::VerySevere) => bands.very_severe += 1,
                    Some(SeverityBand::NoPain) | None => bands.not_rated += 1,
                }
            }
            for class in &day.medicines {
                *medicine_days.entry_or_default(*class) += 1;
            }
            if day
                .medicines
                .iter()
                .any(|class| class.overuse_days_per_month().is_some())
            {
                acute_medicine_days += 1;
            }
        }
        MonthSummary {
            month: whole.first(),
            partial: part != whole,
            summary: Summary::from_index(index, diary, part),
            headache_days_by_band: bands,
            medicine_days,
            acute_medicine_days,
        }
    }

    /// "March 2026" (with "(part)" when the month is not whole).
    pub fn label(&self) -> String {
        let name = date_text(self.month, "%B %Y");
        if self.partial {
            format!("{name} (part)")
        } else {
            name
        }
    }

    /// One sentence for the chart's text equivalent: "March 2026: headache on 9 of 31 days (2 severe); medicine
    /// on 6 days."
    pub fn plain_sentence(&self) -> String {
        let bands = self.headache_days_by_band;
        let mut split = Vec::new();
        for (count, word) in [
            (bands.very_severe, "very severe"),
            (bands.severe, "severe"),
            (bands.moderate, "moderate"),
            (bands.mild, "mild"),
            (bands.not_rated, "not rated"),
        ] {
            if count > 0 {
                split.push(format!("{count} {word}"));
            }
        }
        let split = if split.is_empty() {
            String::new()
        } else {
            format!(" ({})", split.join(", "))
        };
        format!(
            "{}: headache on {} of {}{split}; headache medicine on {}.",
            self.label(),
            self.summary.headache_days,
            days_word(self.summary.days),
            days_word(self.acute_medicine_days)
        )
    }
}

/// The figures for `range` (see [`Summary`]). Builds its own day index; [`super::Insights::compute`] shares one.
pub fn summarize(diary: &Diary, range: DateRange) -> Summary {
    Summary::from_index(&DayIndex::build(diary, range), diary, range)
}

/// One [`MonthSummary`] per calendar month that `range` touches, oldest first; months cut by the range are
/// flagged `partial`.
pub fn month_summaries(diary: &Diary, range: DateRange) -> Vec<MonthSummary> {
    months_from_index(&DayIndex::build(diary, range), diary, range)
}

pub(crate) fn months_from_index(
    index: &DayIndex,
    diary: &Diary,
    range: DateRange,
) -> Vec<MonthSummary> {
    range
        .month_starts()
        .into_iter()
        .filter_map(|month| DateRange::month_of(month).intersect(range))
        .map(|part| MonthSummary::from_index(index, diary, part))
        .collect()
}
