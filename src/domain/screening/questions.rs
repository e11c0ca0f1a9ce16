//! Every self-check question as data: a stable id, the step it belongs to, its kind, plain wording, and the answer
//! field it reads and writes. One table is the single source of truth, so the UI can render any step generically
//! and browser tests can address questions by id.

use serde::{Deserialize, Serialize};

use super::answers::{
    AnswerError, AnswerValue, Answers, ClusterCourse, ClusterFrequency, HeadacheHistory,
    LightAndSound, PainQuality, PainSide, Quantity, Reply, Severity, Sickness,
};
use super::features::light_and_sound_matter;
use super::flow::{emergency_found, Step};

/// The unit of a number question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Years of age.
    Years,
    /// Days per month (0–31).
    DaysPerMonth,
    /// Whole months.
    Months,
    /// Kinds of treatment.
    Kinds,
}

impl Unit {
    /// A short plain label to show next to the input.
    pub fn plain_label(self) -> &'static str {
        match self {
            Unit::Years => "years",
            Unit::DaysPerMonth => "days a month",
            Unit::Months => "months",
            Unit::Kinds => "kinds",
        }
    }
}

/// How a question is answered. Every kind also offers "I'm not sure".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// Yes / No / Not sure, stored as [`AnswerValue::Reply`].
    YesNo,
    /// A whole number in `min..=max`, stored as [`AnswerValue::Quantity`].
    Number {
        /// Smallest allowed.
        min: u32,
        /// Largest allowed.
        max: u32,
        /// What is counted.
        unit: Unit,
    },
    /// A length of time, offered as [`DurationBand`]s and stored as minutes in [`AnswerValue::Quantity`].
    Duration,
    /// A number of attacks, offered as [`CountBand`]s and stored in [`AnswerValue::Quantity`].
    Count,
    /// A [`Severity`].
    Severity,
    /// A [`PainSide`].
    PainSide,
    /// A [`PainQuality`].
    PainQuality,
    /// A [`HeadacheHistory`].
    HeadacheHistory,
    /// A [`Sickness`].
    Sickness,
    /// A [`LightAndSound`].
    LightAndSound,
    /// A [`ClusterCourse`].
    ClusterCourse,
    /// A [`ClusterFrequency`].
    ClusterFrequency,
}

/// Bands for attack length whose every edge is an ICHD-3 edge, so any value inside a band gives the same result:
/// 15 and 180 min (3.1 B), 30 min and 7 days (2.1 B), 2 h under 18 and 4 h (1.1 B), 72 h (1.1 B). Ordered shortest
/// first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DurationBand {
    /// 0–14 minutes.
    UnderFifteenMinutes,
    /// 15–29 minutes.
    FifteenToThirtyMinutes,
    /// 30–119 minutes.
    HalfHourToTwoHours,
    /// 120–180 minutes (2 h counts for migraine under 18; 180 min is still within cluster's 15–180).
    TwoToThreeHours,
    /// 181–239 minutes: over 3 h but under 4 h.
    ThreeToFourHours,
    /// 4 hours to 72 hours (ICHD-3 1.1 B).
    FourHoursToThreeDays,
    /// Over 72 hours, up to 7 days (ICHD-3 2.1 B upper edge).
    ThreeDaysToAWeek,
    /// Over 7 days.
    OverAWeek,
}

impl DurationBand {
    /// All bands, shortest first.
    pub const ALL: [DurationBand; 8] = [
        DurationBand::UnderFifteenMinutes,
        DurationBand::FifteenToThirtyMinutes,
        DurationBand::HalfHourToTwoHours,
        DurationBand::TwoToThreeHours,
        DurationBand::ThreeToFourHours,
        DurationBand::FourHoursToThreeDays,
        DurationBand::ThreeDaysToAWeek,
        DurationBand::OverAWeek,
    ];

    /// Inclusive range in minutes; the last band has no upper end.
    pub fn minutes(self) -> (u32, Option<u32>) {
        match self {
            DurationBand::UnderFifteenMinutes => (0, Some(14)),
            DurationBand::FifteenToThirtyMinutes => (15, Some(29)),
            DurationBand::HalfHourToTwoHours => (30, Some(119)),
            DurationBand::TwoToThreeHours => (120, Some(180)),
            DurationBand::ThreeToFourHours => (181, Some(239)),
            DurationBand::FourHoursToThreeDays => (240, Some(72 * 60)),
            DurationBand::ThreeDaysToAWeek => (72 * 60 + 1, Some(7 * 24 * 60)),
            DurationBand::OverAWeek => (7 * 24 * 60 + 1, None),
        }
    }

    /// The minutes stored when a person picks this band; any value in the band would give the same result.
    pub fn representative_minutes(self) -> u32 {
        match self {
            DurationBand::UnderFifteenMinutes => 10,
            DurationBand::FifteenToThirtyMinutes => 20,
            DurationBand::HalfHourToTwoHours => 60,
            DurationBand::TwoToThreeHours => 150,
            DurationBand::ThreeToFourHours => 210,
            DurationBand::FourHoursToThreeDays => 12 * 60,
            DurationBand::ThreeDaysToAWeek => 5 * 24 * 60,
            DurationBand::OverAWeek => 14 * 24 * 60,
        }
    }

    /// The band that holds a number of minutes.
    pub fn containing(minutes: u32) -> DurationBand {
        DurationBand::ALL
            .into_iter()
            .find(|band| {
                let (low, high) = band.minutes();
                minutes >= low && high.is_none_or(|high| minutes <= high)
            })
            .unwrap_or(DurationBand::OverAWeek)
    }

    /// A stable id for the UI and browser tests.
    pub fn id(self) -> &'static str {
        match self {
            DurationBand::UnderFifteenMinutes => "under-15-min",
            DurationBand::FifteenToThirtyMinutes => "15-to-30-min",
            DurationBand::HalfHourToTwoHours => "30-min-to-2-h",
            DurationBand::TwoToThreeHours => "2-to-3-h",
            DurationBand::ThreeToFourHours => "3-to-4-h",
            DurationBand::FourHoursToThreeDays => "4-h-to-3-days",
            DurationBand::ThreeDaysToAWeek => "3-days-to-a-week",
            DurationBand::OverAWeek => "over-a-week",
        }
    }

    /// Plain words for the choice.
    pub fn plain_label(self) -> &'static str {
        match self {
            DurationBand::UnderFifteenMinutes => "Less than 15 minutes",
            DurationBand::FifteenToThirtyMinutes => "15 minutes to just under half an hour",
            DurationBand::HalfHourToTwoHours => "Half an hour to just under 2 hours",
            DurationBand::TwoToThreeHours => "2 to 3 hours",
            DurationBand::ThreeToFourHours => "Over 3 hours but under 4 hours",
            DurationBand::FourHoursToThreeDays => "4 hours to 3 days",
            DurationBand::ThreeDaysToAWeek => "Over 3 days, up to a week",
            DurationBand::OverAWeek => "More than a week",
        }
    }
}

/// Bands for numbers of attacks whose edges are the ICHD-3 thresholds: 2 (1.2 A), 5 (1.1 A, 3.1 A), 10 (2.1 A).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CountBand {
    /// Just once.
    One,
    /// 2 to 4.
    TwoToFour,
    /// 5 to 9.
    FiveToNine,
    /// 10 or more.
    TenOrMore,
}

impl CountBand {
    /// All bands, fewest first.
    pub const ALL: [CountBand; 4] = [
        CountBand::One,
        CountBand::TwoToFour,
        CountBand::FiveToNine,
        CountBand::TenOrMore,
    ];

