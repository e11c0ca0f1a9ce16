//! The attack form's draft: every field as the person typed it (times and numbers as text), so a refused save
//! never loses anything; turned into a domain [`Attack`] only on Save, with each problem tied to the field it
//! belongs to. Pure: no yew, web_sys or clock calls ("now" is a parameter).

use crate::domain::enum_set::{Choice, EnumSet};
use std::rc::Rc;

use chrono::NaiveDateTime;
use yew::Reducible;

use crate::domain::date_text::{read_time, time_text, MINUTE_PATTERN, SECOND_PATTERN};
use crate::domain::diary::{
    Attack, AttackId, Aura, AuraKind, Diary, DiaryError, ListOf, MedicineClass, MedicineDose,
    MedicineEffect, MinutesOf, Moment, PainLocation, PainQuality, Severity, Symptom, TextField,
    Trigger, OWN_TRIGGERS_PER_ATTACK_MAX,
};
use crate::domain::letter_case::fold_case;

/// The text a `<input type="datetime-local">` shows and returns: `2026-05-03T14:05`.
pub const INPUT_TIME_FORMAT: &str = "%Y-%m-%dT%H:%M";

/// `time` as a `datetime-local` value.
pub fn input_time(time: NaiveDateTime) -> String {
    time_text(time, INPUT_TIME_FORMAT)
}

/// A `datetime-local` value as a time (`None` when empty or incomplete: browsers return "" for half-typed values).
pub fn parse_input_time(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    read_time(text, MINUTE_PATTERN).or_else(|| read_time(text, SECOND_PATTERN))
}

/// One medicine dose as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DoseDraft {
    /// Keeps the row (and what is typed in it) attached to the same dose when another row is removed.
    pub key: u32,
    /// The medicine's name.
    pub name: String,
    /// The dose in the person's words.
    pub dose: String,
    /// When it was taken, as a `datetime-local` value.
    pub taken_at: String,
    /// Its class for the ICHD-3 8.2 overuse counts.
    pub class: MedicineClass,
    /// Whether it helped.
    pub effect: MedicineEffect,
    /// Minutes until it helped, as typed (only kept when it helped).
    pub relief_after: String,
}

/// A part of one dose row that a message can point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DosePart {
    /// The name field.
    Name,
    /// The dose text.
    Dose,
    /// The time taken.
    Time,
    /// Minutes to relief.
    Relief,
}

/// Where a problem with the draft is shown (and which field gets focus).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The start time.
    Start,
    /// The end time.
    End,
    /// The aura's minutes.
    AuraMinutes,
    /// The medicines as a whole (too many).
    Medicines,
    /// One part of one dose row, by the row's key.
    Dose(u32, DosePart),
    /// The person's own triggers.
    OwnTriggers,
    /// The note.
    Note,
    /// Nothing in particular (e.g. the entry was deleted in another tab).
    Form,
}

impl Field {
    /// The HTML id of the input to focus for this field.
    pub fn input_id(self) -> String {
        match self {
            Field::Start => "attack-start".into(),
            Field::End => "attack-end".into(),
            Field::AuraMinutes => "attack-aura-minutes".into(),
            Field::Medicines => "attack-medicines".into(),
            Field::Dose(key, part) => dose_input_id(key, part),
            Field::OwnTriggers => "attack-own-trigger".into(),
            Field::Note => "attack-note".into(),
            Field::Form => "attack-form-title".into(),
        }
    }
}

/// The HTML id of one input in one dose row.
pub fn dose_input_id(key: u32, part: DosePart) -> String {
    let part = match part {
        DosePart::Name => "name",
        DosePart::Dose => "dose",
        DosePart::Time => "time",
        DosePart::Relief => "relief",
    };
    format!("dose-{key}-{part}")
}

