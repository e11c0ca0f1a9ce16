//! Every change to a diary, as a self-contained action applied to the freshest stored copy (read, apply, write),
//! so two tabs never overwrite each other. An action either applies whole or is refused with a [`DiaryError`]
//! and leaves the diary untouched; repeating one that already took effect is a no-op where that is possible.

use chrono::{NaiveDate, NaiveDateTime};

use super::attack::{check_name, check_not_future, whole_minute};
use super::limits::{OWN_TRIGGER_LIST_MAX, TREATMENTS_MAX};
use super::{
    Attack, AttackField, AttackId, DayKind, DayNote, Diary, DiaryError, ListOf, MedicineDose,
    Moment, Period, PreventiveTrial, TextField, TrialId,
};
use crate::domain::letter_case::{fold_case, same_but_case};

/// A change a person makes to the diary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiaryAction {
    /// "Headache now" (or a few minutes/hours ago): a running attack with no details. Refused while another
    /// attack is running, for a start in the future, or a start inside another attack. Sending it twice is a no-op.
    StartAttack {
        /// A new id, made by the caller.
        id: AttackId,
        /// When it began.
        start: NaiveDateTime,
    },
    /// "It's over". Ending an attack already ended (e.g. in another tab) is a no-op: the first end stands, and
    /// changing it is an edit ([`DiaryAction::UpdateAttack`]).
    EndAttack {
        /// The attack.
        id: AttackId,
        /// When it ended.
        end: NaiveDateTime,
    },
    /// Logs a whole attack after the fact (start, end and details). Sending the same one twice is a no-op.
    AddAttack {
        /// The attack, with a new id.
        attack: Attack,
    },
    /// Replaces an attack's start, end and details (the attack with this id must still exist).
    UpdateAttack {
        /// The attack as it should be.
        attack: Attack,
    },
    /// A form's edit: only the fields the form changed (from `base`, the attack as the form opened it to
    /// `edited`) are written onto the attack as stored now, so a change made meanwhile in another tab (a
    /// severity, "It's over") is kept. A field both changed differently is a conflict: refused with
    /// [`DiaryError::EditedElsewhere`] naming the fields, unless `keep` says whose value wins.
    EditAttack {
        /// The attack as the form opened it.
        base: Box<Attack>,
        /// The attack as the form would save it.
        edited: Box<Attack>,
        /// Whose value a conflicting field takes; `None`: refuse and ask.
        keep: Option<Keep>,
    },
    /// Deletes an attack; [`Applied::AttackDeleted`] hands it back so the UI can offer Undo.
    DeleteAttack {
        /// The attack.
        id: AttackId,
    },
    /// Undoes a delete. A no-op if an attack with this id is already there.
    RestoreAttack {
        /// The attack as it was deleted.
        attack: Attack,
    },
    /// "No headache today" or "Headache today, this bad". Keeps medicines already noted on that day.
    MarkDay {
        /// The day (today or earlier).
        date: NaiveDate,
        /// What to mark.
        kind: DayKind,
    },
    /// Sets the medicines taken on a marked day (outside any attack).
    SetDayMedicines {
        /// The day; it must already have a note.
        date: NaiveDate,
        /// Every dose taken that day.
        medicines: Vec<MedicineDose>,
    },
    /// Removes a day's note; [`Applied::DayCleared`] hands it back for Undo. A no-op if there is none.
    ClearDay {
        /// The day.
        date: NaiveDate,
    },
    /// Undoes [`DiaryAction::ClearDay`]. A no-op if the day has been marked again since.
    RestoreDay {
        /// The note as it was cleared.
        note: DayNote,
    },
    /// One tap on a calendar day: marks a period starting that day, or removes the one that starts there
    /// ([`Applied::PeriodRemoved`] hands it back for Undo).
    TogglePeriodStart {
        /// The first day of bleeding (today or earlier).
        date: NaiveDate,
    },
    /// Sets (or, with `None`, clears) the last day of the period that starts on `start`.
    SetPeriodEnd {
        /// The period's first day.
        start: NaiveDate,
        /// Its last day of bleeding.
        end: Option<NaiveDate>,
    },
    /// Undoes removing a period. A no-op if a period starts on that day again.
    RestorePeriod {
        /// The period as it was removed.
        period: Period,
    },
    /// Adds a trigger in the person's own words to their list (a no-op if it is there, ignoring case).
    AddOwnTrigger {
        /// The words.
        name: String,
    },
    /// Removes a trigger from the person's list; attacks that noted it keep it. A no-op if it is not there.
    RemoveOwnTrigger {
        /// The words (case is ignored).
        name: String,
    },
    /// Sets whether the headache stopped usual activities on a marked day (EHF 2020's debilitating day); `None`
    /// clears the answer. The day must already have a note.
    SetDayStopped {
        /// The day.
        date: NaiveDate,
        /// The answer.
        stopped: Option<bool>,
    },
    /// Adds a preventive treatment tried, or, for an id already listed, replaces it (an edit). Adding the same
    /// one twice is a no-op.
    SaveTreatment {
        /// The trial, with a new id when it is new.
        trial: PreventiveTrial,
    },
    /// Removes a treatment; [`Applied::TreatmentRemoved`] hands it back for Undo.
    RemoveTreatment {
        /// The trial.
        id: TrialId,
    },
    /// Undoes a removal. A no-op if a treatment with this id is there again.
    RestoreTreatment {
        /// The trial as it was removed.
        trial: PreventiveTrial,
    },
}

