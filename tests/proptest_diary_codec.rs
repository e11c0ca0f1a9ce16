//! The diary's own codec (`storage::diary_codec`, which the app uses instead of serde) held to serde's text in
//! both directions: generated diaries (weeks to years of entries, with any note text, any own trigger words, any
//! preventive treatments and any lineage) are written byte for byte as `serde_json` writes them, and each reader
//! reads the other's text back to the same diary. Damaged text is never read differently: when the codec accepts
//! a mutated save, serde reads the same diary from it, and when both refuse it they refuse it for the same kind
//! of reason (damaged, no envelope or the wrong shape, newer). The stored fixtures read alike through both.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod hostile;

use std::sync::LazyLock;

use chrono::NaiveDate;
use common::fixture;
use headache_diary::domain::diary::{
    generate_sample_diary, AuraKind, Diary, MedicineClass, MedicineEffect, PainLocation,
    PainQuality, PreventiveClass, PreventiveTrial, Symptom, TrialId, TrialOutcome, Trigger,
    YearMonth,
};
use headache_diary::storage::{diary_codec, serde_decode, serde_encode_with_lineage, Document};
use hostile::strategies::{codec_reads_as_serde_does, mutated, odd_string, refusal_kind, run};
use proptest::prelude::*;

const CASES: u32 = 300;
const MUTATED_CASES: u32 = 4_000;

/// A preventive treatment with any of its fields set or not.
fn a_treatment(id: u64) -> impl Strategy<Value = PreventiveTrial> {
    let month = (1990i32..2030, 1u32..=12).prop_map(|(year, month)| YearMonth::new(year, month));
    (
        "[A-Za-z0-9 \"\\\\é]{1,20}",
        prop::sample::select(vec![
            PreventiveClass::Antidepressant,
            PreventiveClass::BetaBlocker,
            PreventiveClass::CalciumChannelBlocker,
            PreventiveClass::CgrpPathway,
            PreventiveClass::OnabotulinumtoxinA,
            PreventiveClass::Other,
        ]),
        (prop::option::of(month.clone()), prop::option::of(month)),
        any::<bool>(),
        "[0-9a-z ]{0,8}",
        prop::option::of(prop::sample::select(vec![
            TrialOutcome::Helping,
            TrialOutcome::NotEnoughEffect,
            TrialOutcome::SideEffects,
            TrialOutcome::CouldNotTake,
            TrialOutcome::StoppedOther,
        ])),
        (prop::option::of(1u32..=36), prop::option::of(any::<bool>())),
    )
        .prop_map(
            move |(
                name,
                class,
                (from, to),
                still_taking,
                dose,
                outcome,
                (months, as_prescribed),
            )| {
                let mut trial =
                    PreventiveTrial::new(TrialId(id), name.trim().to_string() + "x", class);
                trial.from = from.flatten();
                trial.to = to.flatten();
                trial.still_taking = still_taking;
                trial.dose = dose;
                trial.outcome = outcome;
                trial.months_taken = months;
                trial.dose_as_prescribed = as_prescribed;
                trial
            },
        )
}

/// A diary of 1 to 400 days from any seed, its notes and own triggers replaced by odd text where the diary's rules
/// allow it, with up to three treatments.
fn a_diary() -> impl Strategy<Value = Diary> {
    (
        any::<u64>(),
        1u32..400,
        prop::collection::vec(odd_string(), 0..6),
        prop::collection::vec("[a-zA-Z é\"\\\\\n]{1,12}", 0..4),
        prop::collection::vec(a_treatment(0), 0..=3),
    )
        .prop_map(|(seed, days, notes, own_triggers, treatments)| {
            let sample = generate_sample_diary(
                seed,
                NaiveDate::from_ymd_opt(2024, 2, 27).expect("date"),
                days,
            );
            let mut attacks = sample.attacks().to_vec();
            for (attack, note) in attacks.iter_mut().zip(&notes) {
                attack.note = note.clone();
            }
            let with_notes = Diary::from_parts(
                attacks,
                sample.day_notes().to_vec(),
                sample.periods().to_vec(),
                own_triggers.clone(),
            )
            .or_else(|_| {
                Diary::from_parts(
                    sample.attacks().to_vec(),
                    sample.day_notes().to_vec(),
                    sample.periods().to_vec(),
                    Vec::new(),
                )
            })
            .expect("the sample is valid");
            let treatments = treatments
                .into_iter()
                .enumerate()
                .map(|(at, mut trial)| {
                    trial.id = TrialId(at as u64 + 1);
                    trial
                })
                .collect();
            with_notes
                .clone()
                .with_treatments(treatments)
                .unwrap_or(with_notes)
        })
}

fn a_lineage() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec("[a-z0-9.]{1,12}", 0..3)
}

/// Stored diaries as earlier builds wrote them, and as this build writes them.
static STORED: LazyLock<Vec<String>> = LazyLock::new(|| {
    let year = generate_sample_diary(7, NaiveDate::from_ymd_opt(2025, 1, 1).expect("date"), 120);
    let year = year
        .clone()
        .with_treatments(vec![PreventiveTrial::new(
            TrialId(1),
            "Propranolol",
            PreventiveClass::BetaBlocker,
        )])
        .expect("valid");
    vec![
        fixture("diary-v1.json"),
        serde_encode_with_lineage(&year, &["k1.2".to_string()]).expect("serde writes it"),
    ]
});

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn the_codec_writes_what_serde_writes_and_each_reads_the_others_text(diary in a_diary(), lineage in a_lineage()) {
        let by_serde = serde_encode_with_lineage(&diary, &lineage).expect("serde writes it");
        let by_codec = diary_codec::encode(&diary, &lineage);
        prop_assert_eq!(&by_codec, &by_serde);
        prop_assert_eq!(diary_codec::decode(&by_serde).expect("the codec reads serde's text"), diary.clone());
        prop_assert_eq!(serde_decode::<Diary>(&by_codec).expect("serde reads the codec's text"), diary.clone());
        // And through the document's own methods, which the storage layer calls.
        prop_assert_eq!(Diary::from_stored_text(&diary.to_stored_text().expect("written")).expect("read"), diary);
    }
}

