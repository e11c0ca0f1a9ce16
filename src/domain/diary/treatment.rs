//! Preventive (daily) treatments tried, one row per trial: what it was, its class as the European Headache
//! Federation counts them, when it was taken and how it went. Acute medicines stay per attack and per day
//! ([`super::MedicineDose`]); these never count as medicine days for overuse.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::attack::{check_name, check_text};
use super::limits::NAME_MAX_CHARS;
use super::{DiaryError, TextField};
use crate::domain::date_text::date_text;

/// The classes of migraine preventives counted for resistant and refractory migraine (EHF 2020 consensus,
/// Sacco et al., J Headache Pain 2020;21:76, table of drug classes): each class counts once, however many of its
/// drugs were tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PreventiveClass {
    /// Antidepressants (amitriptyline, venlafaxine).
    #[serde(rename = "antidepressant")]
    Antidepressant,
    /// Antiepileptics (topiramate, valproate).
    #[serde(rename = "antiepileptic")]
    Antiepileptic,
    /// β-blockers (propranolol, metoprolol, atenolol, timolol).
    #[serde(rename = "beta-blocker")]
    BetaBlocker,
    /// Calcium-channel blockers (flunarizine, cinnarizine).
    #[serde(rename = "calcium-channel-blocker")]
    CalciumChannelBlocker,
    /// Drugs acting on the CGRP pathway (monoclonal antibodies; gepants used for prevention).
    #[serde(rename = "cgrp")]
    CgrpPathway,
    /// An ACE inhibitor (lisinopril) or angiotensin receptor blocker (candesartan): one class in EHF 2020.
    #[serde(rename = "angiotensin")]
    Angiotensin,
    /// OnabotulinumtoxinA injections.
    #[serde(rename = "botulinum")]
    OnabotulinumtoxinA,
    /// Anything else. EHF 2020 counts "other drugs with established efficacy" as a class, but whether a named
    /// treatment has that efficacy is a doctor's judgement, so the diary lists these and never counts them.
    #[serde(rename = "other")]
    Other,
}

impl PreventiveClass {
    /// Every class, in the order a person picks from.
    pub const ALL: [PreventiveClass; 8] = [
        PreventiveClass::BetaBlocker,
        PreventiveClass::Antiepileptic,
        PreventiveClass::Antidepressant,
        PreventiveClass::CalciumChannelBlocker,
        PreventiveClass::Angiotensin,
        PreventiveClass::OnabotulinumtoxinA,
        PreventiveClass::CgrpPathway,
        PreventiveClass::Other,
    ];

    /// The classes EHF 2020 names; refractory migraine needs every one of them to have failed.
    pub const NAMED: [PreventiveClass; 7] = [
        PreventiveClass::BetaBlocker,
        PreventiveClass::Antiepileptic,
        PreventiveClass::Antidepressant,
        PreventiveClass::CalciumChannelBlocker,
        PreventiveClass::Angiotensin,
        PreventiveClass::OnabotulinumtoxinA,
        PreventiveClass::CgrpPathway,
    ];

