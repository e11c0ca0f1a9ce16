//! How the self-check is stored: the answers in progress with the step the person is on, and the last finished
//! result with the date and time it was taken, under one key in a versioned envelope.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::diary::{migrate_value, Migration};
use super::json::Json;
use super::self_check_codec;

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
        migrate_value(from_version, Self::VERSION, data, MIGRATIONS)
    }

    /// Through the self-check's own codec, which writes what serde would without serde's code in the build.
    fn to_stored_text(&self) -> Result<String, StorageError> {
        Ok(self_check_codec::encode(self))
    }

    fn from_stored_text(raw: &str) -> Result<Self, StorageError> {
        self_check_codec::decode(raw)
    }
}

/// Every step from an older self-check version, in order, on the storage codec's tree (tested against
/// `tests/fixtures/self-check-v1.json`): the codec runs them, and serde's reference reader runs the same ones.
pub const MIGRATIONS: &[Migration<Json<'static>>] = &[Migration {
    from: 1,
    run: self_check_codec::v1_to_v2,
}];
