//! The diary itself: attacks (kept in start order, never overlapping), day notes (one per date), periods (in
//! start order) and the person's own trigger words. Only actions change it, so its rules always hold; stored data
//! that breaks them is refused on load, never repaired by guessing.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::limits::{OWN_TRIGGER_LIST_MAX, TREATMENTS_MAX};
use super::{Attack, AttackId, DayNote, DiaryError, Period, PreventiveTrial, TrialId};
use crate::domain::letter_case::fold_case;
use crate::domain::stable_sort::{self, sort_by_key};

/// A person's headache diary.
///
/// Invariants (checked by [`Diary::validate`] and on every load): attacks sorted by start, unique ids, each valid,
/// none overlapping — so at most one is running, and it is the latest; day notes sorted with one per date; periods
/// sorted, none overlapping the next; own triggers unique (ignoring case).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "DiaryRecord")]
pub struct Diary {
    #[serde(rename = "a", skip_serializing_if = "Vec::is_empty")]
    attacks: Vec<Attack>,
    #[serde(rename = "d", skip_serializing_if = "Vec::is_empty")]
    day_notes: Vec<DayNote>,
    #[serde(rename = "p", skip_serializing_if = "Vec::is_empty")]
    periods: Vec<Period>,
    #[serde(rename = "t", skip_serializing_if = "Vec::is_empty")]
    own_triggers: Vec<String>,
    /// Preventive treatments tried (from diary version 2), in the order added.
    #[serde(rename = "rx", skip_serializing_if = "Vec::is_empty")]
    treatments: Vec<PreventiveTrial>,
}

/// The stored shape, read before the diary's rules are checked.
#[derive(Deserialize)]
struct DiaryRecord {
    #[serde(rename = "a", default)]
    attacks: Vec<Attack>,
    #[serde(rename = "d", default)]
    day_notes: Vec<DayNote>,
    #[serde(rename = "p", default)]
    periods: Vec<Period>,
    #[serde(rename = "t", default)]
    own_triggers: Vec<String>,
    #[serde(rename = "rx", default)]
    treatments: Vec<PreventiveTrial>,
}

impl TryFrom<DiaryRecord> for Diary {
    type Error = super::error::FoundInData;

    fn try_from(record: DiaryRecord) -> Result<Self, Self::Error> {
        Diary::from_parts(
            record.attacks,
            record.day_notes,
            record.periods,
            record.own_triggers,
        )
        .and_then(|diary| diary.with_treatments(record.treatments))
        .map_err(super::error::FoundInData)
    }
}

impl Diary {
    /// An empty diary.
    pub fn new() -> Diary {
        Diary::default()
    }

    /// Builds a diary from its parts (an import, a generator), sorting them and checking every rule.
    pub fn from_parts(
        mut attacks: Vec<Attack>,
        mut day_notes: Vec<DayNote>,
        mut periods: Vec<Period>,
        own_triggers: Vec<String>,
    ) -> Result<Diary, DiaryError> {
        sort_by_key(&mut attacks, |attack| attack.start);
        sort_by_key(&mut day_notes, |note| note.date);
        sort_by_key(&mut periods, |period| period.start);
        let diary = Diary {
            attacks,
            day_notes,
            periods,
            own_triggers,
            treatments: Vec::new(),
        };
        diary.validate()?;
        Ok(diary)
    }

    /// This diary with `treatments` as its list of preventive treatments tried, every rule checked.
    pub fn with_treatments(
        mut self,
        treatments: Vec<PreventiveTrial>,
    ) -> Result<Diary, DiaryError> {
        self.treatments = treatments;
        self.validate()?;
        Ok(self)
    }

