//! The four urgency levels of the self-check (CLINICAL.md "Warning signs (SNNOOP10) and how urgent") and what each
//! tells the person to do. Ordered from least to most urgent so `max` picks the safest level.

use serde::{Deserialize, Serialize};

/// How soon the person should get help. `Ord` runs from least to most urgent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Triage {
    /// No warning sign: self-care and a diary.
    Routine,
    /// Book an appointment soon: SNNOOP10 "pattern change or recent onset", "new drug at onset", "painkiller
    /// overuse" (ICHD-3 8.2), and the chronic (1.3, 2.3) and cluster (3.1) patterns.
    Soon,
    /// See a doctor today: SNNOOP10 older age, immunosuppression/cancer, positional, precipitated by
    /// cough/exertion, progressive, papilloedema, painful red eye, pregnancy, head injury, fever alone.
    SameDay,
    /// Go now: thunderclap, fever with meningism, neurological deficit, high-risk head injury, pregnancy with
    /// vision change or swelling.
    Emergency,
}

impl Triage {
    /// A stable id for the UI and storage.
    pub fn id(self) -> &'static str {
        match self {
            Triage::Routine => "routine",
            Triage::Soon => "soon",
            Triage::SameDay => "same-day",
            Triage::Emergency => "emergency",
        }
    }

    /// Whether the level is so urgent that no headache pattern may be shown with it (SNNOOP10 first).
    pub fn is_urgent(self) -> bool {
        self >= Triage::SameDay
    }

    /// A short, calm headline for the result screen.
    pub fn headline(self) -> &'static str {
        match self {
            Triage::Emergency => "Get medical help now",
            Triage::SameDay => "Please see a doctor today",
            Triage::Soon => "Book an appointment soon",
            Triage::Routine => "No warning signs found",
        }
    }

    /// What to do next, in plain words.
    pub fn next_step(self) -> &'static str {
        match self {
            Triage::Emergency => {
                "Call your local emergency number or go to the nearest emergency department now. Do not drive \
                 yourself, and do not wait to see if it passes."
            }
            Triage::SameDay => {
                "Contact your doctor, an out-of-hours service or an urgent care centre today and tell them what you \
                 told us. If things get worse while you wait, call your local emergency number."
            }
            Triage::Soon => {
                "Book an appointment with your doctor or the clinic in the next few weeks. Keeping a headache diary \
                 until then will make that visit more useful."
            }
            Triage::Routine => {
                "Nothing you told us needs urgent care. Keep a headache diary for a month or two and talk it \
                 through with your doctor or the clinic."
            }
        }
    }
}
