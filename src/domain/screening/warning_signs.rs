//! SNNOOP10 warning signs (Do et al., Neurology 2019) found in the answers, each with its urgency. "Not sure" and
//! unanswered never count as "no": an unclear emergency sign still means a doctor today, never routine.

use serde::{Deserialize, Serialize};

use super::answers::{Answers, HeadacheHistory, Onset, Reply};
use super::logic::Tri;
use super::triage::Triage;

/// Age from which a new headache is a warning sign (CLINICAL.md: 50, the safer of the sources' cut-offs).
pub const NEW_HEADACHE_AGE: u32 = 50;

/// One warning sign. The urgency of each is fixed by CLINICAL.md's table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningSign {
    /// SNNOOP10 "onset sudden": thunderclap, peak within a minute. Emergency.
    Thunderclap,
    /// SNNOOP10 "systemic symptoms including fever" with a stiff neck. Emergency.
    FeverWithStiffNeck,
    /// A rash that does not fade under a glass. Emergency, with or without fever: such a rash can come before the
    /// fever in meningococcal disease, so waiting for a fever would under-triage.
    NonFadingRash,
    /// SNNOOP10 "neurologic deficit or dysfunction": confusion. Emergency.
    Confusion,
    /// SNNOOP10 "neurologic deficit": new weakness or facial droop. Emergency; never read as aura.
    Weakness,
    /// SNNOOP10 "neurologic deficit": new numbness. Emergency.
    Numbness,
    /// SNNOOP10 "neurologic deficit": new speech trouble. Emergency.
    SpeechTrouble,
    /// SNNOOP10 "neurologic deficit": new loss of sight or double vision. Emergency.
    VisionLoss,
    /// SNNOOP10 "neurologic deficit": seizure. Emergency.
    Seizure,
    /// SNNOOP10 "neurologic deficit": drowsiness. Emergency.
    Drowsiness,
    /// SNNOOP10 "post-traumatic onset" with blood thinners, vomiting, drowsiness or worsening headache. Emergency.
    HeadInjuryHighRisk,
    /// SNNOOP10 "pregnancy or puerperium" with vision change or swelling (possible pre-eclampsia). Emergency.
    /// Seizure and confusion are emergencies on their own and are reported as such.
    PregnancyWithWarningFeatures,
    /// SNNOOP10 "systemic symptoms including fever", without a stiff neck. Same day.
    Fever,
    /// A stiff neck without fever. Same day: not in CLINICAL.md's table on its own, but a stiff neck with headache
    /// is never routine.
    StiffNeck,
    /// SNNOOP10 "post-traumatic onset" without the high-risk features. Same day.
    HeadInjury,
    /// SNNOOP10 "pregnancy or puerperium" with a new or different headache. Same day.
    PregnancyNewHeadache,
    /// SNNOOP10 "older age": a headache that began in the last year at age 50 or over. Same day.
    NewAfterFifty,
    /// Jaw pain on chewing or a tender scalp (possible giant cell arteritis). Same day.
    JawOrScalp,
    /// SNNOOP10 "neoplasm history" / "pathology of the immune system" with a new or changed headache. Same day.
    ImmuneOrCancer,
    /// SNNOOP10 "positional". Same day.
    Positional,
    /// SNNOOP10 "precipitated by sneezing, coughing or exercise". Same day.
    CoughOrExertion,
    /// SNNOOP10 "progressive headache". Same day.
    SteadilyWorsening,
    /// SNNOOP10 "papilloedema". Same day.
    SwollenOpticDisc,
    /// SNNOOP10 "painful eye with autonomic features": a first painful red watering eye. Same day.
    RedPainfulEye,
    /// SNNOOP10 "recent onset": headaches that began in the last 3 months. Book soon.
    NewWithinThreeMonths,
    /// SNNOOP10 "pattern change". Book soon.
    PatternChanged,
    /// SNNOOP10 "new drug at onset". Book soon.
    NewMedicineAtOnset,
    /// SNNOOP10 "painkiller overuse" (ICHD-3 8.2). Book soon.
    PossibleMedicationOveruse,
    /// ICHD-3 4.10 new daily persistent headache: daily and unremitting from the first day. Book soon.
    DailyFromFirstDay,
    /// Aura with spinning, ringing ears, slurred speech, double vision, unsteadiness or sight changes in one eye
    /// only: not typical aura (ICHD-3 1.2.1). Brainstem aura (1.2.2) and retinal migraine (1.2.4) are diagnosed
    /// only after other causes are ruled out, so a doctor should hear about it. Book soon.
    AuraBeyondTypical,
}

