//! What the pain felt like during one attack: any combination of the words on the diary form.

use serde::{Deserialize, Serialize};

/// A word for the feel of the pain. An attack keeps a set of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PainQuality {
    /// Throbbing or pulsing: ICHD-3 1.1 C2 "pulsating quality".
    #[serde(rename = "throb")]
    Throbbing,
    /// Pressing or tight, like a band: ICHD-3 2.1 C2 "pressing or tightening (non-pulsating)".
    #[serde(rename = "press")]
    PressingOrTight,
    /// Stabbing: sharp jabs.
    #[serde(rename = "stab")]
    Stabbing,
}

impl PainQuality {
    /// The stable code used in stored data and the CSV export (its serde name; `storage::diary_codec` writes it).
    pub fn code(self) -> &'static str {
        match self {
            PainQuality::Throbbing => "throb",
            PainQuality::PressingOrTight => "press",
            PainQuality::Stabbing => "stab",
        }
    }

    /// Every word, in the order the form lists them.
    pub const ALL: [PainQuality; 3] = [
        PainQuality::Throbbing,
        PainQuality::PressingOrTight,
        PainQuality::Stabbing,
    ];

    /// The plain words on the form.
    pub fn label(self) -> &'static str {
        match self {
            PainQuality::Throbbing => "throbbing",
            PainQuality::PressingOrTight => "pressing or tight",
            PainQuality::Stabbing => "stabbing",
        }
    }
}

/// Held in an [`EnumSet`](crate::domain::enum_set::EnumSet) in the order of [`PainQuality::ALL`].
impl crate::domain::enum_set::Choice for PainQuality {
    const IN_ORDER: &'static [Self] = &Self::ALL;
}