    /// The number stored when a person picks this band; any value in the band would give the same result.
    pub fn representative(self) -> u32 {
        match self {
            CountBand::One => 1,
            CountBand::TwoToFour => 3,
            CountBand::FiveToNine => 7,
            CountBand::TenOrMore => 10,
        }
    }

    /// The band that holds a count (0 is shown as "just once" because the question is only asked of people who
    /// have had at least one).
    pub fn containing(count: u32) -> CountBand {
        match count {
            0 | 1 => CountBand::One,
            2..=4 => CountBand::TwoToFour,
            5..=9 => CountBand::FiveToNine,
            _ => CountBand::TenOrMore,
        }
    }

    /// A stable id for the UI and browser tests.
    pub fn id(self) -> &'static str {
        match self {
            CountBand::One => "1",
            CountBand::TwoToFour => "2-4",
            CountBand::FiveToNine => "5-9",
            CountBand::TenOrMore => "10-plus",
        }
    }

    /// Plain words for the choice.
    pub fn plain_label(self) -> &'static str {
        match self {
            CountBand::One => "Just once",
            CountBand::TwoToFour => "2 to 4 times",
            CountBand::FiveToNine => "5 to 9 times",
            CountBand::TenOrMore => "10 times or more",
        }
    }
}

/// One answer button of a choice question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    /// Stable id, unique within the question (for `id`/`for` attributes and browser tests).
    pub id: &'static str,
    /// Plain words on the button.
    pub label: &'static str,
    /// What is stored when it is picked.
    pub value: AnswerValue,
}

/// An answer button.
fn choice(id: &'static str, label: &'static str, value: impl Into<AnswerValue>) -> Choice {
    Choice {
        id,
        label,
        value: value.into(),
    }
}

const NOT_SURE_ID: &str = "not-sure";
const NONE_LONGER_ID: &str = "none-longer";
const NOT_SURE_LABEL: &str = "I'm not sure";

macro_rules! question_table {
    ($(
        $(#[$doc:meta])*
        $variant:ident {
            id: $id:literal,
            step: $step:ident,
            field: $section:ident . $field:ident,
            value: $value:ident,
            kind: $kind:expr,
            prompt: $prompt:literal,
            hint: $hint:expr $(,)?
        }
    )*) => {
        /// Every question of the self-check. The order is the order within a step.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Question {
            $( $(#[$doc])* $variant, )*
        }

        impl Question {
            /// Every question, in display order.
            pub const ALL: &'static [Question] = &[$(Question::$variant),*];

            /// A stable id for HTML ids, storage keys and browser tests; never reused for another meaning.
            pub fn id(self) -> &'static str {
                match self { $(Question::$variant => $id,)* }
            }

            /// The step that asks it.
            pub fn step(self) -> Step {
                match self { $(Question::$variant => Step::$step,)* }
            }

            /// How it is answered.
            pub fn kind(self) -> QuestionKind {
                match self { $(Question::$variant => $kind,)* }
            }

            /// The question in plain words (our own wording).
            pub fn prompt(self) -> &'static str {
                match self { $(Question::$variant => $prompt,)* }
            }

            /// An optional line of help under the question.
            pub fn hint(self) -> Option<&'static str> {
                match self { $(Question::$variant => $hint,)* }
            }
        }

        impl Answers {
            /// The current answer to a question, if any.
            pub fn get(&self, question: Question) -> Option<AnswerValue> {
                match question { $(Question::$variant => self.$section.$field.map(AnswerValue::$value),)* }
            }

            /// Stores an answer. Fails, leaving the answers unchanged, if the value is of the wrong kind or a
            /// number is out of range.
            pub fn set(&mut self, question: Question, value: AnswerValue) -> Result<(), AnswerError> {
                question.check(value)?;
                match (question, value) {
                    $((Question::$variant, AnswerValue::$value(inner)) => {
                        self.$section.$field = Some(inner);
                    })*
                    (question, _) => return Err(AnswerError::WrongKind { question: question.id() }),
                }
                self.settle_after(question);
                Ok(())
            }

            /// Forgets the answer to a question.
            pub fn clear(&mut self, question: Question) {
                match question { $(Question::$variant => self.$section.$field = None,)* }
            }
        }
    };
}

const YES_NO: QuestionKind = QuestionKind::YesNo;
const DAYS: QuestionKind = QuestionKind::Number {
    min: 0,
    max: 31,
    unit: Unit::DaysPerMonth,
};
const MONTHS: QuestionKind = QuestionKind::Number {
    min: 0,
    max: 1200,
    unit: Unit::Months,
};

