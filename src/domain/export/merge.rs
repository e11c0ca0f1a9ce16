//! What a backup holds compared with the diary already kept, and the merge that adds a backup to it: the
//! current diary wins every conflict, the rest is added, and the result passes every diary rule or nothing
//! happens.

use chrono::NaiveDate;

use crate::domain::diary::{
    Attack, DayKind, DayNote, Diary, DiaryError, Period, PreventiveTrial, OWN_TRIGGER_LIST_MAX,
    TREATMENTS_MAX,
};
use crate::domain::letter_case::same_but_case;

/// A merged diary and how much of the incoming one went into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    /// The current diary plus every incoming entry that does not clash with it.
    pub diary: Diary,
    /// Incoming attacks added.
    pub added_attacks: usize,
    /// Incoming day notes added.
    pub added_day_notes: usize,
    /// Incoming periods added.
    pub added_periods: usize,
    /// Incoming preventive treatments added.
    pub added_treatments: usize,
}

/// Adds `incoming` to `current`. The current diary wins every conflict:
/// - an attack with the same id or the same start as a current one is a duplicate, and one whose time overlaps
///   a current attack clashes with it: either way it is left out;
/// - a day note for a date that already has one is left out, and so is a "no headache" note for a day that has
///   an attack in the current diary;
/// - a period starting on the same day as a current one, or overlapping one, is left out;
/// - own trigger words are added when not already listed (ignoring case), up to the list's limit;
/// - a preventive treatment with the same id, or the same name (ignoring case), class and start month as a
///   current one, is already there; the rest are added, up to the list's limit.
///
/// The result is checked against every diary rule ([`Diary::from_parts`]); an error means nothing was merged.
pub fn merge(current: &Diary, incoming: &Diary) -> Result<Merged, DiaryError> {
    let mut attacks: Vec<Attack> = current.attacks().to_vec();
    let mut added_attacks = 0;
    for attack in incoming.attacks() {
        if !attack_clashes(current, attack) {
            attacks.push(attack.clone());
            added_attacks += 1;
        }
    }
    let touched_by_attack =
        |date: NaiveDate| current.attacks().iter().any(|attack| attack.touches(date));
    let mut day_notes: Vec<DayNote> = current.day_notes().to_vec();
    let mut added_day_notes = 0;
    for note in incoming.day_notes() {
        let free_on_attack_day = note.kind == DayKind::HeadacheFree && touched_by_attack(note.date);
        if current.day_note(note.date).is_none() && !free_on_attack_day {
            day_notes.push(note.clone());
            added_day_notes += 1;
        }
    }
    let mut periods: Vec<Period> = current.periods().to_vec();
    let mut added_periods = 0;
    for period in incoming.periods() {
        if !period_clashes(current, period) {
            periods.push(*period);
            added_periods += 1;
        }
    }
    let mut own_triggers: Vec<String> = current.own_triggers().to_vec();
    for word in incoming.own_triggers() {
        let known = own_triggers
            .iter()
            .any(|existing| same_but_case(existing, word));
        if !known && own_triggers.len() < OWN_TRIGGER_LIST_MAX {
            own_triggers.push(word.clone());
        }
    }
    let mut treatments: Vec<PreventiveTrial> = current.treatments().to_vec();
    let mut added_treatments = 0;
    for trial in incoming.treatments() {
        let known = treatments
            .iter()
            .any(|existing| same_trial(existing, trial));
        if !known && treatments.len() < TREATMENTS_MAX {
            treatments.push(trial.clone());
            added_treatments += 1;
        }
    }
    let diary = Diary::from_parts(attacks, day_notes, periods, own_triggers)?
        .with_treatments(treatments)?;
    Ok(Merged {
        diary,
        added_attacks,
        added_day_notes,
        added_periods,
        added_treatments,
    })
}

fn same_trial(a: &PreventiveTrial, b: &PreventiveTrial) -> bool {
    a.id == b.id || (a.name.eq_ignore_ascii_case(&b.name) && a.class == b.class && a.from == b.from)
}

