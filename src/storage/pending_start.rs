//! A headache's start noted while the diary is locked (only when the person turned that on in Settings): the
//! one thing stored outside the sealed diary, in the clear, until the next unlock moves it into the diary and
//! removes it. Only the time, nothing else.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::codec::{compact_struct, first_version_document};
use super::local::{self, Loaded};
use super::{Document, StorageError};

/// The start noted on the lock screen or the home page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingStart {
    /// When "Headache now" was tapped (the person's local time, to the minute).
    #[serde(rename = "s", with = "crate::domain::diary::time_format")]
    pub start: NaiveDateTime,
}

impl Document for PendingStart {
    const KEY: &'static str = "headache-diary.pending-start";
    const VERSION: u32 = 1;

    first_version_document!("pending start");
}

compact_struct!(PendingStart { start: "s" required via time });

/// The start already noted, if any. Text that cannot be read counts as none (it holds a time, not a diary).
pub fn noted() -> Option<NaiveDateTime> {
    match local::load::<PendingStart>() {
        Ok(Loaded::Ready(pending)) => Some(pending.start),
        _ => None,
    }
}

/// Notes a start at `at`, unless one is already noted: the first tap is when the headache began. Returns the
/// start that is noted now.
pub fn note(at: NaiveDateTime) -> Result<NaiveDateTime, StorageError> {
    if let Some(start) = noted() {
        return Ok(start);
    }
    local::save(&PendingStart { start: at })?;
    Ok(at)
}

/// Removes the noted start (once it is in the diary, or when the person clears it).
pub fn remove() -> Result<(), StorageError> {
    local::remove(PendingStart::KEY)
}