impl WarningSign {
    /// Every sign, most urgent first.
    pub const ALL: [WarningSign; 30] = [
        WarningSign::Thunderclap,
        WarningSign::FeverWithStiffNeck,
        WarningSign::NonFadingRash,
        WarningSign::Confusion,
        WarningSign::Weakness,
        WarningSign::Numbness,
        WarningSign::SpeechTrouble,
        WarningSign::VisionLoss,
        WarningSign::Seizure,
        WarningSign::Drowsiness,
        WarningSign::HeadInjuryHighRisk,
        WarningSign::PregnancyWithWarningFeatures,
        WarningSign::Fever,
        WarningSign::StiffNeck,
        WarningSign::HeadInjury,
        WarningSign::PregnancyNewHeadache,
        WarningSign::NewAfterFifty,
        WarningSign::JawOrScalp,
        WarningSign::ImmuneOrCancer,
        WarningSign::Positional,
        WarningSign::CoughOrExertion,
        WarningSign::SteadilyWorsening,
        WarningSign::SwollenOpticDisc,
        WarningSign::RedPainfulEye,
        WarningSign::NewWithinThreeMonths,
        WarningSign::PatternChanged,
        WarningSign::NewMedicineAtOnset,
        WarningSign::PossibleMedicationOveruse,
        WarningSign::DailyFromFirstDay,
        WarningSign::AuraBeyondTypical,
    ];

    /// How urgent the sign is when the person reports it.
    pub fn urgency(self) -> Triage {
        match self {
            WarningSign::Thunderclap
            | WarningSign::FeverWithStiffNeck
            | WarningSign::NonFadingRash
            | WarningSign::Confusion
            | WarningSign::Weakness
            | WarningSign::Numbness
            | WarningSign::SpeechTrouble
            | WarningSign::VisionLoss
            | WarningSign::Seizure
            | WarningSign::Drowsiness
            | WarningSign::HeadInjuryHighRisk
            | WarningSign::PregnancyWithWarningFeatures => Triage::Emergency,
            WarningSign::Fever
            | WarningSign::StiffNeck
            | WarningSign::HeadInjury
            | WarningSign::PregnancyNewHeadache
            | WarningSign::NewAfterFifty
            | WarningSign::JawOrScalp
            | WarningSign::ImmuneOrCancer
            | WarningSign::Positional
            | WarningSign::CoughOrExertion
            | WarningSign::SteadilyWorsening
            | WarningSign::SwollenOpticDisc
            | WarningSign::RedPainfulEye => Triage::SameDay,
            WarningSign::NewWithinThreeMonths
            | WarningSign::PatternChanged
            | WarningSign::NewMedicineAtOnset
            | WarningSign::PossibleMedicationOveruse
            | WarningSign::DailyFromFirstDay
            | WarningSign::AuraBeyondTypical => Triage::Soon,
        }
    }