/// A problem with the draft, in words, and where to show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormProblem {
    /// The field it belongs to.
    pub field: Field,
    /// What is wrong, as a value; its words are made by [`FormProblem::message`] where it is shown.
    pub error: FormError,
}

impl FormProblem {
    /// The diary's own refusal behind this problem, if it is one.
    pub fn refusal(&self) -> Option<&DiaryError> {
        match &self.error {
            FormError::Refused(error) => Some(error),
            _ => None,
        }
    }

    /// The words shown next to the field and in the alert.
    pub fn message(&self) -> String {
        self.error.to_string()
    }
}

/// What can be wrong on the form: text that does not read as a time or a number yet, or the diary's own refusal.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormError {
    /// The start is empty or not a whole day and time.
    #[error("Please give the day and time the headache started.")]
    StartMissing,
    /// The end is not a whole day and time.
    #[error(
        "Please give a whole day and time for the end, or clear it if the headache is still going."
    )]
    EndUnreadable,
    /// The aura's minutes are not a whole number.
    #[error("Please give the aura's length as a whole number of minutes, or leave it empty.")]
    AuraMinutesUnreadable,
    /// A medicine's time is empty or not a whole day and time.
    #[error("Please give the day and time {name} was taken.")]
    DoseTimeMissing {
        /// The medicine's name as typed ("this medicine" when empty).
        name: String,
    },
    /// A medicine's minutes to relief are not a whole number.
    #[error("Please give the minutes until {name} helped as a whole number, or leave it empty.")]
    ReliefMinutesUnreadable {
        /// The medicine's name as typed ("this medicine" when empty).
        name: String,
    },
    /// The diary refused the change.
    #[error(transparent)]
    Refused(#[from] DiaryError),
}

/// Everything on the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttackDraft {
    /// The attack being edited; `None` for a new (past) headache.
    pub id: Option<AttackId>,
    /// The attack as stored when the form opened: a save writes only what the form changed from it, so a change
    /// made meanwhile in another tab is kept (see `DiaryAction::EditAttack`).
    pub base: Option<Box<Attack>>,
    /// Whether the stored attack is still going (the form then offers "It's over").
    pub was_running: bool,
    /// Start, as a `datetime-local` value.
    pub start: String,
    /// End, as a `datetime-local` value; empty while still going.
    pub end: String,
    /// 0–10, if chosen.
    pub severity: Option<u8>,
    /// Where it hurt.
    pub location: EnumSet<PainLocation>,
    /// What it felt like.
    pub quality: EnumSet<PainQuality>,
    /// Symptoms with it.
    pub symptoms: EnumSet<Symptom>,
    /// The clinic's triggers.
    pub triggers: EnumSet<Trigger>,
    /// Triggers in the person's own words.
    pub own_triggers: Vec<String>,
    /// `None`: aura not noted; `Some(empty)`: "no aura"; otherwise its kinds.
    pub aura: Option<EnumSet<AuraKind>>,
    /// The aura's minutes, as typed.
    pub aura_minutes: String,
    /// Medicines taken.
    pub medicines: Vec<DoseDraft>,
    /// Whether it stopped usual activities.
    pub stopped_activities: Option<bool>,
    /// The note.
    pub note: String,
    /// The next key for a new dose row.
    pub next_key: u32,
    /// The last problem found on Save (cleared when the field it names changes).
    pub problem: Option<FormProblem>,
}

impl AttackDraft {
    /// When Save was refused because a medicine time no longer fits the headache's times, and the person moved
    /// the start: how far it moved, so the form can offer to move the medicine times with it (they were taken
    /// during this headache, so they move by the same amount).
    pub fn dose_shift(&self) -> Option<chrono::Duration> {
        let refusal = self.problem.as_ref()?.refusal()?;
        if !matches!(
            refusal,
            DiaryError::MedicineAfterEnd { .. } | DiaryError::MedicineLongBeforeStart { .. }
        ) {
            return None;
        }
        let moved = parse_input_time(&self.start)? - self.base.as_ref()?.start;
        (moved != chrono::Duration::zero() && !self.medicines.is_empty()).then_some(moved)
    }

