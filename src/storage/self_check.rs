//! How the self-check is stored: the answers in progress with the step the person is on, and the last finished
//! result with the date and time it was taken, under one key in a versioned envelope.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use serde_json::Value;

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
        self.taken_at.format("%-d %b %Y").to_string()
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
    const VERSION: u32 = 1;

    fn migrate(from_version: u64, _data: Value) -> Result<Value, StorageError> {
        // Version 1 is the first; there is nothing older to migrate from.
        Err(StorageError::WrongShape(format!(
            "unknown self-check version {from_version}"
        )))
    }
}