    /// A stable id for the UI and storage.
    pub fn id(self) -> &'static str {
        match self {
            WarningSign::Thunderclap => "thunderclap",
            WarningSign::FeverWithStiffNeck => "fever-with-stiff-neck",
            WarningSign::NonFadingRash => "non-fading-rash",
            WarningSign::Confusion => "confusion",
            WarningSign::Weakness => "weakness",
            WarningSign::Numbness => "numbness",
            WarningSign::SpeechTrouble => "speech-trouble",
            WarningSign::VisionLoss => "vision-loss",
            WarningSign::Seizure => "seizure",
            WarningSign::Drowsiness => "drowsiness",
            WarningSign::HeadInjuryHighRisk => "head-injury-high-risk",
            WarningSign::PregnancyWithWarningFeatures => "pregnancy-with-warning-features",
            WarningSign::Fever => "fever",
            WarningSign::StiffNeck => "stiff-neck",
            WarningSign::HeadInjury => "head-injury",
            WarningSign::PregnancyNewHeadache => "pregnancy-new-headache",
            WarningSign::NewAfterFifty => "new-after-fifty",
            WarningSign::JawOrScalp => "jaw-or-scalp",
            WarningSign::ImmuneOrCancer => "immune-or-cancer",
            WarningSign::Positional => "positional",
            WarningSign::CoughOrExertion => "cough-or-exertion",
            WarningSign::SteadilyWorsening => "steadily-worsening",
            WarningSign::SwollenOpticDisc => "swollen-optic-disc",
            WarningSign::RedPainfulEye => "red-painful-eye",
            WarningSign::NewWithinThreeMonths => "new-within-three-months",
            WarningSign::PatternChanged => "pattern-changed",
            WarningSign::NewMedicineAtOnset => "new-medicine-at-onset",
            WarningSign::PossibleMedicationOveruse => "possible-medication-overuse",
            WarningSign::DailyFromFirstDay => "daily-from-first-day",
            WarningSign::AuraBeyondTypical => "aura-beyond-typical",
        }
    }

    /// Why this matters, in plain and calm words.
    pub fn plain_reason(self) -> &'static str {
        match self {
            WarningSign::Thunderclap => {
                "A headache that reaches its worst within a minute can come from bleeding or a blood vessel problem \
                 and must be checked straight away."
            }
            WarningSign::FeverWithStiffNeck => {
                "Fever with a stiff neck can be a sign of meningitis, which needs treatment straight away."
            }
            WarningSign::NonFadingRash => {
                "A rash that does not fade under a glass can be a sign of a serious infection that needs \
                 treatment straight away."
            }
            WarningSign::Confusion => "New confusion with a headache needs to be checked straight away.",
            WarningSign::Weakness => {
                "New weakness or a drooping face can be a sign of a stroke. This is not treated as a migraine aura."
            }
            WarningSign::Numbness => "New numbness with a headache needs to be checked straight away.",
            WarningSign::SpeechTrouble => "New trouble speaking or understanding can be a sign of a stroke.",
            WarningSign::VisionLoss => "New loss of sight or double vision needs to be checked straight away.",
            WarningSign::Seizure => "A fit with a headache needs to be checked straight away.",
            WarningSign::Drowsiness => "Unusual drowsiness with a headache needs to be checked straight away.",
            WarningSign::HeadInjuryHighRisk => {
                "After a knock to the head, blood thinners, vomiting, drowsiness or a worsening headache can mean \
                 bleeding inside the head."
            }
            WarningSign::PregnancyWithWarningFeatures => {
                "In pregnancy or soon after birth, a headache with changes in vision or sudden swelling can be a \
                 sign of pre-eclampsia."
            }
            WarningSign::Fever => "A headache with a fever should be checked by a doctor today.",
            WarningSign::StiffNeck => "A headache with a stiff neck should be checked by a doctor today.",
            WarningSign::HeadInjury => "A headache that started after a knock to the head should be checked today.",
            WarningSign::PregnancyNewHeadache => {
                "A new or different headache in pregnancy or soon after birth should be checked today."
            }
            WarningSign::NewAfterFifty => {
                "Headaches that begin at 50 or older have more possible causes and should be checked today."
            }
            WarningSign::JawOrScalp => {
                "Jaw pain when chewing or a sore scalp can come from inflamed arteries, which is treatable but \
                 should be checked today to protect your eyesight."
            }
            WarningSign::ImmuneOrCancer => {
                "With a weakened immune system or a history of cancer, a new or changed headache should be checked \
                 today."
            }
            WarningSign::Positional => {
                "A headache that changes a lot with lying down or standing up can come from a change in the fluid \
                 pressure around the brain."
            }
            WarningSign::CoughOrExertion => {
                "A headache set off by coughing, sneezing or effort should be checked to rule out a cause inside \
                 the head."
            }
            WarningSign::SteadilyWorsening => "A headache that keeps getting worse should be checked today.",
            WarningSign::SwollenOpticDisc => {
                "A swollen optic disc can mean raised pressure inside the head and should be followed up today."
            }
            WarningSign::RedPainfulEye => {
                "A first painful, red, watering eye can be raised pressure in the eye (glaucoma), which needs \
                 treatment quickly."
            }
            WarningSign::NewWithinThreeMonths => {
                "Headaches that began in the last 3 months are worth a doctor's look before a pattern is named."
            }
            WarningSign::PatternChanged => {
                "A clear change in your headaches is worth talking through with a doctor."
            }
            WarningSign::NewMedicineAtOnset => {
                "Headaches that began with a new medicine may be a side effect; do not stop a prescribed medicine \
                 without asking."
            }
            WarningSign::PossibleMedicationOveruse => {
                "Taking headache medicine this often can itself keep headaches going. A doctor can help you cut \
                 down safely."
            }
            WarningSign::DailyFromFirstDay => {
                "A headache that started one day and never stopped is a different condition from migraine and \
                 should be seen by a doctor."
            }
            WarningSign::AuraBeyondTypical => {
                "Spinning, ringing ears, slurred speech, double vision, unsteadiness or changes in one eye only are \
                 not part of the common kind of aura. They can still be migraine, but a doctor should check them \
                 first."
            }
        }
    }
}

