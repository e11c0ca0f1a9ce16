//! The headache self-check engine: pure, clock-free functions from a person's answers to an explained result that
//! checks SNNOOP10 warning signs first and then encodes ICHD-3 (2018); it never names a pattern next to an
//! emergency or same-day sign, and never reads "not sure" as a reassuring "no".
//!
//! Entry points for the UI:
//! - [`Answers`] (serde, versioned by `#[serde(default)]`), set per question with [`Answers::set`];
//! - [`Step`] / [`progress`] / [`emergency_found`] to drive the screens;
//! - [`Question`] for the wording, kind and choices of each question;
//! - [`evaluate`] → [`Assessment`] with [`Triage`], [`SignFinding`]s, [`PatternFinding`]s and [`Advice`].

#![warn(missing_docs)]

mod answers;
mod assessment;
mod cluster;
mod features;
mod findings;
mod flow;
mod logic;
mod menstrual;
mod migraine;
mod overuse;
mod questions;
mod tension_type;
mod triage;
mod warning_signs;

pub use answers::{
    AboutYou, AnswerError, AnswerValue, Answers, AttackAnswers, AuraAnswers, ClusterAnswers,
    ClusterCourse, ClusterFrequency, CycleAnswers, FrequencyAnswers, HeadacheHistory,
    LightAndSound, MedicineAnswers, Onset, PainQuality, PainSide, Quantity, Reply, Severity,
    Sickness, TreatmentAnswers, WarningAnswers,
};
pub use assessment::{evaluate, Advice, Assessment, Outcome, NOT_A_DIAGNOSIS};
pub use cluster::{CLUSTER_MAX_MINUTES, CLUSTER_MIN_ATTACKS, CLUSTER_MIN_MINUTES};
pub use findings::{Confidence, Criterion, Pattern, PatternFinding, Subtype};
pub use flow::{emergency_found, progress, Progress, Step, MEDICINE_QUESTIONS_FROM_DAYS, STAGES};
pub use migraine::{
    AURA_MIN_ATTACKS, AURA_MIN_CHARACTERISTICS, CHRONIC_MIGRAINE_MIN_MIGRAINE_DAYS,
    CHRONIC_MIN_DAYS, MIGRAINE_MAX_MINUTES, MIGRAINE_MIN_ATTACKS, MIGRAINE_MIN_MINUTES,
    MIGRAINE_MIN_MINUTES_UNDER_18,
};
pub use overuse::{
    MULTIPLE_CLASSES_MIN_DAYS, OVERUSE_MIN_HEADACHE_DAYS, SIMPLE_ANALGESIC_MIN_DAYS,
    SPECIFIC_MEDICINE_MIN_DAYS,
};
pub use questions::{Choice, CountBand, DurationBand, Question, QuestionKind, Unit};
pub use tension_type::{
    CHRONIC_TENSION_MIN_DAYS, FREQUENT_MAX_DAYS, TENSION_MAX_MINUTES, TENSION_MIN_EPISODES,
    TENSION_MIN_MINUTES,
};
pub use triage::Triage;
pub use warning_signs::{
    find_warning_signs, Certainty, SignFinding, WarningSign, NEW_HEADACHE_AGE,
};