/// What an action did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
    /// The diary changed: save it.
    Changed,
    /// Nothing to do (the change had already been made): no need to save.
    Unchanged,
    /// The attack was deleted; here it is for Undo.
    AttackDeleted(Box<Attack>),
    /// The day note was removed; here it is for Undo.
    DayCleared(DayNote),
    /// The period was removed; here it is for Undo.
    PeriodRemoved(Period),
    /// The treatment was removed; here it is for Undo.
    TreatmentRemoved(Box<PreventiveTrial>),
}

impl Applied {
    /// Whether the diary changed (and so needs saving).
    pub fn changed(&self) -> bool {
        *self != Applied::Unchanged
    }

    /// The action that undoes this one, when there is something to undo.
    pub fn undo(&self) -> Option<DiaryAction> {
        match self {
            Applied::AttackDeleted(attack) => Some(DiaryAction::RestoreAttack {
                attack: attack.as_ref().clone(),
            }),
            Applied::DayCleared(note) => Some(DiaryAction::RestoreDay { note: note.clone() }),
            Applied::PeriodRemoved(period) => Some(DiaryAction::RestorePeriod { period: *period }),
            Applied::TreatmentRemoved(trial) => Some(DiaryAction::RestoreTreatment {
                trial: trial.as_ref().clone(),
            }),
            Applied::Changed | Applied::Unchanged => None,
        }
    }
}

