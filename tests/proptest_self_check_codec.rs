//! The self-check's own codec (`storage::self_check_codec`, which the self-check build uses instead of serde) held
//! to serde's text in both directions: generated documents (answers to any questions, old builds' answers, a kept
//! result with the engine's real assessment and any time of day) are written byte for byte as `serde_json` writes
//! them, and each reader reads the other's text back to the same document. Damaged text is never read differently:
//! when the codec accepts a mutated save, serde reads the same document from it. The version 1 fixture migrates
//! the same way through both.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use common::fixture;
use headache_diary::domain::screening::{
    evaluate, AnswerValue, Answers, Onset, Quantity, Question, QuestionKind, Reply, Step,
};
use headache_diary::storage::json::Json;
use headache_diary::storage::self_check::{KeptResult, SelfCheckDocument};
use headache_diary::storage::self_check_codec;
use headache_diary::storage::{serde_decode, serde_encode_with_lineage, Document, StorageError};
use proptest::prelude::*;

const CASES: u32 = 1_500;

/// The text serde writes for `document` (what the storage layer wrote before the codec).
fn serde_encode<D: Document>(document: &D) -> Result<String, StorageError> {
    serde_encode_with_lineage(document, &[])
}

/// One possible answer to `question`: any of its choices, or for a number question any number or "not sure".
fn an_answer(question: Question) -> BoxedStrategy<AnswerValue> {
    match question.kind() {
        QuestionKind::Number { min, max, .. } => prop_oneof![
            4 => (min..=max).prop_map(|n| AnswerValue::Quantity(Quantity::Known(n))),
            1 => Just(AnswerValue::Quantity(Quantity::NotSure)),
        ]
        .boxed(),
        _ => {
            let choices: Vec<AnswerValue> =
                question.choices().into_iter().map(|c| c.value).collect();
            prop::sample::select(choices).boxed()
        }
    }
}

/// Answers to a random set of questions, plus the separate answers an earlier build stored.
fn some_answers() -> impl Strategy<Value = Answers> {
    let questions: Vec<BoxedStrategy<Option<(Question, AnswerValue)>>> = Question::ALL
        .iter()
        .map(|&question| {
            prop::option::weighted(
                0.6,
                an_answer(question).prop_map(move |value| (question, value)),
            )
            .boxed()
        })
        .collect();
    let reply = || {
        prop::option::of(prop::sample::select(vec![
            Reply::Yes,
            Reply::No,
            Reply::NotSure,
        ]))
    };
    (
        questions,
        prop::option::of(prop::sample::select(vec![
            Onset::LastThreeMonths,
            Onset::ThreeToTwelveMonths,
            Onset::OverAYear,
            Onset::NotSure,
        ])),
        (reply(), reply(), reply(), reply(), reply(), reply()),
    )
        .prop_map(
            |(picked, onset, (changed, nausea, mild, vomiting, light, sound))| {
                let mut answers = Answers::default();
                for (question, value) in picked.into_iter().flatten() {
                    answers
                        .set(question, value)
                        .expect("a choice the question offers");
                }
                answers.warning.onset = onset;
                answers.warning.pattern_changed = changed;
                answers.attack.nausea = nausea;
                answers.attack.nausea_mild = mild;
                answers.attack.vomiting = vomiting;
                answers.attack.light = light;
                answers.attack.sound = sound;
                answers
            },
        )
}

/// Any moment from 1900 to 2100, to the second or with a fraction of a second.
fn a_moment() -> impl Strategy<Value = NaiveDateTime> {
    (
        0i64..73_000,
        0u32..86_400,
        prop_oneof![Just(0u32), Just(250_000_000), 0u32..1_000_000_000],
    )
        .prop_map(|(days, seconds, nanos)| {
            let date = NaiveDate::from_ymd_opt(1900, 1, 1).expect("a real date")
                + chrono::Duration::days(days);
            let time =
                NaiveTime::from_num_seconds_from_midnight_opt(seconds, nanos).expect("a real time");
            NaiveDateTime::new(date, time)
        })
}

fn a_document() -> impl Strategy<Value = SelfCheckDocument> {
    (
        some_answers(),
        prop::sample::select(Step::ORDER.to_vec()),
        prop::option::of((a_moment(), some_answers())),
    )
        .prop_map(|(answers, step, kept)| SelfCheckDocument {
            answers,
            step,
            kept: kept.map(|(taken_at, answers)| KeptResult {
                taken_at,
                assessment: evaluate(&answers),
                answers,
            }),
        })
}