    /// A new past headache starting `now`.
    pub fn new_at(now: NaiveDateTime) -> AttackDraft {
        AttackDraft {
            id: None,
            base: None,
            was_running: false,
            start: input_time(now),
            end: String::new(),
            severity: None,
            location: EnumSet::new(),
            quality: EnumSet::new(),
            symptoms: EnumSet::new(),
            triggers: EnumSet::new(),
            own_triggers: Vec::new(),
            aura: None,
            aura_minutes: String::new(),
            medicines: Vec::new(),
            stopped_activities: None,
            note: String::new(),
            next_key: 0,
            problem: None,
        }
    }

    /// The form filled in from a stored attack.
    pub fn from_attack(attack: &Attack) -> AttackDraft {
        let medicines: Vec<DoseDraft> = attack
            .medicines
            .iter()
            .zip(0..)
            .map(|(dose, key)| DoseDraft {
                key,
                name: dose.name.clone(),
                dose: dose.dose.clone(),
                taken_at: input_time(dose.taken_at),
                class: dose.class,
                effect: dose.effect,
                relief_after: dose
                    .relief_after_minutes
                    .map(|minutes| minutes.to_string())
                    .unwrap_or_default(),
            })
            .collect();
        AttackDraft {
            id: Some(attack.id),
            base: Some(Box::new(attack.clone())),
            was_running: attack.is_running(),
            start: input_time(attack.start),
            end: attack.end.map(input_time).unwrap_or_default(),
            severity: attack.severity.map(Severity::value),
            location: attack.location,
            quality: attack.quality,
            symptoms: attack.symptoms,
            triggers: attack.triggers,
            own_triggers: attack.own_triggers.clone(),
            aura: attack.aura.as_ref().map(|aura| aura.kinds),
            aura_minutes: attack
                .aura
                .as_ref()
                .and_then(|aura| aura.minutes)
                .map(|minutes| minutes.to_string())
                .unwrap_or_default(),
            next_key: u32::try_from(medicines.len()).unwrap_or(u32::MAX),
            medicines,
            stopped_activities: attack.stopped_activities,
            note: attack.note.clone(),
            problem: None,
        }
    }

    /// Still going: no end typed.
    pub fn is_running(&self) -> bool {
        self.end.trim().is_empty()
    }

    /// When a quick-picked medicine is taken: `now` while the headache is still going, else at its start.
    pub fn quick_dose_time(&self, now: NaiveDateTime) -> String {
        if self.is_running() && self.id.is_some() {
            input_time(now)
        } else {
            parse_input_time(&self.start)
                .map(input_time)
                .unwrap_or_else(|| input_time(now))
        }
    }

    /// The problem for `field`, if the last Save found one there.
    pub fn problem_for(&self, field: Field) -> Option<String> {
        self.problem
            .as_ref()
            .filter(|problem| problem.field == field)
            .map(FormProblem::message)
    }

