//! The answer model: what a person told the self-check, where every question may be unanswered (`None`) or "not sure".
//!
//! Nothing here interprets answers; the rules live in `warning_signs`, the disorder modules and `assessment`.
//! `#[serde(default)]` on every section lets answers saved by an older version of the app still load.

use serde::{Deserialize, Serialize};

/// A reply to a yes/no question. "Not sure" is a real answer and is never read as a reassuring "no".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reply {
    /// Yes.
    Yes,
    /// No.
    No,
    /// The person does not know; treated as unknown by every rule, and as possibly present for warning signs.
    NotSure,
}

impl Reply {
    /// The words shown on the answer button.
    pub fn plain_label(self) -> &'static str {
        match self {
            Reply::Yes => "Yes",
            Reply::No => "No",
            Reply::NotSure => "I'm not sure",
        }
    }
}

/// A whole number (years, days, months, minutes, attacks) or "not sure".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quantity {
    /// The number the person gave.
    Known(u32),
    /// The person does not know.
    NotSure,
}

impl Quantity {
    /// The number, if the person knew it.
    pub fn known(self) -> Option<u32> {
        match self {
            Quantity::Known(n) => Some(n),
            Quantity::NotSure => None,
        }
    }
}

/// Usual pain intensity of an untreated attack (ICHD-3 1.1 C3 "moderate or severe", 2.1 C3 "mild or moderate",
/// 3.1 B "severe or very severe").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Can carry on as usual.
    Mild,
    /// Gets in the way of what one is doing.
    Moderate,
    /// Has to stop what one is doing.
    Severe,
    /// Does not know.
    NotSure,
}

/// Where the usual headache is (ICHD-3 1.1 C1 "unilateral location", 2.1 C1 "bilateral location").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PainSide {
    /// One side of the head during an attack (the side may change from one attack to the next).
    OneSide,
    /// Both sides, or all over.
    BothSides,
    /// Sometimes one side, sometimes both: neither feature can be counted for sure.
    Varies,
    /// Does not know.
    NotSure,
}

/// What the usual pain feels like (ICHD-3 1.1 C2 "pulsating quality", 2.1 C2 "pressing or tightening (non-pulsating)").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PainQuality {
    /// Throbbing or pulsing, in time with the heartbeat.
    Throbbing,
    /// Pressing, tight, like a band or a weight.
    PressingOrTight,
    /// Something else, e.g. stabbing or burning.
    Other,
    /// Does not know.
    NotSure,
}

/// When these headaches first began. Feeds SNNOOP10 "older age" (new at ≥ 50), "pattern change or recent onset"
/// and the immunosuppression/cancer sign ("new or changed headache").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Onset {
    /// Within the last 3 months: a new headache (SNNOOP10 "recent onset").
    LastThreeMonths,
    /// Between 3 and 12 months ago: still "new" for the age-50 and immunosuppression signs.
    ThreeToTwelveMonths,
    /// More than a year ago.
    OverAYear,
    /// Does not know.
    NotSure,
}

/// Where these headaches stand in the person's story: the branch asked early in the safety step, so that a person with
/// long-known headaches, a new or different headache, or a first-ever headache each meets questions that fit.
/// Feeds SNNOOP10 "older age" (new at ≥ 50), "pattern change or recent onset", "new drug at onset" and the
/// immunosuppression/cancer sign ("new or changed headache"). Replaces the separate "when did they begin" and
/// "have they changed" questions of earlier builds, whose answers are still read when this one is absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HeadacheHistory {
    /// The same kind of headache for more than a year, not clearly changed in the last 3 months.
    SameForOverAYear,
    /// Headaches like these began 3 to 12 months ago: still "new" for the age-50 and immunosuppression signs.
    BeganThisYear,
    /// Headaches like these began in the last 3 months (SNNOOP10 "recent onset").
    BeganLastThreeMonths,
    /// Headaches known for longer, but they changed clearly in the last 3 months, or this one is different
    /// (SNNOOP10 "pattern change"). The different headache is itself new, so the age-50 sign applies to it.
    ChangedOrDifferent,
    /// The first headache like this (recent onset; a single attack, so the attack count is settled at one).
    FirstEver,
    /// Does not know.
    NotSure,
}