/// Whether the person said the sign is there, or could not rule it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// The person answered "yes".
    Reported,
    /// The person answered "not sure" or left it unanswered, so it cannot be ruled out.
    Unclear,
}

/// A warning sign found in the answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SignFinding {
    /// Which sign.
    pub sign: WarningSign,
    /// Reported or unclear.
    pub certainty: Certainty,
}

impl SignFinding {
    /// The urgency this finding sets. A reported sign keeps its own level. An unclear emergency sign becomes
    /// "see a doctor today" with a safety net to go now if it is happening: that is the brief's safe handling, and it
    /// never falls below same day. An unclear same-day or book-soon sign keeps its level, because "not sure" is
    /// never reassurance.
    ///
    /// Decided deliberately for the grouped safety step, where "not sure" can be said of a whole group and then of a
    /// sign: "not sure" to a thunderclap, or to a stiff neck beside a fever, is same day with the go-now line, not
    /// an emergency. A person who cannot tell whether a headache peaked within a minute is usually describing one
    /// that built up, and one who has a fever but cannot tell whether the neck is stiff can be examined today; the
    /// result still tells both to call the emergency number at once if it is happening now or they are in doubt.
    /// Raising every such "not sure" to an emergency would send many to the emergency department whom a same-day
    /// doctor serves, and teach people that the check cries wolf.
    pub fn urgency(&self) -> Triage {
        match self.certainty {
            Certainty::Reported => self.sign.urgency(),
            Certainty::Unclear => self.sign.urgency().min(Triage::SameDay),
        }
    }

    /// The reason in plain words, with the "not sure" caveat when it applies.
    pub fn explanation(&self) -> String {
        match self.certainty {
            Certainty::Reported => self.sign.plain_reason().to_string(),
            Certainty::Unclear if self.sign.urgency() == Triage::Emergency => format!(
                "You were not sure about this, so it cannot be ruled out. {} If it is happening now, call your local \
                 emergency number.",
                self.sign.plain_reason()
            ),
            Certainty::Unclear => format!(
                "You were not sure about this, so it cannot be ruled out. {}",
                self.sign.plain_reason()
            ),
        }
    }
}

/// When the headaches began and whether they changed, as facts for the signs.
struct Story {
    began_within_year: Tri,
    began_within_three_months: Tri,
    changed: Tri,
}