    /// The name a person and a doctor both read.
    pub fn label(self) -> &'static str {
        match self {
            PreventiveClass::Antidepressant => "Antidepressant",
            PreventiveClass::Antiepileptic => "Anti-seizure medicine",
            PreventiveClass::BetaBlocker => "Beta-blocker",
            PreventiveClass::CalciumChannelBlocker => "Calcium-channel blocker",
            PreventiveClass::CgrpPathway => "CGRP medicine",
            PreventiveClass::Angiotensin => "Candesartan or lisinopril (blood-pressure medicine)",
            PreventiveClass::OnabotulinumtoxinA => "Botulinum toxin injections",
            PreventiveClass::Other => "Other",
        }
    }

    /// The stable code used in stored data and the CSV export.
    pub fn code(self) -> &'static str {
        match self {
            PreventiveClass::Antidepressant => "antidepressant",
            PreventiveClass::Antiepileptic => "antiepileptic",
            PreventiveClass::BetaBlocker => "beta-blocker",
            PreventiveClass::CalciumChannelBlocker => "calcium-channel-blocker",
            PreventiveClass::CgrpPathway => "cgrp",
            PreventiveClass::Angiotensin => "angiotensin",
            PreventiveClass::OnabotulinumtoxinA => "botulinum",
            PreventiveClass::Other => "other",
        }
    }

    /// The class with this code.
    pub fn from_code(code: &str) -> Option<PreventiveClass> {
        PreventiveClass::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// Common preventives and their class, so picking a name fills the class in (EHF 2020's examples per class,
/// plus the CGRP antibodies and gepants by name). Names only; none is a recommendation.
pub const COMMON_PREVENTIVES: [(&str, PreventiveClass); 19] = [
    ("Propranolol", PreventiveClass::BetaBlocker),
    ("Metoprolol", PreventiveClass::BetaBlocker),
    ("Atenolol", PreventiveClass::BetaBlocker),
    ("Timolol", PreventiveClass::BetaBlocker),
    ("Topiramate", PreventiveClass::Antiepileptic),
    ("Valproate", PreventiveClass::Antiepileptic),
    ("Amitriptyline", PreventiveClass::Antidepressant),
    ("Venlafaxine", PreventiveClass::Antidepressant),
    ("Flunarizine", PreventiveClass::CalciumChannelBlocker),
    ("Cinnarizine", PreventiveClass::CalciumChannelBlocker),
    ("Candesartan", PreventiveClass::Angiotensin),
    ("Lisinopril", PreventiveClass::Angiotensin),
    (
        "Botulinum toxin (Botox)",
        PreventiveClass::OnabotulinumtoxinA,
    ),
    ("Erenumab", PreventiveClass::CgrpPathway),
    ("Fremanezumab", PreventiveClass::CgrpPathway),
    ("Galcanezumab", PreventiveClass::CgrpPathway),
    ("Eptinezumab", PreventiveClass::CgrpPathway),
    ("Atogepant", PreventiveClass::CgrpPathway),
    ("Rimegepant (for prevention)", PreventiveClass::CgrpPathway),
];

/// The class of a common preventive's name (ignoring case), if it is one of [`COMMON_PREVENTIVES`].
pub fn class_of_common(name: &str) -> Option<PreventiveClass> {
    let name = name.trim();
    COMMON_PREVENTIVES
        .iter()
        .find(|(common, _)| common.eq_ignore_ascii_case(name))
        .map(|&(_, class)| class)
}

/// How a trial went, in the person's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TrialOutcome {
    /// It is helping (or helped): not a failure.
    #[serde(rename = "helping")]
    Helping,
    /// Not enough effect: a failure when the trial was adequate (EHF 2020: at an adequate dose and duration).
    #[serde(rename = "too-little")]
    NotEnoughEffect,
    /// Stopped for side effects: a failure (not tolerated), whatever the dose or duration.
    #[serde(rename = "side-effects")]
    SideEffects,
    /// A doctor said it could not be taken (contraindicated): counts as a failure in EHF 2020.
    #[serde(rename = "contraindicated")]
    CouldNotTake,
    /// Stopped for another reason (cost, pregnancy plans, a move): not a failure.
    #[serde(rename = "other")]
    StoppedOther,
}

impl TrialOutcome {
    /// Every outcome, in the order a person picks from.
    pub const ALL: [TrialOutcome; 5] = [
        TrialOutcome::Helping,
        TrialOutcome::NotEnoughEffect,
        TrialOutcome::SideEffects,
        TrialOutcome::CouldNotTake,
        TrialOutcome::StoppedOther,
    ];

    /// The plain words.
    pub fn label(self) -> &'static str {
        match self {
            TrialOutcome::Helping => "Helping",
            TrialOutcome::NotEnoughEffect => "Not enough effect",
            TrialOutcome::SideEffects => "Side effects",
            TrialOutcome::CouldNotTake => "Could not take it (a doctor advised against it)",
            TrialOutcome::StoppedOther => "Stopped for another reason",
        }
    }

    /// The stable code used in the CSV export.
    pub fn code(self) -> &'static str {
        match self {
            TrialOutcome::Helping => "helping",
            TrialOutcome::NotEnoughEffect => "not-enough-effect",
            TrialOutcome::SideEffects => "side-effects",
            TrialOutcome::CouldNotTake => "contraindicated",
            TrialOutcome::StoppedOther => "stopped-other",
        }
    }
}

