//! Possible triggers a person noted before an attack: the clinic's fixed list (the person's own words are kept
//! as text on the attack and in [`super::Diary::own_triggers`]).

use serde::{Deserialize, Serialize};

/// A possible trigger from the clinic's list. Noted, never claimed as a cause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Trigger {
    /// Period or another hormonal change (including a pill-free week).
    #[serde(rename = "period")]
    Menstruation,
    /// Stress.
    #[serde(rename = "stress")]
    Stress,
    /// Anxiety.
    #[serde(rename = "anxiety")]
    Anxiety,
    /// Low mood or depression.
    #[serde(rename = "low")]
    Depression,
    /// Excitement.
    #[serde(rename = "excite")]
    Excitement,
    /// Too little sleep.
    #[serde(rename = "sleep")]
    TooLittleSleep,
    /// Tension in the neck or shoulders.
    #[serde(rename = "tension")]
    NeckShoulderTension,
    /// Poor posture.
    #[serde(rename = "posture")]
    PoorPosture,
    /// Alcohol.
    #[serde(rename = "alcohol")]
    Alcohol,
    /// Caffeine (too much, or missing the usual amount).
    #[serde(rename = "caffeine")]
    Caffeine,
    /// Certain medicines or sleeping pills.
    #[serde(rename = "meds")]
    Medicines,
    /// Flickering screens.
    #[serde(rename = "screen")]
    FlickeringScreens,
    /// Strong smells.
    #[serde(rename = "smell")]
    StrongSmells,
    /// Secondhand smoke.
    #[serde(rename = "smoke")]
    SecondhandSmoke,
    /// Loud noise.
    #[serde(rename = "noise")]
    LoudNoise,
    /// Bright light.
    #[serde(rename = "bright")]
    BrightLight,
    /// A skipped meal.
    #[serde(rename = "meal")]
    SkippedMeal,
    /// A change in the weather.
    #[serde(rename = "weather")]
    Weather,
}

impl Trigger {
    /// The stable code used in stored data and the CSV export (its serde name; `storage::diary_codec` writes it).
    pub fn code(self) -> &'static str {
        match self {
            Trigger::Menstruation => "period",
            Trigger::Stress => "stress",
            Trigger::Anxiety => "anxiety",
            Trigger::Depression => "low",
            Trigger::Excitement => "excite",
            Trigger::TooLittleSleep => "sleep",
            Trigger::NeckShoulderTension => "tension",
            Trigger::PoorPosture => "posture",
            Trigger::Alcohol => "alcohol",
            Trigger::Caffeine => "caffeine",
            Trigger::Medicines => "meds",
            Trigger::FlickeringScreens => "screen",
            Trigger::StrongSmells => "smell",
            Trigger::SecondhandSmoke => "smoke",
            Trigger::LoudNoise => "noise",
            Trigger::BrightLight => "bright",
            Trigger::SkippedMeal => "meal",
            Trigger::Weather => "weather",
        }
    }

    /// The clinic's list, in its order.
    pub const ALL: [Trigger; 18] = [
        Trigger::Menstruation,
        Trigger::Stress,
        Trigger::Anxiety,
        Trigger::Depression,
        Trigger::Excitement,
        Trigger::TooLittleSleep,
        Trigger::NeckShoulderTension,
        Trigger::PoorPosture,
        Trigger::Alcohol,
        Trigger::Caffeine,
        Trigger::Medicines,
        Trigger::FlickeringScreens,
        Trigger::StrongSmells,
        Trigger::SecondhandSmoke,
        Trigger::LoudNoise,
        Trigger::BrightLight,
        Trigger::SkippedMeal,
        Trigger::Weather,
    ];

    /// The plain words on the form.
    pub fn label(self) -> &'static str {
        match self {
            Trigger::Menstruation => "period or hormonal change",
            Trigger::Stress => "stress",
            Trigger::Anxiety => "anxiety",
            Trigger::Depression => "low mood or depression",
            Trigger::Excitement => "excitement",
            Trigger::TooLittleSleep => "too little sleep",
            Trigger::NeckShoulderTension => "neck or shoulder tension",
            Trigger::PoorPosture => "poor posture",
            Trigger::Alcohol => "alcohol",
            Trigger::Caffeine => "caffeine",
            Trigger::Medicines => "certain medicines or sleeping pills",
            Trigger::FlickeringScreens => "flickering screens",
            Trigger::StrongSmells => "strong smells",
            Trigger::SecondhandSmoke => "secondhand smoke",
            Trigger::LoudNoise => "loud noise",
            Trigger::BrightLight => "bright light",
            Trigger::SkippedMeal => "skipped meal",
            Trigger::Weather => "weather",
        }
    }
}

/// Held in an [`EnumSet`](crate::domain::enum_set::EnumSet) in the order of [`Trigger::ALL`].
impl crate::domain::enum_set::Choice for Trigger {
    const IN_ORDER: &'static [Self] = &Self::ALL;
}