/// Reads the history answer, or (for answers kept by earlier builds) the separate onset and change answers.
fn story(answers: &Answers) -> Story {
    let w = &answers.warning;
    let facts = |within_year, within_three_months, changed| Story {
        began_within_year: within_year,
        began_within_three_months: within_three_months,
        changed,
    };
    match w.history {
        Some(HeadacheHistory::SameForOverAYear) => facts(Tri::No, Tri::No, Tri::No),
        Some(HeadacheHistory::BeganThisYear) => facts(Tri::Yes, Tri::No, Tri::No),
        Some(HeadacheHistory::BeganLastThreeMonths | HeadacheHistory::FirstEver) => {
            facts(Tri::Yes, Tri::Yes, Tri::No)
        }
        // The different headache is itself new: "new" for the age-50 and immune/cancer signs. Recent onset is not
        // listed as well, because the pattern change already says the same thing at the same level.
        Some(HeadacheHistory::ChangedOrDifferent) => facts(Tri::Yes, Tri::No, Tri::Yes),
        Some(HeadacheHistory::NotSure) => facts(Tri::Unknown, Tri::Unknown, Tri::Unknown),
        None => {
            let within_year = match w.onset {
                Some(Onset::LastThreeMonths | Onset::ThreeToTwelveMonths) => Tri::Yes,
                Some(Onset::OverAYear) => Tri::No,
                Some(Onset::NotSure) | None => Tri::Unknown,
            };
            let within_three_months = match w.onset {
                Some(Onset::LastThreeMonths) => Tri::Yes,
                Some(Onset::ThreeToTwelveMonths | Onset::OverAYear) => Tri::No,
                Some(Onset::NotSure) | None => Tri::Unknown,
            };
            facts(
                within_year,
                within_three_months,
                Tri::reply(w.pattern_changed),
            )
        }
    }
}

