//! A full backup of everything the app stores, and restoring it: a file is validated completely before
//! anything is written, the diary kept before a restore is copied aside first, and "delete all" removes every
//! key of the app only when the person has confirmed it.
//!
//! The backup file is the storage envelope around the stored documents, each in its own envelope:
//! `{"version":1,"data":{"diary":{"version":1,"data":…},"preferences":{…},"self_check":{…}}}`. Each part is
//! read by the same [`decode`] that reads localStorage, so a backup made by an older build is migrated exactly
//! like stored data, and one made by a newer build is refused rather than guessed at.
//!
//! Where the previous diary goes: before a restore writes the diary, the text stored until then is copied to
//! `headache-diary.diary.before-restore-YYYYMMDDTHHMM` (a counter is added if that key is taken), and the same
//! for settings and the self-check when they are replaced. These copies are listed on the "Your data" page to
//! download, and "Delete all my data" removes them with everything else.

use chrono::NaiveDateTime;
use thiserror::Error;

use super::codec::{envelope_parts, required, strict_fields};
use super::envelope::shortened;
use super::json::{Json, ENDS_EARLY};
use super::local;
use super::sealed;
use super::self_check::SelfCheckDocument;
use super::{decode, encode, Document, StorageError};
use crate::domain::date_text::{read_time, time_text, STAMP_PATTERN};
use crate::domain::diary::Diary;
use crate::domain::export::merge;
use crate::domain::preferences::Preferences;
use crate::domain::sorted_map::SortedMap;

/// The version of the backup file this build writes (the outer envelope; the parts carry their own).
pub const BACKUP_VERSION: u32 = 1;

/// The largest backup file read, in bytes. A ten-year diary is well under a megabyte; anything near this is
/// not a backup of this app, and reading it could freeze the page.
pub const BACKUP_MAX_BYTES: usize = 10 * 1024 * 1024;

/// Every key this app stores starts with this.
pub const KEY_PREFIX: &str = "headache-diary.";

/// What makes a key a copy kept before a restore.
const BEFORE_RESTORE: &str = ".before-restore-";

/// Everything a backup holds, fully validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Backup {
    /// The diary (checked against every diary rule).
    pub diary: Diary,
    /// The settings, if the backup has them.
    pub preferences: Option<Preferences>,
    /// The self-check (answers and the kept result), if the backup has it.
    pub self_check: Option<SelfCheckDocument>,
}

/// How a restore treats the diary already kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Keep the current diary and add what is new in the backup (see `domain::export::merge`). Settings and the
    /// self-check from the backup are used only where this browser has none.
    Merge,
    /// The diary becomes the backup's; settings and the self-check too, when the backup has them.
    Replace,
}

/// Why a backup could not be made or restored. Every message is shown to the person as it is, and every one
/// raised before writing means nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BackupError {
    #[error("This file is {} MB; a backup of this app is far smaller (at most {} MB is read). Choose the .json file you downloaded from \"Download a full backup\". Nothing was changed.", mb(*.bytes), mb(*.max))]
    TooLarge { bytes: usize, max: usize },
    #[error("This file is empty. Choose the .json file you downloaded from \"Download a full backup\". Nothing was changed.")]
    Empty,
    #[error("This file is not a backup: it is not JSON ({0}). Choose the .json file you downloaded from \"Download a full backup\". Nothing was changed.")]
    NotJson(String),
    #[error("This backup file is cut short: it ends before the data does, perhaps because the download or copy did not finish. Try downloading the backup again. Nothing was changed.")]
    Truncated,
    #[error("This file is JSON but not a backup from this app ({0}). Nothing was changed.")]
    NotABackup(String),
    #[error("This backup was made by a newer version of this app (backup version {found}; this one reads up to {supported}). Reload the page to get the newer app, then try again. Nothing was changed.")]
    NewerVersion { found: u64, supported: u32 },
    #[error("This backup has version {0}, which this app never wrote. Nothing was changed.")]
    UnknownVersion(u64),
    #[error("The {part} in this backup cannot be used. {} Nothing was changed.", crate::domain::sentence::capitalised(.detail))]
    InvalidPart { part: &'static str, detail: String },
    #[error("Your saved diary cannot be read just now, so nothing can be added to it. Choose \"Replace my diary\" (your unreadable diary is kept aside first), or see the Diary page. Nothing was changed.")]
    StoredUnreadable,
    #[error("{0}")]
    Storage(StorageError),
    /// The backup's diary is locked with a passphrase; it is opened with `storage::locked::open_backup`.
    #[error("The diary in this backup is locked with a passphrase. Type the passphrase it was locked with to restore it. Nothing was changed.")]
    NeedsPassphrase,
    /// The diary here is locked and this path would write it as plain text.
    #[error("Your diary is locked with a passphrase. Unlock it first, then restore. Nothing was changed.")]
    Locked,
    /// The backup holds more entries than the app works with well.
    #[error("This backup holds {} entries; this app works well with up to {} (about twenty years of daily entries), so it was not restored. If it is really yours, ask the clinic for help. Nothing was changed.", thousands(*.count), thousands(*.max))]
    TooManyEntries {
        /// Headaches, day entries and periods in the backup.
        count: usize,
        /// The most this app restores.
        max: usize,
    },
    /// The backup holds entries dated after today: a restore would put days that have not happened into the diary.
    #[error("This backup has entries dated up to {}, which has not come yet on this device. A diary cannot hold days that have not happened, so this backup cannot be restored: check this device's date, or the file. Nothing was changed.", crate::domain::dates::short_date(*.0))]
    FromTheFuture(chrono::NaiveDate),
}

