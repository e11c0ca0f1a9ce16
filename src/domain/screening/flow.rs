//! Which step of the self-check to show, as pure functions of the answers: warning signs first, then one topic per
//! screen, skipping what cannot matter. Back keeps answers because steps never clear anything.

use serde::{Deserialize, Serialize};

use super::answers::{Answers, Quantity, Reply};
use super::triage::Triage;
use super::warning_signs::{find_warning_signs, Certainty};

/// Headache days a month from which the medicine questions are asked. ICHD-3 8.2 A needs 15; asking from 10 leaves
/// room for people who underestimate their headache days and lets the result warn about medicine days that are
/// already over a limit (`Advice::WatchMedicineDays`).
pub const MEDICINE_QUESTIONS_FROM_DAYS: u32 = 10;

/// One screen of the self-check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// SNNOOP10 warning signs, including pregnancy and when the headaches began. Always first.
    WarningSigns,
    /// Age (ICHD-3 1.1 B under 18; SNNOOP10 age 50) and periods (ICHD-3 A1.1).
    AboutYou,
    /// How many attacks, how long, and the cluster screening question (ICHD-3 1.1 A–B, 2.1 A–B, 3.1).
    AttackPattern,
    /// What the usual attack is like (ICHD-3 1.1 C–D, 2.1 C–D).
    AttackFeatures,
    /// Whether there is an aura (ICHD-3 1.2).
    Aura,
    /// Aura kinds and the 6 characteristics (ICHD-3 1.2 A–C). Skipped when there is no aura.
    AuraDetails,
    /// Headache days and months (ICHD-3 1.3, 2.x, 8.2 A, 4.10).
    Frequency,
    /// Medicine days per class (ICHD-3 8.2 B). Skipped under 10 headache days a month.
    Medicines,
    /// Short severe eye/temple attacks (ICHD-3 3.1). Only when reported.
    ClusterFeatures,
    /// Menstrual timing (ICHD-3 A1.1). Only for people with periods.
    Cycle,
    /// The result.
    Result,
}

impl Step {
    /// Every step in order.
    pub const ORDER: [Step; 11] = [
        Step::WarningSigns,
        Step::AboutYou,
        Step::AttackPattern,
        Step::AttackFeatures,
        Step::Aura,
        Step::AuraDetails,
        Step::Frequency,
        Step::Medicines,
        Step::ClusterFeatures,
        Step::Cycle,
        Step::Result,
    ];

    /// The first step.
    pub fn first() -> Step {
        Step::WarningSigns
    }

