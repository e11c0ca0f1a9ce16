//! How the self-check is stored: the answers in progress with the step the person is on, and the last finished
//! result with the date and time it was taken, under one key in a versioned envelope.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::diary::{run_migrations, Migration};

use super::{Document, StorageError};
use crate::domain::screening::{Answers, Assessment, Step};

/// A finished self-check, kept so it can be seen again, printed for a doctor, or deleted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeptResult {
    /// When the person finished, in their local time (passed in by the page, never read here).
    pub taken_at: NaiveDateTime,
    /// The answers that gave this result (only the questions the person was shown).
    pub answers: Answers,
    /// The result as it was shown. Loading rebuilds it through the engine's constructor, so a stored result can
    /// never carry a pattern next to an urgent warning sign.
    pub assessment: Assessment,
}

impl KeptResult {
    /// The date in short words for the person, e.g. "21 Nov 2026".
    pub fn date_label(&self) -> String {
        crate::domain::dates::short_date(self.taken_at.date())
    }
}

/// Everything the self-check stores.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SelfCheckDocument {
    /// The answers so far; kept when the person goes back, so nothing has to be typed twice.
    #[serde(default)]
    pub answers: Answers,
    /// The step the person was on, so a reload lands them where they were.
    #[serde(default = "Step::first")]
    pub step: Step,
    /// The last finished result, if the person has one and has not deleted it.
    #[serde(default)]
    pub kept: Option<KeptResult>,
}

impl Default for SelfCheckDocument {
    fn default() -> Self {
        SelfCheckDocument {
            answers: Answers::default(),
            step: Step::first(),
            kept: None,
        }
    }
}

impl Document for SelfCheckDocument {
    const KEY: &'static str = "headache-diary.self-check";
    const VERSION: u32 = 2;

    fn migrate(from_version: u64, data: Value) -> Result<Value, StorageError> {
        run_migrations(from_version, u64::from(Self::VERSION), data, MIGRATIONS)
    }
}

/// Every step from an older self-check version, in order (tested against `tests/fixtures/self-check-v1.json`).
pub const MIGRATIONS: &[Migration] = &[Migration {
    from: 1,
    run: v1_to_v2,
}];

/// Version 2 has fewer, fuller screens: the attack-pattern and aura screens became part of "your usual headache",
/// and the frequency and periods screens part of "about you". A stored step naming a retired screen moves to the
/// screen that now asks its questions. Answers keep every field: the rules still read an earlier build's separate
/// answers (onset, pattern change, nausea, vomiting, light, sound) when this build's combined ones are absent.
fn v1_to_v2(mut data: Value) -> Result<Value, StorageError> {
    let Some(object) = data.as_object_mut() else {
        return Err(StorageError::WrongShape(
            "the saved self-check is not a set of named fields".into(),
        ));
    };
    if let Some(step) = object.get_mut("step") {
        let moved = match step.as_str() {
            Some("attack_pattern" | "aura") => Some("attack_features"),
            Some("frequency" | "cycle") => Some("about_you"),
            _ => None,
        };
        if let Some(moved) = moved {
            *step = Value::from(moved);
        }
    }
    Ok(data)
}