    /// The attack the form describes, or the first problem in it (checked in form order).
    /// `id` is used for a new entry.
    pub fn to_attack(&self, new_id: AttackId) -> Result<Attack, FormProblem> {
        let problem = |field, error: FormError| FormProblem { field, error };
        let start = parse_input_time(&self.start)
            .ok_or_else(|| problem(Field::Start, FormError::StartMissing))?;
        let end = if self.end.trim().is_empty() {
            None
        } else {
            Some(
                parse_input_time(&self.end)
                    .ok_or_else(|| problem(Field::End, FormError::EndUnreadable))?,
            )
        };
        let severity = self
            .severity
            .map(Severity::new)
            .transpose()
            .map_err(|error| problem(Field::Form, FormError::Refused(error)))?;
        let aura = match &self.aura {
            None => None,
            Some(kinds) => {
                let minutes = if kinds.is_empty() {
                    None
                } else {
                    parse_minutes(&self.aura_minutes).map_err(|()| {
                        problem(Field::AuraMinutes, FormError::AuraMinutesUnreadable)
                    })?
                };
                Some(Aura {
                    kinds: *kinds,
                    minutes,
                })
            }
        };
        let mut medicines = Vec::with_capacity(self.medicines.len());
        for dose in &self.medicines {
            let name = if dose.name.trim().is_empty() {
                "this medicine".to_string()
            } else {
                dose.name.trim().to_string()
            };
            let taken_at = parse_input_time(&dose.taken_at).ok_or_else(|| {
                problem(
                    Field::Dose(dose.key, DosePart::Time),
                    FormError::DoseTimeMissing { name: name.clone() },
                )
            })?;
            let relief_after_minutes = if dose.effect.brought_relief() {
                parse_minutes(&dose.relief_after).map_err(|()| {
                    problem(
                        Field::Dose(dose.key, DosePart::Relief),
                        FormError::ReliefMinutesUnreadable { name: name.clone() },
                    )
                })?
            } else {
                None
            };
            medicines.push(MedicineDose {
                name: dose.name.clone(),
                dose: dose.dose.clone(),
                taken_at,
                class: dose.class,
                effect: dose.effect,
                relief_after_minutes,
            });
        }
        Ok(Attack {
            id: self.id.unwrap_or(new_id),
            start,
            end,
            severity,
            location: self.location,
            quality: self.quality,
            aura,
            symptoms: self.symptoms,
            medicines,
            triggers: self.triggers,
            own_triggers: self.own_triggers.clone(),
            stopped_activities: self.stopped_activities,
            note: self.note.clone(),
        })
    }

    /// Where the domain's refusal belongs on this form, chosen from the error's values (which time, which text,
    /// which medicine), never from its words.
    pub fn place_error(&self, error: &DiaryError) -> FormProblem {
        let dose_where = |matches: &dyn Fn(&DoseDraft) -> bool, part| {
            self.medicines
                .iter()
                .find(|dose| matches(dose))
                .map_or(Field::Medicines, |dose| Field::Dose(dose.key, part))
        };
        let named = |name: &str| {
            let name = name.trim().to_string();
            move |dose: &DoseDraft| dose.name.trim() == name
        };
        let too_long =
            |text: &str| text.trim().chars().count() > crate::domain::diary::NAME_MAX_CHARS;
        let field = match error {
            DiaryError::EndBeforeStart { .. } => Field::End,
            DiaryError::InFuture { what, .. } => match what {
                Moment::Start => Field::Start,
                Moment::End => Field::End,
                Moment::MedicineTaken(name) => dose_where(&named(name), DosePart::Time),
            },
            DiaryError::Overlaps { .. } | DiaryError::AttackAlreadyRunning { .. } => Field::Start,
            DiaryError::MedicineLongBeforeStart { name, .. }
            | DiaryError::MedicineAfterEnd { name, .. } => dose_where(&named(name), DosePart::Time),
            DiaryError::ReliefWithoutEffect(name) => dose_where(&named(name), DosePart::Relief),
            DiaryError::EmptyName(TextField::Medicine) => {
                dose_where(&|dose| dose.name.trim().is_empty(), DosePart::Name)
            }
            DiaryError::TextTooLong { field, .. } => match field {
                TextField::Note => Field::Note,
                TextField::Medicine => dose_where(&|dose| too_long(&dose.name), DosePart::Name),
                TextField::Dose => dose_where(&|dose| too_long(&dose.dose), DosePart::Dose),
                TextField::Trigger => Field::OwnTriggers,
                // A treatment is never on a headache's form; its list lives on the treatments page.
                TextField::Treatment => Field::Note,
            },
            DiaryError::EmptyName(TextField::Trigger)
            | DiaryError::TooMany {
                what: ListOf::OwnTriggers,
                ..
            } => Field::OwnTriggers,
            DiaryError::TooMany {
                what: ListOf::Medicines,
                ..
            } => Field::Medicines,
            DiaryError::MinutesTooLong { what, .. } => match what {
                MinutesOf::Aura => Field::AuraMinutes,
                MinutesOf::TimeToRelief => dose_where(
                    &|dose| {
                        parse_minutes(&dose.relief_after)
                            .ok()
                            .flatten()
                            .is_some_and(|minutes| minutes > crate::domain::diary::MINUTES_MAX)
                    },
                    DosePart::Relief,
                ),
            },
            _ => Field::Form,
        };
        FormProblem {
            field,
            error: FormError::Refused(error.clone()),
        }
    }

