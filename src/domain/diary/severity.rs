//! Pain severity on the 0–10 scale a person picks, and the word bands the app shows for it.

use serde::{Deserialize, Serialize};

use super::DiaryError;

/// How bad the pain was at its worst, 0 (no pain) to 10 (worst imaginable).
///
/// Always in range: made with [`Severity::new`], and stored data outside 0–10 is refused on load.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Severity(u8);

impl Severity {
    /// The highest score.
    pub const MAX: u8 = 10;

    /// A severity, or [`DiaryError::SeverityOutOfRange`] above 10.
    pub fn new(value: u8) -> Result<Severity, DiaryError> {
        if value <= Self::MAX {
            Ok(Severity(value))
        } else {
            Err(DiaryError::SeverityOutOfRange(value))
        }
    }

    /// The score, 0–10.
    pub fn value(self) -> u8 {
        self.0
    }

    /// The word band for this score.
    pub fn band(self) -> SeverityBand {
        match self.0 {
            0 => SeverityBand::NoPain,
            1..=3 => SeverityBand::Mild,
            4..=6 => SeverityBand::Moderate,
            7..=8 => SeverityBand::Severe,
            _ => SeverityBand::VerySevere,
        }
    }

    /// "7 – severe", as a row or a calendar cell describes it.
    pub fn label(self) -> String {
        format!("{} – {}", self.0, self.band().label())
    }
}

impl TryFrom<u8> for Severity {
    type Error = DiaryError;

    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Severity::new(value)
    }
}

impl From<Severity> for u8 {
    fn from(severity: Severity) -> u8 {
        severity.0
    }
}

/// The words for a severity score. The cut-offs are this app's (the usual 0–10 numeric rating scale bands):
/// 0 no pain, 1–3 mild, 4–6 moderate, 7–8 severe, 9–10 very severe.
///
/// ICHD-3 1.1 C3 asks for "moderate or severe pain intensity": every band from [`SeverityBand::Moderate`]
/// up counts (see [`SeverityBand::is_moderate_or_worse`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SeverityBand {
    /// 0: no pain (e.g. an aura without headache).
    NoPain,
    /// 1–3: can carry on as usual.
    Mild,
    /// 4–6: gets in the way.
    Moderate,
    /// 7–8: has to stop.
    Severe,
    /// 9–10: the worst.
    VerySevere,
}

impl SeverityBand {
    /// Every band, mildest first.
    pub const ALL: [SeverityBand; 5] = [
        SeverityBand::NoPain,
        SeverityBand::Mild,
        SeverityBand::Moderate,
        SeverityBand::Severe,
        SeverityBand::VerySevere,
    ];

    /// The plain words.
    pub fn label(self) -> &'static str {
        match self {
            SeverityBand::NoPain => "no pain",
            SeverityBand::Mild => "mild",
            SeverityBand::Moderate => "moderate",
            SeverityBand::Severe => "severe",
            SeverityBand::VerySevere => "very severe",
        }
    }

    /// A stable name for CSS classes (`calendar__day--severe`).
    pub fn css_name(self) -> &'static str {
        match self {
            SeverityBand::NoPain => "none",
            SeverityBand::Mild => "mild",
            SeverityBand::Moderate => "moderate",
            SeverityBand::Severe => "severe",
            SeverityBand::VerySevere => "very-severe",
        }
    }

    /// ICHD-3 1.1 C3: moderate or severe pain intensity.
    pub fn is_moderate_or_worse(self) -> bool {
        self >= SeverityBand::Moderate
    }
}