/// A save with one character deleted, replaced or added somewhere.
fn mutated(text: &str, at: usize, how: u8, with: char) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let at = at % (chars.len() + 1);
    match how % 3 {
        0 if at < chars.len() => {
            chars.remove(at);
        }
        1 if at < chars.len() => chars[at] = with,
        _ => chars.insert(at, with),
    }
    chars.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn the_codec_writes_what_serde_writes_and_each_reads_the_others_text(document in a_document()) {
        let by_serde = serde_encode(&document).expect("serde writes it");
        let by_codec = self_check_codec::encode(&document);
        prop_assert_eq!(&by_codec, &by_serde);
        prop_assert_eq!(self_check_codec::decode(&by_serde).expect("the codec reads serde's text"), document.clone());
        prop_assert_eq!(serde_decode::<SelfCheckDocument>(&by_codec).expect("serde reads the codec's text"), document.clone());
        // And through the document's own methods, which the storage layer calls.
        prop_assert_eq!(SelfCheckDocument::from_stored_text(&document.to_stored_text().expect("written")).expect("read"), document);
    }

    #[test]
    fn a_damaged_save_is_never_read_differently_from_serde(
        document in a_document(),
        at in any::<usize>(),
        how in any::<u8>(),
        with in prop::sample::select(vec!['{', '}', '"', ',', ':', '1', 'x', ' ', '\\', 'é', ']', 'n']),
    ) {
        let text = mutated(&serde_encode(&document).expect("serde writes it"), at, how, with);
        if let Ok(read) = self_check_codec::decode(&text) {
            prop_assert_eq!(Ok(read), serde_decode::<SelfCheckDocument>(&text), "text: {}", text);
        }
    }

    #[test]
    fn any_text_round_trips_and_is_escaped_as_serde_json_escapes_it(text in any::<String>()) {
        let json = Json::String(text.clone().into());
        let written = json.to_text();
        prop_assert_eq!(&written, &serde_json::to_string(&text).expect("serde writes it"));
        prop_assert_eq!(Json::parse(&written), Ok(json));
    }
}

#[test]
fn the_version_1_fixture_migrates_to_the_same_document_through_both_readers() {
    let stored = fixture("self-check-v1.json");
    let by_serde: SelfCheckDocument = serde_decode(&stored).expect("serde reads version 1");
    let by_codec = self_check_codec::decode(&stored).expect("the codec reads version 1");
    assert_eq!(by_codec, by_serde);
    assert_eq!(
        by_codec.step,
        Step::AttackFeatures,
        "the retired screen moved"
    );
}

#[test]
fn damaged_empty_newer_and_unenveloped_saves_are_refused_with_the_same_kind_of_error_as_serde() {
    let document = SelfCheckDocument::default();
    let good = serde_encode(&document).expect("serde writes it");
    let newer = good.replacen("\"version\":2", "\"version\":3", 1);
    let zero = good.replacen("\"version\":2", "\"version\":0", 1);
    let twice = good.replacen("{\"version\":2,", "{\"version\":2,\"version\":2,", 1);
    for text in [
        "",
        "{",
        "[2, {}]",
        "\"text\"",
        "{\"version\":2}",
        "{\"data\":{}}",
        "{\"version\":\"2\",\"data\":{}}",
        "{\"version\":2,\"data\":{\"step\":\"nowhere\"}}",
        "{\"version\":2,\"data\":{\"answers\":{\"about\":{\"age\":{\"known\":-3}}}}}",
        "{\"version\":2,\"data\":{\"answers\":{\"about\":{\"age\":{\"known\":3.5}}}}}",
        "{\"version\":2,\"data\":{\"kept\":{\"answers\":{}}}}",
        "{\"version\":2,\"data\":{\"step\":\"result\",\"step\":\"result\"}}",
        &newer,
        &zero,
        &twice,
    ] {
        let by_serde = serde_decode::<SelfCheckDocument>(text).expect_err("serde refuses it");
        let by_codec = self_check_codec::decode(text).expect_err("the codec refuses it");
        assert_eq!(
            std::mem::discriminant(&by_codec),
            std::mem::discriminant(&by_serde),
            "{text:?}: codec {by_codec:?}, serde {by_serde:?}"
        );
    }
}

#[test]
fn unknown_fields_and_missing_sections_read_as_serde_reads_them() {
    let text = "{\"version\":2,\"w\":[\"a.1\"],\"data\":{\"answers\":{\"about\":{\"age\":{\"known\":34},\"later\":1}},\"extra\":[1,2]}}";
    let by_codec = self_check_codec::decode(text).expect("the codec reads it");
    assert_eq!(
        by_codec,
        serde_decode::<SelfCheckDocument>(text).expect("serde reads it")
    );
    assert_eq!(by_codec.answers.about.age, Some(Quantity::Known(34)));
    assert_eq!(by_codec.step, Step::first());
}