/// Feeling sick or vomiting with the usual headache, one answer for three facts (ICHD-3 1.1 D1 nausea and/or
/// vomiting; 2.1/2.2 D1 neither; 2.3 D mild nausea allowed, moderate or severe nausea and vomiting not).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sickness {
    /// Vomits (and so feels sick).
    Vomits,
    /// Feels sick, more than mildly, without vomiting.
    FeelsSick,
    /// Only mild nausea, no vomiting.
    SlightlyQueasy,
    /// Neither nausea nor vomiting.
    Neither,
    /// Does not know.
    NotSure,
}

/// Light and sound sensitivity during the usual headache, one answer for the pair ICHD-3 always reads together
/// (1.1 D2 needs both; 2.1–2.3 D allow at most one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LightAndSound {
    /// Both light and sound bother.
    Both,
    /// Light only.
    LightOnly,
    /// Sound only.
    SoundOnly,
    /// Neither.
    Neither,
    /// Does not know.
    NotSure,
}

/// The course of cluster attacks over the last year and more (ICHD-3 3.1.1 episodic: at least two bouts of 7 days
/// to a year, separated by ≥ 3 months free of attacks; 3.1.2 chronic: for at least a year with no break of 3
/// months or more).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClusterCourse {
    /// Two or more bouts so far, with 3 months or more free of attacks between them (3.1.1).
    BoutsWithLongBreaks,
    /// Going on for a year or more with no break of 3 months or more (3.1.2).
    YearWithoutLongBreak,
    /// Neither yet: a first bout, or attacks for less than a year (the subtype cannot be told yet).
    TooEarlyToTell,
    /// Does not know.
    NotSure,
}

/// How often the short eye/temple attacks come while they are active (ICHD-3 3.1 D).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClusterFrequency {
    /// Less often than one every other day.
    LessThanEveryOtherDay,
    /// From one every other day up to 8 a day (ICHD-3 3.1 D).
    EveryOtherDayToEightADay,
    /// More than 8 a day.
    MoreThanEightADay,
    /// Does not know.
    NotSure,
}