/// Whether `attack` is already in `current` (same id or same start) or overlaps an attack there.
fn attack_clashes(current: &Diary, attack: &Attack) -> bool {
    current.attacks().iter().any(|existing| {
        existing.id == attack.id || existing.start == attack.start || existing.overlaps(attack)
    })
}

fn period_clashes(current: &Diary, period: &Period) -> bool {
    current.periods().iter().any(|existing| {
        existing.start <= period.last_known_day() && period.start <= existing.last_known_day()
    })
}

/// What restoring a backup would bring, shown before anything is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupPreview {
    /// Attacks in the backup.
    pub attacks: usize,
    /// Day notes in the backup.
    pub day_notes: usize,
    /// Periods in the backup.
    pub periods: usize,
    /// The first and last day the backup has anything on; `None` for an empty backup.
    pub date_range: Option<(NaiveDate, NaiveDate)>,
    /// Backup attacks already in the diary: the same id, or the same start.
    pub duplicate_attacks: usize,
    /// Backup day notes for a date the diary already has a note for.
    pub duplicate_day_notes: usize,
    /// Backup periods starting on the same day as one in the diary.
    pub duplicate_periods: usize,
    /// What a merge would add (everything not a duplicate and not clashing with the diary).
    pub merge_adds: (usize, usize, usize),
    /// Preventive treatments in the backup.
    pub treatments: usize,
    /// Of those, how many a merge would add (the rest are already listed).
    pub merge_adds_treatments: usize,
}

impl BackupPreview {
    /// Compares `incoming` with `current`. `Err` only when a merge of the two would break a diary rule (then only
    /// "replace" is possible).
    pub fn new(current: &Diary, incoming: &Diary) -> Result<BackupPreview, DiaryError> {
        let merged = merge(current, incoming)?;
        Ok(BackupPreview {
            attacks: incoming.attacks().len(),
            day_notes: incoming.day_notes().len(),
            periods: incoming.periods().len(),
            date_range: date_range(incoming),
            duplicate_attacks: incoming
                .attacks()
                .iter()
                .filter(|attack| {
                    current
                        .attacks()
                        .iter()
                        .any(|existing| existing.id == attack.id || existing.start == attack.start)
                })
                .count(),
            duplicate_day_notes: incoming
                .day_notes()
                .iter()
                .filter(|note| current.day_note(note.date).is_some())
                .count(),
            duplicate_periods: incoming
                .periods()
                .iter()
                .filter(|period| {
                    current
                        .periods()
                        .iter()
                        .any(|existing| existing.start == period.start)
                })
                .count(),
            merge_adds: (
                merged.added_attacks,
                merged.added_day_notes,
                merged.added_periods,
            ),
            treatments: incoming.treatments().len(),
            merge_adds_treatments: merged.added_treatments,
        })
    }

    /// Whether the backup holds no entries at all.
    pub fn is_empty(&self) -> bool {
        self.attacks == 0 && self.day_notes == 0 && self.periods == 0 && self.treatments == 0
    }

    /// Entries a merge would leave out because the diary already has them or they clash with it.
    pub fn merge_skips(&self) -> usize {
        let (attacks, notes, periods) = self.merge_adds;
        (self.attacks + self.day_notes + self.periods).saturating_sub(attacks + notes + periods)
    }
}

/// The first and last day `diary` has anything on: an attack (start to last day, or start while running), a
/// day note, or a period (start to last known day).
pub fn date_range(diary: &Diary) -> Option<(NaiveDate, NaiveDate)> {
    let attacks = diary.attacks().iter().map(|attack| {
        (
            attack.first_day(),
            attack.last_day().unwrap_or(attack.first_day()),
        )
    });
    let notes = diary.day_notes().iter().map(|note| (note.date, note.date));
    let periods = diary
        .periods()
        .iter()
        .map(|period| (period.start, period.last_known_day()));
    attacks
        .chain(notes)
        .chain(periods)
        .reduce(|(first, last), (from, to)| (first.min(from), last.max(to)))
}