impl DiaryAction {
    /// Applies the action to `diary`. `now` is the person's local wall-clock time, passed in (never read here).
    /// On `Err` the diary is exactly as it was.
    pub fn apply(self, diary: &mut Diary, now: NaiveDateTime) -> Result<Applied, DiaryError> {
        let today = now.date();
        match self {
            DiaryAction::StartAttack { id, start } => {
                start_attack(diary, Attack::new(id, whole_minute(start)), now)
            }
            DiaryAction::EndAttack { id, end } => end_attack(diary, id, whole_minute(end), now),
            DiaryAction::AddAttack { attack } => add_attack(diary, attack.normalized(), now),
            DiaryAction::UpdateAttack { attack } => update_attack(diary, attack.normalized(), now),
            DiaryAction::EditAttack { base, edited, keep } => {
                let id = edited.id;
                let stored = diary.attack(id).ok_or(DiaryError::AttackNotFound(id))?;
                let merged = merge_edit(&base.normalized(), &edited.normalized(), stored, keep)?;
                update_attack(diary, merged, now)
            }
            DiaryAction::DeleteAttack { id } => {
                let index = diary.index_of(id).ok_or(DiaryError::AttackNotFound(id))?;
                Ok(Applied::AttackDeleted(Box::new(diary.remove_attack(index))))
            }
            DiaryAction::RestoreAttack { attack } => {
                if diary.attack(attack.id).is_some() {
                    Ok(Applied::Unchanged)
                } else {
                    add_attack(diary, attack.normalized(), now)
                }
            }
            DiaryAction::MarkDay { date, kind } => mark_day(diary, date, kind, today),
            DiaryAction::SetDayMedicines { date, medicines } => {
                let mut note = diary
                    .day_note(date)
                    .cloned()
                    .ok_or(DiaryError::DayNotMarked(date))?;
                note.medicines = medicines
                    .into_iter()
                    .map(|mut dose| {
                        dose.taken_at = whole_minute(dose.taken_at);
                        dose.name = dose.name.trim().to_string();
                        dose.dose = dose.dose.trim().to_string();
                        dose
                    })
                    .collect();
                note.validate()?;
                for dose in &note.medicines {
                    check_not_future(Moment::MedicineTaken(dose.name.clone()), dose.taken_at, now)?;
                }
                set_note(diary, note)
            }
            DiaryAction::ClearDay { date } => Ok(diary
                .remove_day_note(date)
                .map_or(Applied::Unchanged, Applied::DayCleared)),
            DiaryAction::RestoreDay { note } => {
                if diary.day_note(note.date).is_some() {
                    return Ok(Applied::Unchanged);
                }
                check_day(note.date, today)?;
                note.validate()?;
                check_free_day(diary, &note)?;
                diary.set_day_note(note);
                Ok(Applied::Changed)
            }
            DiaryAction::TogglePeriodStart { date } => toggle_period(diary, date, today),
            DiaryAction::SetPeriodEnd { start, end } => set_period_end(diary, start, end, today),
            DiaryAction::RestorePeriod { period } => {
                if diary.periods().iter().any(|p| p.start == period.start) {
                    return Ok(Applied::Unchanged);
                }
                check_day(period.start, today)?;
                if let Some(end) = period.end {
                    check_day(end, today)?;
                }
                insert_period(diary, period)
            }
            DiaryAction::AddOwnTrigger { name } => {
                let name = name.trim().to_string();
                check_name(TextField::Trigger, &name)?;
                let known = diary
                    .own_triggers()
                    .iter()
                    .any(|existing| same_but_case(existing, &name));
                if known {
                    return Ok(Applied::Unchanged);
                }
                if diary.own_triggers().len() >= OWN_TRIGGER_LIST_MAX {
                    return Err(DiaryError::TooMany {
                        what: ListOf::OwnTriggers,
                        max: OWN_TRIGGER_LIST_MAX,
                    });
                }
                diary.own_triggers_mut().push(name);
                Ok(Applied::Changed)
            }
            DiaryAction::RemoveOwnTrigger { name } => {
                let name = fold_case(name.trim());
                let list = diary.own_triggers_mut();
                let before = list.len();
                list.retain(|existing| fold_case(existing) != name);
                Ok(if list.len() == before {
                    Applied::Unchanged
                } else {
                    Applied::Changed
                })
            }
            DiaryAction::SetDayStopped { date, stopped } => {
                let mut note = diary
                    .day_note(date)
                    .cloned()
                    .ok_or(DiaryError::DayNotMarked(date))?;
                note.stopped_activities = stopped;
                note.validate()?;
                set_note(diary, note)
            }
            DiaryAction::SaveTreatment { trial } => save_treatment(diary, trial),
            DiaryAction::RemoveTreatment { id } => {
                let list = diary.treatments_mut();
                match list.iter().position(|trial| trial.id == id) {
                    Some(index) => Ok(Applied::TreatmentRemoved(Box::new(list.remove(index)))),
                    None => Err(DiaryError::TreatmentNotFound),
                }
            }
            DiaryAction::RestoreTreatment { trial } => {
                if diary.treatment(trial.id).is_some() {
                    Ok(Applied::Unchanged)
                } else {
                    save_treatment(diary, trial)
                }
            }
        }
    }
}

fn save_treatment(diary: &mut Diary, mut trial: PreventiveTrial) -> Result<Applied, DiaryError> {
    trial.name = trial.name.trim().to_string();
    trial.dose = trial.dose.trim().to_string();
    trial.validate()?;
    let list = diary.treatments_mut();
    match list.iter().position(|existing| existing.id == trial.id) {
        Some(index) if list[index] == trial => Ok(Applied::Unchanged),
        Some(index) => {
            list[index] = trial;
            Ok(Applied::Changed)
        }
        None if list.len() >= TREATMENTS_MAX => Err(DiaryError::TooMany {
            what: ListOf::Treatments,
            max: TREATMENTS_MAX,
        }),
        None => {
            list.push(trial);
            Ok(Applied::Changed)
        }
    }
}

