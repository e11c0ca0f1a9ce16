//! How the [`Diary`] is stored: compact JSON (short field names, empty and unset fields left out, ISO dates and
//! minute times) in the versioned envelope, and the chain of pure migrations later versions will slot into.

use serde_json::Value;

use super::json::Json;
use super::lineage::{self, OwnSaves};
use super::{Document, StorageError};
use crate::domain::diary::Diary;

/// One step of a migration chain: turns data stored at version `from` into version `from + 1`.
#[derive(Debug, Clone, Copy)]
pub struct Migration<T> {
    /// The version this step reads.
    pub from: u64,
    /// The pure conversion.
    pub run: fn(T) -> Result<T, StorageError>,
}

/// Every step from an older diary version, in order, each a pure step on the storage codec's tree, tested natively
/// against a fixture of the version it reads (`tests/fixtures/diary-v1.json`). The codec runs these when it reads
/// an older save, and serde's reference reader runs the very same steps ([`migrate_value`]).
pub const MIGRATIONS: &[Migration<Json<'static>>] = &[Migration {
    from: 1,
    run: v1_to_v2,
}];

/// Version 2 adds preventive treatments (`rx`) and "stopped you" on day entries (`st`). Every version 1 field
/// keeps its name and meaning, so the data passes through unchanged. The version goes up all the same: a build
/// that knows only version 1 would drop the treatments on its next save, so it must refuse this text instead
/// (it does: a newer version is never overwritten).
fn v1_to_v2(data: Json<'static>) -> Result<Json<'static>, StorageError> {
    match data {
        Json::Object(_) => Ok(data),
        _ => Err(StorageError::WrongShape(
            "the version 1 diary is not an object".into(),
        )),
    }
}

/// Runs `steps` from `from_version` up to `to_version`, one version at a time. A version with no step (0, a gap,
/// anything unknown) is a clear error and nothing is guessed.
pub fn run_migrations<T>(
    from_version: u64,
    to_version: u64,
    mut data: T,
    steps: &[Migration<T>],
) -> Result<T, StorageError> {
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

/// The codec's migration `steps` run on serde's tree, for serde's reference reader (`envelope::serde_decode`): one
/// chain, whichever reader meets an old save.
pub fn migrate_value(
    from_version: u64,
    to_version: u32,
    data: Value,
    steps: &[Migration<Json<'static>>],
) -> Result<Value, StorageError> {
    let text = data.to_string();
    let tree = Json::parse(&text)
        .map_err(StorageError::Corrupt)?
        .into_owned();
    let moved = run_migrations(from_version, u64::from(to_version), tree, steps)?;
    serde_json::from_str(&moved.to_text()).map_err(|error| StorageError::Corrupt(error.to_string()))
}

impl Document for Diary {
    const KEY: &'static str = "headache-diary.diary";
    const VERSION: u32 = 2;

    fn migrate(from_version: u64, data: Value) -> Result<Value, StorageError> {
        migrate_value(from_version, Self::VERSION, data, MIGRATIONS)
    }

    /// Through the diary's own codec, which writes what serde would without serde's code in the build.
    fn to_stored_text_with_lineage(&self, lineage: &[String]) -> Result<String, StorageError> {
        Ok(super::diary_codec::encode(self, lineage))
    }

    fn from_stored_text(raw: &str) -> Result<Self, StorageError> {
        super::diary_codec::decode(raw)
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
/// change already saved by any tab. A change of this tab's that another tab wrote over a moment ago (it read
/// storage before this tab's save reached it, see `storage::lineage`) is made again first. On `NotSaved`, the
/// returned diary is not given back, so the caller keeps its own copy and tells the person.
pub fn apply_to_stored(
    action: crate::domain::diary::DiaryAction,
    now: chrono::NaiveDateTime,
) -> Result<(Diary, crate::domain::diary::Applied), DiaryUpdateError> {
    use super::local::Loaded;
    let (mut diary, lineage) = match load_with_lineage().map_err(DiaryUpdateError::NotSaved)? {
        (Loaded::Missing, _) => (Diary::default(), Vec::new()),
        (Loaded::Ready(diary), lineage) => (diary, lineage),
        (Loaded::Unreadable { error, .. }, _) => {
            return Err(DiaryUpdateError::StoredUnreadable(error))
        }
        (Loaded::Sealed { .. }, _) => return Err(DiaryUpdateError::Locked),
    };
    let again = apply_lost_again(&mut diary, &lineage);
    let applied = match action.clone().apply(&mut diary, now) {
        Ok(applied) => applied,
        Err(error) => {
            // Refused: the changes taken out to be made again are still this tab's to keep.
            watch("", again);
            return Err(error.into());
        }
    };
    let current = applied.changed().then_some((action, now));
    if current.is_some() || !again.is_empty() {
        save_stamped(&diary, &lineage, again, current)?;
    }
    Ok((diary, applied))
}

/// Follows a change another tab made to the stored diary: if it wrote over changes this tab saved a moment ago,
/// they are made again on top of it and saved. Returns what is stored now, and how many of this tab's changes had
/// to be made again.
pub fn load_keeping_own_changes() -> Result<(super::local::Loaded<Diary>, usize), StorageError> {
    use super::local::Loaded;
    let (loaded, lineage) = load_with_lineage()?;
    let Loaded::Ready(mut diary) = loaded else {
        // Removed or unreadable: what this tab changed belonged to a diary that is gone. (Sealed: the changes
        // stay watched a few seconds more, in case the locked diary is followed with the key; see
        // `locked::open_stored`.)
        if !matches!(loaded, Loaded::Sealed { .. }) {
            OWN_SAVES.with(|own| own.borrow_mut().forget_all());
        }
        return Ok((loaded, 0));
    };
    let again = apply_lost_again(&mut diary, &lineage);
    let count = again.len();
    if count > 0 {
        save_stamped(&diary, &lineage, again, None).map_err(|error| match error {
            DiaryUpdateError::NotSaved(reason) => reason,
            other => StorageError::WriteFailed(other.to_string()),
        })?;
    }
    Ok((Loaded::Ready(diary), count))
}

/// A change of this tab's, with the moment it was first applied at.
pub(super) type OwnChange = (crate::domain::diary::DiaryAction, chrono::NaiveDateTime);

/// Applies again, to `diary` as stored with `lineage`, each change of this tab's that the stored text no longer
/// holds; returns those that changed something, to be saved with it. A lost change that no longer fits (another
/// tab deleted its headache meanwhile) is dropped: the other tab's deliberate change stands.
pub(super) fn apply_lost_again(diary: &mut Diary, lineage: &[String]) -> Vec<OwnChange> {
    let lost = OWN_SAVES.with(|own| own.borrow_mut().take_lost(lineage, clock_ms()));
    lost.into_iter()
        .filter(|save| {
            save.action
                .clone()
                .apply(diary, save.now)
                .is_ok_and(|applied| applied.changed())
        })
        .map(|save| (save.action, save.now))
        .collect()
}

/// The stamp for a new save on top of `lineage`, and the lineage to write with it.
pub(super) fn next_lineage(lineage: &[String]) -> (String, Vec<String>) {
    let stamp = OWN_SAVES.with(|own| own.borrow_mut().next_stamp());
    let lineage = lineage::extended(lineage, &stamp);
    (stamp, lineage)
}

/// Watches `changes`, just written under `stamp`, in case another tab writes over them. A stamp that was never
/// written (the write gave up) is watched all the same: it is in no lineage, so the changes are made again at
/// the next chance rather than forgotten.
pub(super) fn watch(stamp: &str, changes: Vec<OwnChange>) {
    let at = clock_ms();
    OWN_SAVES.with(|own| {
        let mut own = own.borrow_mut();
        for (action, now) in changes {
            own.record(stamp, action, now, at);
        }
    });
}

/// Writes `diary` with a new stamp on top of `lineage`, and watches under that stamp the changes made `again`
/// and the `current` one. If the write fails, the changes made again stay watched (they are made again at the
/// next chance); the current one is the caller's to keep.
fn save_stamped(
    diary: &Diary,
    lineage: &[String],
    again: Vec<OwnChange>,
    current: Option<OwnChange>,
) -> Result<(), DiaryUpdateError> {
    let (stamp, lineage) = next_lineage(lineage);
    let written = super::encode_with_lineage(diary, &lineage)
        .and_then(|text| super::local::write_raw(Diary::KEY, &text).map(|()| text))
        .map_err(DiaryUpdateError::NotSaved);
    watch(&stamp, again);
    let text = written?;
    remember(text, diary, lineage);
    watch(&stamp, current.into_iter().collect());
    Ok(())
}

/// The page's clock in milliseconds, for how long a save is watched.
fn clock_ms() -> f64 {
    js_sys::Date::now()
}

/// A name for this tab: random, so two tabs open at once almost surely differ (a clash would only make a lost
/// change look kept if both tabs also saved the same count of changes within seconds).
fn tab_name() -> String {
    (0..8)
        .map(|_| {
            let digit = (js_sys::Math::random() * 36.0) as u32 % 36;
            char::from_digit(digit, 36).unwrap_or('0')
        })
        .collect()
}

thread_local! {
    /// This tab's recent saves, watched until every tab has surely seen them (`storage::lineage`).
    static OWN_SAVES: std::cell::RefCell<OwnSaves> = std::cell::RefCell::new(OwnSaves::new(tab_name()));
    /// The diary text this tab last read or wrote, with the diary and lineage it holds. A change then skips
    /// decoding the stored text again when no other tab has written since: equal text means an equal diary, as
    /// decoding is deterministic. Any other text (another tab's save, a restore, a locked diary) is read in full
    /// as ever. On a ten-year diary this saves most of the time from a tap to the change being stored.
    static LAST_TEXT: std::cell::RefCell<Option<(String, Diary, Vec<String>)>> =
        const { std::cell::RefCell::new(None) };
}

fn remember(text: String, diary: &Diary, lineage: Vec<String>) {
    LAST_TEXT.with(|last| *last.borrow_mut() = Some((text, diary.clone(), lineage)));
}

/// A stored plain diary longer than this (in UTF-16 code units, about bytes) is read after the page's first paint.
/// 64 KB is well over a year of daily entries (137 bytes an entry in the ten-year diary of `make bench`); a diary
/// of the usual 8–12 weeks, under 15 KB, is read at once, as before.
pub const LONG_DIARY_TEXT: u32 = 64 * 1024;

/// Whether the stored diary is long enough that reading it should wait until the page has first been painted
/// (`state::diary`'s provider): a ten-year diary took a quarter of a second to read on the phone profile, and the
/// page heading, the header and the links need none of it. Only plain text: any text that mentions `"sealed"`
/// (a locked diary, or a note with the word) is read at once, so a locked diary shows its lock from the first
/// frame.
pub fn read_after_first_paint() -> bool {
    super::local::stored_text_facts(Diary::KEY, "\"sealed\"")
        .is_some_and(|(length, sealed)| length > LONG_DIARY_TEXT && !sealed)
}

/// Loads the stored diary like [`super::local::load`], reusing the diary this tab last read or wrote when
/// the stored text is still exactly that text.
pub fn load_remembered() -> Result<super::local::Loaded<Diary>, StorageError> {
    load_with_lineage().map(|(loaded, _)| loaded)
}

/// [`load_remembered`], with the stored diary's lineage (empty unless it is a readable plain diary).
fn load_with_lineage() -> Result<(super::local::Loaded<Diary>, Vec<String>), StorageError> {
    use super::local::{self, Loaded};
    let Some(raw) = local::read_raw(Diary::KEY)? else {
        return Ok((Loaded::Missing, Vec::new()));
    };
    let known = LAST_TEXT.with(|last| {
        last.borrow()
            .as_ref()
            .filter(|(text, _, _)| *text == raw)
            .map(|(_, diary, lineage)| (diary.clone(), lineage.clone()))
    });
    if let Some((diary, lineage)) = known {
        return Ok((Loaded::Ready(diary), lineage));
    }
    let loaded = local::classify::<Diary>(Some(raw.clone()));
    if let Loaded::Ready(diary) = &loaded {
        let lineage = super::lineage_of(&raw);
        remember(raw, diary, lineage.clone());
        return Ok((loaded, lineage));
    }
    Ok((loaded, Vec::new()))
}

/// Lets go of every copy of diary text this module holds in memory (the last text read or written, this tab's
/// recent changes): called when the lock is turned on and whenever the diary locks, so nothing decrypted or
/// remembered from before stays in the page's memory (freed blocks are zeroed, see `platform::zeroing_alloc`).
pub fn forget_in_memory() {
    LAST_TEXT.with(|last| last.borrow_mut().take());
    OWN_SAVES.with(|own| own.borrow_mut().forget_all());
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
