//! How [`Preferences`] are stored.

use serde_json::Value;

use super::{Document, StorageError};
use crate::domain::preferences::Preferences;

impl Document for Preferences {
    const KEY: &'static str = "headache-diary.preferences";
    const VERSION: u32 = 1;

    fn migrate(from_version: u64, _data: Value) -> Result<Value, StorageError> {
        // Version 1 is the first; there is nothing older to migrate from.
        Err(StorageError::WrongShape(format!(
            "unknown settings version {from_version}"
        )))
    }
}