fn start_attack(
    diary: &mut Diary,
    attack: Attack,
    now: NaiveDateTime,
) -> Result<Applied, DiaryError> {
    if let Some(existing) = diary.attack(attack.id) {
        // The same tap arriving twice (double click, a retried write) changes nothing.
        return if existing.is_running() && existing.start == attack.start {
            Ok(Applied::Unchanged)
        } else {
            Err(DiaryError::DuplicateId(attack.id))
        };
    }
    if let Some(running) = diary.running_attack() {
        return Err(DiaryError::AttackAlreadyRunning {
            started: running.start,
        });
    }
    add_attack(diary, attack, now)
}

fn end_attack(
    diary: &mut Diary,
    id: AttackId,
    end: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<Applied, DiaryError> {
    let index = diary.index_of(id).ok_or(DiaryError::AttackNotFound(id))?;
    let mut attack = diary
        .attacks()
        .get(index)
        .cloned()
        .ok_or(DiaryError::AttackNotFound(id))?;
    if !attack.is_running() {
        return Ok(Applied::Unchanged);
    }
    attack.end = Some(end);
    attack.validate_at(now)?;
    if let Some(other) = diary.overlapping(&attack, Some(id)) {
        return Err(overlap_error(other));
    }
    if let Some(slot) = diary.attack_mut(index) {
        *slot = attack;
    }
    Ok(Applied::Changed)
}

fn add_attack(
    diary: &mut Diary,
    attack: Attack,
    now: NaiveDateTime,
) -> Result<Applied, DiaryError> {
    if let Some(existing) = diary.attack(attack.id) {
        return if *existing == attack {
            Ok(Applied::Unchanged)
        } else {
            Err(DiaryError::DuplicateId(attack.id))
        };
    }
    attack.validate_at(now)?;
    if let Some(other) = diary.overlapping(&attack, None) {
        return Err(overlap_error(other));
    }
    diary.insert_attack(attack);
    Ok(Applied::Changed)
}

fn update_attack(
    diary: &mut Diary,
    attack: Attack,
    now: NaiveDateTime,
) -> Result<Applied, DiaryError> {
    let index = diary
        .index_of(attack.id)
        .ok_or(DiaryError::AttackNotFound(attack.id))?;
    if diary.attacks().get(index) == Some(&attack) {
        return Ok(Applied::Unchanged);
    }
    attack.validate_at(now)?;
    if let Some(other) = diary.overlapping(&attack, Some(attack.id)) {
        return Err(overlap_error(other));
    }
    diary.remove_attack(index);
    diary.insert_attack(attack);
    Ok(Applied::Changed)
}

/// Whose value a field changed both in this form and elsewhere takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// What this form says.
    Mine,
    /// What is stored (changed elsewhere).
    Stored,
}

/// A three-way merge of one attack: each field this form changed (`base` → `edited`) is written onto `stored`;
/// the rest stays as stored. A field changed both here and elsewhere to different values is a conflict.
fn merge_edit(
    base: &Attack,
    edited: &Attack,
    stored: &Attack,
    keep: Option<Keep>,
) -> Result<Attack, DiaryError> {
    let mut merged = stored.clone();
    let mut conflicts = Vec::new();
    macro_rules! field {
        ($name:ident, $which:expr) => {
            if edited.$name != base.$name {
                let changed_elsewhere = stored.$name != base.$name && stored.$name != edited.$name;
                match (changed_elsewhere, keep) {
                    (false, _) | (true, Some(Keep::Mine)) => merged.$name = edited.$name.clone(),
                    (true, Some(Keep::Stored)) => {}
                    (true, None) => conflicts.push($which),
                }
            }
        };
    }
    field!(start, AttackField::Start);
    field!(end, AttackField::End);
    field!(severity, AttackField::Severity);
    field!(location, AttackField::Location);
    field!(quality, AttackField::Quality);
    field!(aura, AttackField::Aura);
    field!(symptoms, AttackField::Symptoms);
    field!(medicines, AttackField::Medicines);
    field!(triggers, AttackField::Triggers);
    field!(own_triggers, AttackField::OwnTriggers);
    field!(stopped_activities, AttackField::StoppedActivities);
    field!(note, AttackField::Note);
    if conflicts.is_empty() {
        Ok(merged)
    } else {
        Err(DiaryError::EditedElsewhere(conflicts))
    }
}

