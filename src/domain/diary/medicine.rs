//! A medicine taken for an attack (or on a logged headache day): what, how much, when, its class for the
//! ICHD-3 8.2 overuse counts, and whether it helped.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::time_format;
use crate::domain::screening::{SIMPLE_ANALGESIC_MIN_DAYS, SPECIFIC_MEDICINE_MIN_DAYS};

/// The class of an acute medicine, as ICHD-3 8.2 (medication-overuse headache) groups them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum MedicineClass {
    /// Triptans (sumatriptan, rizatriptan, …): ICHD-3 8.2.2.
    #[serde(rename = "triptan")]
    Triptan,
    /// Simple analgesics — paracetamol, aspirin and other NSAIDs (ibuprofen, naproxen, …) — one class together:
    /// ICHD-3 8.2.3. Paracetamol and an NSAID taken separately stay in this class.
    #[serde(rename = "simple")]
    SimpleAnalgesic,
    /// Combination analgesics in one product (e.g. with codeine or caffeine): ICHD-3 8.2.5.
    #[serde(rename = "combo")]
    CombinationAnalgesic,
    /// Opioids (codeine, tramadol, …): ICHD-3 8.2.4. Not to be stopped abruptly without a doctor.
    #[serde(rename = "opioid")]
    Opioid,
    /// Ergots (ergotamine, dihydroergotamine): ICHD-3 8.2.1.
    #[serde(rename = "ergot")]
    Ergot,
    /// Medicines against sickness (metoclopramide, domperidone, …). Not a painkiller; not counted for 8.2.
    #[serde(rename = "antiemetic")]
    Antiemetic,
    /// Anything else (e.g. a gepant): ICHD-3 8.2.8 "other medication".
    #[serde(rename = "other")]
    Other,
}

impl MedicineClass {
    /// The stable code used in stored data and the CSV export (its serde name; `storage::diary_codec` writes it).
    pub fn code(self) -> &'static str {
        match self {
            MedicineClass::Triptan => "triptan",
            MedicineClass::SimpleAnalgesic => "simple",
            MedicineClass::CombinationAnalgesic => "combo",
            MedicineClass::Opioid => "opioid",
            MedicineClass::Ergot => "ergot",
            MedicineClass::Antiemetic => "antiemetic",
            MedicineClass::Other => "other",
        }
    }

    /// Every class, in the order the form lists them.
    pub const ALL: [MedicineClass; 7] = [
        MedicineClass::Triptan,
        MedicineClass::SimpleAnalgesic,
        MedicineClass::CombinationAnalgesic,
        MedicineClass::Opioid,
        MedicineClass::Ergot,
        MedicineClass::Antiemetic,
        MedicineClass::Other,
    ];

    /// The plain words on the form.
    pub fn label(self) -> &'static str {
        match self {
            MedicineClass::Triptan => "triptan",
            MedicineClass::SimpleAnalgesic => "simple painkiller (paracetamol, aspirin, ibuprofen)",
            MedicineClass::CombinationAnalgesic => {
                "combination painkiller (e.g. with codeine or caffeine)"
            }
            MedicineClass::Opioid => "opioid (codeine, tramadol, morphine)",
            MedicineClass::Ergot => "ergot (ergotamine)",
            MedicineClass::Antiemetic => "anti-sickness medicine",
            MedicineClass::Other => "other",
        }
    }

    /// ICHD-3 8.2: days a month on which this class, taken regularly for more than 3 months, can cause
    /// medication-overuse headache — 15 for simple analgesics (8.2.3), 10 for triptans, ergots, opioids and
    /// combination analgesics (8.2.1, 8.2.2, 8.2.4, 8.2.5) and other medication (8.2.8); `None` for
    /// anti-sickness medicines, which 8.2 does not count.
    pub fn overuse_days_per_month(self) -> Option<u32> {
        match self {
            MedicineClass::SimpleAnalgesic => Some(SIMPLE_ANALGESIC_MIN_DAYS),
            MedicineClass::Triptan
            | MedicineClass::CombinationAnalgesic
            | MedicineClass::Opioid
            | MedicineClass::Ergot
            | MedicineClass::Other => Some(SPECIFIC_MEDICINE_MIN_DAYS),
            MedicineClass::Antiemetic => None,
        }
    }
}