    /// Own triggers the person has used before (see [`Diary::known_own_triggers`]), with any on this draft.
    pub fn known_own_triggers(&self, diary: &Diary) -> Vec<String> {
        diary.known_own_triggers(&self.own_triggers)
    }

    /// Whether another own trigger fits on this attack.
    pub fn can_add_own_trigger(&self) -> bool {
        self.own_triggers.len() < OWN_TRIGGERS_PER_ATTACK_MAX
    }
}

/// A whole number of minutes; empty text is `Ok(None)`.
fn parse_minutes(text: &str) -> Result<Option<u32>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<u32>().map(Some).map_err(|_| ())
}

/// A change to the draft: what the form's controls send.
#[derive(Debug, Clone, PartialEq)]
pub enum DraftAction {
    /// The start field changed.
    SetStart(String),
    /// The end field changed (empty: still going).
    SetEnd(String),
    /// A severity was chosen (`None`: cleared).
    SetSeverity(Option<u8>),
    /// A location chip was toggled.
    ToggleLocation(PainLocation, bool),
    /// A quality chip was toggled.
    ToggleQuality(PainQuality, bool),
    /// A symptom chip was toggled.
    ToggleSymptom(Symptom, bool),
    /// A clinic trigger chip was toggled.
    ToggleTrigger(Trigger, bool),
    /// An own trigger chip was toggled, or a new one added (`true`).
    ToggleOwnTrigger(String, bool),
    /// "No aura" was ticked or unticked.
    SetNoAura(bool),
    /// An aura kind was toggled.
    ToggleAuraKind(AuraKind, bool),
    /// The aura's minutes changed.
    SetAuraMinutes(String),
    /// A dose row was added (quick pick or "another medicine").
    AddDose {
        /// Name (may be empty for "Other…").
        name: String,
        /// Dose text.
        dose: String,
        /// Class.
        class: MedicineClass,
        /// Time taken, as a `datetime-local` value.
        taken_at: String,
    },
    /// A dose row changed.
    UpdateDose(DoseDraft),
    /// A dose row was removed (by key).
    RemoveDose(u32),
    /// The "stopped usual things" answer.
    SetStopped(Option<bool>),
    /// The note changed.
    SetNote(String),
    /// Save found a problem.
    Refuse(FormProblem),
    /// The problem was dismissed.
    DismissProblem,
    /// Every medicine time moves by this much (with the headache's start, see [`AttackDraft::dose_shift`]).
    MoveDosesBy(chrono::Duration),
}

impl Reducible for AttackDraft {
    type Action = DraftAction;

