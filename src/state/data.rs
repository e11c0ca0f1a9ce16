//! "Your data" and the lock's last resort as commands views call: download a full backup, read and open a backup
//! file, restore it here (into the plain or the locked diary), list the copies kept aside, tell what "Delete all my
//! data" would remove, and delete it all. Each command brings every context it touches back in step with storage
//! itself, so no view patches a context by hand after a restore. Views never call `storage::`.

use crate::domain::diary::Diary;
use crate::domain::preferences::Preferences;
use crate::platform;
use crate::state::diary::{reload, restore_locked, DiaryContext, LockPhase};
use crate::state::document::reload_from_storage;
use crate::state::preferences::PreferencesContext;
use crate::storage::app_version::{record_start, Start};
use crate::storage::backup::{self, parse_backup_file, restore};
use crate::storage::self_check::SelfCheckDocument;
use crate::storage::{local, locked, Document, Loaded};

pub use crate::storage::backup::{
    Backup, BackupError, BackupFile, KeptCopy, Mode, Restored, SealedBackup, BACKUP_MAX_BYTES,
};
pub use crate::storage::locked::LockError;
use crate::storage::sealing::SealError;
pub use crate::storage::StorageError;

/// The full backup's text: everything stored. Where this browser stores nothing at all (private mode), the diary
/// held in this tab is what there is, so that is backed up instead.
pub fn full_backup_text(in_memory: &Diary) -> Result<String, BackupError> {
    match backup::export_backup() {
        Err(BackupError::Storage(StorageError::Unavailable)) => backup::backup_text(&Backup {
            diary: in_memory.clone(),
            preferences: None,
            self_check: None,
        }),
        other => other,
    }
}

/// Checks a chosen file completely, including that nothing in it is dated after `today`; nothing is written.
/// `file_bytes` is the file's size on disk, which the refusal of a file too large names.
pub fn read_backup_file(
    text: &str,
    file_bytes: usize,
    today: chrono::NaiveDate,
) -> Result<BackupFile, BackupError> {
    let file = parse_backup_file(text).map_err(|error| match error {
        // Read as text, bytes that are not UTF-8 grow threefold: a file small enough on disk that only grew past
        // the limit as text is not text at all, which is what the person needs to hear (not a size that
        // contradicts the limit it is compared with).
        BackupError::TooLarge { max, .. } if file_bytes <= max => {
            BackupError::NotJson("most of it is not text at all".into())
        }
        BackupError::TooLarge { max, .. } => BackupError::TooLarge {
            bytes: file_bytes,
            max,
        },
        other => other,
    })?;
    if let BackupFile::Plain(backup) = &file {
        backup::check_restorable(backup, today)?;
    }
    Ok(file)
}

/// Opens a backup whose diary was sealed with `passphrase`, and checks it can be restored; nothing is written.
pub async fn open_locked_backup(
    passphrase: &str,
    file: SealedBackup,
    today: chrono::NaiveDate,
) -> Result<Backup, OpenBackupError> {
    let backup = locked::open_backup(passphrase, file).await?;
    backup::check_restorable(&backup, today)?;
    Ok(backup)
}

/// A locked backup's refusal in words: a wrong passphrase may be the backup's own (not today's), or, when the
/// person is sure of it, a file altered where only the passphrase could tell (the salt or work factor of a
/// version 1 file, which has no header checksum; later files name that damage before asking).
fn backup_lock_words(error: &LockError) -> String {
    match error {
        LockError::Seal(SealError::WrongPassphrase) => format!(
            "{error} This is the backup's passphrase, which may differ from today's. If you are sure it is right, \
             the file may have been damaged or altered."
        ),
        other => other.to_string(),
    }
}