    /// Checks every rule that does not depend on the clock (see the type's invariants).
    pub fn validate(&self) -> Result<(), DiaryError> {
        let repeated_id = first_repeat(&self.attacks, |attack| attack.id);
        for (at, attack) in self.attacks.iter().enumerate() {
            attack.validate()?;
            if repeated_id == Some(at) {
                return Err(DiaryError::DuplicateId(attack.id));
            }
        }
        for pair in self.attacks.windows(2) {
            if pair[0].start > pair[1].start {
                return Err(DiaryError::Inconsistent("attacks out of order".into()));
            }
            if pair[0].overlaps(&pair[1]) {
                return Err(DiaryError::Overlaps {
                    other_start: pair[0].start,
                    other_end: pair[0].end,
                });
            }
        }
        // One accepted range for stored dates: nothing before 1900, nothing past the year 9999.
        if let Some(earliest) = self.earliest_day() {
            if earliest < crate::domain::dates::EARLIEST_DAY {
                return Err(DiaryError::BeforeEarliestDay(earliest));
            }
        }
        if let Some(latest) = self.latest_day() {
            if latest > crate::domain::dates::LATEST_STORED_DAY {
                return Err(DiaryError::AfterLatestDay(latest));
            }
        }
        for note in &self.day_notes {
            note.validate()?;
        }
        for pair in self.day_notes.windows(2) {
            if pair[0].date >= pair[1].date {
                return Err(DiaryError::Inconsistent(format!(
                    "two day notes for {} or notes out of order",
                    pair[1].date
                )));
            }
        }
        for period in &self.periods {
            period.validate()?;
        }
        for pair in self.periods.windows(2) {
            if pair[0].last_known_day() >= pair[1].start {
                return Err(DiaryError::PeriodRunsIntoNext(pair[1].start));
            }
        }
        if self.own_triggers.len() > OWN_TRIGGER_LIST_MAX {
            return Err(DiaryError::TooMany {
                what: super::ListOf::OwnTriggers,
                max: OWN_TRIGGER_LIST_MAX,
            });
        }
        if self.treatments.len() > TREATMENTS_MAX {
            return Err(DiaryError::TooMany {
                what: super::ListOf::Treatments,
                max: TREATMENTS_MAX,
            });
        }
        let repeated_trial = first_repeat(&self.treatments, |trial| trial.id);
        for (at, trial) in self.treatments.iter().enumerate() {
            trial.validate()?;
            if repeated_trial == Some(at) {
                return Err(DiaryError::Inconsistent(format!(
                    "two treatments share the number {}",
                    trial.id.0
                )));
            }
        }
        let repeated_name = first_repeat(&self.own_triggers, |name| fold_case(name));
        for (at, name) in self.own_triggers.iter().enumerate() {
            super::attack::check_name(super::TextField::Trigger, name)?;
            if repeated_name == Some(at) {
                return Err(DiaryError::Inconsistent(format!(
                    "the trigger “{name}” is listed twice"
                )));
            }
        }
        Ok(())
    }

    /// Every attack, oldest first.
    pub fn attacks(&self) -> &[Attack] {
        &self.attacks
    }

    /// Every day note, oldest first.
    pub fn day_notes(&self) -> &[DayNote] {
        &self.day_notes
    }

    /// Every period, oldest first.
    pub fn periods(&self) -> &[Period] {
        &self.periods
    }

    /// The person's own trigger words, in the order added.
    pub fn own_triggers(&self) -> &[String] {
        &self.own_triggers
    }

    /// The preventive treatments tried, in the order added.
    pub fn treatments(&self) -> &[PreventiveTrial] {
        &self.treatments
    }

    /// The treatment with this id.
    pub fn treatment(&self, id: TrialId) -> Option<&PreventiveTrial> {
        self.treatments.iter().find(|trial| trial.id == id)
    }

    /// Whether nothing at all is logged.
    pub fn is_empty(&self) -> bool {
        self.attacks.is_empty()
            && self.day_notes.is_empty()
            && self.periods.is_empty()
            && self.own_triggers.is_empty()
            && self.treatments.is_empty()
    }

    /// Attacks plus day notes: the entries a person has logged.
    pub fn entry_count(&self) -> usize {
        self.attacks.len() + self.day_notes.len()
    }

    /// The attack still going, if any (always the latest one).
    pub fn running_attack(&self) -> Option<&Attack> {
        self.attacks.last().filter(|attack| attack.is_running())
    }

    /// The attack with this id.
    pub fn attack(&self, id: AttackId) -> Option<&Attack> {
        self.attacks.iter().find(|attack| attack.id == id)
    }

    /// The note for `date`, if there is one.
    pub fn day_note(&self, date: NaiveDate) -> Option<&DayNote> {
        self.day_notes
            .binary_search_by_key(&date, |note| note.date)
            .ok()
            .and_then(|index| self.day_notes.get(index))
    }

    /// The attacks that touch any day from `first` to `last` (both included), oldest first; plus one that ends at
    /// midnight at the start of `first`. Relies on the invariant that attacks never overlap, so their ends rise
    /// with their starts.
    pub fn attacks_touching(&self, first: NaiveDate, last: NaiveDate) -> &[Attack] {
        let from = self
            .attacks
            .partition_point(|attack| attack.end.is_some_and(|end| end.date() < first));
        let to = self
            .attacks
            .partition_point(|attack| attack.first_day() <= last);
        self.attacks.get(from..to.max(from)).unwrap_or(&[])
    }

    /// The day notes from `first` to `last` (both included), oldest first.
    pub fn day_notes_between(&self, first: NaiveDate, last: NaiveDate) -> &[DayNote] {
        let from = self.day_notes.partition_point(|note| note.date < first);
        let to = self.day_notes.partition_point(|note| note.date <= last);
        self.day_notes.get(from..to.max(from)).unwrap_or(&[])
    }