fn overlap_error(other: &Attack) -> DiaryError {
    DiaryError::Overlaps {
        other_start: other.start,
        other_end: other.end,
    }
}

fn check_day(date: NaiveDate, today: NaiveDate) -> Result<(), DiaryError> {
    if date > today {
        Err(DiaryError::DayInFuture(date))
    } else {
        Ok(())
    }
}

/// "No headache" cannot sit on a day with a logged headache.
fn check_free_day(diary: &Diary, note: &DayNote) -> Result<(), DiaryError> {
    let attack_that_day = diary
        .attacks_touching(note.date, note.date)
        .iter()
        .any(|attack| attack.touches(note.date) && attack.is_headache());
    if note.kind == DayKind::HeadacheFree && attack_that_day {
        Err(DiaryError::HeadacheFreeButAttack(note.date))
    } else {
        Ok(())
    }
}

fn mark_day(
    diary: &mut Diary,
    date: NaiveDate,
    kind: DayKind,
    today: NaiveDate,
) -> Result<Applied, DiaryError> {
    check_day(date, today)?;
    kind.validate()?;
    let note = match diary.day_note(date) {
        Some(existing) => DayNote {
            kind,
            ..existing.clone()
        },
        None => DayNote::new(date, kind),
    };
    check_free_day(diary, &note)?;
    set_note(diary, note)
}

fn set_note(diary: &mut Diary, note: DayNote) -> Result<Applied, DiaryError> {
    if diary.day_note(note.date) == Some(&note) {
        return Ok(Applied::Unchanged);
    }
    diary.set_day_note(note);
    Ok(Applied::Changed)
}

fn toggle_period(
    diary: &mut Diary,
    date: NaiveDate,
    today: NaiveDate,
) -> Result<Applied, DiaryError> {
    if let Some(index) = diary.periods().iter().position(|p| p.start == date) {
        return Ok(Applied::PeriodRemoved(diary.periods_mut().remove(index)));
    }
    check_day(date, today)?;
    insert_period(diary, Period::starting(date))
}

/// Inserts a period after checking it against its neighbours.
fn insert_period(diary: &mut Diary, period: Period) -> Result<Applied, DiaryError> {
    period.validate()?;
    let periods = diary.periods();
    let at = periods.partition_point(|p| p.start < period.start);
    if let Some(before) = at.checked_sub(1).and_then(|i| periods.get(i)) {
        if before.contains(period.start) {
            return Err(DiaryError::InsidePeriod {
                date: period.start,
                period_start: before.start,
            });
        }
    }
    if let Some(after) = periods.get(at) {
        if period.last_known_day() >= after.start {
            return Err(DiaryError::PeriodRunsIntoNext(after.start));
        }
    }
    diary.periods_mut().insert(at, period);
    Ok(Applied::Changed)
}

fn set_period_end(
    diary: &mut Diary,
    start: NaiveDate,
    end: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<Applied, DiaryError> {
    let periods = diary.periods();
    let index = periods
        .iter()
        .position(|p| p.start == start)
        .ok_or(DiaryError::PeriodNotFound(start))?;
    let updated = Period { start, end };
    if periods.get(index) == Some(&updated) {
        return Ok(Applied::Unchanged);
    }
    if let Some(end) = end {
        check_day(end, today)?;
    }
    updated.validate()?;
    if let Some(next) = periods.get(index + 1) {
        if updated.last_known_day() >= next.start {
            return Err(DiaryError::PeriodRunsIntoNext(next.start));
        }
    }
    if let Some(slot) = diary.periods_mut().get_mut(index) {
        *slot = updated;
    }
    Ok(Applied::Changed)
}