/// Why a locked backup was not opened.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum OpenBackupError {
    /// The passphrase did not open it, or it is damaged.
    #[error("{}", backup_lock_words(.0))]
    Lock(#[from] LockError),
    /// It opened, but cannot be restored.
    #[error(transparent)]
    Backup(#[from] BackupError),
}

/// Restores `backup` into the diary as stored (sealed with this diary's key while the lock is open, plain
/// otherwise), then brings the diary and settings contexts back in step with what is stored now. The self-check
/// is its own build (`check/`): one open in another tab follows the restored answers from the storage event.
pub async fn restore_here(
    diary: Option<&DiaryContext>,
    preferences: Option<&PreferencesContext>,
    backup: &Backup,
    mode: Mode,
) -> Result<Restored, BackupError> {
    let restored = match diary {
        Some(handle) if matches!(handle.lock, LockPhase::Unlocked(_)) => {
            restore_locked(handle, backup, mode).await?
        }
        _ => {
            let restored = restore(backup, mode, platform::now_local())?;
            if let Some(handle) = diary {
                reload(handle);
            }
            restored
        }
    };
    if let Some(handle) = preferences {
        reload_from_storage(handle);
    }
    Ok(restored)
}

/// The copies kept in this browser: before each restore, and of unreadable data.
pub fn kept_copies() -> Result<Vec<KeptCopy>, StorageError> {
    backup::kept_copies()
}

/// How many kept copies hold the diary in the clear (turning the lock on removes them).
pub fn unencrypted_diary_copies() -> usize {
    backup::unencrypted_diary_copies().map_or(0, |copies| copies.len())
}

/// Removes one kept copy, after the person confirmed; the live diary, settings and self-check are never touched.
pub fn remove_kept_copy(copy: &KeptCopy) -> Result<(), StorageError> {
    backup::remove_kept_copy(copy)
}

/// What the stored self-check holds, for "what would be lost".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredSelfCheck {
    /// Nothing stored (or storage cannot be read at all).
    Nothing,
    /// Answers in progress, no finished result.
    InProgress,
    /// A finished result, with its date as shown.
    Result(String),
    /// Stored but unreadable.
    Unreadable,
}

/// Everything besides the diary that "Delete all my data" would remove.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredBesidesDiary {
    /// The self-check.
    pub self_check: StoredSelfCheck,
    /// Whether settings are stored.
    pub settings: bool,
    /// Copies kept before a restore or of unreadable data.
    pub kept_copies: usize,
}

/// Reads what "Delete all my data" would remove besides the diary.
pub fn stored_besides_diary() -> StoredBesidesDiary {
    let self_check = match local::load::<SelfCheckDocument>() {
        Ok(Loaded::Ready(document)) => match document.kept {
            Some(kept) => StoredSelfCheck::Result(kept.date_label()),
            None => StoredSelfCheck::InProgress,
        },
        Ok(Loaded::Unreadable { .. }) => StoredSelfCheck::Unreadable,
        _ => StoredSelfCheck::Nothing,
    };
    let settings = backup::stored_keys()
        .unwrap_or_default()
        .iter()
        .any(|key| key == Preferences::KEY);
    let kept_copies = backup::kept_copies()
        .map(|copies| copies.len())
        .unwrap_or(0);
    StoredBesidesDiary {
        self_check,
        settings,
        kept_copies,
    }
}

/// Why "Delete all my data" did not end in a fresh start.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DeleteAllError {
    /// A key could not be removed.
    #[error("Not everything could be deleted: {0} Reload the page to see what is left.")]
    NotEverything(StorageError),
    /// Everything is gone but the browser did not start the page again.
    #[error("Everything was deleted. Reload the page to start afresh.")]
    ReloadRefused,
}

/// Removes every key this app stored, then starts the app again from empty storage: every part of it (diary,
/// settings, self-check) then shows a first visit, and nothing held in memory can be saved back.
pub fn delete_everything_and_start_afresh() -> Result<(), DeleteAllError> {
    backup::delete_all().map_err(DeleteAllError::NotEverything)?;
    let reloaded =
        crate::platform::window().is_some_and(|window| window.location().reload().is_ok());
    if reloaded {
        Ok(())
    } else {
        Err(DeleteAllError::ReloadRefused)
    }
}

/// Records that the app started under `version`; true only on the first start after an update.
pub fn started_after_update(version: &str) -> bool {
    record_start(version) == Ok(Start::Updated)
}
