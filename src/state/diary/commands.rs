//! The commands views call to change the diary: each applies one action to the diary as stored *now* and
//! saves it (one door to storage per path: `storage::diary::apply_to_stored` for a plain diary,
//! `storage::locked::apply` for a locked one), then hands the result to the reducer. Every action is applied once
//! per save path; only a change kept in memory while storage refuses it is replayed, one by one, once storage
//! works again.

use super::reducer::{DiaryMsg, DiaryProblem, LockPhase, LockReason, Persistence, UndoOffer};
use super::DiaryContext;
use crate::domain::diary::{Applied, DiaryAction};
use crate::platform;
use crate::storage::backup::{
    remove_kept_copy, unencrypted_diary_copies, Backup, BackupError, Mode, Restored,
};
use crate::storage::diary::{
    apply_to_stored, load_remembered, start_afresh_keeping, stored_is_sealed, DiaryUpdateError,
};
use crate::storage::locked::{self, LockError};
use crate::storage::sealing::{SealError, SealKey};
use crate::storage::{Loaded, StorageError};

/// [`perform`], asked for from the control at `place`: a refusal of this change is shown beside that control
/// (which reads `DiaryState::problem_at`), not at the top of the page, out of view.
pub fn perform_from(
    handle: &DiaryContext,
    place: &'static str,
    action: DiaryAction,
    undo_message: Option<String>,
) {
    handle.dispatch(DiaryMsg::ActingFrom(Some(place)));
    perform_here(handle, action, undo_message);
}

/// Applies `action` now, saving it, and offers Undo when there is something to undo.
/// `undo_message` is what the undo bar says ("Headache of 3 May deleted"). A refusal shows at the top of the page.
pub fn perform(handle: &DiaryContext, action: DiaryAction, undo_message: Option<String>) {
    handle.dispatch(DiaryMsg::ActingFrom(None));
    perform_here(handle, action, undo_message);
}

fn perform_here(handle: &DiaryContext, action: DiaryAction, undo_message: Option<String>) {
    let now = platform::now_local();
    let offer = |applied: &Applied| {
        applied
            .undo()
            .zip(undo_message.clone())
            .map(|(action, message)| Box::new(UndoOffer { message, action }))
    };
    match (&handle.lock, &handle.persistence) {
        (LockPhase::Locked, _) => handle.dispatch(DiaryMsg::Refused(DiaryProblem::Locked)),
        (LockPhase::Unlocked(key), _) => perform_locked(handle, key.clone(), action, now, &offer),
        (LockPhase::Off, Persistence::Unreadable { .. }) => {
            handle.dispatch(DiaryMsg::Refused(DiaryProblem::Unreadable))
        }
        (LockPhase::Off, Persistence::Stored) => match apply_to_stored(action.clone(), now) {
            Ok((diary, applied)) => handle.dispatch(DiaryMsg::Changed {
                undo: offer(&applied),
                diary,
            }),
            Err(DiaryUpdateError::NotSaved(reason)) => {
                keep_in_memory(handle, action, now, reason, &offer)
            }
            // Locked in another tab meanwhile: follow it (the storage event may not have arrived yet).
            Err(error @ DiaryUpdateError::Locked) => {
                if let Ok(loaded) = load_remembered() {
                    handle.dispatch(DiaryMsg::Reloaded(loaded));
                }
                handle.dispatch(DiaryMsg::Refused(error.into()));
            }
            Err(error) => handle.dispatch(DiaryMsg::Refused(error.into())),
        },
        (LockPhase::Off, Persistence::MemoryOnly { reason }) => {
            keep_in_memory(handle, action, now, reason.clone(), &offer)
        }
    }
}

