//! Pure encoding of stored documents: the versioned envelope and migrations. No browser APIs,
//! so every migration is tested natively against fixture files.

use serde::{de::DeserializeOwned, Deserialize, Serialize};
use serde_json::Value;

use super::StorageError;

/// A kind of data the app stores under one localStorage key.
pub trait Document: Serialize + DeserializeOwned {
    /// The localStorage key. Chosen by hand and never derived from a type name, so renaming a
    /// type cannot orphan saved data.
    const KEY: &'static str;
    /// The version this build writes.
    const VERSION: u32;

    /// Brings `data`, stored at `from_version` (always lower than [`Self::VERSION`]), up to the
    /// current shape. Pure: tested natively with a fixture per earlier version.
    fn migrate(from_version: u64, data: Value) -> Result<Value, StorageError>;
}

#[derive(Serialize)]
struct EnvelopeOut<'a, D> {
    version: u32,
    data: &'a D,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    version: u64,
    data: Value,
}

/// The text stored for `doc`.
pub fn encode<D: Document>(doc: &D) -> Result<String, StorageError> {
    serde_json::to_string(&EnvelopeOut {
        version: D::VERSION,
        data: doc,
    })
    .map_err(|error| StorageError::WriteFailed(error.to_string()))
}

/// Reads stored text, migrating older versions. Never guesses: anything it cannot read exactly
/// is an error, so the caller can keep the raw text safe.
pub fn decode<D: Document>(raw: &str) -> Result<D, StorageError> {
    let value: Value =
        serde_json::from_str(raw).map_err(|error| StorageError::Corrupt(error.to_string()))?;
    let envelope: EnvelopeIn = serde_json::from_value(value)
        .map_err(|error| StorageError::WrongShape(format!("no version envelope: {error}")))?;
    let data = match envelope.version {
        v if v == u64::from(D::VERSION) => envelope.data,
        v if v > u64::from(D::VERSION) => {
            return Err(StorageError::NewerVersion {
                found: v,
                supported: D::VERSION,
            })
        }
        0 => {
            return Err(StorageError::WrongShape(
                "version 0 was never written".into(),
            ))
        }
        older => D::migrate(older, envelope.data)?,
    };
    serde_json::from_value(data).map_err(|error| StorageError::WrongShape(error.to_string()))
}
