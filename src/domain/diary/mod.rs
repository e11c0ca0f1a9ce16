//! The headache diary, pure: attacks, day notes, periods and own triggers; the actions that change them (each
//! validated, refused whole or applied whole); and the queries the diary, calendar and insights screens read.
//! No yew, web_sys or clock calls: "now", "today" and new ids are always parameters.
//!
//! Entry points for the UI:
//! - [`Diary`] (serde; stored by `storage::diary` under a versioned envelope);
//! - [`DiaryAction::apply`] → [`Applied`] (with Undo data) or [`DiaryError`] (a message a person can act on);
//! - queries on [`Diary`]: [`Diary::running_attack`], [`Diary::history`], [`Diary::day_status`],
//!   [`Diary::month_calendar`], [`Diary::progress`], [`Diary::cycle_day`], and day counts over ranges
//!   ([`Diary::headache_days_in`], [`Diary::medicine_days_in`], …) for the insights.

#![warn(missing_docs)]

mod action;
mod attack;
mod aura;
mod calendar;
mod counts;
mod day_note;
mod day_status;
mod error;
mod history;
mod ids;
mod limits;
mod location;
mod medicine;
mod period;
mod progress;
mod quality;
mod quick_picks;
mod record;
pub mod sample;
mod severity;
mod symptom;
pub(crate) mod time_format;
mod treatment;
mod trigger;

pub use action::{Applied, DiaryAction, Keep};
pub use attack::{Attack, AURA_MIN_RECORDED_FEATURES, MIGRAINE_MIN_PAIN_FEATURES};
pub use aura::{Aura, AuraKind, AURA_TYPICAL_MINUTES};
pub use calendar::{CalendarDay, MonthCalendar, WEEKDAYS};
pub use day_note::{DayKind, DayNote};
pub use day_status::{DayHeadache, DayStatus};
pub use error::{AttackField, DiaryError, FoundInData, ListOf, MinutesOf, Moment, TextField};
pub use history::{HistoryFilter, MonthGroup};
pub use ids::AttackId;
pub use limits::*;
pub use location::PainLocation;
pub use medicine::{MedicineClass, MedicineDose, MedicineEffect};
pub use period::{CycleDay, Period};
pub use progress::DiaryProgress;
pub use quality::PainQuality;
pub use quick_picks::{QuickMedicine, QUICK_MEDICINES_MAX};
pub use record::Diary;
pub use sample::generate_sample_diary;
pub use severity::{Severity, SeverityBand};
pub use symptom::Symptom;
pub use treatment::{
    class_of_common, PreventiveClass, PreventiveTrial, TrialId, TrialOutcome, TrialVerdict,
    YearMonth, ADEQUATE_TRIAL_MONTHS, COMMON_PREVENTIVES,
};
pub use trigger::Trigger;