    /// A stable id for routes, storage and browser tests.
    pub fn id(self) -> &'static str {
        match self {
            Step::WarningSigns => "warning-signs",
            Step::AboutYou => "about-you",
            Step::AttackPattern => "attack-pattern",
            Step::AttackFeatures => "attack-features",
            Step::Aura => "aura",
            Step::AuraDetails => "aura-details",
            Step::Frequency => "frequency",
            Step::Medicines => "medicines",
            Step::ClusterFeatures => "cluster-features",
            Step::Cycle => "cycle",
            Step::Result => "result",
        }
    }

    /// Looks a step up by its id.
    pub fn from_id(id: &str) -> Option<Step> {
        Step::ORDER.into_iter().find(|step| step.id() == id)
    }

    /// The screen's title (a `<legend>` or heading).
    pub fn title(self) -> &'static str {
        match self {
            Step::WarningSigns => "First, some safety questions",
            Step::AboutYou => "About you",
            Step::AttackPattern => "Your usual headache",
            Step::AttackFeatures => "What your headache is like",
            Step::Aura => "Before the headache",
            Step::AuraDetails => "About those changes",
            Step::Frequency => "How often",
            Step::Medicines => "Medicines for headache",
            Step::ClusterFeatures => "The eye or temple attacks",
            Step::Cycle => "Headaches and periods",
            Step::Result => "Your result",
        }
    }

    /// A line under the title.
    pub fn intro(self) -> &'static str {
        match self {
            Step::WarningSigns => {
                "These check for signs that need a doctor quickly. Answer for the headache you have now or have \
                 had recently."
            }
            Step::AboutYou => "Two quick questions that change how the criteria apply.",
            Step::AttackPattern => "Think of the headache you get most often.",
            Step::AttackFeatures => "Still thinking of your usual headache, when it is at its worst.",
            Step::Aura => "Some people notice changes before or during a headache.",
            Step::AuraDetails => "These details tell a migraine aura apart from other causes.",
            Step::Frequency => "An average over the last few months is fine.",
            Step::Medicines => "Count the days you take something, not the number of tablets.",
            Step::ClusterFeatures => "A few details about those attacks.",
            Step::Cycle => "Some migraines are linked to periods.",
            Step::Result => "",
        }
    }

    /// Whether the step is shown for these answers.
    pub fn is_shown(self, answers: &Answers) -> bool {
        let opened = |reply: Option<Reply>| matches!(reply, Some(Reply::Yes | Reply::NotSure));
        match self {
            Step::AuraDetails => opened(answers.aura.any),
            Step::Medicines => match answers.frequency.headache_days {
                Some(Quantity::Known(days)) => days >= MEDICINE_QUESTIONS_FROM_DAYS,
                // Not yet answered, or "not sure": ask, because overuse must not be missed.
                Some(Quantity::NotSure) | None => true,
            },
            Step::ClusterFeatures => opened(answers.attack.eye_temple_attacks),
            Step::Cycle => answers.about.has_periods == Some(Reply::Yes),
            _ => true,
        }
    }

    /// The steps to show, in order, ending with `Result`. Recomputed after every answer, so it can grow or shrink.
    pub fn all_for(answers: &Answers) -> Vec<Step> {
        Step::ORDER
            .into_iter()
            .filter(|step| step.is_shown(answers))
            .collect()
    }

    /// The next step. After the warning-sign step, a reported emergency sign goes straight to the result, which
    /// then says "go now".
    pub fn next(self, answers: &Answers) -> Option<Step> {
        if self == Step::WarningSigns && emergency_found(answers) {
            return Some(Step::Result);
        }
        Step::ORDER
            .into_iter()
            .filter(|step| *step > self)
            .find(|step| step.is_shown(answers))
    }

    /// The previous shown step, if any.
    pub fn previous(self, answers: &Answers) -> Option<Step> {
        Step::ORDER
            .into_iter()
            .rev()
            .filter(|step| *step < self)
            .find(|step| step.is_shown(answers))
    }
}

/// Where the person is in the self-check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Progress {
    /// Question steps already behind the person (all of them on the result).
    pub completed: usize,
    /// Number of question steps shown for these answers.
    pub total: usize,
}

impl Progress {
    /// The 1-based number of the current question step, for "Step 3 of 8".
    pub fn step_number(self) -> usize {
        (self.completed + 1).min(self.total)
    }

    /// Share done, from 0.0 on the first step up to 1.0 on the result.
    pub fn fraction(self) -> f32 {
        if self.total == 0 {
            return 1.0;
        }
        (self.completed.min(self.total) as f32) / (self.total as f32)
    }

    /// Whole percent, for `aria-valuenow`.
    pub fn percent(self) -> u8 {
        (self.fraction() * 100.0).round().clamp(0.0, 100.0) as u8
    }
}

/// Progress at `step`: the fraction reaches 1.0 only on the result, so the bar never claims to be done early.
pub fn progress(step: Step, answers: &Answers) -> Progress {
    let questions: Vec<Step> = Step::all_for(answers)
        .into_iter()
        .filter(|s| *s != Step::Result)
        .collect();
    let total = questions.len();
    let completed = if step == Step::Result {
        total
    } else {
        questions.iter().filter(|s| **s < step).count()
    };
    Progress { completed, total }
}

/// Whether a reported emergency sign is among the answers, so the UI can jump straight to the "go now" screen
/// after the warning-sign step. An unclear ("not sure") emergency sign is not a jump: the result says "see a
/// doctor today" with a "go now if it is happening" safety net.
pub fn emergency_found(answers: &Answers) -> bool {
    find_warning_signs(answers).iter().any(|finding| {
        finding.certainty == Certainty::Reported && finding.sign.urgency() == Triage::Emergency
    })
}
