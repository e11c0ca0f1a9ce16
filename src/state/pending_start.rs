//! "Headache now" while the diary is locked (an opt-in in Settings): the start time is noted outside the sealed
//! diary (`storage::pending_start`), and once the diary is open again it goes in as a headache and the plain
//! copy is removed. Views call these; they never touch storage.

use chrono::NaiveDateTime;
use yew::prelude::*;

use crate::domain::diary::{AttackId, Diary, DiaryAction};
use crate::platform;
use crate::state::diary::{perform, use_diary};
use crate::storage::pending_start;
use crate::storage::StorageError;

/// The start noted while locked, if any.
pub fn noted_start() -> Option<NaiveDateTime> {
    pending_start::noted()
}

/// Notes a headache starting now (or keeps the one already noted: the first tap is when it began).
pub fn note_start_now() -> Result<NaiveDateTime, StorageError> {
    pending_start::note(platform::now_local())
}

/// Whether the diary already holds a headache covering `start` (the one added from it, or one that was running
/// or logged across that time): then the plain copy has done its job.
fn covered(diary: &Diary, start: NaiveDateTime) -> bool {
    diary
        .attacks_touching(start.date(), start.date())
        .iter()
        .any(|attack| attack.start <= start && attack.end.is_none_or(|end| end >= start))
}

/// What the merge knows while the diary is open: the noted start, read once when the diary opens (not at every
/// change of the diary, which would read storage on every save), and whether it was offered to the diary yet.
#[derive(Default)]
struct Merge {
    /// `None` until read for this opening; then the start noted, if any.
    noted: Option<Option<NaiveDateTime>>,
    tried: bool,
}

/// Once the diary is open, adds a start noted while it was locked (once per opening), and removes the plain copy
/// as soon as the diary holds it. A start the diary refuses stays noted and is tried again at the next unlock, so
/// it is never lost silently; the refusal is shown like any other.
#[hook]
pub fn use_merge_pending_start() {
    let handle = use_diary();
    let merge = use_mut_ref(Merge::default);
    let open = handle.as_ref().is_some_and(|h| h.accepts_changes());
    let diary = handle.as_ref().map(|h| h.diary.clone());
    use_effect_with((open, diary), move |(open, diary)| {
        let (Some(handle), Some(diary)) = (handle, diary) else {
            return;
        };
        let mut merge = merge.borrow_mut();
        if !*open {
            // Locked (or unreadable): read afresh and try again at the next opening.
            *merge = Merge::default();
            return;
        }
        let Some(start) = *merge.noted.get_or_insert_with(pending_start::noted) else {
            return;
        };
        if covered(diary, start) {
            // If removing fails the copy is tried again next time; the diary already has the headache.
            pending_start::remove().unwrap_or(());
            merge.noted = Some(None);
            return;
        }
        if !merge.tried {
            merge.tried = true;
            let id: AttackId = platform::new_attack_id();
            perform(&handle, DiaryAction::StartAttack { id, start }, None);
        }
    });
}