/// The locked path: checked and shown at once on this tab's copy (so the screen answers the tap straight
/// away), then saved in turn on top of the stored diary. If the save fails, the person is told and the screen
/// goes back to what is stored, so nothing unsaved is shown as saved.
fn perform_locked(
    handle: &DiaryContext,
    key: SealKey,
    action: DiaryAction,
    now: chrono::NaiveDateTime,
    offer: &dyn Fn(&Applied) -> Option<Box<UndoOffer>>,
) {
    let mut shown = (*handle.diary).clone();
    let applied = match action.clone().apply(&mut shown, now) {
        Ok(applied) => applied,
        Err(error) => return handle.dispatch(DiaryMsg::Refused(error.into())),
    };
    handle.dispatch(DiaryMsg::Changed {
        undo: offer(&applied),
        diary: shown,
    });
    if !applied.changed() {
        return;
    }
    let (handle, turn) = (handle.clone(), handle.queue.turn());
    wasm_bindgen_futures::spawn_local(async move {
        let _turn = turn.await;
        match locked::apply(&key, action, now).await {
            Ok((diary, _)) => handle.dispatch(DiaryMsg::Saved(diary)),
            Err(error) => {
                follow_stored(&handle, &key).await;
                handle.dispatch(DiaryMsg::Refused(DiaryProblem::LockedSaveFailed(error)));
            }
        }
    });
}

/// Brings this tab's open copy back in step with the stored locked diary. A key that no longer fits (the
/// passphrase was changed in another tab) locks this tab; a diary no longer locked is followed as plain.
pub(super) async fn follow_stored(handle: &DiaryContext, key: &SealKey) {
    match locked::open_stored(key).await {
        Ok(diary) => handle.dispatch(DiaryMsg::Opened(diary)),
        Err(LockError::Seal(SealError::WrongPassphrase)) => handle.dispatch(DiaryMsg::Lock {
            reason: Some(LockReason::PassphraseChangedElsewhere),
        }),
        Err(LockError::NotLocked) => {
            if let Ok(loaded) = load_remembered() {
                handle.dispatch(DiaryMsg::Reloaded(loaded));
            }
        }
        Err(error) => handle.dispatch(DiaryMsg::Lock {
            reason: Some(LockReason::CannotReopen(error)),
        }),
    }
}

/// Opens the locked diary with `passphrase`. A wrong passphrase or damaged text is an error and nothing is
/// written or changed.
pub async fn unlock(handle: &DiaryContext, passphrase: &str) -> Result<(), LockError> {
    let _turn = handle.queue.turn().await;
    let (key, diary) = locked::unlock(passphrase).await?;
    handle.dispatch(DiaryMsg::Unlocked { key, diary });
    Ok(())
}

/// Turns the lock on with a new passphrase; the diary stays open in this tab. Then every kept copy that holds the
/// diary in the clear (before a restore, or kept aside as unreadable) is removed, as the form said it would be:
/// a lock that left a readable copy beside the sealed diary would protect nothing.
pub async fn turn_on_lock(handle: &DiaryContext, passphrase: &str) -> Result<(), LockError> {
    let _turn = handle.queue.turn().await;
    let (key, diary) = locked::lock(passphrase).await?;
    handle.dispatch(DiaryMsg::Unlocked { key, diary });
    for copy in unencrypted_diary_copies().map_err(LockError::Storage)? {
        remove_kept_copy(&copy).map_err(LockError::Storage)?;
    }
    Ok(())
}

/// Replaces the passphrase (a new salt and key) once `current` has opened the diary.
pub async fn change_passphrase(
    handle: &DiaryContext,
    current: &str,
    new: &str,
) -> Result<(), LockError> {
    let _turn = handle.queue.turn().await;
    let (key, diary) = locked::change_passphrase(current, new).await?;
    handle.dispatch(DiaryMsg::Unlocked { key, diary });
    Ok(())
}

/// Removes the lock once `current` has opened the diary: it is stored as plain text again.
pub async fn remove_lock(handle: &DiaryContext, current: &str) -> Result<(), LockError> {
    let _turn = handle.queue.turn().await;
    let diary = locked::remove_lock(current).await?;
    handle.dispatch(DiaryMsg::LockRemoved(diary));
    Ok(())
}

/// Restores a backup into the locked, open diary (sealed with the key held), in turn with this tab's saves.
pub async fn restore_locked(
    handle: &DiaryContext,
    backup: &Backup,
    mode: Mode,
) -> Result<Restored, BackupError> {
    let _turn = handle.queue.turn().await;
    let LockPhase::Unlocked(key) = &handle.lock else {
        return Err(BackupError::Locked);
    };
    let restored = locked::restore(key, backup, mode, platform::now_local()).await?;
    handle.dispatch(DiaryMsg::DismissUndo);
    handle.dispatch(DiaryMsg::Opened(restored.diary.clone()));
    Ok(restored)
}

