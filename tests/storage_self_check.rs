//! Native tests of the stored self-check: the version 1 fixture loads with its answers, step and kept result;
//! a round trip gives back the same document; damaged, wrong-shaped and newer data are refused, never defaulted.

mod common;
use chrono::NaiveDate;
use common::*;
use headache_diary::domain::screening::{
    evaluate, Answers, Pattern, Quantity, Question, Reply, Step, Triage,
};
use headache_diary::storage::self_check::{KeptResult, SelfCheckDocument};
use headache_diary::storage::{decode, encode, Document, StorageError};

#[test]
fn self_check_v1_fixture_loads_answers_step_and_kept_result() {
    let document: SelfCheckDocument = decode(&fixture("self-check-v1.json")).expect("v1 loads");
    // Stored at version 1 on the retired "attack pattern" screen; version 2 asks those questions on "your usual
    // headache".
    assert_eq!(document.step, Step::AttackFeatures);
    assert_eq!(
        document.answers.get(Question::Age),
        Some(Quantity::Known(34).into())
    );
    assert_eq!(
        document.answers.get(Question::Thunderclap),
        Some(Reply::No.into())
    );
    assert_eq!(document.answers.get(Question::AttackCount), None);
    let kept = document.kept.expect("a kept result");
    assert_eq!(kept.date_label(), "21 Nov 2026");
    assert_eq!(kept.assessment.triage(), Triage::Routine);
    assert!(kept.assessment.has_pattern(Pattern::MigraineWithoutAura));
    // The stored result is the one the kept answers give: the same urgency and patterns. (Its sentences are kept
    // as they were worded on the day; later builds word criteria differently.)
    let now = evaluate(&kept.answers);
    assert_eq!(kept.assessment.triage(), now.triage());
    assert_eq!(kept.assessment.pattern_codes(), now.pattern_codes());
    assert_eq!(kept.assessment.advice(), now.advice());
}

#[test]
fn self_check_document_round_trips_through_the_envelope() {
    let mut answers = Answers::without_warning_signs();
    answers
        .set(Question::Age, Quantity::NotSure.into())
        .expect("valid answer");
    let document = SelfCheckDocument {
        answers: answers.clone(),
        step: Step::AboutYou,
        kept: Some(KeptResult {
            taken_at: NaiveDate::from_ymd_opt(2026, 1, 2)
                .and_then(|date| date.and_hms_opt(9, 30, 0))
                .expect("valid date"),
            assessment: evaluate(&answers),
            answers,
        }),
    };
    let text = encode(&document).expect("encodes");
    assert!(
        text.starts_with("{\"version\":2,"),
        "envelope first: {text}"
    );
    assert_eq!(decode::<SelfCheckDocument>(&text), Ok(document));
}

#[test]
fn self_check_empty_data_is_a_fresh_start() {
    let document: SelfCheckDocument = decode(r#"{"version":1,"data":{}}"#).expect("loads");
    assert_eq!(document, SelfCheckDocument::default());
    assert_eq!(document.step, Step::WarningSigns);
}

#[test]
fn self_check_corrupt_json_is_reported_not_defaulted() {
    let error = decode::<SelfCheckDocument>(r#"{"version":1,"data":{"answers":"#).unwrap_err();
    assert!(matches!(error, StorageError::Corrupt(_)), "{error:?}");
}

#[test]
fn self_check_unknown_step_is_wrong_shape() {
    let error =
        decode::<SelfCheckDocument>(r#"{"version":1,"data":{"step":"dance"}}"#).unwrap_err();
    assert!(matches!(error, StorageError::WrongShape(_)), "{error:?}");
}

#[test]
fn self_check_newer_version_is_refused_with_both_versions_named() {
    let error = decode::<SelfCheckDocument>(r#"{"version":3,"data":{}}"#).unwrap_err();
    assert_eq!(
        error,
        StorageError::NewerVersion {
            found: 3,
            supported: SelfCheckDocument::VERSION
        }
    );
}

#[test]
fn self_check_version_zero_is_wrong_shape() {
    let error = decode::<SelfCheckDocument>(r#"{"version":0,"data":{}}"#).unwrap_err();
    assert!(matches!(error, StorageError::WrongShape(_)), "{error:?}");
}

#[test]
fn self_check_kept_urgent_result_cannot_be_loaded_with_a_pattern() {
    // A hand-edited store that puts a migraine label next to an emergency sign: loading drops the label.
    let text = r#"{"version":1,"data":{"kept":{"taken_at":"2026-11-21T14:05:00","answers":{},
        "assessment":{"triage":"routine","warning_signs":[{"sign":"thunderclap","certainty":"reported"}],
        "patterns":[{"pattern":"migraine_without_aura","met":[],"missed":[],"unclear":[],"confidence":"strong"}],
        "advice":[]}}}}"#;
    let document: SelfCheckDocument = decode(text).expect("loads");
    let kept = document.kept.expect("kept");
    assert_eq!(kept.assessment.triage(), Triage::Emergency);
    assert!(kept.assessment.patterns().is_empty());
}

#[test]
fn self_check_key_is_fixed_by_hand() {
    assert_eq!(SelfCheckDocument::KEY, "headache-diary.self-check");
    assert_eq!(SelfCheckDocument::VERSION, 2);
}

#[test]
fn self_check_v1_steps_of_retired_screens_move_to_the_screen_that_asks_their_questions() {
    for (stored, now) in [
        ("attack_pattern", Step::AttackFeatures),
        ("aura", Step::AttackFeatures),
        ("frequency", Step::AboutYou),
        ("cycle", Step::AboutYou),
        ("warning_signs", Step::WarningSigns),
        ("aura_details", Step::AuraDetails),
        ("medicines", Step::Medicines),
        ("result", Step::Result),
    ] {
        let raw = format!(r#"{{"version":1,"data":{{"step":"{stored}"}}}}"#);
        let document: SelfCheckDocument = decode(&raw).expect(stored);
        assert_eq!(document.step, now, "{stored}");
    }
}

#[test]
fn self_check_v1_answers_of_retired_questions_still_decide_the_result() {
    // The v1 fixture's kept answers use the separate onset, nausea, light and sound fields that this build asks
    // as combined questions: evaluated now they give the result they gave then.
    let document: SelfCheckDocument = decode(&fixture("self-check-v1.json")).expect("v1 loads");
    let kept = document.kept.expect("a kept result");
    assert!(kept.answers.attack.sickness.is_none());
    assert!(kept.answers.warning.history.is_none());
    let now = evaluate(&kept.answers);
    assert_eq!(now.pattern_codes(), ["1.1"]);
    assert_eq!(now.triage(), Triage::Routine);
}
