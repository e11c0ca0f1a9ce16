//! One headache attack: a start, an end once it is over, and optional details; its duration, the calendar days it
//! touches, and whether its logged features look like migraine (ICHD-3 1.1 C + D, or 1.2 B + C).

use crate::domain::enum_set::EnumSet;

use chrono::{Duration, NaiveDate, NaiveDateTime, Timelike};
use serde::{Deserialize, Serialize};

use super::limits::{
    FUTURE_TOLERANCE_MINUTES, MEDICINES_MAX, MEDICINE_BEFORE_START_MAX_HOURS, MINUTES_MAX,
    NAME_MAX_CHARS, NOTE_MAX_CHARS, OWN_TRIGGERS_PER_ATTACK_MAX,
};
use super::{
    time_format, AttackId, Aura, DiaryError, ListOf, MedicineDose, MinutesOf, Moment, PainLocation,
    PainQuality, Severity, SeverityBand, Symptom, TextField, Trigger,
};
use crate::domain::dates;

/// ICHD-3 1.1 C: at least 2 of the 4 pain characteristics.
pub const MIGRAINE_MIN_PAIN_FEATURES: usize = 2;
/// ICHD-3 1.2 C asks for ≥ 3 of 6 aura characteristics; the diary records only 3 of the 6 (two or more kinds in
/// succession, 5–60 minutes, headache with it), so an aura counts as migraine-like when ≥ 2 of those 3 are logged.
pub const AURA_MIN_RECORDED_FEATURES: usize = 2;