    fn reduce(self: Rc<Self>, action: DraftAction) -> Rc<Self> {
        let mut next = (*self).clone();
        // A change to the field a problem names clears it (the person is fixing it); other problems stay.
        let touched = match &action {
            DraftAction::SetStart(_) => Some(Field::Start),
            DraftAction::SetEnd(_) => Some(Field::End),
            DraftAction::SetAuraMinutes(_) => Some(Field::AuraMinutes),
            DraftAction::SetNote(_) => Some(Field::Note),
            DraftAction::ToggleOwnTrigger(..) => Some(Field::OwnTriggers),
            DraftAction::RemoveDose(_) | DraftAction::AddDose { .. } => Some(Field::Medicines),
            _ => None,
        };
        match action {
            DraftAction::SetStart(text) => next.start = text,
            DraftAction::SetEnd(text) => next.end = text,
            DraftAction::SetSeverity(value) => next.severity = value,
            DraftAction::ToggleLocation(item, on) => toggle(&mut next.location, item, on),
            DraftAction::ToggleQuality(item, on) => toggle(&mut next.quality, item, on),
            DraftAction::ToggleSymptom(item, on) => toggle(&mut next.symptoms, item, on),
            DraftAction::ToggleTrigger(item, on) => toggle(&mut next.triggers, item, on),
            DraftAction::ToggleOwnTrigger(name, on) => {
                let name = name.trim().to_string();
                let lower = fold_case(&name);
                let present = next
                    .own_triggers
                    .iter()
                    .any(|existing| fold_case(existing) == lower);
                if on && !present && !name.is_empty() && next.can_add_own_trigger() {
                    next.own_triggers.push(name);
                } else if !on {
                    next.own_triggers
                        .retain(|existing| fold_case(existing) != lower);
                }
            }
            DraftAction::SetNoAura(on) => {
                next.aura = on.then(EnumSet::new);
                if on {
                    next.aura_minutes.clear();
                }
            }
            DraftAction::ToggleAuraKind(kind, on) => {
                let mut kinds = next.aura.take().unwrap_or_default();
                toggle(&mut kinds, kind, on);
                next.aura = (!kinds.is_empty()).then_some(kinds);
            }
            DraftAction::SetAuraMinutes(text) => next.aura_minutes = text,
            DraftAction::AddDose {
                name,
                dose,
                class,
                taken_at,
            } => {
                next.medicines.push(DoseDraft {
                    key: next.next_key,
                    name,
                    dose,
                    taken_at,
                    class,
                    effect: MedicineEffect::NotNoted,
                    relief_after: String::new(),
                });
                next.next_key = next.next_key.saturating_add(1);
            }
            DraftAction::UpdateDose(dose) => {
                if let Some(slot) = next.medicines.iter_mut().find(|d| d.key == dose.key) {
                    if next
                        .problem
                        .as_ref()
                        .is_some_and(|p| matches!(p.field, Field::Dose(key, _) if key == dose.key))
                    {
                        next.problem = None;
                    }
                    *slot = dose;
                }
            }
            DraftAction::RemoveDose(key) => {
                next.medicines.retain(|dose| dose.key != key);
                if next
                    .problem
                    .as_ref()
                    .is_some_and(|p| matches!(p.field, Field::Dose(k, _) if k == key))
                {
                    next.problem = None;
                }
            }
            DraftAction::SetStopped(value) => next.stopped_activities = value,
            DraftAction::SetNote(text) => next.note = text,
            DraftAction::Refuse(problem) => next.problem = Some(problem),
            DraftAction::DismissProblem => next.problem = None,
            DraftAction::MoveDosesBy(moved) => {
                for dose in &mut next.medicines {
                    if let Some(time) = parse_input_time(&dose.taken_at) {
                        dose.taken_at = input_time(time + moved);
                    }
                }
                next.problem = None;
            }
        }
        if let Some(field) = touched {
            let clears = next.problem.as_ref().is_some_and(|p| {
                p.field == field
                    // Start and end are checked against each other: fixing either settles both.
                    || (matches!(field, Field::Start | Field::End)
                        && matches!(p.field, Field::Start | Field::End))
            });
            if clears {
                next.problem = None;
            }
        }
        next.into()
    }
}

fn toggle<T: Choice>(set: &mut EnumSet<T>, item: T, on: bool) {
    if on {
        set.insert(item);
    } else {
        set.remove(&item);
    }
}