/// Warning-sign questions (SNNOOP10, Do et al. 2019), asked first and on one screen.
///
/// The follow-ups (`head_injury_*`, `pregnancy_*`) are only shown when their opening question is "yes" or "not sure".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WarningAnswers {
    /// The opening question of the emergency group: does any of its signs apply? "No" answers every sign of the
    /// group; "yes" or "not sure" opens them one by one (an individual answer, when given, always decides).
    pub emergency_group: Option<Reply>,
    /// The opening question of the same-day group, read like `emergency_group`.
    pub same_day_group: Option<Reply>,
    /// Where these headaches stand: long-known, new, changed or first-ever.
    pub history: Option<HeadacheHistory>,
    /// SNNOOP10 "onset sudden": thunderclap, worst ever, peak within a minute.
    pub thunderclap: Option<Reply>,
    /// SNNOOP10 "systemic symptoms including fever".
    pub fever: Option<Reply>,
    /// Stiff neck (with fever: possible meningitis).
    pub stiff_neck: Option<Reply>,
    /// A rash that does not fade under a pressed glass.
    pub non_fading_rash: Option<Reply>,
    /// SNNOOP10 "neurologic deficit or dysfunction": confusion.
    pub confusion: Option<Reply>,
    /// New weakness of an arm or leg, or a drooping face. Never read as aura (ICHD-3 1.2.1 excludes motor symptoms).
    pub weakness: Option<Reply>,
    /// New numbness or loss of feeling.
    pub numbness: Option<Reply>,
    /// New difficulty speaking or understanding.
    pub speech_trouble: Option<Reply>,
    /// New loss of sight or double vision.
    pub vision_loss: Option<Reply>,
    /// A seizure (fit).
    pub seizure: Option<Reply>,
    /// Unusual drowsiness.
    pub drowsiness: Option<Reply>,
    /// SNNOOP10 "post-traumatic onset": headache after a blow to the head.
    pub head_injury: Option<Reply>,
    /// Head injury follow-up: takes blood thinners.
    pub head_injury_blood_thinners: Option<Reply>,
    /// Head injury follow-up: vomited since.
    pub head_injury_vomiting: Option<Reply>,
    /// Head injury follow-up: headache worsening since.
    pub head_injury_worsening: Option<Reply>,
    /// SNNOOP10 "pregnancy or puerperium": pregnant or gave birth within the last 6 weeks.
    pub pregnant_or_postpartum: Option<Reply>,
    /// Pregnancy follow-up: the headache is new or different.
    pub pregnancy_new_headache: Option<Reply>,
    /// Pregnancy follow-up: blurred vision, flashing lights or spots.
    pub pregnancy_vision_change: Option<Reply>,
    /// Pregnancy follow-up: sudden swelling of face, hands or feet.
    pub pregnancy_swelling: Option<Reply>,
    /// SNNOOP10 "older age" companion: jaw pain on chewing or a tender scalp (possible giant cell arteritis).
    pub jaw_or_scalp: Option<Reply>,
    /// SNNOOP10 "neoplasm history" and "pathology of the immune system".
    pub immune_or_cancer: Option<Reply>,
    /// SNNOOP10 "positional".
    pub positional: Option<Reply>,
    /// SNNOOP10 "precipitated by sneezing, coughing or exercise".
    pub cough_or_exertion: Option<Reply>,
    /// SNNOOP10 "progressive headache".
    pub steadily_worsening: Option<Reply>,
    /// SNNOOP10 "papilloedema", as reported by an eye doctor or optician.
    pub swollen_optic_disc: Option<Reply>,
    /// SNNOOP10 "painful eye with autonomic features": a first painful red watering eye.
    pub red_painful_eye: Option<Reply>,
    /// When these headaches first began (earlier builds; now read only when `history` is absent).
    pub onset: Option<Onset>,
    /// SNNOOP10 "pattern change": a clear change in the last 3 months (earlier builds; see `onset`).
    pub pattern_changed: Option<Reply>,
    /// SNNOOP10 "painkiller overuse or new drug at onset": started soon after a new medicine.
    pub new_medicine: Option<Reply>,
}

/// About the person: age (ICHD-3 1.1 note on under-18s; SNNOOP10 age 50) and whether periods apply (ICHD-3 A1.1).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AboutYou {
    /// Age in years.
    pub age: Option<Quantity>,
    /// Has periods (pill withdrawal bleeds count, ICHD-3 A1.1 note).
    pub has_periods: Option<Reply>,
}

