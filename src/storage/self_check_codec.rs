//! The self-check's stored document as JSON text, written and read without serde (`json.rs` says why).
//!
//! The text is exactly what the serde derives on these types give (`{"version":2,"data":{…}}`, fields in
//! declaration order, enums by their snake_case names), so the full app, the self-check build and a backup all
//! read each other's saves. Reading follows serde's rules for these types: a missing field of an answers section
//! takes the section's default, a missing required field or a field named twice is an error, unknown fields are
//! ignored. `tests/proptest_self_check_codec.rs` checks both directions against `serde_json` on generated documents
//! and on every fixture.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::codec::{
    decode_migrating, encode_document, fields_of, named_enum, optional, required, short, Codec,
};
use super::json::Json;
use super::self_check::{KeptResult, SelfCheckDocument, MIGRATIONS};
use super::{Document, StorageError};
use crate::domain::date_text::{time_text, SERDE_TIME_PATTERN};
use crate::domain::screening::{
    AboutYou, Advice, Answers, Assessment, AttackAnswers, AuraAnswers, Certainty, ClusterAnswers,
    ClusterCourse, ClusterFrequency, Confidence, Criterion, CycleAnswers, FrequencyAnswers,
    HeadacheHistory, LightAndSound, MedicineAnswers, Onset, PainQuality, PainSide, Pattern,
    PatternFinding, Quantity, Reply, Severity, Sickness, SignFinding, Step, Subtype,
    TreatmentAnswers, Triage, WarningAnswers, WarningSign,
};

/// The stored text of `doc` (`codec::encode_document`).
pub fn encode(doc: &SelfCheckDocument) -> String {
    encode_document(doc, SelfCheckDocument::VERSION, &[])
}

/// Reads stored text, migrating older versions with `storage::self_check::MIGRATIONS` (`codec::decode_migrating`).
pub fn decode(raw: &str) -> Result<SelfCheckDocument, StorageError> {
    decode_migrating(raw, SelfCheckDocument::VERSION, MIGRATIONS)
}

/// Version 2 has fewer, fuller screens: the attack-pattern and aura screens became part of "your usual headache",
/// and the frequency and periods screens part of "about you". A stored step naming a retired screen moves to the
/// screen that now asks its questions. Answers keep every field: the rules still read an earlier build's separate
/// answers (onset, pattern change, nausea, vomiting, light, sound) when this build's combined ones are absent.
pub fn v1_to_v2(mut data: Json) -> Result<Json, StorageError> {
    let Json::Object(fields) = &mut data else {
        return Err(StorageError::WrongShape(
            "the saved self-check is not a set of named fields".into(),
        ));
    };
    for (name, value) in fields.iter_mut() {
        if name != "step" {
            continue;
        }
        let moved = match value {
            Json::String(step) if step == "attack_pattern" || step == "aura" => {
                Some("attack_features")
            }
            Json::String(step) if step == "frequency" || step == "cycle" => Some("about_you"),
            _ => None,
        };
        if let Some(moved) = moved {
            *value = Json::String(moved.into());
        }
    }
    Ok(data)
}

/// A struct whose missing fields take the struct's `Default` (`#[serde(default)]`), fields in declaration order.
/// Encoding takes the struct apart field by field, so a field added to the type and not listed here stops the
/// build instead of going unsaved. The fields are read and written through one loop over a table (not code per
/// field), which keeps the answers' eighty-odd fields small in the build.
macro_rules! defaulted_struct {
    ($type:ident { $($field:ident),* $(,)? }) => {
        impl Codec for $type {
            fn to_json(&self) -> Json<'static> {
                let $type { $($field),* } = self;
                object(&[$(stringify!($field)),*], &[$($field),*])
            }
            fn from_json(json: &Json) -> Result<Self, String> {
                let mut value = $type::default();
                let $type { $($field),* } = &mut value;
                read_fields(json, &[$(stringify!($field)),*], &mut [$($field),*])?;
                Ok(value)
            }
        }
    };
}