/// "15,000": a count as people read it.
fn thousands(count: usize) -> String {
    let digits = count.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

fn mb(bytes: usize) -> String {
    let tenths = bytes.saturating_mul(10) / (1024 * 1024);
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// The file's text around the parts' own stored texts, each exactly as [`encode`] gives it (or as it was kept).
fn file_text(diary: &str, preferences: Option<&str>, self_check: Option<&str>) -> String {
    let mut out = format!("{{\"version\":{BACKUP_VERSION},\"data\":{{\"diary\":{diary}");
    for (name, part) in [("preferences", preferences), ("self_check", self_check)] {
        if let Some(part) = part {
            out.push_str(",\"");
            out.push_str(name);
            out.push_str("\":");
            out.push_str(part);
        }
    }
    out.push_str("}}");
    out
}

fn encoded<D: Document>(doc: &D) -> Result<String, BackupError> {
    doc.to_stored_text().map_err(BackupError::Storage)
}

/// The backup file's text for `backup`. Pure.
pub fn backup_text(backup: &Backup) -> Result<String, BackupError> {
    let diary = encoded(&backup.diary)?;
    let preferences = backup.preferences.as_ref().map(encoded).transpose()?;
    let self_check = backup.self_check.as_ref().map(encoded).transpose()?;
    Ok(file_text(
        &diary,
        preferences.as_deref(),
        self_check.as_deref(),
    ))
}

/// A backup file as read: complete, or with its diary still locked with a passphrase.
#[derive(Debug, Clone, PartialEq)]
pub enum BackupFile {
    /// Everything readable; ready to restore.
    Plain(Backup),
    /// The diary part is sealed (the backup was made while the lock was on); the rest is validated.
    Sealed(SealedBackup),
}

/// A backup whose diary is sealed, every other part validated.
#[derive(Debug, Clone, PartialEq)]
pub struct SealedBackup {
    /// The sealed diary, parsed but not opened.
    pub sealed: sealed::Sealed,
    /// The settings, if the backup has them.
    pub preferences: Option<Preferences>,
    /// The self-check, if the backup has it.
    pub self_check: Option<SelfCheckDocument>,
}

impl SealedBackup {
    /// The complete backup, once its diary has been opened with the right passphrase.
    pub fn with_diary(self, diary: Diary) -> Backup {
        Backup {
            diary,
            preferences: self.preferences,
            self_check: self.self_check,
        }
    }
}

/// Reads and checks a backup file completely: size, JSON, shape, versions, dates, every diary rule and text
/// limit. Pure: nothing is read from or written to storage. Text is kept exactly as typed: a note that looks
/// like a script is only ever shown as text. A backup whose diary is locked is refused with
/// [`BackupError::NeedsPassphrase`]; [`parse_backup_file`] reads those too.
pub fn parse_backup(text: &str) -> Result<Backup, BackupError> {
    match parse_backup_file(text)? {
        BackupFile::Plain(backup) => Ok(backup),
        BackupFile::Sealed(_) => Err(BackupError::NeedsPassphrase),
    }
}

/// Like [`parse_backup`], and a sealed diary part is parsed (not opened) and handed back for the passphrase.
pub fn parse_backup_file(text: &str) -> Result<BackupFile, BackupError> {
    if text.len() > BACKUP_MAX_BYTES {
        return Err(BackupError::TooLarge {
            bytes: text.len(),
            max: BACKUP_MAX_BYTES,
        });
    }
    // A file saved by some editors starts with a byte-order mark; it is not part of the JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(BackupError::Empty);
    }
    let file = Json::parse(text).map_err(|problem| {
        if problem == ENDS_EARLY {
            BackupError::Truncated
        } else {
            BackupError::NotJson(shortened(&problem))
        }
    })?;
    if !matches!(file, Json::Object(_)) {
        return Err(BackupError::NotABackup(
            "it is not an object with a version".into(),
        ));
    }
    let (version, data) =
        envelope_parts(&file).map_err(|problem| BackupError::NotABackup(shortened(&problem)))?;
    match version {
        v if v == u64::from(BACKUP_VERSION) => {}
        v if v > u64::from(BACKUP_VERSION) => {
            return Err(BackupError::NewerVersion {
                found: v,
                supported: BACKUP_VERSION,
            })
        }
        v => return Err(BackupError::UnknownVersion(v)),
    }
    let parts = Parts::read(data).map_err(|problem| {
        BackupError::NotABackup(format!(
            "its data part does not hold the diary, settings and self-check this app writes: {}",
            shortened(&problem)
        ))
    })?;
    let preferences = parts
        .preferences
        .map(|raw| part::<Preferences>("settings", &raw))
        .transpose()?;
    let self_check = parts
        .self_check
        .map(|raw| part::<SelfCheckDocument>("self-check", &raw))
        .transpose()?;
    if sealed::is_sealed(&parts.diary) {
        let sealed = sealed::parse(&parts.diary).map_err(|error| BackupError::InvalidPart {
            part: "diary",
            detail: error.to_string(),
        })?;
        return Ok(BackupFile::Sealed(SealedBackup {
            sealed,
            preferences,
            self_check,
        }));
    }
    Ok(BackupFile::Plain(Backup {
        diary: part::<Diary>("diary", &parts.diary)?,
        preferences,
        self_check,
    }))
}

/// The data part's documents, each as its own stored text, read by its own decoder as if from storage. No other
/// part is allowed: a file with one is not what this app wrote.
struct Parts {
    diary: String,
    preferences: Option<String>,
    self_check: Option<String>,
}

impl Parts {
    fn read(data: &Json) -> Result<Parts, String> {
        strict_fields(data, &["diary", "preferences", "self_check"])?;
        let text = |name: &str| match data.field(name) {
            None | Some(Json::Null) => None,
            Some(part) => Some(part.to_text()),
        };
        Ok(Parts {
            diary: required(data, "diary")?.to_text(),
            preferences: text("preferences"),
            self_check: text("self_check"),
        })
    }
}

/// Decodes one part with the storage decoder; the diary's rules are checked as it is built.
fn part<D: Document>(name: &'static str, raw: &str) -> Result<D, BackupError> {
    D::from_stored_text(raw).map_err(|error| match error {
        StorageError::NewerVersion { found, supported } => {
            BackupError::NewerVersion { found, supported }
        }
        StorageError::Corrupt(detail) | StorageError::WrongShape(detail) => {
            BackupError::InvalidPart {
                part: name,
                detail: sentence(&detail),
            }
        }
        other => BackupError::InvalidPart {
            part: name,
            detail: other.to_string(),
        },
    })
}

/// serde's message, without its "at line 1 column 2345" tail, ending in a full stop.
fn sentence(detail: &str) -> String {
    let trimmed = match detail.rfind(" at line ") {
        Some(at) => &detail[..at],
        None => detail,
    };
    let trimmed = trimmed.trim();
    if trimmed.ends_with('.') {
        trimmed.to_string()
    } else {
        format!("{trimmed}.")
    }
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    /// The diary as now stored.
    pub diary: Diary,
    /// The keys the texts stored before the restore were copied to.
    pub kept_aside: Vec<String>,
}

/// The most entries (headaches, day entries and periods together) a restore takes: twenty years of a headache and
/// a day entry every day stay below it, and the app stays quick with it.
pub const BACKUP_MAX_ENTRIES: usize = 15_000;

/// Everything a backup must pass besides its format before it is restored on `today`: no more entries than the
/// app works with well, nothing dated after tomorrow. Checked when the file is read (so the refusal comes before
/// any preview) and again at the restore itself, the one door every restore goes through.
pub fn check_restorable(backup: &Backup, today: chrono::NaiveDate) -> Result<(), BackupError> {
    check_entry_count(backup)?;
    check_not_from_the_future(backup, today)
}

/// Refuses a backup with more entries than [`BACKUP_MAX_ENTRIES`], naming the count.
pub fn check_entry_count(backup: &Backup) -> Result<(), BackupError> {
    let diary = &backup.diary;
    let count = diary.attacks().len() + diary.day_notes().len() + diary.periods().len();
    if count > BACKUP_MAX_ENTRIES {
        Err(BackupError::TooManyEntries {
            count,
            max: BACKUP_MAX_ENTRIES,
        })
    } else {
        Ok(())
    }
}

/// Refuses a backup with anything dated after tomorrow (a day's leeway for time zones and travel).
pub fn check_not_from_the_future(
    backup: &Backup,
    today: chrono::NaiveDate,
) -> Result<(), BackupError> {
    match backup.diary.latest_day() {
        Some(latest) if latest > today + chrono::Duration::days(1) => {
            Err(BackupError::FromTheFuture(latest))
        }
        _ => Ok(()),
    }
}

/// Restores `backup` (already fully validated by [`parse_backup`]) in `mode`, into a diary stored as plain text.
///
/// Order of work, so a failure never loses anything: (1) read what is stored and work out the new diary —
/// a merge needs a readable diary, otherwise nothing is written; (2) copy each text about to be replaced to
/// its `…before-restore-<now>` key; if a copy fails, stop (nothing has been replaced); (3) write the diary,
/// then settings and self-check. `now` names the copies, and nothing dated after it is restored.
///
/// A locked diary is refused ([`BackupError::Locked`]): writing a plain diary over it would quietly remove the
/// lock. A locked diary is restored through `storage::locked::restore`, which seals the result.
pub fn restore(backup: &Backup, mode: Mode, now: NaiveDateTime) -> Result<Restored, BackupError> {
    check_restorable(backup, now.date())?;
    let stored_diary = local::read_raw(Diary::KEY).map_err(BackupError::Storage)?;
    if stored_diary.as_deref().is_some_and(sealed::is_sealed) {
        return Err(BackupError::Locked);
    }
    let current = match (mode, &stored_diary) {
        (Mode::Replace, _) | (Mode::Merge, None) => None,
        (Mode::Merge, Some(raw)) => {
            Some(decode::<Diary>(raw).map_err(|_| BackupError::StoredUnreadable)?)
        }
    };
    let diary = restored_diary(backup, mode, current.as_ref())?;
    let diary_text = encode(&diary).map_err(BackupError::Storage)?;
    let kept_aside = write_restore(backup, mode, now, stored_diary.as_deref(), &diary_text)?;
    Ok(Restored { diary, kept_aside })
}

/// The diary a restore leads to: the backup's (replace), or `current` with what is new in the backup added
/// (merge; `None` is an empty diary). Pure.
pub fn restored_diary(
    backup: &Backup,
    mode: Mode,
    current: Option<&Diary>,
) -> Result<Diary, BackupError> {
    match mode {
        Mode::Replace => Ok(backup.diary.clone()),
        Mode::Merge => Ok(merge(current.unwrap_or(&Diary::default()), &backup.diary)
            .map_err(|error| BackupError::InvalidPart {
                part: "diary",
                detail: format!("it cannot be added to yours: {error}"),
            })?
            .diary),
    }
}

/// Steps (2) and (3) of a restore: keeps aside what is about to be replaced, then writes `diary_text` (plain
/// or sealed) and the backup's settings and self-check where `mode` takes them. `stored_diary` is the diary text
/// the new one was worked out from. Synchronous, so no other tab's write can land between the copies and the
/// writes. Returns the keys of the copies.
pub fn write_restore(
    backup: &Backup,
    mode: Mode,
    now: NaiveDateTime,
    stored_diary: Option<&str>,
    diary_text: &str,
) -> Result<Vec<String>, BackupError> {
    let storage = BackupError::Storage;
    let stored_preferences = local::read_raw(Preferences::KEY).map_err(storage)?;
    let stored_self_check = local::read_raw(SelfCheckDocument::KEY).map_err(storage)?;
    // Merge fills in only what is missing; replace takes what the backup has.
    let write_part = |stored: &Option<String>, has_part: bool| {
        has_part && (mode == Mode::Replace || stored.is_none())
    };
    let write_preferences = write_part(&stored_preferences, backup.preferences.is_some());
    let write_self_check = write_part(&stored_self_check, backup.self_check.is_some());

    let mut kept_aside = Vec::new();
    if let Some(raw) = stored_diary.filter(|raw| *raw != diary_text) {
        kept_aside.push(keep_before_restore(Diary::KEY, raw, now)?);
    }
    if let (true, Some(raw)) = (write_preferences, stored_preferences.as_deref()) {
        kept_aside.push(keep_before_restore(Preferences::KEY, raw, now)?);
    }
    if let (true, Some(raw)) = (write_self_check, stored_self_check.as_deref()) {
        kept_aside.push(keep_before_restore(SelfCheckDocument::KEY, raw, now)?);
    }

    local::write_raw(Diary::KEY, diary_text).map_err(storage)?;
    if let (true, Some(preferences)) = (write_preferences, &backup.preferences) {
        local::save(preferences).map_err(storage)?;
    }
    if let (true, Some(self_check)) = (write_self_check, &backup.self_check) {
        local::save(self_check).map_err(storage)?;
    }
    Ok(kept_aside)
}

/// Copies `raw` (stored under `key`) to a key of its own named after `now`; never over an earlier copy.
fn keep_before_restore(key: &str, raw: &str, now: NaiveDateTime) -> Result<String, BackupError> {
    let base = format!("{key}{BEFORE_RESTORE}{}", time_text(now, "%Y%m%dT%H%M"));
    let mut aside = base.clone();
    let mut counter = 1;
    while local::read_raw(&aside)
        .map_err(BackupError::Storage)?
        .is_some()
    {
        counter += 1;
        aside = format!("{base}-{counter}");
    }
    local::write_raw(&aside, raw).map_err(BackupError::Storage)?;
    Ok(aside)
}

/// The backup file's text for everything stored now. A stored document that cannot be read is an error (its
/// raw text is offered on the page it belongs to), so a backup never silently leaves something out. A locked
/// diary goes into the file exactly as stored: sealed, so the backup needs the same passphrase.
pub fn export_backup() -> Result<String, BackupError> {
    fn loaded<D: Document>(what: &'static str) -> Result<Option<D>, BackupError> {
        match local::load::<D>().map_err(BackupError::Storage)? {
            local::Loaded::Missing => Ok(None),
            local::Loaded::Ready(doc) => Ok(Some(doc)),
            local::Loaded::Unreadable { error, .. } => Err(BackupError::InvalidPart {
                part: what,
                detail: format!(
                    "it is stored but cannot be read, so it cannot be put in a backup ({error})"
                ),
            }),
            local::Loaded::Sealed { .. } => Err(BackupError::InvalidPart {
                part: what,
                detail: "it is locked in a way this version of the app does not know".into(),
            }),
        }
    }
    let diary = match local::load::<Diary>().map_err(BackupError::Storage)? {
        local::Loaded::Sealed { raw } => raw,
        local::Loaded::Missing => encode(&Diary::default()).map_err(BackupError::Storage)?,
        local::Loaded::Ready(diary) => encode(&diary).map_err(BackupError::Storage)?,
        local::Loaded::Unreadable { error, .. } => {
            return Err(BackupError::InvalidPart {
                part: "saved diary",
                detail: format!(
                    "it is stored but cannot be read, so it cannot be put in a backup ({error})"
                ),
            })
        }
    };
    let preferences = loaded::<Preferences>("saved settings")?
        .as_ref()
        .map(encoded)
        .transpose()?;
    let self_check = loaded::<SelfCheckDocument>("saved self-check")?
        .as_ref()
        .map(encoded)
        .transpose()?;
    Ok(file_text(
        &diary,
        preferences.as_deref(),
        self_check.as_deref(),
    ))
}

/// Every key this app has stored (documents, unreadable copies kept aside, copies kept before a restore).
pub fn stored_keys() -> Result<Vec<String>, StorageError> {
    local::keys_starting_with(KEY_PREFIX)
}

/// A copy kept aside, ready to download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptCopy {
    /// The keys it was read from.
    pub keys: Vec<String>,
    /// When the restore that kept it happened; `None` for unreadable text kept aside.
    pub kept_at: Option<NaiveDateTime>,
    /// The file's text: a backup file for a restore's copies (so it can be restored as it is), the raw text
    /// otherwise.
    pub text: String,
    /// Whether `text` is a backup file (`.json`) rather than raw text.
    pub is_backup: bool,
}