/// A calendar month ("2025-03"): how people remember when they started or stopped a daily medicine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: i32,
    month: u32,
}

impl YearMonth {
    /// The month `month` (1–12) of `year`, if both are in range (1900–9999).
    pub fn new(year: i32, month: u32) -> Option<YearMonth> {
        ((1900..=9999).contains(&year) && (1..=12).contains(&month))
            .then_some(YearMonth { year, month })
    }

    /// The month a day falls in.
    pub fn of(date: NaiveDate) -> YearMonth {
        YearMonth {
            year: date.year(),
            month: date.month(),
        }
    }

    /// Reads "2025-03" (what a month field gives); `None` for anything else.
    pub fn parse(text: &str) -> Option<YearMonth> {
        let (year, month) = text.trim().split_once('-')?;
        if year.len() != 4 || month.len() != 2 {
            return None;
        }
        YearMonth::new(year.parse().ok()?, month.parse().ok()?)
    }

    /// The first day of the month.
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or(NaiveDate::MIN)
    }

    /// Months from `self` to `later`, counting both (March to May is 3); 0 when `later` is earlier.
    pub fn months_through(self, later: YearMonth) -> u32 {
        let months = (later.year - self.year) * 12 + later.month as i32 - self.month as i32 + 1;
        u32::try_from(months).unwrap_or(0)
    }

    /// "March 2025".
    pub fn label(self) -> String {
        date_text(self.first_day(), "%B %Y")
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for YearMonth {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for YearMonth {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        YearMonth::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("\"{text}\" is not a month like 2025-03"))
        })
    }
}

/// Identifies one trial for edit, delete and undo; made outside the domain like [`super::AttackId`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TrialId(pub u64);

/// The fewest months a preventive is taken before "not enough effect" counts as a failure. EHF 2020 asks for
/// "an adequate dose and duration" without a number; 3 months is the length its 2014 definition of refractory
/// chronic migraine and most guidelines use (Martelletti et al., J Headache Pain 2014;15:47).
pub const ADEQUATE_TRIAL_MONTHS: u32 = 3;

/// One preventive treatment tried: one row per trial (a drug taken twice is two rows).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreventiveTrial {
    /// Made by the caller.
    pub id: TrialId,
    /// The medicine's name, as the person knows it.
    #[serde(rename = "n")]
    pub name: String,
    /// Its class (EHF 2020).
    #[serde(rename = "c")]
    pub class: PreventiveClass,
    /// The month it was started, if remembered.
    #[serde(rename = "f", default, skip_serializing_if = "Option::is_none")]
    pub from: Option<YearMonth>,
    /// The month it was stopped; `None` while still taken (or not remembered, see `still_taking`).
    #[serde(rename = "to", default, skip_serializing_if = "Option::is_none")]
    pub to: Option<YearMonth>,
    /// Still being taken.
    #[serde(rename = "now", default, skip_serializing_if = "std::ops::Not::not")]
    pub still_taking: bool,
    /// The dose in the person's words ("25 mg at night").
    #[serde(rename = "d", default, skip_serializing_if = "String::is_empty")]
    pub dose: String,
    /// How it went; `None`: not said yet.
    #[serde(rename = "o", default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<TrialOutcome>,
    /// How many months it was taken, when the months are not known (the months win when both are given).
    #[serde(rename = "m", default, skip_serializing_if = "Option::is_none")]
    pub months_taken: Option<u32>,
    /// Whether it was taken at the dose prescribed (`None`: not sure).
    #[serde(rename = "p", default, skip_serializing_if = "Option::is_none")]
    pub dose_as_prescribed: Option<bool>,
}

/// Whether a trial counts as a failed class for EHF 2020.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrialVerdict {
    /// Failed: not enough effect after an adequate trial, not tolerated, or contraindicated.
    Failed,
    /// "Not enough effect", but the diary does not show the trial was adequate (how long, or the dose, is not
    /// known): a doctor can tell; the diary does not count it.
    Unclear,
    /// Helping, stopped for another reason, too short or below the prescribed dose, or not said.
    NotFailed,
}