question_table! {
    /// Opens the emergency group of SNNOOP10 signs (the safety step asks a group at a time, as triage services do):
    /// "no" answers every sign listed under it; "yes" or "not sure" asks each.
    EmergencyGroup {
        id: "emergency-signs", step: WarningSigns, field: warning.emergency_group, value: Reply, kind: YES_NO,
        prompt: "Right now, or in the last few days, have you had any of these?",
        hint: None,
    }
    /// SNNOOP10 "onset sudden" (thunderclap): emergency. Asked about the last 4 weeks, so a sudden headache
    /// investigated long ago does not send a person to the emergency department today.
    Thunderclap {
        id: "thunderclap", step: WarningSigns, field: warning.thunderclap, value: Reply, kind: YES_NO,
        prompt: "In the last 4 weeks, has a headache come on suddenly, like a thunderclap, and reached its worst within a minute?",
        hint: Some("People often call it the worst headache of their life. A sudden headache a doctor looked into longer ago does not count here."),
    }
    /// A rash that does not fade under a glass: emergency.
    NonFadingRash {
        id: "non-fading-rash", step: WarningSigns, field: warning.non_fading_rash, value: Reply, kind: YES_NO,
        prompt: "Do you have a rash that does not fade when you press the side of a glass against it?",
        hint: None,
    }
    /// SNNOOP10 "neurologic deficit or dysfunction": confusion, emergency.
    Confusion {
        id: "confusion", step: WarningSigns, field: warning.confusion, value: Reply, kind: YES_NO,
        prompt: "Are you confused, or have other people said you seem confused?",
        hint: None,
    }
    /// SNNOOP10 "neurologic deficit": new weakness or facial droop, emergency (never typical aura, ICHD-3 1.2.1).
    Weakness {
        id: "weakness", step: WarningSigns, field: warning.weakness, value: Reply, kind: YES_NO,
        prompt: "Do you have new weakness in an arm or a leg, or is one side of your face drooping?",
        hint: Some("New means something you have not had before."),
    }
    /// SNNOOP10 "neurologic deficit": new numbness, emergency.
    Numbness {
        id: "numbness", step: WarningSigns, field: warning.numbness, value: Reply, kind: YES_NO,
        prompt: "Do you have new numbness or loss of feeling in part of your body?",
        hint: Some("New means something you have not had before."),
    }
    /// SNNOOP10 "neurologic deficit": new speech trouble, emergency.
    SpeechTrouble {
        id: "speech-trouble", step: WarningSigns, field: warning.speech_trouble, value: Reply, kind: YES_NO,
        prompt: "Do you have new trouble speaking, finding words or understanding what people say?",
        hint: Some("New means something you have not had before."),
    }
    /// SNNOOP10 "neurologic deficit": new loss of sight or double vision, emergency.
    VisionLoss {
        id: "vision-loss", step: WarningSigns, field: warning.vision_loss, value: Reply, kind: YES_NO,
        prompt: "Have you newly lost sight in one or both eyes, or are you seeing double?",
        hint: None,
    }
    /// SNNOOP10 "neurologic deficit": seizure, emergency.
    Seizure {
        id: "seizure", step: WarningSigns, field: warning.seizure, value: Reply, kind: YES_NO,
        prompt: "Have you had a fit (seizure) with this headache?",
        hint: None,
    }
    /// SNNOOP10 "neurologic deficit": drowsiness, emergency.
    Drowsiness {
        id: "drowsiness", step: WarningSigns, field: warning.drowsiness, value: Reply, kind: YES_NO,
        prompt: "Are you unusually drowsy, or hard to keep awake?",
        hint: None,
    }
    /// Opens the same-day group of SNNOOP10 signs, read like the emergency group. Fever and a stiff neck are here:
    /// together they are an emergency, and answering both opens the emergency screen at once.
    SameDayGroup {
        id: "same-day-signs", step: WarningSigns, field: warning.same_day_group, value: Reply, kind: YES_NO,
        prompt: "Do any of these apply to you, or to this headache?",
        hint: None,
    }
    /// SNNOOP10 "systemic symptoms including fever": same day alone, emergency with a stiff neck.
    Fever {
        id: "fever", step: WarningSigns, field: warning.fever, value: Reply, kind: YES_NO,
        prompt: "Do you have a fever, or feel hot and shivery, with this headache?",
        hint: None,
    }
    /// Stiff neck (with fever: emergency).
    StiffNeck {
        id: "stiff-neck", step: WarningSigns, field: warning.stiff_neck, value: Reply, kind: YES_NO,
        prompt: "Is your neck stiff, so that it hurts to bend your chin down to your chest?",
        hint: None,
    }
    /// SNNOOP10 "post-traumatic onset": same day alone, emergency with blood thinners, vomiting, drowsiness or worsening.
    HeadInjury {
        id: "head-injury", step: WarningSigns, field: warning.head_injury, value: Reply, kind: YES_NO,
        prompt: "Did this headache start after a knock or blow to the head?",
        hint: None,
    }
    /// Head injury follow-up: blood thinners.
    HeadInjuryBloodThinners {
        id: "head-injury-blood-thinners", step: WarningSigns, field: warning.head_injury_blood_thinners, value: Reply,
        kind: YES_NO,
        prompt: "Do you take a medicine that thins the blood, such as warfarin, apixaban or rivaroxaban?",
        hint: None,
    }
    /// Head injury follow-up: vomiting.
    HeadInjuryVomiting {
        id: "head-injury-vomiting", step: WarningSigns, field: warning.head_injury_vomiting, value: Reply, kind: YES_NO,
        prompt: "Have you been sick (vomited) since the knock to your head?",
        hint: None,
    }
    /// Head injury follow-up: worsening.
    HeadInjuryWorsening {
        id: "head-injury-worsening", step: WarningSigns, field: warning.head_injury_worsening, value: Reply,
        kind: YES_NO,
        prompt: "Has the headache been getting worse since the knock?",
        hint: None,
    }
    /// SNNOOP10 "pregnancy or puerperium" (≤ 6 weeks after birth).
    PregnantOrPostpartum {
        id: "pregnant-or-postpartum", step: WarningSigns, field: warning.pregnant_or_postpartum, value: Reply,
        kind: YES_NO,
        prompt: "Are you pregnant, or did you give birth in the last 6 weeks?",
        hint: None,
    }
    /// Pregnancy follow-up: a new or different headache (same day).
    PregnancyNewHeadache {
        id: "pregnancy-new-headache", step: WarningSigns, field: warning.pregnancy_new_headache, value: Reply,
        kind: YES_NO,
        prompt: "Is this headache new for you, or different from your usual headaches?",
        hint: None,
    }
    /// Pregnancy follow-up: vision change (emergency).
    PregnancyVisionChange {
        id: "pregnancy-vision-change", step: WarningSigns, field: warning.pregnancy_vision_change, value: Reply,
        kind: YES_NO,
        prompt: "Do you have blurred vision, flashing lights or spots in front of your eyes?",
        hint: None,
    }
    /// Pregnancy follow-up: swelling (emergency).
    PregnancySwelling {
        id: "pregnancy-swelling", step: WarningSigns, field: warning.pregnancy_swelling, value: Reply, kind: YES_NO,
        prompt: "Have your face, hands or feet suddenly become swollen?",
        hint: None,
    }
    /// Jaw pain on chewing or a tender scalp (possible giant cell arteritis): same day.
    JawOrScalp {
        id: "jaw-or-scalp", step: WarningSigns, field: warning.jaw_or_scalp, value: Reply, kind: YES_NO,
        prompt: "Does your jaw ache when you chew, or is your scalp sore to touch, for example when brushing your hair?",
        hint: None,
    }
    /// SNNOOP10 "neoplasm history" / "pathology of the immune system": same day with a new or changed headache.
    ImmuneOrCancer {
        id: "immune-or-cancer", step: WarningSigns, field: warning.immune_or_cancer, value: Reply, kind: YES_NO,
        prompt: "Do you have a weakened immune system (for example HIV, chemotherapy or medicines after a transplant), \
                 or have you ever had cancer?",
        hint: None,
    }
    /// SNNOOP10 "positional": same day.
    Positional {
        id: "positional", step: WarningSigns, field: warning.positional, value: Reply, kind: YES_NO,
        prompt: "Does the headache clearly change with your position: much worse lying down, or much worse standing up?",
        hint: None,
    }
    /// SNNOOP10 "precipitated by sneezing, coughing or exercise": same day.
    CoughOrExertion {
        id: "cough-or-exertion", step: WarningSigns, field: warning.cough_or_exertion, value: Reply, kind: YES_NO,
        prompt: "Is the headache set off by coughing, sneezing, straining or physical effort?",
        hint: None,
    }
    /// SNNOOP10 "progressive headache": same day. One headache worsening over days or weeks, not a slow rise in
    /// frequency over years (which frequent tension-type headache often shows).
    SteadilyWorsening {
        id: "steadily-worsening", step: WarningSigns, field: warning.steadily_worsening, value: Reply, kind: YES_NO,
        prompt: "Over the last days or weeks, has this headache been getting steadily worse, day after day?",
        hint: Some("This is about a headache growing stronger, not about headaches coming a little more often over months or years."),
    }
    /// SNNOOP10 "papilloedema": same day.
    SwollenOpticDisc {
        id: "swollen-optic-disc", step: WarningSigns, field: warning.swollen_optic_disc, value: Reply, kind: YES_NO,
        prompt: "Has an eye doctor or optician told you that the back of your eye (the optic disc) looks swollen?",
        hint: None,
    }
    /// SNNOOP10 "painful eye with autonomic features": same day. New with this headache: a red, watering eye that
    /// is part of a known headache (cluster headache, ICHD-3 3.1 C) is not the warning sign.
    RedPainfulEye {
        id: "red-painful-eye", step: WarningSigns, field: warning.red_painful_eye, value: Reply, kind: YES_NO,
        prompt: "With this headache, is there a painful, red eye that you have not had with headaches before?",
        hint: Some("If a red, watering eye is part of your usual headaches, answer No."),
    }
    /// Where these headaches stand (SNNOOP10 "older age", "recent onset", "pattern change"), asked early so the
    /// rest of the check fits a long-known headache, a new or different one, or a first-ever one.
    History {
        id: "history", step: WarningSigns, field: warning.history, value: HeadacheHistory,
        kind: QuestionKind::HeadacheHistory,
        prompt: "Which fits your headaches best?",
        hint: Some("Changed means clearly different, much more often or much worse."),
    }
    /// SNNOOP10 "new drug at onset": book soon.
    NewMedicine {
        id: "new-medicine", step: WarningSigns, field: warning.new_medicine, value: Reply, kind: YES_NO,
        prompt: "Did these headaches begin soon after you started a new medicine?",
        hint: None,
    }
    /// Age (ICHD-3 1.1 B under-18 note; SNNOOP10 age 50).
    Age {
        id: "age", step: AboutYou, field: about.age, value: Quantity,
        kind: QuestionKind::Number { min: 0, max: 120, unit: Unit::Years },
        prompt: "How old are you?",
        hint: None,
    }
    /// Periods apply (ICHD-3 A1.1).
    HasPeriods {
        id: "has-periods", step: AboutYou, field: about.has_periods, value: Reply, kind: YES_NO,
        prompt: "Do you have periods?",
        hint: Some("Bleeds in the break from the contraceptive pill count too."),
    }
    /// ICHD-3 A1.1.1/A1.1.2 window, day −2 to day +3 (there is no day 0).
    PeriodWindow {
        id: "period-window", step: AboutYou, field: cycle.window, value: Reply, kind: YES_NO,
        prompt: "Do your headaches tend to start between 2 days before and 3 days after your period begins?",
        hint: Some("Count the first day of bleeding as day 1."),
    }
    /// ICHD-3 1.3 A, 2.1–2.3 A, 8.2 A.
    HeadacheDays {
        id: "headache-days", step: AboutYou, field: frequency.headache_days, value: Quantity, kind: DAYS,
        prompt: "On how many days a month do you have a headache of any kind, on average?",
        hint: Some("Take an average over the last 3 months; enter 0 for less than one day a month. If your headaches \
                    come in bouts, count the weeks between bouts too, as days without."),
    }
    /// ICHD-3 "> 3 months" (1.3 A, 2.2 A, 2.3 A).
    HeadacheMonths {
        id: "headache-months", step: AboutYou, field: frequency.months, value: Quantity, kind: MONTHS,
        prompt: "For how many months have your headaches been about this frequent?",
        hint: None,
    }
    /// ICHD-3 1.3 C (≥ 8 days).
    MigraineDays {
        id: "migraine-days", step: AboutYou, field: frequency.migraine_days, value: Quantity, kind: DAYS,
        prompt: "On how many of those days is the headache like a migraine: throbbing or on one side, with feeling \
                 sick or being bothered by light and sound, or eased by a triptan?",
        hint: None,
    }
    /// ICHD-3 4.10 (new daily persistent headache).
    DailyFromFirstDay {
        id: "daily-from-first-day", step: AboutYou, field: frequency.daily_from_first_day, value: Reply,
        kind: YES_NO,
        prompt: "Did this near-daily headache start on one particular day and has it not gone away since?",
        hint: None,
    }
    /// ICHD-3 1.1 A (≥ 5) and 2.1 A (≥ 10).
    AttackCount {
        id: "attack-count", step: AttackFeatures, field: attack.count, value: Quantity, kind: QuestionKind::Count,
        prompt: "About how many headaches like your usual one have you had in your life?",
        hint: None,
    }
    /// ICHD-3 1.1 B (4–72 h; 2–72 h under 18) and 2.1 B (30 min–7 days).
    AttackMinutes {
        id: "attack-length", step: AttackFeatures, field: attack.minutes, value: Quantity,
        kind: QuestionKind::Duration,
        prompt: "If you take nothing, or your medicine does not help, how long does a usual headache last?",
        hint: Some("If you fall asleep and wake up without pain, count the headache as ending when you woke."),
    }
    /// Optional: the longest attacks, when lengths span two bands (ICHD-3 1.1 B and 2.1 B are then read over the
    /// whole span, conservatively).
    AttackMinutesLongest {
        id: "attack-length-longest", step: AttackFeatures, field: attack.minutes_longest, value: Quantity,
        kind: QuestionKind::Duration,
        prompt: "Do some of your headaches last longer than that? If so, how long do the longest ones last?",
        hint: Some("You can leave this out if they all last about the same."),
    }
    /// Screening for ICHD-3 3.1: opens the cluster step.
    EyeTempleAttacks {
        id: "eye-temple-attacks", step: AttackFeatures, field: attack.eye_temple_attacks, value: Reply, kind: YES_NO,
        prompt: "Do you get attacks of very severe pain around one eye or temple that last from a quarter of an hour \
                 to about 3 hours?",
        hint: None,
    }
    /// ICHD-3 1.1 C1 / 2.1 C1.
    Side {
        id: "side", step: AttackFeatures, field: attack.side, value: PainSide, kind: QuestionKind::PainSide,
        prompt: "Where is the pain usually?",
        hint: None,
    }
    /// ICHD-3 1.1 C2 / 2.1 C2.
    Quality {
        id: "quality", step: AttackFeatures, field: attack.quality, value: PainQuality, kind: QuestionKind::PainQuality,
        prompt: "What does the pain usually feel like?",
        hint: None,
    }
    /// ICHD-3 1.1 C3 / 2.1 C3.
    AttackSeverity {
        id: "severity", step: AttackFeatures, field: attack.severity, value: Severity, kind: QuestionKind::Severity,
        prompt: "How bad does the pain usually get?",
        hint: None,
    }
    /// ICHD-3 1.1 C4 / 2.1 C4.
    WorseWithActivity {
        id: "worse-with-activity", step: AttackFeatures, field: attack.worse_with_activity, value: Reply, kind: YES_NO,
        prompt: "Does everyday activity, like walking or climbing stairs, make the headache worse, or do you avoid it \
                 because of the headache?",
        hint: None,
    }
    /// ICHD-3 1.1 D1 / 2.1–2.2 D1 / 2.3 D: nausea, how strong, and vomiting, in one answer.
    Sickness {
        id: "sickness", step: AttackFeatures, field: attack.sickness, value: Sickness, kind: QuestionKind::Sickness,
        prompt: "During the headache, do you feel sick (nauseous), or vomit?",
        hint: None,
    }
    /// ICHD-3 1.1 D2 / 2.x D: light and sound together. Not asked when the sickness answer already settles every
    /// criterion that reads them.
    LightAndSound {
        id: "light-and-sound", step: AttackFeatures, field: attack.light_and_sound, value: LightAndSound,
        kind: QuestionKind::LightAndSound,
        prompt: "During the headache, do ordinary light or sounds bother you more than usual?",
        hint: None,
    }
    /// Screening for ICHD-3 1.2: opens the aura details step.
    Aura {
        id: "aura", step: AttackFeatures, field: aura.any, value: Reply, kind: YES_NO,
        prompt: "Before or during a headache, do you get temporary changes in your sight, in how your body feels, \
                 or in your speech?",
        hint: Some("For example zigzag lines or a shimmering blind spot, pins and needles that spread, or trouble \
                    finding words, which then pass."),
    }
    /// ICHD-3 1.2 B1.
    AuraVisual {
        id: "aura-visual", step: AuraDetails, field: aura.visual, value: Reply, kind: YES_NO,
        prompt: "Do you see things like flickering lights, zigzags or a blind patch?",
        hint: None,
    }
    /// ICHD-3 1.2 B2.
    AuraSensory {
        id: "aura-sensory", step: AuraDetails, field: aura.sensory, value: Reply, kind: YES_NO,
        prompt: "Do you get pins and needles or numbness that spreads, for example from a hand up into the face?",
        hint: None,
    }
    /// ICHD-3 1.2 B3.
    AuraSpeech {
        id: "aura-speech", step: AuraDetails, field: aura.speech, value: Reply, kind: YES_NO,
        prompt: "Do you have trouble finding or saying words during these episodes?",
        hint: None,
    }
    /// ICHD-3 1.2 B "fully reversible".
    AuraReversible {
        id: "aura-reversible", step: AuraDetails, field: aura.fully_reversible, value: Reply, kind: YES_NO,
        prompt: "Do these changes always go away completely afterwards?",
        hint: None,
    }
    /// ICHD-3 1.2 C1.
    AuraSpreads {
        id: "aura-spreads", step: AuraDetails, field: aura.spreads, value: Reply, kind: YES_NO,
        prompt: "Does at least one change spread slowly, over 5 minutes or more?",
        hint: None,
    }
    /// ICHD-3 1.2 C2.
    AuraSuccession {
        id: "aura-succession", step: AuraDetails, field: aura.succession, value: Reply, kind: YES_NO,
        prompt: "Do two or more changes come one after another, for example sight first and then tingling?",
        hint: None,
    }
    /// ICHD-3 1.2 C3.
    AuraLasts5To60 {
        id: "aura-5-to-60-min", step: AuraDetails, field: aura.lasts_5_to_60, value: Reply, kind: YES_NO,
        prompt: "Does each change last between 5 minutes and an hour?",
        hint: None,
    }
    /// ICHD-3 1.2 C4.
    AuraOneSided {
        id: "aura-one-sided", step: AuraDetails, field: aura.one_sided, value: Reply, kind: YES_NO,
        prompt: "Is at least one change on one side only: one side of what you see, or one side of your body?",
        hint: None,
    }
    /// ICHD-3 1.2 C5.
    AuraPositive {
        id: "aura-positive", step: AuraDetails, field: aura.positive, value: Reply, kind: YES_NO,
        prompt: "Is at least one change something added, like flickering light or pins and needles, rather than only \
                 something missing?",
        hint: None,
    }
    /// ICHD-3 1.2 C6.
    AuraHeadacheWithin60 {
        id: "aura-headache-within-60-min", step: AuraDetails, field: aura.headache_within_60, value: Reply,
        kind: YES_NO,
        prompt: "Does a headache start during these changes, or within an hour after them?",
        hint: None,
    }
    /// ICHD-3 1.2.1: brainstem or retinal symptoms mean the aura is not typical aura.
    AuraAtypical {
        id: "aura-atypical", step: AuraDetails, field: aura.atypical_symptoms, value: Reply, kind: YES_NO,
        prompt: "During these changes, do you also get a spinning feeling, ringing in the ears, slurred speech, \
                 double vision or unsteady walking, or a change in the sight of one eye only?",
        hint: Some("One eye only means the change stays the same when you cover the other eye."),
    }
    /// ICHD-3 1.2 A (≥ 2 attacks).
    AuraCount {
        id: "aura-count", step: AuraDetails, field: aura.count, value: Quantity, kind: QuestionKind::Count,
        prompt: "About how many times have you had these changes?",
        hint: None,
    }
    /// Whether the usual headache always comes with aura (then 1.1 is not given separately).
    AuraEveryAttack {
        id: "aura-every-attack", step: AuraDetails, field: aura.every_attack, value: Reply, kind: YES_NO,
        prompt: "Do these changes come with almost every headache you have?",
        hint: None,
    }
    /// ICHD-3 8.2.6 (total days).
    AnyMedicineDays {
        id: "any-medicine-days", step: Medicines, field: medicines.any_days, value: Quantity, kind: DAYS,
        prompt: "On how many days a month do you take any medicine for a headache?",
        hint: Some("Count days, not tablets."),
    }
    /// ICHD-3 8.2.3 (simple analgesics, one class, ≥ 15 days).
    SimpleAnalgesicDays {
        id: "simple-analgesic-days", step: Medicines, field: medicines.simple_days, value: Quantity, kind: DAYS,
        prompt: "On how many days a month do you take paracetamol, aspirin or an ibuprofen-type painkiller \
                 on its own (one medicine per tablet)?",
        hint: Some("Count a day once, even if you took more than one of these. Tablets that combine medicines are asked about below."),
    }
    /// ICHD-3 8.2.2 (triptans, ≥ 10 days).
    TriptanDays {
        id: "triptan-days", step: Medicines, field: medicines.triptan_days, value: Quantity, kind: DAYS,
        prompt: "On how many days a month do you take a triptan, such as sumatriptan, rizatriptan or zolmitriptan?",
        hint: None,
    }
    /// ICHD-3 8.2.1 (ergots, ≥ 10 days).
    ErgotDays {
        id: "ergot-days", step: Medicines, field: medicines.ergot_days, value: Quantity, kind: DAYS,
        prompt: "On how many days a month do you take an ergot medicine, such as ergotamine?",
        hint: None,
    }
    /// ICHD-3 8.2.4 (opioids, ≥ 10 days).
    OpioidDays {
        id: "opioid-days", step: Medicines, field: medicines.opioid_days, value: Quantity, kind: DAYS,
        prompt: "On how many days a month do you take an opioid painkiller on its own, such as codeine, tramadol \
                 or morphine?",
        hint: None,
    }
    /// ICHD-3 8.2.5 (combination analgesics, ≥ 10 days).
    CombinationDays {
        id: "combination-days", step: Medicines, field: medicines.combination_days, value: Quantity, kind: DAYS,
        prompt: "On how many days a month do you take a combined painkiller: one tablet with two or more \
                 ingredients, such as paracetamol with codeine or with caffeine?",
        hint: Some("Taking paracetamol and ibuprofen as separate tablets does not count here."),
    }
    /// ICHD-3 8.2 B "> 3 months".
    MedicineMonths {
        id: "medicine-months", step: Medicines, field: medicines.months, value: Quantity, kind: MONTHS,
        prompt: "For how many months have you been taking headache medicine this often?",
        hint: None,
    }
    /// Opioid involvement (advice not to stop abruptly).
    CodeineOrOpioid {
        id: "codeine-or-opioid", step: Medicines, field: medicines.codeine_or_opioid, value: Reply, kind: YES_NO,
        prompt: "Do any of your headache medicines contain codeine or another opioid?",
        hint: None,
    }
    /// ICHD-3 3.1 B "unilateral".
    ClusterOneSided {
        id: "cluster-one-sided", step: ClusterFeatures, field: cluster.one_sided, value: Reply, kind: YES_NO,
        prompt: "Are these eye or temple attacks on one side of the head?",
        hint: None,
    }
    /// ICHD-3 3.1 B "severe or very severe".
    ClusterSevere {
        id: "cluster-severe", step: ClusterFeatures, field: cluster.severe, value: Reply, kind: YES_NO,
        prompt: "Is the pain in these attacks severe or very severe?",
        hint: None,
    }
    /// ICHD-3 3.1 B (15–180 min).
    ClusterMinutes {
        id: "cluster-length", step: ClusterFeatures, field: cluster.minutes, value: Quantity,
        kind: QuestionKind::Duration,
        prompt: "If untreated, how long does one of these attacks last?",
        hint: None,
    }
    /// ICHD-3 3.1 A (≥ 5).
    ClusterCount {
        id: "cluster-count", step: ClusterFeatures, field: cluster.count, value: Quantity, kind: QuestionKind::Count,
        prompt: "About how many of these attacks have you had?",
        hint: None,
    }
    /// ICHD-3 3.1 D.
    ClusterAttackFrequency {
        id: "cluster-frequency", step: ClusterFeatures, field: cluster.frequency, value: ClusterFrequency,
        kind: QuestionKind::ClusterFrequency,
        prompt: "While these attacks are happening, how often do they come?",
        hint: None,
    }
    /// ICHD-3 3.1 C1 a.
    ClusterEye {
        id: "cluster-eye", step: ClusterFeatures, field: cluster.eye_watering_or_red, value: Reply, kind: YES_NO,
        prompt: "During an attack, does the eye on the painful side water or turn red?",
        hint: None,
    }
    /// ICHD-3 3.1 C1 b.
    ClusterNose {
        id: "cluster-nose", step: ClusterFeatures, field: cluster.nose, value: Reply, kind: YES_NO,
        prompt: "During an attack, is the nostril on the painful side blocked or runny?",
        hint: None,
    }
    /// ICHD-3 3.1 C1 c.
    ClusterEyelid {
        id: "cluster-eyelid", step: ClusterFeatures, field: cluster.eyelid_swelling, value: Reply, kind: YES_NO,
        prompt: "During an attack, does the eyelid on the painful side swell?",
        hint: None,
    }
    /// ICHD-3 3.1 C1 d.
    ClusterSweating {
        id: "cluster-sweating", step: ClusterFeatures, field: cluster.sweating, value: Reply, kind: YES_NO,
        prompt: "During an attack, does your forehead or face sweat on the painful side?",
        hint: None,
    }
    /// ICHD-3 3.1 C1 e.
    ClusterPupil {
        id: "cluster-pupil", step: ClusterFeatures, field: cluster.pupil_or_lid, value: Reply, kind: YES_NO,
        prompt: "During an attack, does the pupil on the painful side get smaller, or the eyelid droop?",
        hint: None,
    }
    /// ICHD-3 3.1.1 / 3.1.2: bouts separated by 3 months or more, or a year without such a break.
    ClusterCourse {
        id: "cluster-course", step: ClusterFeatures, field: cluster.course, value: ClusterCourse,
        kind: QuestionKind::ClusterCourse,
        prompt: "Over the months, how do these attacks come?",
        hint: None,
    }
    /// ICHD-3 3.1 C2.
    ClusterRestless {
        id: "cluster-restless", step: ClusterFeatures, field: cluster.restless, value: Reply, kind: YES_NO,
        prompt: "During an attack, are you restless or agitated, unable to keep still?",
        hint: None,
    }
    /// EHF 2020: preventive treatment tried (asked on a migraine result, never to decide the pattern).
    PreventivesTried {
        id: "preventives-tried", step: Result, field: treatments.tried, value: Reply, kind: YES_NO,
        prompt: "Have you taken a daily medicine, or had regular injections, to prevent migraine?",
        hint: Some("Not the medicine you take when a headache starts."),
    }
    /// EHF 2020: failed classes (≥ 3 for resistant migraine); failure includes side effects and contraindication.
    PreventiveKindsFailed {
        id: "preventive-kinds-failed", step: Result, field: treatments.kinds_failed, value: Quantity,
        kind: QuestionKind::Number { min: 0, max: 20, unit: Unit::Kinds },
        prompt: "How many different kinds did not help enough, had side effects you could not live with, or were ruled out by a doctor?",
        hint: Some("Count kinds, not packets: two blood-pressure tablets of the same family count as one."),
    }
    /// EHF 2020: debilitating days (≥ 8 a month), despite acute treatment.
    DisablingDays {
        id: "disabling-days", step: Result, field: treatments.disabling_days, value: Quantity, kind: DAYS,
        prompt: "On how many days a month do headaches stop you doing your usual things, even after your headache medicine?",
        hint: None,
    }
}