/// Whether a medicine helped.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub enum MedicineEffect {
    /// Not filled in (yet).
    #[default]
    #[serde(rename = "?")]
    NotNoted,
    /// It did not help.
    #[serde(rename = "none")]
    NoRelief,
    /// It helped a bit.
    #[serde(rename = "some")]
    SomeRelief,
    /// It took the pain away.
    #[serde(rename = "full")]
    CompleteRelief,
}

impl MedicineEffect {
    /// Every answer, in the order the form lists them.
    pub const ALL: [MedicineEffect; 4] = [
        MedicineEffect::NoRelief,
        MedicineEffect::SomeRelief,
        MedicineEffect::CompleteRelief,
        MedicineEffect::NotNoted,
    ];

    /// The plain words on the form.
    pub fn label(self) -> &'static str {
        match self {
            MedicineEffect::NotNoted => "not noted",
            MedicineEffect::NoRelief => "did not help",
            MedicineEffect::SomeRelief => "helped a bit",
            MedicineEffect::CompleteRelief => "took the pain away",
        }
    }

    /// The stable code used in stored data and the CSV export (its serde name; `storage::diary_codec` writes it).
    pub fn code(self) -> &'static str {
        match self {
            MedicineEffect::NotNoted => "?",
            MedicineEffect::NoRelief => "none",
            MedicineEffect::SomeRelief => "some",
            MedicineEffect::CompleteRelief => "full",
        }
    }

    /// Whether a time to relief makes sense with this answer.
    pub fn brought_relief(self) -> bool {
        matches!(
            self,
            MedicineEffect::SomeRelief | MedicineEffect::CompleteRelief
        )
    }

    fn is_not_noted(&self) -> bool {
        *self == MedicineEffect::NotNoted
    }
}

/// One dose of a medicine, as the person logged it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MedicineDose {
    /// The medicine's name as the person knows it ("Sumatriptan", "Nurofen"); 1–80 characters.
    #[serde(rename = "n")]
    pub name: String,
    /// The dose in the person's words ("50 mg", "2 tablets"); may be empty; at most 80 characters.
    #[serde(rename = "d", default, skip_serializing_if = "String::is_empty")]
    pub dose: String,
    /// When it was taken (local wall-clock time). Its calendar date is the medicine day ICHD-3 8.2 counts.
    #[serde(rename = "t", with = "time_format")]
    pub taken_at: NaiveDateTime,
    /// Its class for the overuse counts.
    #[serde(rename = "c")]
    pub class: MedicineClass,
    /// Whether it helped.
    #[serde(
        rename = "ef",
        default,
        skip_serializing_if = "MedicineEffect::is_not_noted"
    )]
    pub effect: MedicineEffect,
    /// How many minutes after taking it the pain eased, when it helped.
    #[serde(rename = "r", default, skip_serializing_if = "Option::is_none")]
    pub relief_after_minutes: Option<u32>,
}

impl MedicineDose {
    /// A dose with only the essentials; effect and time to relief not yet noted.
    pub fn new(
        name: impl Into<String>,
        class: MedicineClass,
        taken_at: NaiveDateTime,
    ) -> MedicineDose {
        MedicineDose {
            name: name.into(),
            dose: String::new(),
            taken_at,
            class,
            effect: MedicineEffect::NotNoted,
            relief_after_minutes: None,
        }
    }
}

/// Held in an [`EnumSet`](crate::domain::enum_set::EnumSet) in the order of [`MedicineClass::ALL`].
impl crate::domain::enum_set::Choice for MedicineClass {
    const IN_ORDER: &'static [Self] = &Self::ALL;
}