/// Finds every warning sign in the answers (except medication overuse, which `evaluate` adds from ICHD-3 8.2).
///
/// Each group of related signs yields at most one finding, the most urgent; a combined sign (fever with stiff
/// neck) replaces its parts. Unanswered warning questions count as "not sure", so an incomplete warning step can
/// never read as reassuring.
pub fn find_warning_signs(answers: &Answers) -> Vec<SignFinding> {
    let w = &answers.warning;
    // A sign of a group whose opening question was answered "no" is a "no"; "yes" or "not sure" to the opening
    // question leaves each sign to its own answer, and an unanswered sign there is "not sure". An answer given to
    // the sign itself always decides (answers kept from builds before the groups have no opening answer).
    let in_group = |group: Option<Reply>| {
        move |sign: Option<Reply>| match (sign, group) {
            (Some(reply), _) => Tri::reply(Some(reply)),
            (None, Some(Reply::No)) => Tri::No,
            (None, _) => Tri::Unknown,
        }
    };
    let emergency = in_group(w.emergency_group);
    let same_day = in_group(w.same_day_group);
    let fever = same_day(w.fever);
    let stiff_neck = same_day(w.stiff_neck);
    let confusion = emergency(w.confusion);
    let seizure = emergency(w.seizure);
    let drowsiness = emergency(w.drowsiness);
    let head_injury = same_day(w.head_injury);
    let pregnant = same_day(w.pregnant_or_postpartum);
    // Follow-ups are asked only after "yes" or "not sure" to their opening sign; unanswered there is "not sure".
    let reply = Tri::reply;

    let story = story(answers);
    let began_within_year = story.began_within_year;
    let began_within_three_months = story.began_within_three_months;
    let aged_fifty_or_over = Tri::number(answers.about.age, |age| age >= NEW_HEADACHE_AGE);
    let pattern_changed = story.changed;
    // SNNOOP10 "new drug at onset" is about the onset of a new headache: it is not asked of headaches unchanged for
    // over a year, and "not asked" is not "not sure".
    let new_medicine = match (w.new_medicine, w.history) {
        (None, Some(HeadacheHistory::SameForOverAYear)) => Tri::No,
        (answer, _) => reply(answer),
    };

    let groups: Vec<Vec<(WarningSign, Tri)>> = vec![
        vec![(WarningSign::Thunderclap, emergency(w.thunderclap))],
        vec![
            (WarningSign::FeverWithStiffNeck, fever.and(stiff_neck)),
            (WarningSign::Fever, fever),
            (WarningSign::StiffNeck, stiff_neck),
        ],
        vec![(WarningSign::NonFadingRash, emergency(w.non_fading_rash))],
        vec![(WarningSign::Confusion, confusion)],
        vec![(WarningSign::Weakness, emergency(w.weakness))],
        vec![(WarningSign::Numbness, emergency(w.numbness))],
        vec![(WarningSign::SpeechTrouble, emergency(w.speech_trouble))],
        vec![(WarningSign::VisionLoss, emergency(w.vision_loss))],
        vec![(WarningSign::Seizure, seizure)],
        vec![(WarningSign::Drowsiness, drowsiness)],
        vec![
            (
                WarningSign::HeadInjuryHighRisk,
                head_injury.and(Tri::any(&[
                    reply(w.head_injury_blood_thinners),
                    reply(w.head_injury_vomiting),
                    reply(w.head_injury_worsening),
                    drowsiness,
                ])),
            ),
            (WarningSign::HeadInjury, head_injury),
        ],
        vec![
            // Deliberately safer than "new headache plus…": vision change or sudden swelling in pregnancy is an
            // emergency even when the headache feels familiar, because pre-eclampsia does not care.
            (
                WarningSign::PregnancyWithWarningFeatures,
                pregnant.and(Tri::any(&[
                    reply(w.pregnancy_vision_change),
                    reply(w.pregnancy_swelling),
                    seizure,
                    confusion,
                ])),
            ),
            (
                WarningSign::PregnancyNewHeadache,
                pregnant.and(reply(w.pregnancy_new_headache)),
            ),
        ],
        vec![(
            WarningSign::NewAfterFifty,
            aged_fifty_or_over.and(began_within_year),
        )],
        vec![(WarningSign::JawOrScalp, same_day(w.jaw_or_scalp))],
        vec![(
            WarningSign::ImmuneOrCancer,
            same_day(w.immune_or_cancer).and(began_within_year.or(pattern_changed)),
        )],
        vec![(WarningSign::Positional, same_day(w.positional))],
        vec![(WarningSign::CoughOrExertion, same_day(w.cough_or_exertion))],
        vec![(
            WarningSign::SteadilyWorsening,
            same_day(w.steadily_worsening),
        )],
        vec![(
            WarningSign::SwollenOpticDisc,
            same_day(w.swollen_optic_disc),
        )],
        vec![(WarningSign::RedPainfulEye, same_day(w.red_painful_eye))],
        vec![(WarningSign::NewWithinThreeMonths, began_within_three_months)],
        vec![(WarningSign::PatternChanged, pattern_changed)],
        vec![(WarningSign::NewMedicineAtOnset, new_medicine)],
        // Only asked at 15+ headache days, so unanswered here means "not asked", not "not sure".
        // Asked only on the aura details screen, so unanswered means "not asked", not "not sure".
        vec![(
            WarningSign::AuraBeyondTypical,
            match answers.aura.atypical_symptoms {
                Some(Reply::Yes) => Tri::Yes,
                Some(Reply::NotSure) => Tri::Unknown,
                Some(Reply::No) | None => Tri::No,
            },
        )],
        vec![(
            WarningSign::DailyFromFirstDay,
            match answers.frequency.daily_from_first_day {
                None => Tri::No,
                some => reply(some),
            },
        )],
    ];

    groups
        .iter()
        .filter_map(|group| most_urgent(group))
        .collect()
}

/// The finding that matters most in a group: highest resulting urgency, then the gravest sign (so an unclear
/// emergency keeps its "go now if…" safety net), then a reported sign over an unclear one.
fn most_urgent(group: &[(WarningSign, Tri)]) -> Option<SignFinding> {
    group
        .iter()
        .filter_map(|(sign, fact)| match fact {
            Tri::Yes => Some(SignFinding {
                sign: *sign,
                certainty: Certainty::Reported,
            }),
            Tri::Unknown => Some(SignFinding {
                sign: *sign,
                certainty: Certainty::Unclear,
            }),
            Tri::No => None,
        })
        .max_by_key(|finding| {
            (
                finding.urgency(),
                finding.sign.urgency(),
                finding.certainty == Certainty::Reported,
            )
        })
}