/// One headache attack, from its start to its end, however many calendar days that covers.
///
/// Times are the person's local wall-clock times, as entered. Only `id` and `start` are required; every detail is
/// optional so an attack can be logged in one tap and completed later.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attack {
    /// Made outside the domain and passed in (see [`AttackId`]).
    pub id: AttackId,
    /// When it began.
    #[serde(rename = "s", with = "time_format")]
    pub start: NaiveDateTime,
    /// When it was over; `None` while it is still going. An attack that ends on waking ends at the waking time
    /// (ICHD-3 1.1 note).
    #[serde(
        rename = "e",
        default,
        skip_serializing_if = "Option::is_none",
        with = "time_format::option"
    )]
    pub end: Option<NaiveDateTime>,
    /// How bad it was at its worst.
    #[serde(rename = "sv", default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    /// Where it hurt.
    #[serde(rename = "lo", default, skip_serializing_if = "EnumSet::is_empty")]
    pub location: EnumSet<PainLocation>,
    /// What it felt like.
    #[serde(rename = "q", default, skip_serializing_if = "EnumSet::is_empty")]
    pub quality: EnumSet<PainQuality>,
    /// The aura, if there was one.
    #[serde(rename = "au", default, skip_serializing_if = "Option::is_none")]
    pub aura: Option<Aura>,
    /// Symptoms that came with it.
    #[serde(rename = "sy", default, skip_serializing_if = "EnumSet::is_empty")]
    pub symptoms: EnumSet<Symptom>,
    /// Medicines taken for it.
    #[serde(rename = "m", default, skip_serializing_if = "Vec::is_empty")]
    pub medicines: Vec<MedicineDose>,
    /// Possible triggers from the clinic's list.
    #[serde(rename = "tr", default, skip_serializing_if = "EnumSet::is_empty")]
    pub triggers: EnumSet<Trigger>,
    /// Possible triggers in the person's own words.
    #[serde(rename = "ot", default, skip_serializing_if = "Vec::is_empty")]
    pub own_triggers: Vec<String>,
    /// Whether it stopped normal activities (`None`: not answered).
    #[serde(rename = "st", default, skip_serializing_if = "Option::is_none")]
    pub stopped_activities: Option<bool>,
    /// A free note.
    #[serde(rename = "n", default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Attack {
    /// A running attack with no details yet: what "Headache now" logs.
    pub fn new(id: AttackId, start: NaiveDateTime) -> Attack {
        Attack {
            id,
            start,
            end: None,
            severity: None,
            location: EnumSet::new(),
            quality: EnumSet::new(),
            aura: None,
            symptoms: EnumSet::new(),
            medicines: Vec::new(),
            triggers: EnumSet::new(),
            own_triggers: Vec::new(),
            stopped_activities: None,
            note: String::new(),
        }
    }

    /// Still going (no end yet).
    pub fn is_running(&self) -> bool {
        self.end.is_none()
    }

    /// Minutes from start to end, or to `now` while it is still going (0 if `now` is before the start).
    ///
    /// Wall-clock arithmetic: an attack across midnight or over several days is one span. On a daylight-saving
    /// night the figure is the difference of the clock readings the person saw, not the physical time: 01:00 to
    /// 04:00 on the night the clocks go forward shows 3 h (2 h really passed), and 3 h on the night they go back
    /// (4 h passed). The diary never knows the time zone, and a person reading "01:00–04:00, 3 h" sees a
    /// consistent row; the error is at most one hour, twice a year.
    pub fn duration_minutes(&self, now: NaiveDateTime) -> i64 {
        dates::minutes_between(self.start, self.end.unwrap_or(now)).unwrap_or(0)
    }

    /// The duration in short words ("3 h 20 min", "2 d 5 h").
    pub fn duration_label(&self, now: NaiveDateTime) -> String {
        dates::format_duration(self.duration_minutes(now))
    }

    /// The calendar day it started on.
    pub fn first_day(&self) -> NaiveDate {
        self.start.date()
    }

    /// The last calendar day it touched; `None` while it is still going. An end at exactly midnight does not
    /// touch the new day (a headache 22:00–00:00 is a headache on one day).
    pub fn last_day(&self) -> Option<NaiveDate> {
        self.end.map(|end| {
            if end.time() == chrono::NaiveTime::MIN && end.date() > self.start.date() {
                end.date().pred_opt().unwrap_or(end.date())
            } else {
                end.date()
            }
        })
    }

    /// Whether it touched `date`. A running attack touches every day from its start on.
    pub fn touches(&self, date: NaiveDate) -> bool {
        date >= self.first_day() && self.last_day().is_none_or(|last| date <= last)
    }

    /// The severity's word band, if a severity was given.
    pub fn severity_band(&self) -> Option<SeverityBand> {
        self.severity.map(Severity::band)
    }

    /// Whether medicine was logged for it.
    pub fn has_medicine(&self) -> bool {
        !self.medicines.is_empty()
    }

    /// Whether it was a headache at all: everything but a severity of 0 (e.g. an aura with no pain, ICHD-3 1.2.1.2).
    pub fn is_headache(&self) -> bool {
        self.severity.is_none_or(|severity| severity.value() > 0)
    }

    /// ICHD-3 1.1 C1 "unilateral location": left or right side only, not both.
    pub fn is_one_sided(&self) -> bool {
        let left = self.location.contains(&PainLocation::LeftSide);
        let right = self.location.contains(&PainLocation::RightSide);
        left != right && !self.location.contains(&PainLocation::BothSides)
    }

    /// How many of the four ICHD-3 1.1 C pain characteristics were logged: one-sided (C1), throbbing (C2),
    /// moderate or severe (C3, severity 4 or more), worse with everyday activity (C4).
    pub fn migraine_pain_features(&self) -> usize {
        [
            self.is_one_sided(),
            self.quality.contains(&PainQuality::Throbbing),
            self.severity_band()
                .is_some_and(SeverityBand::is_moderate_or_worse),
            self.symptoms.contains(&Symptom::WorseWithActivity),
        ]
        .into_iter()
        .filter(|&logged| logged)
        .count()
    }

    /// ICHD-3 1.1 C: at least 2 of the 4 pain characteristics were logged.
    pub fn meets_migraine_pain_criterion(&self) -> bool {
        self.migraine_pain_features() >= MIGRAINE_MIN_PAIN_FEATURES
    }

    /// ICHD-3 1.1 D: nausea and/or vomiting, or light **and** sound sensitivity together (light alone is not enough).
    pub fn meets_migraine_symptom_criterion(&self) -> bool {
        let has = |symptom| self.symptoms.contains(&symptom);
        has(Symptom::Nausea)
            || has(Symptom::Vomiting)
            || (has(Symptom::LightSensitivity) && has(Symptom::SoundSensitivity))
    }

    /// ICHD-3 1.2 B: at least one fully reversible typical aura symptom (visual, sensory, speech) was logged.
    pub fn has_aura(&self) -> bool {
        self.aura
            .as_ref()
            .is_some_and(|aura| !aura.kinds.is_empty())
    }

    /// How many ICHD-3 1.2 C aura characteristics the diary can see: two or more kinds (C2, "in succession" is
    /// assumed), lasting 5–60 minutes (C3), and accompanied by headache (C6). Spread over ≥ 5 minutes (C1),
    /// one-sided aura (C4) and positive symptoms (C5) are not asked, so they are never counted.
    pub fn aura_features(&self) -> usize {
        match &self.aura {
            Some(aura) if !aura.kinds.is_empty() => [
                aura.kinds.len() >= 2,
                aura.has_typical_duration(),
                self.is_headache(),
            ]
            .into_iter()
            .filter(|&logged| logged)
            .count(),
            _ => 0,
        }
    }

    /// The logged features fit migraine: ICHD-3 1.1 C and D (migraine without aura), or 1.2 B with at least
    /// [`AURA_MIN_RECORDED_FEATURES`] of the 1.2 C characteristics the diary records (migraine with aura).
    ///
    /// This reads one attack's features only; it ignores duration (1.1 B, 4–72 h untreated, which treatment
    /// shortens) and the number of attacks (1.1 A), and it is a pattern for a doctor to review, not a diagnosis.
    pub fn is_migraine_like(&self) -> bool {
        (self.meets_migraine_pain_criterion() && self.meets_migraine_symptom_criterion())
            || (self.has_aura() && self.aura_features() >= AURA_MIN_RECORDED_FEATURES)
    }

    /// Checks everything that does not depend on the clock: end not before start, medicines and texts within
    /// their limits, medicines taken no more than a day before the start and not after the end.
    pub fn validate(&self) -> Result<(), DiaryError> {
        // One accepted range for every date (`dates::EARLIEST_DAY` on): a start near the calendar's first day,
        // from damaged or hostile data, would otherwise make day-by-day views walk millions of days.
        if self.start.date() < dates::EARLIEST_DAY {
            return Err(DiaryError::BeforeEarliestDay(self.start.date()));
        }
        if let Some(end) = self.end {
            if end < self.start {
                return Err(DiaryError::EndBeforeStart {
                    start: self.start,
                    end,
                });
            }
        }
        check_text(TextField::Note, &self.note, NOTE_MAX_CHARS)?;
        if let Some(minutes) = self.aura.as_ref().and_then(|aura| aura.minutes) {
            check_minutes(MinutesOf::Aura, minutes)?;
        }
        if self.own_triggers.len() > OWN_TRIGGERS_PER_ATTACK_MAX {
            return Err(DiaryError::TooMany {
                what: ListOf::OwnTriggers,
                max: OWN_TRIGGERS_PER_ATTACK_MAX,
            });
        }
        for trigger in &self.own_triggers {
            check_name(TextField::Trigger, trigger)?;
        }
        check_medicines(&self.medicines)?;
        for dose in &self.medicines {
            // Checked: a start near the calendar's first day (a damaged or hostile file) must not panic; nothing
            // can be earlier than a limit before that first day.
            let earliest = self
                .start
                .checked_sub_signed(Duration::hours(MEDICINE_BEFORE_START_MAX_HOURS));
            if earliest.is_some_and(|earliest| dose.taken_at < earliest) {
                return Err(DiaryError::MedicineLongBeforeStart {
                    name: dose.name.clone(),
                    taken_at: dose.taken_at,
                });
            }
            if self.end.is_some_and(|end| dose.taken_at > end) {
                return Err(DiaryError::MedicineAfterEnd {
                    name: dose.name.clone(),
                    taken_at: dose.taken_at,
                });
            }
        }
        Ok(())
    }

    /// [`Attack::validate`] plus: no time (start, end, medicine) later than `now` (with a few minutes' grace).
    pub fn validate_at(&self, now: NaiveDateTime) -> Result<(), DiaryError> {
        self.validate()?;
        check_not_future(Moment::Start, self.start, now)?;
        if let Some(end) = self.end {
            check_not_future(Moment::End, end, now)?;
        }
        for dose in &self.medicines {
            check_not_future(Moment::MedicineTaken(dose.name.clone()), dose.taken_at, now)?;
        }
        Ok(())
    }

    /// The same attack as the diary stores it: times to the whole minute, names and own triggers trimmed.
    pub(crate) fn normalized(mut self) -> Attack {
        self.start = whole_minute(self.start);
        self.end = self.end.map(whole_minute);
        for dose in &mut self.medicines {
            dose.taken_at = whole_minute(dose.taken_at);
            dose.name = dose.name.trim().to_string();
            dose.dose = dose.dose.trim().to_string();
        }
        self.own_triggers = self
            .own_triggers
            .iter()
            .map(|trigger| trigger.trim().to_string())
            .collect();
        self
    }

    /// The span used to keep attacks apart: `[start, end)`, at least one minute long, open while running.
    fn span_end(&self) -> Option<NaiveDateTime> {
        self.end.map(|end| {
            // Checked: a start at the calendar's last minute (a damaged or hostile file) must not panic.
            let shortest = self
                .start
                .checked_add_signed(Duration::minutes(1))
                .unwrap_or(NaiveDateTime::MAX);
            end.max(shortest)
        })
    }

    /// Whether the two attacks share any time. One ending at 10:00 and another starting at 10:00 do not.
    pub fn overlaps(&self, other: &Attack) -> bool {
        let before = |a: &Attack, b: &Attack| a.span_end().is_some_and(|end| end <= b.start);
        !(before(self, other) || before(other, self))
    }
}