/// The usual headache attack, untreated or treated without success (ICHD-3 1.1 A–D, 2.1 A–D).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AttackAnswers {
    /// Number of attacks like this ever (ICHD-3 1.1 A ≥ 5, 2.1 A ≥ 10).
    pub count: Option<Quantity>,
    /// Usual untreated length in minutes (ICHD-3 1.1 B, 2.1 B). Falling asleep and waking pain-free ends the attack.
    pub minutes: Option<Quantity>,
    /// When the attacks vary, the length of the longest ones (optional; only counted when longer than `minutes`).
    /// The criteria are then read over the whole span, conservatively: met only if every length in it meets them.
    pub minutes_longest: Option<Quantity>,
    /// Screening question for cluster headache: short, very severe attacks around one eye or temple (ICHD-3 3.1 B).
    pub eye_temple_attacks: Option<Reply>,
    /// Where the pain is.
    pub side: Option<PainSide>,
    /// What the pain feels like.
    pub quality: Option<PainQuality>,
    /// How bad the pain usually gets.
    pub severity: Option<Severity>,
    /// Worse with routine activity, or makes one avoid it (ICHD-3 1.1 C4).
    pub worse_with_activity: Option<Reply>,
    /// Feeling sick or vomiting, one answer (this build's question; the three fields below are earlier builds').
    pub sickness: Option<Sickness>,
    /// Light and sound sensitivity, one answer (this build's question; `light` and `sound` are earlier builds').
    pub light_and_sound: Option<LightAndSound>,
    /// Nausea during the headache (ICHD-3 1.1 D1).
    pub nausea: Option<Reply>,
    /// The nausea is only mild (ICHD-3 2.3 D allows mild nausea; only asked when nausea is "yes").
    pub nausea_mild: Option<Reply>,
    /// Vomiting during the headache (ICHD-3 1.1 D1).
    pub vomiting: Option<Reply>,
    /// Light bothers (photophobia, ICHD-3 1.1 D2).
    pub light: Option<Reply>,
    /// Sound bothers (phonophobia, ICHD-3 1.1 D2).
    pub sound: Option<Reply>,
}

/// Aura (ICHD-3 1.2 A–C, 2018 final text: at least 3 of the 6 characteristics in C).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AuraAnswers {
    /// Any temporary change in sight, feeling or speech before or with the headache.
    pub any: Option<Reply>,
    /// Visual aura (ICHD-3 1.2 B1).
    pub visual: Option<Reply>,
    /// Sensory aura (ICHD-3 1.2 B2).
    pub sensory: Option<Reply>,
    /// Speech and/or language aura (ICHD-3 1.2 B3).
    pub speech: Option<Reply>,
    /// All aura symptoms go away completely (ICHD-3 1.2 B "fully reversible").
    pub fully_reversible: Option<Reply>,
    /// ICHD-3 1.2 C1: at least one aura symptom spreads gradually over ≥ 5 minutes.
    pub spreads: Option<Reply>,
    /// ICHD-3 1.2 C2: two or more aura symptoms occur in succession.
    pub succession: Option<Reply>,
    /// ICHD-3 1.2 C3: each individual aura symptom lasts 5–60 minutes.
    pub lasts_5_to_60: Option<Reply>,
    /// ICHD-3 1.2 C4: at least one aura symptom is one-sided.
    pub one_sided: Option<Reply>,
    /// ICHD-3 1.2 C5: at least one aura symptom is positive (flicker, zigzags, pins and needles).
    pub positive: Option<Reply>,
    /// ICHD-3 1.2 C6: the aura comes with, or is followed within 60 minutes by, headache.
    pub headache_within_60: Option<Reply>,
    /// Brainstem or retinal aura symptoms (spinning, ringing ears, slurred speech, double vision, unsteadiness, or
    /// sight changes in one eye only): their presence means the aura is not typical aura (ICHD-3 1.2.1).
    pub atypical_symptoms: Option<Reply>,
    /// Number of attacks with aura (ICHD-3 1.2 A ≥ 2).
    pub count: Option<Quantity>,
    /// The aura comes before every headache, so the usual headache is the aura attack (no separate 1.1 label).
    pub every_attack: Option<Reply>,
}

/// How often (ICHD-3 1.3 A/C, 2.1–2.3 A, 8.2 A).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FrequencyAnswers {
    /// Headache days per month on average; 0 means less than one a month (ICHD-3 2.1 A).
    pub headache_days: Option<Quantity>,
    /// For how many months it has been this frequent (ICHD-3 "> 3 months" means 4 or more whole months).
    pub months: Option<Quantity>,
    /// Days a month with migraine features or relieved by a triptan/ergot (ICHD-3 1.3 C ≥ 8).
    pub migraine_days: Option<Quantity>,
    /// The daily headache began one day and has not stopped since (ICHD-3 4.10 new daily persistent headache).
    pub daily_from_first_day: Option<Reply>,
}

