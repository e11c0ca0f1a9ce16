//! The diary's stored text, written and read without serde (`json.rs` says why; here it is the largest piece of
//! the full app's serde code, as every stored type had its own generated reader).
//!
//! The text is exactly what the serde derives on the diary's types give: short field names, empty and unset fields
//! left out, times as `time_format` writes them, fields in declaration order. Reading follows serde's rules for
//! these types: a field marked `default` may be missing, a required one may not, a known field named twice is an
//! error, unknown fields are ignored, `null` is only an empty `Option`, and the diary's own rules are checked as it
//! is built (`Diary::from_parts`), so a save that breaks them is refused, never repaired.
//! `tests/proptest_diary_codec.rs` holds both directions to `serde_json`, on generated diaries and damaged saves.

use super::codec::{
    coded_enum, compact_struct, decode_migrating, encode_document, fields_of_once, named_enum,
    read_once, short, tree_of, write_key, write_list, wrong_kind, Codec, Omitted,
};
use super::diary::MIGRATIONS;
use super::json::Json;
use super::{Document, StorageError};
use crate::domain::diary::{
    Attack, AttackId, Aura, AuraKind, DayKind, DayNote, Diary, FoundInData, MedicineClass,
    MedicineDose, MedicineEffect, PainLocation, PainQuality, Period, PreventiveClass,
    PreventiveTrial, Severity, Symptom, TrialId, TrialOutcome, Trigger, YearMonth,
};

/// The stored text of `diary` (`codec::encode_document`).
pub fn encode(diary: &Diary, lineage: &[String]) -> String {
    encode_document(diary, Diary::VERSION, lineage)
}

/// Reads stored text, migrating older versions with `storage::diary::MIGRATIONS` (`codec::decode_migrating`).
pub fn decode(raw: &str) -> Result<Diary, StorageError> {
    decode_migrating(raw, Diary::VERSION, MIGRATIONS)
}

impl Omitted for MedicineEffect {
    fn omitted(&self) -> bool {
        *self == MedicineEffect::NotNoted
    }
}

impl Codec for Diary {
    fn to_json(&self) -> Json<'static> {
        tree_of(self)
    }

    fn write_json(&self, out: &mut String) {
        fn put<T: Codec>(key: &str, list: &[T], first: &mut bool, out: &mut String) {
            if !list.is_empty() {
                write_key(key, first, out);
                write_list(list, out);
            }
        }
        let mut first = true;
        out.push('{');
        put("a", self.attacks(), &mut first, out);
        put("d", self.day_notes(), &mut first, out);
        put("p", self.periods(), &mut first, out);
        put("t", self.own_triggers(), &mut first, out);
        put("rx", self.treatments(), &mut first, out);
        out.push('}');
    }

    fn from_json(json: &Json) -> Result<Self, String> {
        let fields = fields_of_once(json)?;
        let (mut attacks, mut day_notes, mut periods, mut own_triggers, mut treatments) =
            (None, None, None, None, None);
        for (name, value) in fields {
            match &**name {
                "a" => read_once(&mut attacks, value, Codec::from_json)?,
                "d" => read_once(&mut day_notes, value, Codec::from_json)?,
                "p" => read_once(&mut periods, value, Codec::from_json)?,
                "t" => read_once(&mut own_triggers, value, Codec::from_json)?,
                "rx" => read_once(&mut treatments, value, Codec::from_json)?,
                _ => {}
            }
        }
        Diary::from_parts(
            attacks.unwrap_or_default(),
            day_notes.unwrap_or_default(),
            periods.unwrap_or_default(),
            own_triggers.unwrap_or_default(),
        )
        .and_then(|diary| diary.with_treatments(treatments.unwrap_or_default()))
        .map_err(|error| FoundInData(error).to_string())
    }
}

compact_struct!(Attack {
    id: "id" required,
    start: "s" required via time,
    end: "e" omitted via optional_time,
    severity: "sv" omitted,
    location: "lo" omitted,
    quality: "q" omitted,
    aura: "au" omitted,
    symptoms: "sy" omitted,
    medicines: "m" omitted,
    triggers: "tr" omitted,
    own_triggers: "ot" omitted,
    stopped_activities: "st" omitted,
    note: "n" omitted,
});