impl PreventiveTrial {
    /// A trial of `name` in `class`, with nothing else known.
    pub fn new(id: TrialId, name: impl Into<String>, class: PreventiveClass) -> PreventiveTrial {
        PreventiveTrial {
            id,
            name: name.into(),
            class,
            from: None,
            to: None,
            still_taking: false,
            dose: String::new(),
            outcome: None,
            months_taken: None,
            dose_as_prescribed: None,
        }
    }

    /// How many months it was taken: from the start and stop months (counting both), else from the start month
    /// to `this_month` while still taken, else the number the person gave.
    pub fn months_tried(&self, this_month: YearMonth) -> Option<u32> {
        match (self.from, self.to) {
            (Some(from), Some(to)) => Some(from.months_through(to)),
            (Some(from), None) if self.still_taking => Some(from.months_through(this_month)),
            _ => self.months_taken,
        }
    }

    /// Whether this trial is a failure of its class (EHF 2020: lack of efficacy at an adequate dose and duration,
    /// lack of tolerability, or a contraindication).
    pub fn verdict(&self, this_month: YearMonth) -> TrialVerdict {
        match self.outcome {
            Some(TrialOutcome::SideEffects | TrialOutcome::CouldNotTake) => TrialVerdict::Failed,
            Some(TrialOutcome::NotEnoughEffect) => {
                let months = self.months_tried(this_month);
                match (months, self.dose_as_prescribed) {
                    (Some(m), _) if m < ADEQUATE_TRIAL_MONTHS => TrialVerdict::NotFailed,
                    (_, Some(false)) => TrialVerdict::NotFailed,
                    (Some(_), Some(true)) => TrialVerdict::Failed,
                    _ => TrialVerdict::Unclear,
                }
            }
            Some(TrialOutcome::Helping | TrialOutcome::StoppedOther) | None => {
                TrialVerdict::NotFailed
            }
        }
    }

    /// "March 2024 – August 2024", "since March 2024", "until May 2023", or "" when no month is known.
    pub fn when_label(&self) -> String {
        match (self.from, self.to, self.still_taking) {
            (Some(from), Some(to), _) => format!("{} – {}", from.label(), to.label()),
            (Some(from), None, true) => format!("since {}", from.label()),
            (Some(from), None, false) => format!("from {}", from.label()),
            (None, Some(to), _) => format!("until {}", to.label()),
            (None, None, true) => "taking it now".to_string(),
            (None, None, false) => String::new(),
        }
    }

    /// Checks the name, dose and months (stop not before start; still taking means no stop month).
    pub fn validate(&self) -> Result<(), DiaryError> {
        check_name(TextField::Treatment, &self.name)?;
        check_text(TextField::Dose, &self.dose, NAME_MAX_CHARS)?;
        if let (Some(from), Some(to)) = (self.from, self.to) {
            if to < from {
                return Err(DiaryError::TreatmentStopsBeforeStart {
                    from: from.label(),
                    to: to.label(),
                });
            }
        }
        if self.still_taking && self.to.is_some() {
            return Err(DiaryError::TreatmentStoppedAndTaken);
        }
        if let Some(months) = self.months_taken {
            if months == 0 || months > 1200 {
                return Err(DiaryError::TreatmentMonthsOutOfRange(months));
            }
        }
        Ok(())
    }
}

/// Held in an [`EnumSet`](crate::domain::enum_set::EnumSet) in the type's own order (the order the sets were
/// listed in as `BTreeSet`s), not [`PreventiveClass::ALL`]'s order for picking.
impl crate::domain::enum_set::Choice for PreventiveClass {
    const IN_ORDER: &'static [Self] = &[
        PreventiveClass::Antidepressant,
        PreventiveClass::Antiepileptic,
        PreventiveClass::BetaBlocker,
        PreventiveClass::CalciumChannelBlocker,
        PreventiveClass::CgrpPathway,
        PreventiveClass::Angiotensin,
        PreventiveClass::OnabotulinumtoxinA,
        PreventiveClass::Other,
    ];
}