/// Acute medicine use, counted in days a month (ICHD-3 8.2 B: days, not doses).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MedicineAnswers {
    /// Days a month with any acute headache medicine at all (ICHD-3 8.2.6 counts total days).
    pub any_days: Option<Quantity>,
    /// Simple analgesics: paracetamol, aspirin and other NSAIDs together, one class (ICHD-3 8.2.3, ≥ 15 days).
    pub simple_days: Option<Quantity>,
    /// Triptans (ICHD-3 8.2.2, ≥ 10 days).
    pub triptan_days: Option<Quantity>,
    /// Ergots (ICHD-3 8.2.1, ≥ 10 days).
    pub ergot_days: Option<Quantity>,
    /// Opioids (ICHD-3 8.2.4, ≥ 10 days).
    pub opioid_days: Option<Quantity>,
    /// Combination analgesics, e.g. with codeine or caffeine in one tablet (ICHD-3 8.2.5, ≥ 10 days).
    pub combination_days: Option<Quantity>,
    /// For how many months medicine has been taken this often (ICHD-3 8.2 B "> 3 months").
    pub months: Option<Quantity>,
    /// Any of the medicines contains codeine or another opioid (advice not to stop abruptly).
    pub codeine_or_opioid: Option<Reply>,
}

/// Short severe eye/temple attacks (ICHD-3 3.1 A–D).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClusterAnswers {
    /// Always on one side (ICHD-3 3.1 B "unilateral").
    pub one_sided: Option<Reply>,
    /// Severe or very severe (ICHD-3 3.1 B).
    pub severe: Option<Reply>,
    /// Length of an untreated attack in minutes (ICHD-3 3.1 B, 15–180).
    pub minutes: Option<Quantity>,
    /// Number of such attacks ever (ICHD-3 3.1 A ≥ 5).
    pub count: Option<Quantity>,
    /// How often (ICHD-3 3.1 D).
    pub frequency: Option<ClusterFrequency>,
    /// Same-side watering or red eye (ICHD-3 3.1 C1 a).
    pub eye_watering_or_red: Option<Reply>,
    /// Same-side blocked or runny nose (ICHD-3 3.1 C1 b).
    pub nose: Option<Reply>,
    /// Same-side eyelid swelling (ICHD-3 3.1 C1 c).
    pub eyelid_swelling: Option<Reply>,
    /// Same-side forehead or face sweating (ICHD-3 3.1 C1 d).
    pub sweating: Option<Reply>,
    /// Same-side small pupil and/or drooping eyelid (ICHD-3 3.1 C1 e).
    pub pupil_or_lid: Option<Reply>,
    /// Restless or agitated during the attack (ICHD-3 3.1 C2).
    pub restless: Option<Reply>,
    /// Bouts with long breaks, or a year without one (ICHD-3 3.1.1 / 3.1.2).
    pub course: Option<ClusterCourse>,
}

/// Menstrual timing (ICHD-3 appendix A1.1.1/A1.1.2). Day 1 is the first day of bleeding; there is no day 0.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CycleAnswers {
    /// Attacks tend to start from 2 days before to 3 days after a period starts (days −2 to +3).
    pub window: Option<Reply>,
}

/// Preventive treatments, asked on a migraine result only (EHF 2020, Sacco et al., J Headache Pain 2020;21:76:
/// resistant migraine is ≥ 3 classes of preventives failed and ≥ 8 debilitating days a month for ≥ 3 months).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TreatmentAnswers {
    /// Has taken a daily (or regular injected) treatment to prevent migraine.
    pub tried: Option<Reply>,
    /// How many different kinds did not help enough, were not tolerated or could not be taken.
    pub kinds_failed: Option<Quantity>,
    /// Days a month headaches stop usual activities despite acute medicine (EHF 2020's debilitating days).
    pub disabling_days: Option<Quantity>,
}