#[test]
fn a_damaged_diary_is_never_read_differently_from_serde() {
    run(
        "damaged diaries, codec against serde",
        "read by both alike",
        MUTATED_CASES,
        mutated(&STORED),
        |text| codec_reads_as_serde_does::<Diary>(&text),
    );
}

#[test]
fn the_stored_fixtures_read_alike_through_both() {
    for text in STORED.iter() {
        let by_codec = diary_codec::decode(text).expect("the codec reads it");
        assert_eq!(
            by_codec,
            serde_decode::<Diary>(text).expect("serde reads it")
        );
        assert!(!by_codec.is_empty());
    }
}

#[test]
fn a_day_kind_reads_every_form_serde_reads_and_refuses_the_rest() {
    let wrap =
        |kind: &str| format!(r#"{{"version":2,"data":{{"d":[{{"d":"2025-01-02","k":{kind}}}]}}}}"#);
    for day in [
        r#""free""#,
        r#"{"free":null}"#,
        r#"{"ache":{}}"#,
        r#"{"ache":{"sv":4}}"#,
        r#"{"ache":{"sv":null,"x":1}}"#,
    ] {
        let text = wrap(day);
        assert_eq!(
            diary_codec::decode(&text).expect("the codec reads it"),
            serde_decode::<Diary>(&text).expect("serde reads it"),
            "{day}"
        );
    }
    for day in [
        r#""ache""#,
        r#"{"ache":{"sv":11}}"#,
        r#"{"ache":{"sv":4},"free":null}"#,
        r#"{"free":1}"#,
        r#""nope""#,
        "null",
    ] {
        let text = wrap(day);
        let by_codec = diary_codec::decode(&text).expect_err("the codec refuses it");
        let by_serde = serde_decode::<Diary>(&text).expect_err("serde refuses it");
        assert_eq!(
            refusal_kind(&by_codec),
            refusal_kind(&by_serde),
            "{day}: {by_codec}"
        );
    }
}

#[test]
fn a_known_field_named_twice_or_a_required_one_missing_is_refused_and_unknown_fields_are_ignored() {
    let refused = [
        r#"{"version":2,"data":{"a":[{"id":1,"s":"2025-01-01T08:00","s":"2025-01-01T09:00"}]}}"#,
        r#"{"version":2,"data":{"a":[{"s":"2025-01-01T08:00"}]}}"#,
        r#"{"version":2,"data":{"a":[],"a":[]}}"#,
        r#"{"version":2,"data":{"a":[{"id":1,"s":"2025-01-01T08:00","sv":null,"lo":null}]}}"#,
        r#"{"version":2,"data":{"a":[{"id":-1,"s":"2025-01-01T08:00"}]}}"#,
        r#"{"version":2,"data":{"a":[{"id":1.0,"s":"2025-01-01T08:00"}]}}"#,
        r#"{"version":3,"data":{}}"#,
        r#"{"version":2}"#,
        r#"{"version":2,"data":{"a":[{"id":1,"s":"2025-01-01T08:00"},{"id":1,"s":"2025-01-02T08:00"}]}}"#,
    ];
    for text in refused {
        let by_codec = diary_codec::decode(text).expect_err(text);
        let by_serde = serde_decode::<Diary>(text).expect_err(text);
        assert_eq!(
            refusal_kind(&by_codec),
            refusal_kind(&by_serde),
            "{text}: {by_codec}"
        );
    }
    let text = r#"{"version":2,"later":[1],"data":{"later":{"x":1},"a":[{"id":1,"s":"2025-01-01T08:00","sv":null,"e":null,"new":"x"}]}}"#;
    assert_eq!(
        diary_codec::decode(text).expect("the codec reads it"),
        serde_decode::<Diary>(text).expect("serde reads it")
    );
}

/// The storage codec and the CSV export write each choice by its domain `code()`: it is the name serde gave it, so
/// every earlier save still reads, and `ALL` lists every choice, so each can be read back. (A treatment's outcome
/// has a CSV code of its own and keeps its stored names in the codec.)
#[test]
fn every_choice_is_stored_by_its_serde_name() {
    fn check<T: serde::Serialize + Copy + std::fmt::Debug>(
        all: &[T],
        code: fn(T) -> &'static str,
    ) -> usize {
        for value in all {
            assert_eq!(
                serde_json::to_value(value).expect("a name"),
                code(*value),
                "{value:?}"
            );
        }
        all.len()
    }
    let counted = check(&AuraKind::ALL, AuraKind::code)
        + check(&PainLocation::ALL, PainLocation::code)
        + check(&PainQuality::ALL, PainQuality::code)
        + check(&Symptom::ALL, Symptom::code)
        + check(&Trigger::ALL, Trigger::code)
        + check(&MedicineClass::ALL, MedicineClass::code)
        + check(&MedicineEffect::ALL, MedicineEffect::code)
        + check(&PreventiveClass::ALL, PreventiveClass::code);
    assert_eq!(counted, 3 + 5 + 3 + 11 + 18 + 7 + 4 + 8);
}