/// The copies kept before restores (one per restore, as a backup file holding the diary, settings and
/// self-check it kept) and the unreadable texts kept aside, oldest first.
pub fn kept_copies() -> Result<Vec<KeptCopy>, StorageError> {
    let mut restores: SortedMap<String, Vec<(String, String)>> = SortedMap::new();
    let mut copies = Vec::new();
    for key in stored_keys()? {
        let Some(text) = local::read_raw(&key)? else {
            continue;
        };
        if let Some(stamp) = key.split(BEFORE_RESTORE).nth(1) {
            restores
                .entry_or_default(stamp.to_string())
                .push((key, text));
        } else if local::is_aside_key(&key) {
            copies.push(KeptCopy {
                keys: vec![key],
                kept_at: None,
                text,
                is_backup: false,
            });
        }
    }
    for (stamp, parts) in restores {
        let kept_at = read_time(stamp.get(..13).unwrap_or(&stamp), STAMP_PATTERN);
        match copy_as_backup(&parts) {
            Some(text) => copies.push(KeptCopy {
                keys: parts.into_iter().map(|(key, _)| key).collect(),
                kept_at,
                text,
                is_backup: true,
            }),
            None => copies.extend(parts.into_iter().map(|(key, text)| KeptCopy {
                keys: vec![key],
                kept_at,
                text,
                is_backup: false,
            })),
        }
    }
    Ok(copies)
}