/// A field's value written, whatever its type (for the table of [`defaulted_struct`]).
trait WriteField {
    fn write_field(&self) -> Json<'static>;
}

impl<T: Codec> WriteField for T {
    fn write_field(&self) -> Json<'static> {
        self.to_json()
    }
}

/// A field's value read in place, whatever its type.
trait ReadField {
    fn read_field(&mut self, json: &Json) -> Result<(), String>;
}

impl<T: Codec> ReadField for T {
    fn read_field(&mut self, json: &Json) -> Result<(), String> {
        *self = T::from_json(json)?;
        Ok(())
    }
}

/// An object of `names` with `values`, in order.
fn object(names: &[&str], values: &[&dyn WriteField]) -> Json<'static> {
    Json::Object(
        names
            .iter()
            .zip(values)
            .map(|(name, value)| ((*name).to_string().into(), value.write_field()))
            .collect(),
    )
}

/// Reads the fields of `json` called one of `names` into the matching slot; other fields are ignored.
fn read_fields(
    json: &Json,
    names: &[&str],
    slots: &mut [&mut dyn ReadField],
) -> Result<(), String> {
    for (name, field) in fields_of(json)? {
        if let Some(at) = names.iter().position(|known| known == name) {
            slots[at].read_field(field)?;
        }
    }
    Ok(())
}

/// A struct whose fields must all be there, but for those given a default (`#[serde(default)]` on a field):
/// written in declaration order, read with a missing required field, or any field named twice, as an error.
macro_rules! named_struct {
    ($type:ident, $what:literal { $($field:ident $(= $default:expr)?),* $(,)? }) => {
        impl Codec for $type {
            fn to_json(&self) -> Json<'static> {
                let $type { $($field),* } = self;
                object(&[$(stringify!($field)),*], &[$($field),*])
            }
            fn from_json(json: &Json) -> Result<Self, String> {
                fields_of(json)?;
                Ok($type { $($field: named_struct!(@read json, $what, $field $(, $default)?)),* })
            }
        }
    };
    (@read $json:ident, $what:literal, $field:ident) => {
        Codec::from_json(required($json, stringify!($field))?)?
    };
    (@read $json:ident, $what:literal, $field:ident, $default:expr) => {
        optional($json, stringify!($field), $default)?
    };
}

impl Codec for char {
    fn to_json(&self) -> Json<'static> {
        Json::String(self.to_string().into())
    }
    fn from_json(json: &Json) -> Result<Self, String> {
        let text = String::from_json(json)?;
        let mut chars = text.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(format!("{} is not one letter", short(json))),
        }
    }
}

/// A time as chrono's serde writes it: `2026-11-21T10:04:05`, with `.fff`, `.ffffff` or `.fffffffff` when there
/// is a fraction of a second.
impl Codec for NaiveDateTime {
    fn to_json(&self) -> Json<'static> {
        // What chrono's Debug writes (the serde format), by the app's own writer, so the stored text does not
        // depend on a Debug implementation.
        Json::String(time_text(*self, SERDE_TIME_PATTERN).into())
    }
    fn from_json(json: &Json) -> Result<Self, String> {
        let text = String::from_json(json)?;
        parse_date_time(&text).ok_or_else(|| format!("{} is not a date and time", short(json)))
    }
}

