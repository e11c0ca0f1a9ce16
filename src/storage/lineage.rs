//! Which tab's changes a stored diary already holds, so that a change written over by another tab is noticed and
//! made again instead of being lost.
//!
//! Why this is needed: each tab reads and writes localStorage through its renderer's own copy of it, and another
//! tab's write reaches that copy a little later (Chromium sends it over a separate channel; Firefox and Safari do
//! likewise). Two tabs changing the diary within a few milliseconds can therefore each read the diary without
//! the other's change, and the later write wins. A lock shared between tabs (the Web Locks API) does not close
//! this gap: the lock is granted over another channel than the storage update, so the tab that takes the lock
//! next can still read the old copy. What does hold is that every tab eventually sees the final stored text (the
//! `storage` event), so each tab checks there that its own recent changes are in it.
//!
//! How: every plain save of the diary writes a short *lineage* beside the data (`"w"` in the envelope): the
//! stamps of the last [`LINEAGE_LEN`] saves, each carried forward by the next save because it is read with the
//! diary it builds on. A tab remembers its own saves for [`WATCH_MS`]; when the stored text it reads no longer
//! holds one of its stamps, that save was written over by a tab that had not seen it, and its action is applied
//! again on top of what is stored now. Pure: time and the tab's name are passed in.

use chrono::NaiveDateTime;

use crate::domain::diary::DiaryAction;

/// How many saves' stamps a stored diary carries: far more than tabs can write in [`WATCH_MS`], so a stamp still
/// watched never drops off the end of a lineage that holds it.
pub const LINEAGE_LEN: usize = 48;

/// How long a tab watches its own save, in milliseconds. Another tab's write reaches this tab's copy of storage
/// within milliseconds; ten seconds leaves room for a slow phone and a busy page.
pub const WATCH_MS: f64 = 10_000.0;

/// One save this tab made: the stamp it wrote into the lineage, and the action to apply again if it was lost.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnSave {
    pub stamp: String,
    pub action: DiaryAction,
    /// The moment the action was first applied at ("now" for a running headache's start, a day's entry).
    pub now: NaiveDateTime,
    /// When it was written, in milliseconds of the page's clock.
    pub written_at_ms: f64,
}

/// This tab's saves still watched, and the stamps it hands out.
#[derive(Debug, Clone, Default)]
pub struct OwnSaves {
    tab: String,
    count: u64,
    saves: Vec<OwnSave>,
}

impl OwnSaves {
    /// A tab named `tab` (random, a few characters: it only has to differ from other tabs open at once).
    pub fn new(tab: String) -> Self {
        OwnSaves {
            tab,
            count: 0,
            saves: Vec::new(),
        }
    }

    /// A stamp no other save of any tab has.
    pub fn next_stamp(&mut self) -> String {
        self.count += 1;
        format!("{}.{}", self.tab, self.count)
    }

    /// Remembers that `action` was saved under `stamp` at `at_ms`.
    pub fn record(&mut self, stamp: &str, action: DiaryAction, now: NaiveDateTime, at_ms: f64) {
        self.saves.push(OwnSave {
            stamp: stamp.to_string(),
            action,
            now,
            written_at_ms: at_ms,
        });
    }

    /// Forgets saves watched long enough, then takes out (in the order they were made) every save whose stamp
    /// `lineage` does not hold: those were written over. An empty lineage was written by something that does not
    /// build on the diary (a restore, "Delete all my data", a new diary after unreadable data, an older build):
    /// nothing is taken out then, and every watched save is forgotten, as a change made before a deliberate
    /// replacement belongs to what was replaced.
    pub fn take_lost(&mut self, lineage: &[String], at_ms: f64) -> Vec<OwnSave> {
        self.saves
            .retain(|save| at_ms - save.written_at_ms < WATCH_MS && save.written_at_ms <= at_ms);
        if lineage.is_empty() {
            self.saves.clear();
            return Vec::new();
        }
        let (lost, kept): (Vec<OwnSave>, Vec<OwnSave>) = std::mem::take(&mut self.saves)
            .into_iter()
            .partition(|save| !lineage.contains(&save.stamp));
        self.saves = kept;
        lost
    }

    /// Forgets every watched save: the diary was replaced or removed on purpose, or locked.
    pub fn forget_all(&mut self) {
        self.saves.clear();
    }

    /// How many saves are still watched.
    pub fn watched(&self) -> usize {
        self.saves.len()
    }
}

/// The lineage after a save stamped `stamp` on top of `lineage`: the newest [`LINEAGE_LEN`] stamps.
pub fn extended(lineage: &[String], stamp: &str) -> Vec<String> {
    let keep_from = (lineage.len() + 1).saturating_sub(LINEAGE_LEN);
    lineage[keep_from.min(lineage.len())..]
        .iter()
        .cloned()
        .chain(std::iter::once(stamp.to_string()))
        .collect()
}
