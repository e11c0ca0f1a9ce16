//! Reading and writing the diary while it is locked with a passphrase (format: `storage::sealed`; sealing:
//! `storage::sealing`).
//!
//! Every write follows the same safe path as a plain change: read the stored text, open it, work on the diary as
//! stored *now*, seal the result with a fresh IV, and write it only if the stored text is still exactly what was
//! read; otherwise start again from the new text. Encryption is asynchronous, so another tab may write in
//! between; this check is what keeps its change. Nothing is ever written after a wrong passphrase or a failed
//! integrity check, and no plain diary text is ever written while the lock is on.

use chrono::NaiveDateTime;
use thiserror::Error;

use super::backup::{self, Backup, BackupError, Mode, Restored, SealedBackup};
use super::diary as diary_store;
use super::sealed::{self, Sealed, SealedError};
use super::sealing::{self, SealError, SealKey};
use super::{decode, local, Document, StorageError};
use crate::domain::diary::{Applied, Diary, DiaryAction, DiaryError};

/// How often a write starts again because another tab wrote in between, before giving up.
const ATTEMPTS: usize = 5;

/// The shortest passphrase accepted.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// Why a locked-diary operation did not go through. Every message is shown as it is; none of them follows a
/// write.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum LockError {
    /// Encryption failed, the passphrase was wrong, or the sealed text failed its integrity check.
    #[error("{0}")]
    Seal(#[from] SealError),
    /// The stored text is sealed but malformed, or newer than this build.
    #[error("{0}")]
    Sealed(#[from] SealedError),
    /// Storage refused to be read or written.
    #[error("{0}")]
    Storage(StorageError),
    /// The diary inside the lock opened, but is not a diary this build can read.
    #[error("The locked diary opened, but what is inside cannot be read ({0}). It has not been changed.")]
    Inside(StorageError),
    /// The change itself is not valid; nothing was touched.
    #[error("{0}")]
    Invalid(#[from] DiaryError),
    /// The stored diary is no longer locked (unlocked, replaced or deleted in another tab).
    #[error("Your diary is no longer locked in this browser: it was unlocked, restored or deleted in another tab. Nothing was changed here.")]
    NotLocked,
    /// The stored diary is already locked.
    #[error("Your diary is already locked with a passphrase (perhaps from another tab). Nothing was changed.")]
    AlreadyLocked,
    /// The plain stored diary cannot be read, so it cannot be locked.
    #[error("Your saved diary cannot be read, so it cannot be locked. See the Diary page first. Nothing was changed.")]
    PlainUnreadable,
    /// The passphrase is too short.
    #[error("Use at least {MIN_PASSPHRASE_CHARS} characters. A few words you will remember make a good passphrase.")]
    TooShort,
    /// Another tab kept writing; this tab gave up rather than write over it.
    #[error("The diary kept changing in another tab, so this was not saved. Try again.")]
    Busy,
}

/// Whether `passphrase` is long enough to be accepted as a new passphrase.
pub fn check_new_passphrase(passphrase: &str) -> Result<(), LockError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        Err(LockError::TooShort)
    } else {
        Ok(())
    }
}

fn read() -> Result<Option<String>, LockError> {
    local::read_raw(Diary::KEY).map_err(LockError::Storage)
}

/// The stored sealed diary: its exact text and its parsed form.
fn read_sealed() -> Result<(String, Sealed), LockError> {
    match read()? {
        Some(raw) if sealed::is_sealed(&raw) => {
            let parsed = sealed::parse(&raw)?;
            Ok((raw, parsed))
        }
        _ => Err(LockError::NotLocked),
    }
}

fn decode_inside(text: &str) -> Result<Diary, LockError> {
    decode::<Diary>(text).map_err(LockError::Inside)
}

async fn seal_diary(key: &SealKey, diary: &Diary, lineage: &[String]) -> Result<String, LockError> {
    let plain = super::encode_with_lineage(diary, lineage).map_err(LockError::Storage)?;
    Ok(sealed::to_text(&sealing::seal(key, &plain).await?))
}

