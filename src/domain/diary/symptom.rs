//! Symptoms that came with one attack, as ticked on the diary form.

use serde::{Deserialize, Serialize};

/// A symptom that came with the headache. An attack keeps a set of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Symptom {
    /// Feeling sick (ICHD-3 1.1 D1).
    #[serde(rename = "nausea")]
    Nausea,
    /// Being sick (ICHD-3 1.1 D1).
    #[serde(rename = "vomit")]
    Vomiting,
    /// Light bothers (photophobia, ICHD-3 1.1 D2 — counts only together with sound).
    #[serde(rename = "light")]
    LightSensitivity,
    /// Noise bothers (phonophobia, ICHD-3 1.1 D2 — counts only together with light).
    #[serde(rename = "sound")]
    SoundSensitivity,
    /// Smells bother (osmophobia).
    #[serde(rename = "smell")]
    SmellSensitivity,
    /// Worse with everyday activity such as walking or climbing stairs (ICHD-3 1.1 C4).
    #[serde(rename = "active")]
    WorseWithActivity,
    /// Dizziness.
    #[serde(rename = "dizzy")]
    Dizziness,
    /// Neck pain.
    #[serde(rename = "neck")]
    NeckPain,
    /// Sweating.
    #[serde(rename = "sweat")]
    Sweating,
    /// Stomach ache.
    #[serde(rename = "tummy")]
    StomachAche,
    /// Diarrhoea.
    #[serde(rename = "diarr")]
    Diarrhoea,
}

impl Symptom {
    /// The stable code used in stored data and the CSV export (its serde name; `storage::diary_codec` writes it).
    pub fn code(self) -> &'static str {
        match self {
            Symptom::Nausea => "nausea",
            Symptom::Vomiting => "vomit",
            Symptom::LightSensitivity => "light",
            Symptom::SoundSensitivity => "sound",
            Symptom::SmellSensitivity => "smell",
            Symptom::WorseWithActivity => "active",
            Symptom::Dizziness => "dizzy",
            Symptom::NeckPain => "neck",
            Symptom::Sweating => "sweat",
            Symptom::StomachAche => "tummy",
            Symptom::Diarrhoea => "diarr",
        }
    }

    /// Every symptom, in the order the form lists them.
    pub const ALL: [Symptom; 11] = [
        Symptom::Nausea,
        Symptom::Vomiting,
        Symptom::LightSensitivity,
        Symptom::SoundSensitivity,
        Symptom::SmellSensitivity,
        Symptom::WorseWithActivity,
        Symptom::Dizziness,
        Symptom::NeckPain,
        Symptom::Sweating,
        Symptom::StomachAche,
        Symptom::Diarrhoea,
    ];

    /// The shortest clear words, for a report's table where every line counts.
    pub fn short_label(self) -> &'static str {
        match self {
            Symptom::Nausea => "nausea",
            Symptom::Vomiting => "vomiting",
            Symptom::LightSensitivity => "light-sensitive",
            Symptom::SoundSensitivity => "noise-sensitive",
            Symptom::SmellSensitivity => "smell-sensitive",
            Symptom::WorseWithActivity => "worse moving",
            Symptom::Dizziness => "dizzy",
            Symptom::NeckPain => "neck pain",
            Symptom::Sweating => "sweating",
            Symptom::StomachAche => "stomach ache",
            Symptom::Diarrhoea => "diarrhoea",
        }
    }

    /// The plain words on the form.
    pub fn label(self) -> &'static str {
        match self {
            Symptom::Nausea => "feeling sick",
            Symptom::Vomiting => "being sick (vomiting)",
            Symptom::LightSensitivity => "light bothers me",
            Symptom::SoundSensitivity => "noise bothers me",
            Symptom::SmellSensitivity => "smells bother me",
            Symptom::WorseWithActivity => "worse when I move about",
            Symptom::Dizziness => "dizziness",
            Symptom::NeckPain => "neck pain",
            Symptom::Sweating => "sweating",
            Symptom::StomachAche => "stomach ache",
            Symptom::Diarrhoea => "diarrhoea",
        }
    }
}

/// Held in an [`EnumSet`](crate::domain::enum_set::EnumSet) in the order of [`Symptom::ALL`].
impl crate::domain::enum_set::Choice for Symptom {
    const IN_ORDER: &'static [Self] = &Self::ALL;
}