impl Question {
    /// Looks a question up by its stable id.
    pub fn from_id(id: &str) -> Option<Question> {
        Question::ALL
            .iter()
            .copied()
            .find(|question| question.id() == id)
    }

    /// Whether the question is shown, given the answers so far. Follow-ups appear only when they can matter, and
    /// a question an earlier answer already settles is not asked:
    /// - the signs of a safety group after "yes" or "not sure" to the group; head-injury and pregnancy details after
    ///   "yes" or "not sure" to their sign;
    /// - the new-medicine question only for headaches that are new, changed or not known to be old (SNNOOP10 "new
    ///   drug at onset");
    /// - the attack count and aura count not for a first-ever headache (one attack);
    /// - the longest attack length once a usual length is given (optional);
    /// - light and sound only while they can change a result (see `light_and_sound_matter`);
    /// - migraine days and the new-daily-persistent question only at 15 or more headache days (ICHD-3 1.3, 4.10);
    /// - the period-window question only for people with periods (ICHD-3 A1.1).
    pub fn is_shown(self, answers: &Answers) -> bool {
        let opened = |reply: Option<Reply>| matches!(reply, Some(Reply::Yes | Reply::NotSure));
        let frequent = matches!(
            answers.frequency.headache_days,
            Some(Quantity::NotSure) | Some(Quantity::Known(15..))
        );
        let first_ever = answers.warning.history == Some(HeadacheHistory::FirstEver);
        let group_open = match self.group() {
            Some(Question::EmergencyGroup) => opened(answers.warning.emergency_group),
            Some(Question::SameDayGroup) => opened(answers.warning.same_day_group),
            _ => true,
        };
        group_open
            && match self {
                Question::HeadInjuryBloodThinners
                | Question::HeadInjuryVomiting
                | Question::HeadInjuryWorsening => opened(answers.warning.head_injury),
                Question::PregnancyNewHeadache
                | Question::PregnancyVisionChange
                | Question::PregnancySwelling => opened(answers.warning.pregnant_or_postpartum),
                Question::NewMedicine => matches!(
                    answers.warning.history,
                    Some(history) if history != HeadacheHistory::SameForOverAYear
                ),
                Question::PeriodWindow => answers.about.has_periods == Some(Reply::Yes),
                Question::AttackCount | Question::AuraCount | Question::AuraEveryAttack => {
                    !first_ever
                }
                Question::AttackMinutesLongest => matches!(
                    answers.attack.minutes,
                    Some(Quantity::Known(minutes)) if DurationBand::containing(minutes) != DurationBand::OverAWeek
                ),
                Question::LightAndSound => light_and_sound_matter(answers),
                Question::MigraineDays | Question::DailyFromFirstDay => frequent,
                Question::PreventiveKindsFailed | Question::DisablingDays => {
                    opened(answers.treatments.tried)
                }
                _ => true,
            }
    }

