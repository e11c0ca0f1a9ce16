//! Insights, pure: what the diary shows over a chosen span — summary figures and monthly bars, ICHD-3 8.2
//! medicine days against the overuse thresholds, the pattern read over the last 3 complete months (1.3, 2.3,
//! 8.2), the menstrual pattern (A1.1), trigger counts and medicine effect. "today" is always a parameter.
//!
//! Entry points for the UI:
//! - [`InsightPeriod`] → [`InsightPeriod::range`] → [`DateRange`];
//! - [`Insights::compute`] for everything at once (one day index shared by every statistic), or each part alone:
//!   [`summarize`], [`month_summaries`], [`overuse_by_month`] / [`recent_overuse`], [`read_pattern`],
//!   [`read_menstrual`], [`trigger_report`], [`medicine_effects`];
//! - the plain words: [`Summary::plain_lines`], [`MonthSummary::plain_sentence`], [`OveruseLine::plain_message`],
//!   [`MonthOveruse::plain_message`] and [`MonthOveruse::opioid_advice`], [`PatternRead::plain_messages`] with
//!   [`WARNING_SIGNS_NOTE`] and [`DIARY_NOT_A_DIAGNOSIS`], [`MenstrualRead::plain_message`] with
//!   [`MENSTRUAL_NOT_A_DIAGNOSIS`], [`TriggerCount::plain_sentence`], [`TriggerComparison::plain_message`],
//!   [`MedicineEffectSummary::plain_sentence`], [`ResistanceRead::headline`] and [`ResistanceRead::reasons`];
//! - [`read_resistance`]: migraine that resists treatment (EHF 2020), from the treatments and debilitating days.

#![warn(missing_docs)]

mod index;
mod medicine_effect;
mod menstrual;
mod overuse;
mod pattern;
mod period;
mod resistance;
mod summary;
mod triggers;

use chrono::NaiveDate;

use crate::domain::diary::Diary;
use crate::domain::screening::Assessment;
use index::DayIndex;

pub use medicine_effect::{medicine_effects, MedicineEffectSummary};
pub use menstrual::{
    read_menstrual, CycleResult, MenstrualRead, MenstrualVerdict, CYCLES_NEEDED,
    CYCLES_WITH_ATTACK_NEEDED, MENSTRUAL_NOT_A_DIAGNOSIS,
};
pub use overuse::{
    contains_opioid, overuse_by_month, recent_overuse, MonthOveruse, OveruseLine, OveruseStatus,
    OveruseSubject, APPROACHING_MARGIN_DAYS, OVERUSE_MONTHS_IN_A_ROW,
};
pub use pattern::{
    read_pattern, DiaryFinding, MonthFigures, PatternRead, DIARY_NOT_A_DIAGNOSIS, PATTERN_MONTHS,
    WARNING_SIGNS_NOTE,
};
pub use period::{DateRange, InsightPeriod};
pub use resistance::{
    read_resistance, DebilitatingMonth, ResistanceLevel, ResistanceRead, DEBILITATING_DAYS_A_MONTH,
    REFRACTORY_MONTHS, RESISTANT_CLASSES, RESISTANT_MONTHS,
};
pub use summary::{month_summaries, summarize, MonthSummary, SeverityDays, Summary};
pub use triggers::{
    trigger_report, TriggerComparison, TriggerCount, TriggerName, TriggerReport,
    COMPARISON_MIN_LOGGED_DAYS,
};

/// Everything the insights page shows for one span.
#[derive(Debug, Clone, PartialEq)]
pub struct Insights {
    /// The days read.
    pub range: DateRange,
    /// The figures for the whole span.
    pub summary: Summary,
    /// One per calendar month the span touches.
    pub months: Vec<MonthSummary>,
    /// The ICHD-3 8.2 check of each calendar month the span touches (each counted whole, up to today).
    pub overuse: Vec<MonthOveruse>,
    /// The pattern read over the last 3 complete months (independent of the span).
    pub pattern: PatternRead,
    /// The menstrual pattern over the latest 3 cycles ending by the span's last day.
    pub menstrual: MenstrualRead,
    /// Trigger counts for the attacks of the span.
    pub triggers: TriggerReport,
    /// Medicine effect for the doses of the span.
    pub medicines: Vec<MedicineEffectSummary>,
    /// Migraine that resists treatment (EHF 2020), over the 6 complete months before today's (independent of
    /// the span).
    pub resistance: ResistanceRead,
}

impl Insights {
    /// Computes every statistic for `period` as of `today`, building the day index once. `self_check` is the
    /// latest kept self-check result, if any: when it found an emergency or same-day warning sign, no pattern is
    /// named. `None` when the period has no days up to today.
    pub fn compute(
        diary: &Diary,
        period: InsightPeriod,
        today: NaiveDate,
        self_check: Option<&Assessment>,
    ) -> Option<Insights> {
        let range = period.range(today)?;
        let mut span = range.union(overuse::index_span(range, today));
        if let Some(pattern_span) = pattern::index_span(today) {
            span = span.union(pattern_span);
        }
        if let Some(resistance_span) = resistance::index_span(today) {
            span = span.union(resistance_span);
        }
        let index = DayIndex::build(diary, span);
        Some(Insights {
            range,
            summary: Summary::from_index(&index, diary, range),
            months: summary::months_from_index(&index, diary, range),
            overuse: overuse::overuse_from_index(&index, diary, range, today),
            pattern: pattern::read_from_index(&index, diary, today, self_check),
            menstrual: read_menstrual(diary, range.last()),
            triggers: triggers::triggers_from_index(&index, diary, range),
            medicines: medicine_effects(diary, range),
            resistance: resistance::read_from_index(&index, diary, today, self_check),
        })
    }
}
