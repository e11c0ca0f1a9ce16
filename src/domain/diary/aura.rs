//! The aura before or with an attack: which kinds of typical aura symptom, and how long it lasted.

use crate::domain::enum_set::EnumSet;

use serde::{Deserialize, Serialize};

/// A kind of typical aura symptom (ICHD-3 1.2.1 typical aura: visual, sensory and/or speech/language only).
///
/// Motor, brainstem or retinal symptoms are deliberately not offered: sudden weakness or loss of speech is a
/// warning sign for the self-check, not something to log as an aura (see CLINICAL.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuraKind {
    /// Flickering lights, zigzag lines, spots or a blind patch.
    Visual,
    /// Pins and needles or numbness spreading on one side.
    Sensory,
    /// Trouble finding or saying words.
    Speech,
}

impl AuraKind {
    /// The stable code used in stored data and the CSV export (its serde name; `storage::diary_codec` writes it).
    pub fn code(self) -> &'static str {
        match self {
            AuraKind::Visual => "visual",
            AuraKind::Sensory => "sensory",
            AuraKind::Speech => "speech",
        }
    }

    /// Every kind, in the order the form lists them.
    pub const ALL: [AuraKind; 3] = [AuraKind::Visual, AuraKind::Sensory, AuraKind::Speech];

    /// The plain words on the form.
    pub fn label(self) -> &'static str {
        match self {
            AuraKind::Visual => "seeing things (flickering lights, zigzags, a blind spot)",
            AuraKind::Sensory => "pins and needles or numbness",
            AuraKind::Speech => "trouble finding or saying words",
        }
    }
}

/// ICHD-3 1.2 C3: each aura symptom lasts 5–60 minutes.
pub const AURA_TYPICAL_MINUTES: std::ops::RangeInclusive<u32> = 5..=60;

/// The aura of one attack.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Aura {
    /// Which kinds of aura symptom there were (at least one for the aura to count).
    #[serde(rename = "k", default, skip_serializing_if = "EnumSet::is_empty")]
    pub kinds: EnumSet<AuraKind>,
    /// How long the aura lasted, in minutes, if the person noted it.
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<u32>,
}

impl Aura {
    /// ICHD-3 1.2 C3: the aura lasted 5–60 minutes. `false` when the time was not noted.
    pub fn has_typical_duration(&self) -> bool {
        self.minutes
            .is_some_and(|minutes| AURA_TYPICAL_MINUTES.contains(&minutes))
    }
}

/// Held in an [`EnumSet`](crate::domain::enum_set::EnumSet) in the order of [`AuraKind::ALL`].
impl crate::domain::enum_set::Choice for AuraKind {
    const IN_ORDER: &'static [Self] = &Self::ALL;
}