    /// Whether the question may be left unanswered (the person is told so in its hint).
    pub fn is_optional(self) -> bool {
        matches!(self, Question::AttackMinutesLongest) || self.step() == Step::Result
    }

    /// The safety group whose opening question lists this sign, if any.
    pub fn group(self) -> Option<Question> {
        match self {
            Question::Thunderclap
            | Question::NonFadingRash
            | Question::Confusion
            | Question::Weakness
            | Question::Numbness
            | Question::SpeechTrouble
            | Question::VisionLoss
            | Question::Seizure
            | Question::Drowsiness => Some(Question::EmergencyGroup),
            Question::Fever
            | Question::StiffNeck
            | Question::HeadInjury
            | Question::HeadInjuryBloodThinners
            | Question::HeadInjuryVomiting
            | Question::HeadInjuryWorsening
            | Question::PregnantOrPostpartum
            | Question::PregnancyNewHeadache
            | Question::PregnancyVisionChange
            | Question::PregnancySwelling
            | Question::JawOrScalp
            | Question::ImmuneOrCancer
            | Question::Positional
            | Question::CoughOrExertion
            | Question::SteadilyWorsening
            | Question::SwollenOpticDisc
            | Question::RedPainfulEye => Some(Question::SameDayGroup),
            _ => None,
        }
    }

