//! The build version the app last started under, so it can say once, quietly, that it was updated.
//!
//! It holds no personal data: only the version id the build writes into index.html
//! (`<meta name="app-version">`, by scripts/sw-precache.mjs). An update never changes the diary,
//! settings or self-check: they stay in localStorage under their own keys, which neither the
//! service worker nor an update touches, and each is migrated by its own [`Document`] impl.

use serde::{Deserialize, Serialize};

use super::codec::{compact_struct, first_version_document};
use super::{local, Document, Loaded, StorageError};

/// The version of the build the app last started under on this device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeenVersion {
    pub version: String,
}

impl Document for SeenVersion {
    const KEY: &'static str = "headache-diary.app-version";
    const VERSION: u32 = 1;

    first_version_document!("app update note");
}

compact_struct!(SeenVersion { version: "version" required });

/// How this start relates to the previous one on this device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// Nothing recorded: the first start (or the first since this record exists). No note.
    First,
    /// The same build as last time.
    Same,
    /// A different build than last time: the app was updated since.
    Updated,
}

/// Compares the version last seen (if any) with the one running now. Pure.
pub fn compare(last_seen: Option<&str>, current: &str) -> Start {
    match last_seen {
        None => Start::First,
        Some(seen) if seen == current => Start::Same,
        Some(_) => Start::Updated,
    }
}

/// Records that the app started under `current` and says how that relates to the last start.
///
/// The version is only remembered once the app holds something of the person's: a visit that
/// stores nothing leaves nothing behind, and after "Delete all my data" (which reloads the app)
/// the browser holds nothing of this app at all. A record that cannot be read is left as it is
/// and reported as [`Start::Same`] (no note): a note is not worth writing over anything.
pub fn record_start(current: &str) -> Result<Start, StorageError> {
    let start = match local::load::<SeenVersion>()? {
        Loaded::Missing => compare(None, current),
        Loaded::Ready(seen) => compare(Some(&seen.version), current),
        _ => return Ok(Start::Same),
    };
    let holds_data = || {
        super::backup::stored_keys()
            .map(|keys| keys.iter().any(|key| key != SeenVersion::KEY))
            .unwrap_or(false)
    };
    if start == Start::Updated || (start == Start::First && holds_data()) {
        local::save(&SeenVersion {
            version: current.to_string(),
        })?;
    }
    Ok(start)
}
