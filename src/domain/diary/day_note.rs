//! A note for a whole day, for people with near-daily headache who log days rather than attacks: "no headache
//! today" or "headache today, this bad", with any medicines taken that day.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::attack::check_medicines;
use super::{DiaryError, MedicineDose, Severity};

/// What a day note says. A day with no note and no attack is *unknown*, never headache-free.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DayKind {
    /// "No headache today", marked on purpose.
    #[serde(rename = "free")]
    HeadacheFree,
    /// "Headache today", with how bad at its worst (1–10) if given.
    #[serde(rename = "ache")]
    Headache {
        /// How bad at its worst; never 0 (that is a headache-free day).
        #[serde(rename = "sv", default, skip_serializing_if = "Option::is_none")]
        severity: Option<Severity>,
    },
}

impl DayKind {
    /// The plain words for the choice.
    pub fn label(self) -> &'static str {
        match self {
            DayKind::HeadacheFree => "no headache today",
            DayKind::Headache { .. } => "headache today",
        }
    }

    /// Refuses a "headache" day of severity 0.
    pub fn validate(self) -> Result<(), DiaryError> {
        match self {
            DayKind::Headache {
                severity: Some(severity),
            } if severity.value() == 0 => Err(DiaryError::HeadacheDayWithoutPain),
            _ => Ok(()),
        }
    }
}

/// One day's note. At most one per date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayNote {
    /// The day.
    #[serde(rename = "d")]
    pub date: NaiveDate,
    /// What the person said about it.
    #[serde(rename = "k")]
    pub kind: DayKind,
    /// Acute medicines taken that day outside any logged attack: they count as medicine days for ICHD-3 8.2
    /// just the same (a near-daily headache is where overuse matters most).
    #[serde(rename = "m", default, skip_serializing_if = "Vec::is_empty")]
    pub medicines: Vec<MedicineDose>,
    /// Whether the headache stopped the person's usual activities that day (`None`: not answered): a
    /// debilitating day for EHF 2020. Only a headache day can say yes.
    #[serde(rename = "st", default, skip_serializing_if = "Option::is_none")]
    pub stopped_activities: Option<bool>,
}

impl DayNote {
    /// A note with no medicines.
    pub fn new(date: NaiveDate, kind: DayKind) -> DayNote {
        DayNote {
            date,
            kind,
            medicines: Vec::new(),
            stopped_activities: None,
        }
    }

    /// Checks the kind and the medicines (within limits, each taken on this very day).
    pub fn validate(&self) -> Result<(), DiaryError> {
        self.kind.validate()?;
        if self.kind == DayKind::HeadacheFree && self.stopped_activities == Some(true) {
            return Err(DiaryError::StoppedWithoutHeadache(self.date));
        }
        check_medicines(&self.medicines)?;
        match self
            .medicines
            .iter()
            .find(|dose| dose.taken_at.date() != self.date)
        {
            Some(dose) => Err(DiaryError::MedicineOnOtherDay {
                name: dose.name.clone(),
                taken_at: dose.taken_at,
                date: self.date,
            }),
            None => Ok(()),
        }
    }
}