    /// For a group's opening question, the signs it lists, each in a few plain words, in the order they are then
    /// asked. Empty for every other question. Follow-ups (head injury, pregnancy) are not listed: they are details.
    pub fn listed_signs(self) -> Vec<&'static str> {
        Question::ALL
            .iter()
            .filter(|question| question.group() == Some(self))
            .filter_map(|question| question.sign_label())
            .collect()
    }

    /// A sign's few words for its group's list.
    fn sign_label(self) -> Option<&'static str> {
        Some(match self {
            Question::Thunderclap => {
                "A headache that came on suddenly and was at its worst within a minute (in the last 4 weeks)"
            }
            Question::NonFadingRash => "A rash that does not fade when a glass is pressed on it",
            Question::Confusion => "Confusion",
            Question::Weakness => "New weakness in an arm or a leg, or one side of the face drooping",
            Question::Numbness => "New numbness or loss of feeling",
            Question::SpeechTrouble => "New trouble speaking or understanding",
            Question::VisionLoss => "New loss of sight, or seeing double",
            Question::Seizure => "A fit (seizure)",
            Question::Drowsiness => "Being unusually drowsy or hard to keep awake",
            Question::Fever => "A fever, or feeling hot and shivery",
            Question::StiffNeck => "A stiff neck",
            Question::HeadInjury => "The headache started after a knock to the head",
            Question::PregnantOrPostpartum => "You are pregnant, or gave birth in the last 6 weeks",
            Question::JawOrScalp => "Jaw pain when chewing, or a sore scalp",
            Question::ImmuneOrCancer => "A weakened immune system, or cancer now or in the past",
            Question::Positional => "A headache much worse lying down, or much worse standing up",
            Question::CoughOrExertion => "A headache set off by coughing, sneezing, straining or effort",
            Question::SteadilyWorsening => "A headache getting worse day after day",
            Question::SwollenOpticDisc => "An eye doctor or optician said the back of your eye looks swollen",
            Question::RedPainfulEye => "A painful red eye that is new with this headache",
            _ => return None,
        })
    }

    /// The answer buttons for these answers: as [`Question::choices`], except that the longest attack length
    /// offers only the bands longer than the usual one, and "none last longer".
    pub fn choices_for(self, answers: &Answers) -> Vec<Choice> {
        if self != Question::AttackMinutesLongest {
            return self.choices();
        }
        let Some(Quantity::Known(usual)) = answers.attack.minutes else {
            return Vec::new();
        };
        let usual_band = DurationBand::containing(usual);
        std::iter::once(Choice {
            id: NONE_LONGER_ID,
            label: "No, they all last about that long",
            value: AnswerValue::Quantity(Quantity::Known(usual)),
        })
        .chain(
            self.choices()
                .into_iter()
                .filter(|choice| match choice.value {
                    AnswerValue::Quantity(Quantity::Known(minutes)) => {
                        DurationBand::containing(minutes) > usual_band
                    }
                    _ => true,
                }),
        )
        .collect()
    }

    /// The answer buttons, "I'm not sure" last. Empty for number questions, which take a number or "not sure".
    pub fn choices(self) -> Vec<Choice> {
        let not_sure = |value| Choice {
            id: NOT_SURE_ID,
            label: NOT_SURE_LABEL,
            value,
        };
        match self.kind() {
            QuestionKind::YesNo => [Reply::Yes, Reply::No, Reply::NotSure]
                .into_iter()
                .map(|reply| Choice {
                    id: reply_id(reply),
                    label: reply.plain_label(),
                    value: AnswerValue::Reply(reply),
                })
                .collect(),
            QuestionKind::Number { .. } => Vec::new(),
            QuestionKind::Duration => DurationBand::ALL
                .into_iter()
                .map(|band| Choice {
                    id: band.id(),
                    label: band.plain_label(),
                    value: AnswerValue::Quantity(Quantity::Known(band.representative_minutes())),
                })
                .chain([not_sure(AnswerValue::Quantity(Quantity::NotSure))])
                .collect(),
            QuestionKind::Count => CountBand::ALL
                .into_iter()
                .map(|band| Choice {
                    id: band.id(),
                    label: band.plain_label(),
                    value: AnswerValue::Quantity(Quantity::Known(band.representative())),
                })
                .chain([not_sure(AnswerValue::Quantity(Quantity::NotSure))])
                .collect(),
            QuestionKind::Severity => vec![
                Choice {
                    id: "mild",
                    label: "Mild: I can carry on as usual",
                    value: AnswerValue::Severity(Severity::Mild),
                },
                Choice {
                    id: "moderate",
                    label: "Moderate: it gets in the way of what I am doing",
                    value: AnswerValue::Severity(Severity::Moderate),
                },
                Choice {
                    id: "severe",
                    label: "Severe: I have to stop what I am doing",
                    value: AnswerValue::Severity(Severity::Severe),
                },
                not_sure(AnswerValue::Severity(Severity::NotSure)),
            ],
            QuestionKind::PainSide => vec![
                Choice {
                    id: "one-side",
                    label: "On one side (it may switch sides from one headache to the next)",
                    value: AnswerValue::PainSide(PainSide::OneSide),
                },
                Choice {
                    id: "both-sides",
                    label: "On both sides, or all over",
                    value: AnswerValue::PainSide(PainSide::BothSides),
                },
                Choice {
                    id: "varies",
                    label: "Sometimes one side, sometimes both",
                    value: AnswerValue::PainSide(PainSide::Varies),
                },
                not_sure(AnswerValue::PainSide(PainSide::NotSure)),
            ],
            QuestionKind::PainQuality => vec![
                Choice {
                    id: "throbbing",
                    label: "Throbbing or pulsing",
                    value: AnswerValue::PainQuality(PainQuality::Throbbing),
                },
                Choice {
                    id: "pressing",
                    label: "Pressing or tight, like a band or a weight",
                    value: AnswerValue::PainQuality(PainQuality::PressingOrTight),
                },
                Choice {
                    id: "other",
                    label: "Something else, such as stabbing or burning",
                    value: AnswerValue::PainQuality(PainQuality::Other),
                },
                not_sure(AnswerValue::PainQuality(PainQuality::NotSure)),
            ],
            QuestionKind::HeadacheHistory => vec![
                choice(
                    "same-over-a-year",
                    "I have had headaches like these for more than a year, and they have not changed",
                    HeadacheHistory::SameForOverAYear,
                ),
                choice(
                    "began-this-year",
                    "They began between 3 and 12 months ago",
                    HeadacheHistory::BeganThisYear,
                ),
                choice(
                    "began-last-3-months",
                    "They began in the last 3 months",
                    HeadacheHistory::BeganLastThreeMonths,
                ),
                choice(
                    "changed-or-different",
                    "I have had headaches for longer, but they changed in the last 3 months, or this one is \
                     different from my usual ones",
                    HeadacheHistory::ChangedOrDifferent,
                ),
                choice(
                    "first-ever",
                    "This is the first headache like this I have had",
                    HeadacheHistory::FirstEver,
                ),
                not_sure(AnswerValue::HeadacheHistory(HeadacheHistory::NotSure)),
            ],
            QuestionKind::Sickness => vec![
                choice("vomit", "I vomit", Sickness::Vomits),
                choice(
                    "sick",
                    "I feel sick, more than slightly, but do not vomit",
                    Sickness::FeelsSick,
                ),
                choice("queasy", "Only slightly queasy", Sickness::SlightlyQueasy),
                choice("neither", "Neither", Sickness::Neither),
                not_sure(AnswerValue::Sickness(Sickness::NotSure)),
            ],
            QuestionKind::LightAndSound => vec![
                choice("both", "Both light and sounds", LightAndSound::Both),
                choice(
                    "light-only",
                    "Light, but not sounds",
                    LightAndSound::LightOnly,
                ),
                choice(
                    "sound-only",
                    "Sounds, but not light",
                    LightAndSound::SoundOnly,
                ),
                choice("neither", "Neither", LightAndSound::Neither),
                not_sure(AnswerValue::LightAndSound(LightAndSound::NotSure)),
            ],
            QuestionKind::ClusterCourse => vec![
                choice(
                    "bouts",
                    "In bouts of a week or more, and I have had at least two bouts with 3 months or more \
                     free of attacks between them",
                    ClusterCourse::BoutsWithLongBreaks,
                ),
                choice(
                    "no-long-break",
                    "For a year or more, without a break of 3 months or more",
                    ClusterCourse::YearWithoutLongBreak,
                ),
                choice(
                    "too-early",
                    "Neither yet: this is my first bout, or they began less than a year ago",
                    ClusterCourse::TooEarlyToTell,
                ),
                not_sure(AnswerValue::ClusterCourse(ClusterCourse::NotSure)),
            ],
            QuestionKind::ClusterFrequency => vec![
                Choice {
                    id: "less-than-every-other-day",
                    label: "Less than once every other day",
                    value: AnswerValue::ClusterFrequency(ClusterFrequency::LessThanEveryOtherDay),
                },
                Choice {
                    id: "every-other-day-to-8-a-day",
                    label: "From once every other day up to 8 times a day",
                    value: AnswerValue::ClusterFrequency(
                        ClusterFrequency::EveryOtherDayToEightADay,
                    ),
                },
                Choice {
                    id: "more-than-8-a-day",
                    label: "More than 8 times a day",
                    value: AnswerValue::ClusterFrequency(ClusterFrequency::MoreThanEightADay),
                },
                not_sure(AnswerValue::ClusterFrequency(ClusterFrequency::NotSure)),
            ],
        }
    }

    /// The id of the choice that matches the current answer, so radio buttons show the saved state. For length
    /// and count questions an exact number selects the band that holds it.
    pub fn selected_choice(self, answers: &Answers) -> Option<&'static str> {
        let current = answers.get(self)?;
        match (self.kind(), current) {
            (QuestionKind::Number { .. }, _) => None,
            (_, AnswerValue::Quantity(Quantity::NotSure)) => Some(NOT_SURE_ID),
            (QuestionKind::Duration, AnswerValue::Quantity(Quantity::Known(minutes)))
                if self == Question::AttackMinutesLongest
                    && answers
                        .attack
                        .minutes
                        .and_then(Quantity::known)
                        .map(DurationBand::containing)
                        == Some(DurationBand::containing(minutes)) =>
            {
                Some(NONE_LONGER_ID)
            }
            (QuestionKind::Duration, AnswerValue::Quantity(Quantity::Known(minutes))) => {
                Some(DurationBand::containing(minutes).id())
            }
            (QuestionKind::Count, AnswerValue::Quantity(Quantity::Known(count))) => {
                Some(CountBand::containing(count).id())
            }
            _ => self
                .choices_for(answers)
                .into_iter()
                .find(|choice| choice.value == current)
                .map(|choice| choice.id),
        }
    }

    /// Validates a value against the question's kind and range.
    fn check(self, value: AnswerValue) -> Result<(), AnswerError> {
        let fits = matches!(
            (self.kind(), value),
            (QuestionKind::YesNo, AnswerValue::Reply(_))
                | (
                    QuestionKind::Number { .. } | QuestionKind::Duration | QuestionKind::Count,
                    AnswerValue::Quantity(_)
                )
                | (QuestionKind::Severity, AnswerValue::Severity(_))
                | (QuestionKind::PainSide, AnswerValue::PainSide(_))
                | (QuestionKind::PainQuality, AnswerValue::PainQuality(_))
                | (
                    QuestionKind::HeadacheHistory,
                    AnswerValue::HeadacheHistory(_)
                )
                | (QuestionKind::Sickness, AnswerValue::Sickness(_))
                | (QuestionKind::LightAndSound, AnswerValue::LightAndSound(_))
                | (QuestionKind::ClusterCourse, AnswerValue::ClusterCourse(_))
                | (
                    QuestionKind::ClusterFrequency,
                    AnswerValue::ClusterFrequency(_)
                )
        );
        if !fits {
            return Err(AnswerError::WrongKind {
                question: self.id(),
            });
        }
        if let (
            QuestionKind::Number { min, max, .. },
            AnswerValue::Quantity(Quantity::Known(value)),
        ) = (self.kind(), value)
        {
            if value < min || value > max {
                return Err(AnswerError::OutOfRange {
                    question: self.id(),
                    value,
                    min,
                    max,
                });
            }
        }
        Ok(())
    }
}

