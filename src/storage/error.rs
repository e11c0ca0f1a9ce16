//! What can go wrong when reading or writing stored data, in words a person can act on.

use thiserror::Error;

/// A storage failure. Every variant's message is shown to the person as it is.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StorageError {
    #[error("This browser is not letting the app store anything (private mode or blocked site data). You can keep using it, but nothing will be kept after you close this tab.")]
    Unavailable,
    #[error("The saved data is damaged and cannot be read ({0}). It has not been changed.")]
    Corrupt(String),
    #[error(
        "The saved data is not in a shape this app understands ({0}). It has not been changed."
    )]
    WrongShape(String),
    #[error("The saved data was written by a newer version of this app (version {found}; this one reads up to {supported}). Reload the page to get the newer app; your data has not been changed.")]
    NewerVersion { found: u64, supported: u32 },
    #[error("The browser's storage for this site is full, so the latest change was not saved. Nothing already saved was lost; free some space or make a backup.")]
    QuotaExceeded,
    #[error("The browser refused to save ({0}). Nothing already saved was lost.")]
    WriteFailed(String),
}