    // Changes, used only by actions (which validate first) and the sample generator.

    pub(crate) fn index_of(&self, id: AttackId) -> Option<usize> {
        self.attacks.iter().position(|attack| attack.id == id)
    }

    /// The first attack (other than `except`) that overlaps `attack`.
    pub(crate) fn overlapping(&self, attack: &Attack, except: Option<AttackId>) -> Option<&Attack> {
        self.attacks
            .iter()
            .filter(|other| Some(other.id) != except)
            .find(|other| other.overlaps(attack))
    }

    pub(crate) fn insert_attack(&mut self, attack: Attack) {
        let at = self
            .attacks
            .partition_point(|other| other.start < attack.start);
        self.attacks.insert(at, attack);
    }

    pub(crate) fn remove_attack(&mut self, index: usize) -> Attack {
        self.attacks.remove(index)
    }

    pub(crate) fn attack_mut(&mut self, index: usize) -> Option<&mut Attack> {
        self.attacks.get_mut(index)
    }

    pub(crate) fn set_day_note(&mut self, note: DayNote) {
        match self
            .day_notes
            .binary_search_by_key(&note.date, |existing| existing.date)
        {
            Ok(index) => self.day_notes[index] = note,
            Err(index) => self.day_notes.insert(index, note),
        }
    }

    pub(crate) fn remove_day_note(&mut self, date: NaiveDate) -> Option<DayNote> {
        self.day_notes
            .binary_search_by_key(&date, |note| note.date)
            .ok()
            .map(|index| self.day_notes.remove(index))
    }

    pub(crate) fn periods_mut(&mut self) -> &mut Vec<Period> {
        &mut self.periods
    }

    pub(crate) fn own_triggers_mut(&mut self) -> &mut Vec<String> {
        &mut self.own_triggers
    }

    pub(crate) fn treatments_mut(&mut self) -> &mut Vec<PreventiveTrial> {
        &mut self.treatments
    }
}

impl Diary {
    /// Every day anything in the diary is dated: a headache's start and end, each medicine, each day entry and
    /// its medicines, each period's first and last known day.
    fn dated_days(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        let attacks = self.attacks().iter().flat_map(|attack| {
            std::iter::once(attack.start)
                .chain(attack.end)
                .chain(attack.medicines.iter().map(|dose| dose.taken_at))
                .map(|time| time.date())
        });
        let notes = self.day_notes().iter().flat_map(|note| {
            std::iter::once(note.date).chain(note.medicines.iter().map(|dose| dose.taken_at.date()))
        });
        let periods = self
            .periods()
            .iter()
            .flat_map(|period| [period.start, period.last_known_day()]);
        attacks.chain(notes).chain(periods)
    }

    /// The latest day anything in the diary is dated, or `None` for an empty diary. A restore compares it with
    /// today: a diary from the future cannot be right, and a headache dated there would block "Headache now"
    /// for good.
    pub fn latest_day(&self) -> Option<NaiveDate> {
        self.dated_days().max()
    }

    /// The earliest day anything in the diary is dated, or `None` for an empty diary.
    pub fn earliest_day(&self) -> Option<NaiveDate> {
        self.dated_days().min()
    }
}

/// The position of the first item (in list order) whose key an earlier item already has, if any: what inserting
/// the keys one by one into a set finds first. Sorted positions rather than a `BTreeSet`, whose code would be
/// compiled again for each key type (see `stable_sort`); a stable sort keeps equal keys in list order, so the
/// repeats are every position but the first of each run of equal keys.
fn first_repeat<T, K: Ord>(items: &[T], key: impl Fn(&T) -> K) -> Option<usize> {
    let keys: Vec<K> = items.iter().map(key).collect();
    let mut order: Vec<usize> = (0..keys.len()).collect();
    stable_sort::sort_by(&mut order, |a, b| keys[*a].cmp(&keys[*b]));
    order
        .windows(2)
        .filter(|pair| keys[pair[0]] == keys[pair[1]])
        .map(|pair| pair[1])
        .min()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod first_repeat_tests {
    use super::first_repeat;
    use proptest::prelude::*;
    use std::collections::BTreeSet;

    proptest! {
        /// The same position a set finds when the keys are inserted one by one.
        #[test]
        fn first_repeat_is_where_a_set_first_refuses_a_key(keys in prop::collection::vec(0u8..12, 0..30)) {
            let mut seen = BTreeSet::new();
            let expected = keys.iter().position(|key| !seen.insert(*key));
            prop_assert_eq!(first_repeat(&keys, |key| *key), expected);
        }
    }
}
