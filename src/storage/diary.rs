//! How the [`Diary`] is stored: compact JSON (short field names, empty and unset fields left out, ISO dates and
//! minute times) in the versioned envelope, and the chain of pure migrations later versions will slot into.

use serde_json::Value;

use super::{Document, StorageError};
use crate::domain::diary::Diary;

/// One step of the migration chain: turns data stored at version `from` into version `from + 1`.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    /// The version this step reads.
    pub from: u64,
    /// The pure conversion.
    pub run: fn(Value) -> Result<Value, StorageError>,
}

/// Every step from an older diary version, in order. Version 1 is the first, so there are none yet; when
/// version 2 arrives, add `Migration { from: 1, run: v1_to_v2 }` with a pure `fn v1_to_v2(Value) -> …` and a
/// `tests/fixtures/diary-v1.json` test that it still loads.
pub const MIGRATIONS: &[Migration] = &[];

/// Runs `steps` from `from_version` up to `to_version`, one version at a time. A version with no step (0, a gap,
/// anything unknown) is a clear error and nothing is guessed.
pub fn run_migrations(
    from_version: u64,
    to_version: u64,
    mut data: Value,
    steps: &[Migration],
) -> Result<Value, StorageError> {
    let mut version = from_version;
    while version < to_version {
        let step = steps
            .iter()
            .find(|step| step.from == version)
            .ok_or_else(|| {
                StorageError::WrongShape(format!(
                    "diary version {version} is not one this app knows how to update"
                ))
            })?;
        data = (step.run)(data)?;
        version += 1;
    }
    if version > to_version {
        return Err(StorageError::WrongShape(format!(
            "diary version {from_version} is newer than {to_version}"
        )));
    }
    Ok(data)
}

impl Document for Diary {
    const KEY: &'static str = "headache-diary.diary";
    const VERSION: u32 = 1;

    fn migrate(from_version: u64, data: Value) -> Result<Value, StorageError> {
        run_migrations(from_version, u64::from(Self::VERSION), data, MIGRATIONS)
    }
}

/// Why a change to the diary did not go through.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DiaryUpdateError {
    /// The change itself is not valid (end before start, …); nothing was touched.
    #[error("{0}")]
    Invalid(#[from] crate::domain::diary::DiaryError),
    /// The stored diary could not be read just now, so nothing was written over it.
    #[error(
        "Your saved diary could not be read just now, so this change was not saved over it: {0}"
    )]
    StoredUnreadable(StorageError),
    /// The change is valid but could not be saved.
    #[error("{0}")]
    NotSaved(StorageError),
    /// The stored diary is locked with a passphrase (perhaps just now, in another tab): a plain change must not be
    /// written over it.
    #[error("Your diary is locked with a passphrase, so this change was not saved. Unlock it and try again.")]
    Locked,
}

/// Applies `action` to the diary as it is stored right now, and saves the result.
///
/// Reading the stored diary just before each change (rather than saving a copy held in memory)
/// is what keeps two open tabs from overwriting each other: each change lands on top of every
/// change already saved by any tab. On `NotSaved`, the returned diary is not given back, so the
/// caller keeps its own copy and tells the person.
pub fn apply_to_stored(
    action: crate::domain::diary::DiaryAction,
    now: chrono::NaiveDateTime,
) -> Result<(Diary, crate::domain::diary::Applied), DiaryUpdateError> {
    use super::local::Loaded;
    let mut diary = match load_remembered().map_err(DiaryUpdateError::NotSaved)? {
        Loaded::Missing => Diary::default(),
        Loaded::Ready(diary) => diary,
        Loaded::Unreadable { error, .. } => return Err(DiaryUpdateError::StoredUnreadable(error)),
        Loaded::Sealed { .. } => return Err(DiaryUpdateError::Locked),
    };
    let applied = action.apply(&mut diary, now)?;
    if applied.changed() {
        let text = super::encode(&diary).map_err(DiaryUpdateError::NotSaved)?;
        super::local::write_raw(Diary::KEY, &text).map_err(DiaryUpdateError::NotSaved)?;
        remember(text, &diary);
    }
    Ok((diary, applied))
}

thread_local! {
    /// The diary text this tab last read or wrote, with the diary it holds. A change then skips decoding the
    /// stored text again when no other tab has written since: equal text means an equal diary, as decoding is
    /// deterministic. Any other text (another tab's save, a restore, a locked diary) is read in full as ever.
    /// On a ten-year diary this saves most of the time from a tap to the change being stored.
    static LAST_TEXT: std::cell::RefCell<Option<(String, Diary)>> =
        const { std::cell::RefCell::new(None) };
}

fn remember(text: String, diary: &Diary) {
    LAST_TEXT.with(|last| *last.borrow_mut() = Some((text, diary.clone())));
}

/// Loads the stored diary like [`super::local::load`], reusing the diary this tab last read or wrote when
/// the stored text is still exactly that text.
pub fn load_remembered() -> Result<super::local::Loaded<Diary>, StorageError> {
    use super::local::{self, Loaded};
    let Some(raw) = local::read_raw(Diary::KEY)? else {
        return Ok(Loaded::Missing);
    };
    let known = LAST_TEXT.with(|last| {
        last.borrow()
            .as_ref()
            .filter(|(text, _)| *text == raw)
            .map(|(_, diary)| diary.clone())
    });
    if let Some(diary) = known {
        return Ok(Loaded::Ready(diary));
    }
    let loaded = local::classify::<Diary>(Some(raw.clone()));
    if let Loaded::Ready(diary) = &loaded {
        remember(raw, diary);
    }
    Ok(loaded)
}

/// Whether the stored diary is sealed right now (perhaps locked a moment ago in another tab): a plain save must
/// then never be written over it.
pub fn stored_is_sealed() -> bool {
    super::local::read_raw(Diary::KEY)
        .ok()
        .flatten()
        .is_some_and(|raw| super::sealed::is_sealed(&raw))
}

/// Starts a new, empty stored diary after keeping `unreadable` (the stored text that could not be read) aside
/// under its own key; if that copy cannot be made, nothing is written. `Ok(false)`: the stored text is no longer
/// `unreadable` (another tab started afresh, restored or wrote meanwhile), so nothing was written and the caller
/// should read storage again rather than start over what is there now.
pub fn start_afresh_keeping(unreadable: &str) -> Result<bool, StorageError> {
    if super::local::read_raw(Diary::KEY)?.as_deref() != Some(unreadable) {
        return Ok(false);
    }
    super::local::save_after_keeping_aside(&Diary::default(), Some(unreadable))?;
    Ok(true)
}