/// The parts one restore kept, as a backup file; `None` without a diary part or when a part is not JSON.
fn copy_as_backup(parts: &[(String, String)]) -> Option<String> {
    let find = |document: &str| {
        parts
            .iter()
            .find(|(key, _)| key.starts_with(&format!("{document}{BEFORE_RESTORE}")))
            .map(|(_, text)| Json::parse(text).map(|_| text.trim()))
            .transpose()
            .ok()
    };
    let diary = find(Diary::KEY)??;
    let preferences = find(Preferences::KEY)?;
    let self_check = find(SelfCheckDocument::KEY)?;
    Some(file_text(diary, preferences, self_check))
}

/// Whether `key` holds a copy kept aside (before a restore, or unreadable text), never a live document.
pub fn is_kept_copy_key(key: &str) -> bool {
    key.starts_with(KEY_PREFIX) && (key.contains(BEFORE_RESTORE) || local::is_aside_key(key))
}

/// Removes one kept copy (every key it was read from), after the person confirmed. Only keys of kept copies are
/// ever removed: a live document's key given here is left as it is.
pub fn remove_kept_copy(copy: &KeptCopy) -> Result<(), StorageError> {
    for key in copy.keys.iter().filter(|key| is_kept_copy_key(key)) {
        local::remove(key)?;
    }
    Ok(())
}

/// The kept copies that hold diary data in the clear: a diary kept before a restore, or diary text kept aside as
/// unreadable, that is not sealed. Turning the lock on removes them, so no readable copy of the diary stays.
pub fn unencrypted_diary_copies() -> Result<Vec<KeptCopy>, StorageError> {
    let mut found = Vec::new();
    for copy in kept_copies()? {
        let mut clear_diary = false;
        for key in copy.keys.iter().filter(|key| key.starts_with(Diary::KEY)) {
            if local::read_raw(key)?.is_some_and(|text| !sealed::is_sealed(&text)) {
                clear_diary = true;
            }
        }
        if clear_diary {
            found.push(copy);
        }
    }
    Ok(found)
}

/// Removes every key this app stored, including copies kept aside. Call only after the person confirmed.
/// Returns how many keys were removed.
pub fn delete_all() -> Result<usize, StorageError> {
    let keys = stored_keys()?;
    for key in &keys {
        local::remove(key)?;
    }
    Ok(keys.len())
}