/// Everything the person has answered so far. Serialised as-is into storage; unknown fields from older
/// versions are ignored and missing ones default to "unanswered".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    /// Warning signs (SNNOOP10).
    pub warning: WarningAnswers,
    /// Age and periods.
    pub about: AboutYou,
    /// The usual attack.
    pub attack: AttackAnswers,
    /// Aura.
    pub aura: AuraAnswers,
    /// How often.
    pub frequency: FrequencyAnswers,
    /// Acute medicines.
    pub medicines: MedicineAnswers,
    /// Short severe eye/temple attacks.
    pub cluster: ClusterAnswers,
    /// Menstrual timing.
    pub cycle: CycleAnswers,
    /// Preventive treatments tried (asked on a migraine result).
    pub treatments: TreatmentAnswers,
}

impl Answers {
    /// Answers with both safety groups and every warning sign answered "no" (follow-ups stay hidden and
    /// unanswered), and headaches that began more than a year ago and have not changed, given as the separate
    /// onset and change answers so a test can move either on its own. A convenient, honest starting point for
    /// tests and demos.
    pub fn without_warning_signs() -> Self {
        let no = Some(Reply::No);
        Answers {
            warning: WarningAnswers {
                emergency_group: no,
                same_day_group: no,
                thunderclap: no,
                fever: no,
                stiff_neck: no,
                non_fading_rash: no,
                confusion: no,
                weakness: no,
                numbness: no,
                speech_trouble: no,
                vision_loss: no,
                seizure: no,
                drowsiness: no,
                head_injury: no,
                pregnant_or_postpartum: no,
                jaw_or_scalp: no,
                immune_or_cancer: no,
                positional: no,
                cough_or_exertion: no,
                steadily_worsening: no,
                swollen_optic_disc: no,
                red_painful_eye: no,
                onset: Some(Onset::OverAYear),
                pattern_changed: no,
                new_medicine: no,
                ..WarningAnswers::default()
            },
            ..Answers::default()
        }
    }
}

/// One answer of any kind, used by the generic `Answers::get`/`Answers::set` so the UI can render questions from data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerValue {
    /// A yes/no/not sure reply.
    Reply(Reply),
    /// A number or not sure (ages, counts, days, months, minutes).
    Quantity(Quantity),
    /// A severity.
    Severity(Severity),
    /// A side.
    PainSide(PainSide),
    /// A pain quality.
    PainQuality(PainQuality),
    /// A cluster attack frequency.
    ClusterFrequency(ClusterFrequency),
    /// Where the headaches stand.
    HeadacheHistory(HeadacheHistory),
    /// Feeling sick or vomiting.
    Sickness(Sickness),
    /// Light and sound.
    LightAndSound(LightAndSound),
    /// The course of cluster attacks.
    ClusterCourse(ClusterCourse),
}

/// Why an answer could not be stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    /// The value is of the wrong kind for the question (e.g. a number for a yes/no question).
    #[error("that kind of answer does not fit the question \"{question}\"")]
    WrongKind {
        /// The question's stable id.
        question: &'static str,
    },
    /// The number is outside what the question allows.
    #[error("{value} is outside {min}–{max} for the question \"{question}\"")]
    OutOfRange {
        /// The question's stable id.
        question: &'static str,
        /// The number given.
        value: u32,
        /// Smallest allowed.
        min: u32,
        /// Largest allowed.
        max: u32,
    },
}

macro_rules! answer_value_from {
    ($($ty:ident),*) => {
        $(
            impl From<$ty> for AnswerValue {
                fn from(value: $ty) -> Self {
                    AnswerValue::$ty(value)
                }
            }
        )*
    };
}

answer_value_from!(
    Reply,
    Quantity,
    Severity,
    PainSide,
    PainQuality,
    ClusterFrequency,
    HeadacheHistory,
    Sickness,
    LightAndSound,
    ClusterCourse
);