/// `YYYY-MM-DDTHH:MM:SS` with an optional fraction of a second of 1 to 9 digits, a real date and time.
fn parse_date_time(text: &str) -> Option<NaiveDateTime> {
    let (date, time) = text.split_once('T')?;
    let mut date_parts = date.split('-');
    let year = whole(date_parts.next()?, 4)?;
    let month = whole(date_parts.next()?, 2)?;
    let day = whole(date_parts.next()?, 2)?;
    if date_parts.next().is_some() {
        return None;
    }
    let (clock, fraction) = match time.split_once('.') {
        Some((clock, fraction)) => (clock, Some(fraction)),
        None => (time, None),
    };
    let mut clock_parts = clock.split(':');
    let hour = whole(clock_parts.next()?, 2)?;
    let minute = whole(clock_parts.next()?, 2)?;
    let second = whole(clock_parts.next()?, 2)?;
    if clock_parts.next().is_some() {
        return None;
    }
    let nanos = match fraction {
        None => 0,
        Some(digits) if (1..=9).contains(&digits.len()) => {
            whole(digits, digits.len())? * 10u32.pow(9 - digits.len() as u32)
        }
        Some(_) => return None,
    };
    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
    let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)?;
    Some(NaiveDateTime::new(date, time))
}

/// Exactly `width` ASCII digits as a number.
fn whole(digits: &str, width: usize) -> Option<u32> {
    (digits.len() == width && digits.bytes().all(|byte| byte.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

named_enum!(Reply { Yes = "yes", No = "no", NotSure = "not_sure" });
named_enum!(Severity { Mild = "mild", Moderate = "moderate", Severe = "severe", NotSure = "not_sure" });
named_enum!(PainSide { OneSide = "one_side", BothSides = "both_sides", Varies = "varies", NotSure = "not_sure" });
named_enum!(PainQuality {
    Throbbing = "throbbing",
    PressingOrTight = "pressing_or_tight",
    Other = "other",
    NotSure = "not_sure",
});
named_enum!(Onset {
    LastThreeMonths = "last_three_months",
    ThreeToTwelveMonths = "three_to_twelve_months",
    OverAYear = "over_a_year",
    NotSure = "not_sure",
});
named_enum!(HeadacheHistory {
    SameForOverAYear = "same_for_over_a_year",
    BeganThisYear = "began_this_year",
    BeganLastThreeMonths = "began_last_three_months",
    ChangedOrDifferent = "changed_or_different",
    FirstEver = "first_ever",
    NotSure = "not_sure",
});
named_enum!(Sickness {
    Vomits = "vomits",
    FeelsSick = "feels_sick",
    SlightlyQueasy = "slightly_queasy",
    Neither = "neither",
    NotSure = "not_sure",
});
named_enum!(LightAndSound {
    Both = "both",
    LightOnly = "light_only",
    SoundOnly = "sound_only",
    Neither = "neither",
    NotSure = "not_sure",
});
named_enum!(ClusterCourse {
    BoutsWithLongBreaks = "bouts_with_long_breaks",
    YearWithoutLongBreak = "year_without_long_break",
    TooEarlyToTell = "too_early_to_tell",
    NotSure = "not_sure",
});
named_enum!(ClusterFrequency {
    LessThanEveryOtherDay = "less_than_every_other_day",
    EveryOtherDayToEightADay = "every_other_day_to_eight_a_day",
    MoreThanEightADay = "more_than_eight_a_day",
    NotSure = "not_sure",
});
named_enum!(Step {
    WarningSigns = "warning_signs",
    AboutYou = "about_you",
    AttackFeatures = "attack_features",
    AuraDetails = "aura_details",
    Medicines = "medicines",
    ClusterFeatures = "cluster_features",
    Result = "result",
});
named_enum!(Triage { Routine = "routine", Soon = "soon", SameDay = "same_day", Emergency = "emergency" });
named_enum!(Certainty { Reported = "reported", Unclear = "unclear" });
named_enum!(Confidence { Tentative = "tentative", Moderate = "moderate", Strong = "strong" });
named_enum!(Pattern {
    MedicationOveruse = "medication_overuse",
    ChronicMigraine = "chronic_migraine",
    ChronicTensionType = "chronic_tension_type",
    Cluster = "cluster",
    MigraineWithAura = "migraine_with_aura",
    MigraineWithoutAura = "migraine_without_aura",
    InfrequentTensionType = "infrequent_tension_type",
    FrequentTensionType = "frequent_tension_type",
    ProbableMigraine = "probable_migraine",
    MenstrualLink = "menstrual_link",
});
named_enum!(Subtype {
    TypicalAura = "typical_aura",
    TypicalAuraWithHeadache = "typical_aura_with_headache",
    TypicalAuraWithoutHeadache = "typical_aura_without_headache",
    ProbableWithoutAura = "probable_without_aura",
    ProbableWithAura = "probable_with_aura",
    EpisodicCluster = "episodic_cluster",
    ChronicCluster = "chronic_cluster",
    ErgotamineOveruse = "ergotamine_overuse",
    TriptanOveruse = "triptan_overuse",
    SimpleAnalgesicOveruse = "simple_analgesic_overuse",
    OpioidOveruse = "opioid_overuse",
    CombinationAnalgesicOveruse = "combination_analgesic_overuse",
    MultipleClasses = "multiple_classes",
});
named_enum!(Advice {
    CallEmergencyNow = "call_emergency_now",
    SeeDoctorToday = "see_doctor_today",
    IfInDoubtCallEmergency = "if_in_doubt_call_emergency",
    BookAppointmentSoon = "book_appointment_soon",
    TalkAboutMedicineDays = "talk_about_medicine_days",
    DoNotStopOpioidsAbruptly = "do_not_stop_opioids_abruptly",
    IfOpioidDoNotStopAbruptly = "if_opioid_do_not_stop_abruptly",
    WatchMedicineDays = "watch_medicine_days",
    DiaryOverThreeCycles = "diary_over_three_cycles",
    CheckUnsureAnswers = "check_unsure_answers",
    SpecialistForMigraineNotResponding = "specialist_for_migraine_not_responding",
    KeepDiary = "keep_diary",
});
named_enum!(WarningSign {
    Thunderclap = "thunderclap",
    FeverWithStiffNeck = "fever_with_stiff_neck",
    NonFadingRash = "non_fading_rash",
    Confusion = "confusion",
    Weakness = "weakness",
    Numbness = "numbness",
    SpeechTrouble = "speech_trouble",
    VisionLoss = "vision_loss",
    Seizure = "seizure",
    Drowsiness = "drowsiness",
    HeadInjuryHighRisk = "head_injury_high_risk",
    PregnancyWithWarningFeatures = "pregnancy_with_warning_features",
    Fever = "fever",
    StiffNeck = "stiff_neck",
    HeadInjury = "head_injury",
    PregnancyNewHeadache = "pregnancy_new_headache",
    NewAfterFifty = "new_after_fifty",
    JawOrScalp = "jaw_or_scalp",
    ImmuneOrCancer = "immune_or_cancer",
    Positional = "positional",
    CoughOrExertion = "cough_or_exertion",
    SteadilyWorsening = "steadily_worsening",
    SwollenOpticDisc = "swollen_optic_disc",
    RedPainfulEye = "red_painful_eye",
    NewWithinThreeMonths = "new_within_three_months",
    PatternChanged = "pattern_changed",
    NewMedicineAtOnset = "new_medicine_at_onset",
    PossibleMedicationOveruse = "possible_medication_overuse",
    DailyFromFirstDay = "daily_from_first_day",
    AuraBeyondTypical = "aura_beyond_typical",
});

/// `{"known": 5}` or `"not_sure"`, serde's form for an enum with a value in one variant.
impl Codec for Quantity {
    fn to_json(&self) -> Json<'static> {
        match self {
            Quantity::Known(number) => Json::Object(vec![("known".into(), number.to_json())]),
            Quantity::NotSure => Json::String("not_sure".into()),
        }
    }
    fn from_json(json: &Json) -> Result<Self, String> {
        match json {
            Json::String(name) if name == "not_sure" => Ok(Quantity::NotSure),
            Json::Object(fields) if fields.len() == 1 => match &fields[0] {
                (name, number) if name == "known" => u32::from_json(number).map(Quantity::Known),
                (name, Json::Null) if name == "not_sure" => Ok(Quantity::NotSure),
                _ => Err(format!("{} is not a known Quantity", short(json))),
            },
            _ => Err(format!("{} is not a known Quantity", short(json))),
        }
    }
}

defaulted_struct!(WarningAnswers {
    emergency_group,
    same_day_group,
    history,
    thunderclap,
    fever,
    stiff_neck,
    non_fading_rash,
    confusion,
    weakness,
    numbness,
    speech_trouble,
    vision_loss,
    seizure,
    drowsiness,
    head_injury,
    head_injury_blood_thinners,
    head_injury_vomiting,
    head_injury_worsening,
    pregnant_or_postpartum,
    pregnancy_new_headache,
    pregnancy_vision_change,
    pregnancy_swelling,
    jaw_or_scalp,
    immune_or_cancer,
    positional,
    cough_or_exertion,
    steadily_worsening,
    swollen_optic_disc,
    red_painful_eye,
    onset,
    pattern_changed,
    new_medicine,
});
defaulted_struct!(AboutYou { age, has_periods });
defaulted_struct!(AttackAnswers {
    count,
    minutes,
    minutes_longest,
    eye_temple_attacks,
    side,
    quality,
    severity,
    worse_with_activity,
    sickness,
    light_and_sound,
    nausea,
    nausea_mild,
    vomiting,
    light,
    sound,
});
defaulted_struct!(AuraAnswers {
    any,
    visual,
    sensory,
    speech,
    fully_reversible,
    spreads,
    succession,
    lasts_5_to_60,
    one_sided,
    positive,
    headache_within_60,
    atypical_symptoms,
    count,
    every_attack,
});
defaulted_struct!(FrequencyAnswers {
    headache_days,
    months,
    migraine_days,
    daily_from_first_day
});
defaulted_struct!(MedicineAnswers {
    any_days,
    simple_days,
    triptan_days,
    ergot_days,
    opioid_days,
    combination_days,
    months,
    codeine_or_opioid,
});
defaulted_struct!(ClusterAnswers {
    one_sided,
    severe,
    minutes,
    count,
    frequency,
    eye_watering_or_red,
    nose,
    eyelid_swelling,
    sweating,
    pupil_or_lid,
    restless,
    course,
});
defaulted_struct!(CycleAnswers { window });
defaulted_struct!(TreatmentAnswers {
    tried,
    kinds_failed,
    disabling_days
});
defaulted_struct!(Answers {
    warning,
    about,
    attack,
    aura,
    frequency,
    medicines,
    cluster,
    cycle,
    treatments
});

/// Written with its triage; read like serde's `AssessmentRecord`: whatever triage is stored is ignored and worked
/// out again by the constructor.
impl Codec for Assessment {
    fn to_json(&self) -> Json<'static> {
        Json::Object(vec![
            ("triage".into(), self.triage().to_json()),
            (
                "warning_signs".into(),
                self.warning_signs().to_vec().to_json(),
            ),
            ("patterns".into(), self.patterns().to_vec().to_json()),
            ("advice".into(), self.advice().to_vec().to_json()),
        ])
    }
    fn from_json(json: &Json) -> Result<Self, String> {
        fields_of(json)?;
        let warning_signs = optional(json, "warning_signs", Vec::new())?;
        let patterns = optional(json, "patterns", Vec::new())?;
        let advice = optional(json, "advice", Vec::new())?;
        Ok(Assessment::from_stored(warning_signs, patterns, advice))
    }
}

named_struct!(Criterion, "a criterion" { set, letter, explanation });
named_struct!(SignFinding, "a warning sign" { sign, certainty });
named_struct!(PatternFinding, "a pattern" {
    pattern,
    met,
    missed,
    unclear,
    met_despite_unsure = Vec::new(),
    confidence,
    subtypes = Vec::new(),
});
named_struct!(KeptResult, "the kept result" { taken_at, answers, assessment });
named_struct!(SelfCheckDocument, "the saved self-check" {
    answers = Answers::default(),
    step = Step::first(),
    kept = None,
});
