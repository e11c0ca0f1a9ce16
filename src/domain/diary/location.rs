//! Where the pain was during one attack: any combination of the places on the diary form.

use serde::{Deserialize, Serialize};

/// A place the pain was felt. An attack keeps a set of these.
///
/// ICHD-3 1.1 C1 ("unilateral location") is read from [`PainLocation::LeftSide`] or [`PainLocation::RightSide`]
/// alone; see [`super::Attack::is_one_sided`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PainLocation {
    /// One side: left.
    #[serde(rename = "left")]
    LeftSide,
    /// One side: right.
    #[serde(rename = "right")]
    RightSide,
    /// Both sides or all over.
    #[serde(rename = "both")]
    BothSides,
    /// Around the eye or the temple.
    #[serde(rename = "eye")]
    EyeOrTemple,
    /// The back of the head or the neck.
    #[serde(rename = "back")]
    BackOfHeadOrNeck,
}

impl PainLocation {
    /// The stable code used in stored data and the CSV export (its serde name; `storage::diary_codec` writes it).
    pub fn code(self) -> &'static str {
        match self {
            PainLocation::LeftSide => "left",
            PainLocation::RightSide => "right",
            PainLocation::BothSides => "both",
            PainLocation::EyeOrTemple => "eye",
            PainLocation::BackOfHeadOrNeck => "back",
        }
    }

    /// Every place, in the order the form lists them.
    pub const ALL: [PainLocation; 5] = [
        PainLocation::LeftSide,
        PainLocation::RightSide,
        PainLocation::BothSides,
        PainLocation::EyeOrTemple,
        PainLocation::BackOfHeadOrNeck,
    ];

    /// The plain words on the form.
    pub fn label(self) -> &'static str {
        match self {
            PainLocation::LeftSide => "left side",
            PainLocation::RightSide => "right side",
            PainLocation::BothSides => "both sides",
            PainLocation::EyeOrTemple => "around the eye or temple",
            PainLocation::BackOfHeadOrNeck => "back of the head or neck",
        }
    }
}

/// Held in an [`EnumSet`](crate::domain::enum_set::EnumSet) in the order of [`PainLocation::ALL`].
impl crate::domain::enum_set::Choice for PainLocation {
    const IN_ORDER: &'static [Self] = &Self::ALL;
}