impl Answers {
    /// Keeps dependent answers consistent after `question` changed: a longest attack length that is no longer
    /// longer than the usual one is forgotten, so the two never describe a span the person did not give.
    fn settle_after(&mut self, question: Question) {
        if question == Question::AttackMinutes {
            let usual = self
                .attack
                .minutes
                .and_then(Quantity::known)
                .map(DurationBand::containing);
            let longest = self
                .attack
                .minutes_longest
                .and_then(Quantity::known)
                .map(DurationBand::containing);
            if let (Some(usual), Some(longest)) = (usual, longest) {
                if longest <= usual {
                    self.attack.minutes_longest = None;
                }
            }
        }
    }
}

fn reply_id(reply: Reply) -> &'static str {
    match reply {
        Reply::Yes => "yes",
        Reply::No => "no",
        Reply::NotSure => NOT_SURE_ID,
    }
}

/// The walks over the question table that belong to a step. They live beside the table, not in
/// `flow.rs`, so the flow of steps knows nothing of the questions and the two never import each other.
impl Step {
    /// The questions on this step, in order, with follow-ups only when they apply.
    pub fn questions(self, answers: &Answers) -> Vec<Question> {
        Question::ALL
            .iter()
            .copied()
            .filter(|q| q.step() == self && q.is_shown(answers))
            .collect()
    }

    /// The shown questions that still have no answer ("not sure" counts as an answer), leaving out optional ones
    /// (the treatment follow-up on the result, the longest attack length). On the safety step, once an emergency
    /// sign is reported nothing else asked there can change the result, so nothing is missing.
    pub fn unanswered(self, answers: &Answers) -> Vec<Question> {
        if self == Step::WarningSigns && emergency_found(answers) {
            return Vec::new();
        }
        self.questions(answers)
            .into_iter()
            .filter(|q| !q.is_optional() && answers.get(*q).is_none())
            .collect()
    }

    /// Whether every shown question has an answer, so the UI can enable "Next".
    pub fn is_complete(self, answers: &Answers) -> bool {
        self.unanswered(answers).is_empty()
    }
}
