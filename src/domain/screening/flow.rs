//! Which step of the self-check to show, as pure functions of the answers: warning signs first, then one topic per
//! screen, skipping what cannot matter. Back keeps answers because steps never clear anything.

use serde::{Deserialize, Serialize};

use super::answers::{Answers, HeadacheHistory, Quantity, Reply};
use super::triage::Triage;
use super::warning_signs::{find_warning_signs, Certainty};

/// Headache days a month from which the medicine questions are asked. ICHD-3 8.2 A needs 15; asking from 10 leaves
/// room for people who underestimate their headache days and lets the result warn about medicine days that are
/// already over a limit (`Advice::WatchMedicineDays`).
pub const MEDICINE_QUESTIONS_FROM_DAYS: u32 = 10;

/// One screen of the self-check. Fewer, fuller screens than earlier builds (which had separate screens for the
/// attack pattern, aura, frequency and periods): every "Next" is a tap, and a visitor should be done in a minute.
/// Stored copies naming a retired screen are moved forward by the storage migration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// SNNOOP10 warning signs, in two groups, and where these headaches stand. Always first.
    WarningSigns,
    /// Age (ICHD-3 1.1 B under 18; SNNOOP10 age 50), periods (ICHD-3 A1.1) and how often (ICHD-3 1.3, 2.x, 8.2 A,
    /// 4.10).
    AboutYou,
    /// The usual headache: how many, how long, what it is like, the cluster screening question and whether there is
    /// an aura (ICHD-3 1.1 A–D, 2.1 A–D, 3.1, 1.2).
    AttackFeatures,
    /// Aura kinds and the 6 characteristics (ICHD-3 1.2 A–C, 1.2.1). Skipped when there is no aura.
    AuraDetails,
    /// Medicine days per class (ICHD-3 8.2 B). Skipped under 10 headache days a month.
    Medicines,
    /// Short severe eye/temple attacks (ICHD-3 3.1). Only when reported.
    ClusterFeatures,
    /// The result.
    Result,
}

impl Step {
    /// Every step in order.
    pub const ORDER: [Step; 7] = [
        Step::WarningSigns,
        Step::AboutYou,
        Step::AttackFeatures,
        Step::AuraDetails,
        Step::Medicines,
        Step::ClusterFeatures,
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
            Step::AttackFeatures => "attack-features",
            Step::AuraDetails => "aura-details",
            Step::Medicines => "medicines",
            Step::ClusterFeatures => "cluster-features",
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
            Step::AboutYou => "About you, and how often",
            Step::AttackFeatures => "Your usual headache",
            Step::AuraDetails => "About those changes",
            Step::Medicines => "Medicines for headache",
            Step::ClusterFeatures => "The eye or temple attacks",
            Step::Result => "Your result",
        }
    }

    /// A line under the title, fitted to where the headaches stand: a first-ever headache is "this headache", and
    /// a person whose headaches changed answers for the usual ones (the change itself is already noted).
    pub fn intro(self, answers: &Answers) -> &'static str {
        let history = answers.warning.history;
        match self {
            Step::WarningSigns => {
                "These check for signs that need a doctor quickly. Answer for the headache you have now or have \
                 had recently."
            }
            Step::AboutYou => "A few facts that change how the criteria apply. An average over the last 3 months \
                               is fine.",
            Step::AttackFeatures => match history {
                Some(HeadacheHistory::FirstEver) => "Think of this headache, at its worst.",
                Some(HeadacheHistory::ChangedOrDifferent) => {
                    "Think of the headaches you usually get, at their worst. The change you noticed is already part \
                     of your result."
                }
                _ => "Think of the headache you get most often, at its worst.",
            },
            Step::AuraDetails => "These details tell a migraine aura apart from other causes.",
            Step::Medicines => "Count the days you take something, not the number of tablets.",
            Step::ClusterFeatures => "A few details about those attacks.",
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
            _ => true,
        }
    }

    /// The steps to show, in order, ending with `Result`. Recomputed after every answer: the aura, medicine and
    /// cluster screens come and go with answers on earlier screens, never with answers on their own, so the count
    /// the person sees on a screen holds while they answer it.
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

/// The numbered stages the person sees: safety, about you, the usual headache, and the details some answers open
/// (aura, medicines, cluster attacks), which share the last number. The total is the same for everyone and never
/// changes during the check, so the counter never jumps; a person who needs no details goes from step 3 to the
/// result.
pub const STAGES: usize = 4;

fn stage(step: Step) -> usize {
    match step {
        Step::WarningSigns => 1,
        Step::AboutYou => 2,
        Step::AttackFeatures => 3,
        Step::AuraDetails | Step::Medicines | Step::ClusterFeatures | Step::Result => STAGES,
    }
}

/// Progress at `step`: the fraction reaches 1.0 only on the result, so the bar never claims to be done early.
pub fn progress(step: Step, _answers: &Answers) -> Progress {
    let completed = if step == Step::Result {
        STAGES
    } else {
        stage(step) - 1
    };
    Progress {
        completed,
        total: STAGES,
    }
}

/// Whether a reported emergency sign is among the answers, so the UI can jump straight to the "go now" screen
/// after the warning-sign step. An unclear ("not sure") emergency sign is not a jump: the result says "see a
/// doctor today" with a "go now if it is happening" safety net.
pub fn emergency_found(answers: &Answers) -> bool {
    find_warning_signs(answers).iter().any(|finding| {
        finding.certainty == Certainty::Reported && finding.sign.urgency() == Triage::Emergency
    })
}