/// Writes `text` if the stored diary is still `expected` (`None`: nothing stored). Synchronous from the read to
/// the write, so no other write in this page can land in between.
fn write_if_unchanged(expected: Option<&str>, text: &str) -> Result<bool, LockError> {
    if read()?.as_deref() != expected {
        return Ok(false);
    }
    local::write_raw(Diary::KEY, text).map_err(LockError::Storage)?;
    Ok(true)
}

/// Opens the stored locked diary with `passphrase`: the key to keep in memory for later saves, and the diary.
/// A wrong passphrase or damaged text is an error and nothing is written.
pub async fn unlock(passphrase: &str) -> Result<(SealKey, Diary), LockError> {
    let (_, stored) = read_sealed()?;
    let (key, text) = sealing::unlock(passphrase, &stored).await?;
    Ok((key, decode_inside(&text)?))
}

/// The stored locked diary opened with `key`: its exact text (for the write-if-unchanged check), the diary, and
/// its lineage (`storage::lineage`).
async fn read_open(key: &SealKey) -> Result<(String, Diary, Vec<String>), LockError> {
    let (raw, stored) = read_sealed()?;
    let text = sealing::open(key, &stored).await?;
    let diary = decode_inside(&text)?;
    let lineage = super::lineage_of(&text);
    Ok((raw, diary, lineage))
}

/// The stored diary opened with a key already held (to follow another tab's change). If that tab wrote over
/// changes this tab saved a moment ago (see `storage::lineage`), they are made again on top and saved sealed.
pub async fn open_stored(key: &SealKey) -> Result<Diary, LockError> {
    for _ in 0..ATTEMPTS {
        let (raw, mut diary, lineage) = read_open(key).await?;
        let again = diary_store::apply_lost_again(&mut diary, &lineage);
        if again.is_empty() {
            return Ok(diary);
        }
        let (stamp, lineage) = diary_store::next_lineage(&lineage);
        let written = seal_diary(key, &diary, &lineage)
            .await
            .and_then(|sealed| write_if_unchanged(Some(&raw), &sealed));
        diary_store::watch(if written == Ok(true) { &stamp } else { "" }, again);
        if written? {
            return Ok(diary);
        }
    }
    Err(LockError::Busy)
}

/// Applies `action` to the locked diary as stored now and saves it sealed with a fresh IV. The same pure
/// [`DiaryAction::apply`] as the plain path, and the same care for this tab's changes another tab wrote over.
pub async fn apply(
    key: &SealKey,
    action: DiaryAction,
    now: NaiveDateTime,
) -> Result<(Diary, Applied), LockError> {
    for _ in 0..ATTEMPTS {
        let (raw, mut diary, lineage) = read_open(key).await?;
        let again = diary_store::apply_lost_again(&mut diary, &lineage);
        let applied = match action.clone().apply(&mut diary, now) {
            Ok(applied) => applied,
            Err(error) => {
                diary_store::watch("", again);
                return Err(error.into());
            }
        };
        if !applied.changed() && again.is_empty() {
            return Ok((diary, applied));
        }
        let (stamp, lineage) = diary_store::next_lineage(&lineage);
        let written = seal_diary(key, &diary, &lineage)
            .await
            .and_then(|sealed| write_if_unchanged(Some(&raw), &sealed));
        if written != Ok(true) {
            // Not written: the changes made again stay watched, to be made at the next chance.
            diary_store::watch("", again);
            written?;
            continue;
        }
        diary_store::watch(&stamp, again);
        if applied.changed() {
            diary_store::watch(&stamp, vec![(action, now)]);
        }
        return Ok((diary, applied));
    }
    Err(LockError::Busy)
}