/// Drops seconds: a diary is kept to the minute, and a clock's "now" should not make two entries differ.
pub(crate) fn whole_minute(time: NaiveDateTime) -> NaiveDateTime {
    time.with_second(0)
        .and_then(|time| time.with_nanosecond(0))
        .unwrap_or(time)
}

pub(crate) fn check_not_future(
    what: Moment,
    at: NaiveDateTime,
    now: NaiveDateTime,
) -> Result<(), DiaryError> {
    if at > now + Duration::minutes(FUTURE_TOLERANCE_MINUTES) {
        Err(DiaryError::InFuture { what, at })
    } else {
        Ok(())
    }
}

pub(crate) fn check_text(field: TextField, text: &str, max: usize) -> Result<(), DiaryError> {
    let len = text.chars().count();
    if len > max {
        Err(DiaryError::TextTooLong { field, len, max })
    } else {
        Ok(())
    }
}

pub(crate) fn check_name(field: TextField, name: &str) -> Result<(), DiaryError> {
    if name.trim().is_empty() {
        return Err(DiaryError::EmptyName(field));
    }
    check_text(field, name, NAME_MAX_CHARS)
}

fn check_minutes(what: MinutesOf, minutes: u32) -> Result<(), DiaryError> {
    if minutes > MINUTES_MAX {
        Err(DiaryError::MinutesTooLong { what, minutes })
    } else {
        Ok(())
    }
}

/// The checks every list of medicine doses passes (on an attack or a day note).
pub(crate) fn check_medicines(medicines: &[MedicineDose]) -> Result<(), DiaryError> {
    if medicines.len() > MEDICINES_MAX {
        return Err(DiaryError::TooMany {
            what: ListOf::Medicines,
            max: MEDICINES_MAX,
        });
    }
    for dose in medicines {
        check_name(TextField::Medicine, &dose.name)?;
        check_text(TextField::Dose, &dose.dose, NAME_MAX_CHARS)?;
        if let Some(minutes) = dose.relief_after_minutes {
            check_minutes(MinutesOf::TimeToRelief, minutes)?;
            if dose.effect == super::MedicineEffect::NoRelief {
                return Err(DiaryError::ReliefWithoutEffect(dose.name.clone()));
            }
        }
    }
    Ok(())
}