compact_struct!(Aura {
    kinds: "k" omitted,
    minutes: "min" omitted,
});

compact_struct!(MedicineDose {
    name: "n" required,
    dose: "d" omitted,
    taken_at: "t" required via time,
    class: "c" required,
    effect: "ef" omitted,
    relief_after_minutes: "r" omitted,
});

compact_struct!(DayNote {
    date: "d" required,
    kind: "k" required,
    medicines: "m" omitted,
    stopped_activities: "st" omitted,
});

compact_struct!(Period {
    start: "s" required,
    end: "e" omitted,
});

compact_struct!(PreventiveTrial {
    id: "id" required,
    name: "n" required,
    class: "c" required,
    from: "f" omitted,
    to: "to" omitted,
    still_taking: "now" omitted,
    dose: "d" omitted,
    outcome: "o" omitted,
    months_taken: "m" omitted,
    dose_as_prescribed: "p" omitted,
});

/// "free", or `{"ache":{…}}` with the worst severity if given: serde's externally tagged enum, which also reads the
/// unit variant written as `{"free":null}`.
impl Codec for DayKind {
    fn to_json(&self) -> Json<'static> {
        match self {
            DayKind::HeadacheFree => Json::String("free".into()),
            DayKind::Headache { severity } => {
                let mut inner = Vec::new();
                if let Some(severity) = severity {
                    inner.push(("sv".into(), severity.to_json()));
                }
                Json::Object(vec![("ache".into(), Json::Object(inner))])
            }
        }
    }

    fn from_json(json: &Json) -> Result<Self, String> {
        let not_a_day = || wrong_kind(json, "a headache-free or headache day");
        match json {
            Json::String(name) if name == "free" => Ok(DayKind::HeadacheFree),
            Json::Object(fields) if fields.len() == 1 => match (&*fields[0].0, &fields[0].1) {
                ("free", Json::Null) => Ok(DayKind::HeadacheFree),
                ("ache", Json::Object(inner)) => {
                    let mut severity = None;
                    for (name, value) in inner {
                        if name == "sv" {
                            read_once(&mut severity, value, Codec::from_json)?;
                        }
                    }
                    Ok(DayKind::Headache {
                        severity: severity.flatten(),
                    })
                }
                _ => Err(not_a_day()),
            },
            _ => Err(not_a_day()),
        }
    }
}

/// A score from 0 to 10; anything else is refused, as `Severity::new` refuses it.
impl Codec for Severity {
    fn to_json(&self) -> Json<'static> {
        self.value().to_json()
    }
    fn from_json(json: &Json) -> Result<Self, String> {
        Severity::new(u8::from_json(json)?).map_err(|error| FoundInData(error).to_string())
    }
}

impl Codec for AttackId {
    fn to_json(&self) -> Json<'static> {
        self.0.to_json()
    }
    fn from_json(json: &Json) -> Result<Self, String> {
        u64::from_json(json).map(AttackId)
    }
}

impl Codec for TrialId {
    fn to_json(&self) -> Json<'static> {
        self.0.to_json()
    }
    fn from_json(json: &Json) -> Result<Self, String> {
        u64::from_json(json).map(TrialId)
    }
}

/// `2025-03`.
impl Codec for YearMonth {
    fn to_json(&self) -> Json<'static> {
        Json::String(self.to_string().into())
    }
    fn from_json(json: &Json) -> Result<Self, String> {
        match json {
            Json::String(text) => YearMonth::parse(text)
                .ok_or_else(|| format!("{} is not a month like 2025-03", short(json))),
            other => Err(wrong_kind(other, "a month like 2025-03")),
        }
    }
}

coded_enum!(
    AuraKind,
    PainLocation,
    PainQuality,
    Symptom,
    Trigger,
    MedicineClass,
    MedicineEffect,
    PreventiveClass,
);
// Its `code()` is the CSV's ("not-enough-effect"); the stored names are older and kept.
named_enum!(TrialOutcome {
    Helping = "helping",
    NotEnoughEffect = "too-little",
    SideEffects = "side-effects",
    CouldNotTake = "contraindicated",
    StoppedOther = "other",
});