/// Locks the diary stored as plain text (or an empty one when nothing is stored) with a new passphrase and a
/// new random salt.
pub async fn lock(passphrase: &str) -> Result<(SealKey, Diary), LockError> {
    check_new_passphrase(passphrase)?;
    let key = sealing::new_key(passphrase).await?;
    for _ in 0..ATTEMPTS {
        let raw = read()?;
        let diary = match raw.as_deref() {
            None => Diary::default(),
            Some(text) if sealed::is_sealed(text) => return Err(LockError::AlreadyLocked),
            Some(text) => decode::<Diary>(text).map_err(|_| LockError::PlainUnreadable)?,
        };
        // The lineage goes inside the lock with the diary, so saves on either side of it stay one chain.
        let lineage = raw.as_deref().map(super::lineage_of).unwrap_or_default();
        let text = seal_diary(&key, &diary, &lineage).await?;
        if write_if_unchanged(raw.as_deref(), &text)? {
            return Ok((key, diary));
        }
    }
    Err(LockError::Busy)
}

/// Re-seals the locked diary under `new` (a new salt and key) once `current` has opened it.
pub async fn change_passphrase(current: &str, new: &str) -> Result<(SealKey, Diary), LockError> {
    check_new_passphrase(new)?;
    let (old_key, _) = unlock(current).await?;
    let new_key = sealing::new_key(new).await?;
    for _ in 0..ATTEMPTS {
        let (raw, stored) = read_sealed()?;
        let plain = sealing::open(&old_key, &stored).await?;
        let diary = decode_inside(&plain)?;
        let text = seal_diary(&new_key, &diary, &super::lineage_of(&plain)).await?;
        if write_if_unchanged(Some(&raw), &text)? {
            return Ok((new_key, diary));
        }
    }
    Err(LockError::Busy)
}

/// Removes the lock once `current` has opened the diary: the diary is stored as plain text again.
pub async fn remove_lock(current: &str) -> Result<Diary, LockError> {
    let (key, _) = unlock(current).await?;
    for _ in 0..ATTEMPTS {
        let (raw, stored) = read_sealed()?;
        let plain = sealing::open(&key, &stored).await?;
        let diary = decode_inside(&plain)?;
        let text = super::encode_with_lineage(&diary, &super::lineage_of(&plain))
            .map_err(LockError::Storage)?;
        if write_if_unchanged(Some(&raw), &text)? {
            return Ok(diary);
        }
    }
    Err(LockError::Busy)
}

/// Opens the sealed diary of a backup file with the passphrase it was locked with. Nothing is written.
pub async fn open_backup(passphrase: &str, file: SealedBackup) -> Result<Backup, LockError> {
    let (_, text) = sealing::unlock(passphrase, &file.sealed).await?;
    Ok(file.with_diary(decode_inside(&text)?))
}

/// Restores `backup` into the locked diary: worked out from the stored diary opened with `key`, sealed with
/// `key`, and written only if the stored text did not change meanwhile. What was stored before is kept aside
/// exactly as it was (sealed).
pub async fn restore(
    key: &SealKey,
    backup: &Backup,
    mode: Mode,
    now: NaiveDateTime,
) -> Result<Restored, BackupError> {
    backup::check_restorable(backup, now.date())?;
    let refused = |error: LockError| BackupError::InvalidPart {
        part: "diary",
        detail: format!("your locked diary could not be opened to restore into it. {error}"),
    };
    for _ in 0..ATTEMPTS {
        let (raw, stored) = read_sealed().map_err(refused)?;
        let text = sealing::open(key, &stored)
            .await
            .map_err(|error| refused(error.into()))?;
        let current = decode_inside(&text).map_err(|_| BackupError::StoredUnreadable)?;
        let diary = backup::restored_diary(backup, mode, Some(&current))?;
        let sealed_text = seal_diary(key, &diary, &[]).await.map_err(refused)?;
        // Same check as every locked write, then the synchronous restore writes.
        if local::read_raw(Diary::KEY)
            .map_err(BackupError::Storage)?
            .as_deref()
            == Some(&raw)
        {
            let kept_aside = backup::write_restore(backup, mode, now, Some(&raw), &sealed_text)?;
            return Ok(Restored { diary, kept_aside });
        }
    }
    Err(refused(LockError::Busy))
}