/// Applies `action` to this tab's copy and tries to save that whole copy; on success the
/// diary is back in step with storage.
fn keep_in_memory(
    handle: &DiaryContext,
    action: DiaryAction,
    now: chrono::NaiveDateTime,
    reason: StorageError,
    offer: &dyn Fn(&Applied) -> Option<Box<UndoOffer>>,
) {
    // Locked in another tab meanwhile: a plain save would write the diary in the clear over the locked one.
    if stored_is_sealed() {
        return handle.dispatch(DiaryMsg::Refused(DiaryUpdateError::Locked.into()));
    }
    let mut diary = (*handle.diary).clone();
    let applied = match action.clone().apply(&mut diary, now) {
        Err(error) => return handle.dispatch(DiaryMsg::Refused(error.into())),
        Ok(applied) => applied,
    };
    let mut unsaved = handle.unsaved.clone();
    if applied.changed() {
        unsaved.push(action);
    }
    if reason == StorageError::Unavailable {
        return handle.dispatch(DiaryMsg::KeptInMemory {
            diary,
            reason,
            unsaved,
        });
    }
    // Never this tab's whole copy over the stored diary: each kept change, in order, on the diary as stored now.
    let mut refused = Vec::new();
    let mut stored = None;
    for (done, kept) in unsaved.iter().enumerate() {
        match apply_to_stored(kept.clone(), now) {
            Ok((now_stored, _)) => stored = Some(now_stored),
            Err(DiaryUpdateError::NotSaved(reason)) => {
                return handle.dispatch(DiaryMsg::KeptInMemory {
                    diary,
                    reason,
                    unsaved: unsaved[done..].to_vec(),
                });
            }
            // The stored diary cannot be read or is now locked: nothing is written; keep everything here.
            Err(error @ (DiaryUpdateError::StoredUnreadable(_) | DiaryUpdateError::Locked)) => {
                handle.dispatch(DiaryMsg::KeptInMemory {
                    diary,
                    reason,
                    unsaved: unsaved[done..].to_vec(),
                });
                return handle.dispatch(DiaryMsg::Refused(error.into()));
            }
            Err(DiaryUpdateError::Invalid(error)) => refused.push(error),
        }
    }
    let diary = match stored {
        Some(diary) => diary,
        // Nothing had to be replayed: this tab's copy holds nothing unsaved, so it stands unless storage
        // has a readable newer diary.
        None => match load_remembered() {
            Ok(Loaded::Ready(stored)) => stored,
            _ => diary,
        },
    };
    handle.dispatch(DiaryMsg::BackInStep {
        diary,
        undo: offer(&applied),
        refused,
    });
}

/// Starts a new, empty diary after keeping the unreadable text aside under its own key. If the stored text changed
/// since this tab read it (another tab already started afresh and logged, or restored), nothing is written: this
/// tab follows what is stored now instead.
pub fn start_afresh(handle: &DiaryContext) {
    let Persistence::Unreadable { raw, .. } = &handle.persistence else {
        return;
    };
    // Only once the unreadable text is safe under its own key may the diary's key be reused.
    match start_afresh_keeping(raw) {
        Ok(true) => handle.dispatch(DiaryMsg::StartedAfresh { aside_failed: None }),
        Ok(false) => {
            if let Ok(loaded) = load_remembered() {
                handle.dispatch(DiaryMsg::Reloaded(loaded));
            }
        }
        Err(reason) => handle.dispatch(DiaryMsg::StartedAfresh {
            aside_failed: Some(reason),
        }),
    }
}

/// Brings this tab back in step with storage after the stored diary was replaced or removed as a whole (a
/// restore, "Delete all my data"): what is stored now is the truth, whatever this tab held before, and any
/// pending undo or message belongs to the diary that is gone.
pub fn reload(handle: &DiaryContext) {
    match load_remembered() {
        Ok(loaded) => {
            handle.dispatch(DiaryMsg::StartedAfresh { aside_failed: None });
            handle.dispatch(DiaryMsg::Reloaded(loaded));
        }
        Err(reason) => handle.dispatch(DiaryMsg::StartedAfresh {
            aside_failed: Some(reason),
        }),
    }
    handle.dispatch(DiaryMsg::DismissUndo);
    handle.dispatch(DiaryMsg::DismissProblem);
}
