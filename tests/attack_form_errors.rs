//! Native tests of where the headache form puts a refusal: the field is chosen from the error's values (which
//! time, which text, which medicine), so a reworded message can never move the focus to the wrong place; and the
//! one-tap picks the form reads from the diary model.

mod common;
use common::*;
use headache_diary::domain::diary::*;
use headache_diary::state::attack_form::{AttackDraft, DosePart, Field, FormError};

/// A stored headache with two medicines, opened in the form.
fn draft_with_two_medicines() -> AttackDraft {
    let mut attack = Attack::new(AttackId(7), at(2026, 3, 10, 8, 0));
    attack.end = Some(at(2026, 3, 10, 14, 0));
    attack.medicines = vec![
        MedicineDose::new(
            "Ibuprofen",
            MedicineClass::SimpleAnalgesic,
            at(2026, 3, 10, 8, 30),
        ),
        MedicineDose::new("Sumatriptan", MedicineClass::Triptan, at(2026, 3, 10, 9, 0)),
    ];
    AttackDraft::from_attack(&attack)
}

fn dose_key(draft: &AttackDraft, name: &str) -> u32 {
    draft
        .medicines
        .iter()
        .find(|dose| dose.name == name)
        .expect("dose on the form")
        .key
}

#[test]
fn place_error_medicine_time_in_future_focuses_that_medicines_time() {
    let draft = draft_with_two_medicines();
    let error = DiaryError::InFuture {
        what: Moment::MedicineTaken("Sumatriptan".into()),
        at: at(2030, 1, 1, 9, 0),
    };
    let problem = draft.place_error(&error);
    assert_eq!(
        problem.field,
        Field::Dose(dose_key(&draft, "Sumatriptan"), DosePart::Time)
    );
    assert_eq!(problem.error, FormError::Refused(error.clone()));
    assert!(problem.message().contains("time Sumatriptan was taken"));
}

#[test]
fn place_error_start_and_end_in_future_focus_their_own_fields() {
    let draft = draft_with_two_medicines();
    let start = DiaryError::InFuture {
        what: Moment::Start,
        at: at(2030, 1, 1, 9, 0),
    };
    let end = DiaryError::InFuture {
        what: Moment::End,
        at: at(2030, 1, 1, 9, 0),
    };
    assert_eq!(draft.place_error(&start).field, Field::Start);
    assert_eq!(draft.place_error(&end).field, Field::End);
}

#[test]
fn place_error_too_long_dose_text_focuses_the_dose_that_is_too_long() {
    let mut draft = draft_with_two_medicines();
    draft.medicines[1].dose = "x".repeat(NAME_MAX_CHARS + 1);
    let key = draft.medicines[1].key;
    let error = DiaryError::TextTooLong {
        field: TextField::Dose,
        len: NAME_MAX_CHARS + 1,
        max: NAME_MAX_CHARS,
    };
    assert_eq!(
        draft.place_error(&error).field,
        Field::Dose(key, DosePart::Dose)
    );
}

#[test]
fn place_error_too_many_own_triggers_focuses_the_trigger_chips() {
    let draft = draft_with_two_medicines();
    let error = DiaryError::TooMany {
        what: ListOf::OwnTriggers,
        max: 5,
    };
    assert_eq!(draft.place_error(&error).field, Field::OwnTriggers);
}

#[test]
fn to_attack_unreadable_start_is_a_typed_problem_on_the_start_field() {
    let mut draft = draft_with_two_medicines();
    draft.start = "2026-03-1".into();
    let problem = draft.to_attack(AttackId(1)).expect_err("half a date");
    assert_eq!(problem.field, Field::Start);
    assert_eq!(problem.error, FormError::StartMissing);
    assert_eq!(
        draft.problem_for(Field::Start),
        None,
        "nothing shown until Save"
    );
}

#[test]
fn quick_medicines_empty_diary_offers_common_ones() {
    let names: Vec<String> = Diary::new()
        .quick_medicines()
        .into_iter()
        .map(|pick| pick.name)
        .collect();
    assert_eq!(
        names,
        ["Paracetamol", "Ibuprofen", "Aspirin", "Sumatriptan"]
    );
}

/// The quick picks of a diary with one March headache per name, each with that medicine, in the order given.
fn quick_picks_after(names: &[&str]) -> Vec<String> {
    let mut diary = Diary::new();
    for (index, name) in (1..).zip(names) {
        let mut attack = Attack::new(AttackId(index), at(2026, 3, index as u32, 8, 0));
        attack.end = Some(at(2026, 3, index as u32, 12, 0));
        attack.medicines = vec![MedicineDose::new(
            *name,
            MedicineClass::SimpleAnalgesic,
            at(2026, 3, index as u32, 8, 30),
        )];
        DiaryAction::AddAttack { attack }
            .apply(&mut diary, at(2026, 3, 20, 12, 0))
            .expect("valid");
    }
    diary
        .quick_medicines()
        .into_iter()
        .map(|pick| pick.name)
        .collect()
}

#[test]
fn quick_medicines_newest_use_first_each_name_once_ignoring_case() {
    assert_eq!(
        quick_picks_after(&["Ibuprofen", "sumatriptan", "IBUPROFEN"]),
        ["IBUPROFEN", "sumatriptan"]
    );
}

#[test]
fn quick_medicines_ignore_case_in_accented_greek_and_cyrillic_names_too() {
    assert_eq!(
        quick_picks_after(&[
            "Ibuprofène",
            "Анальгин",
            "ΝΑΠΡΟΞΈΝΗ",
            "IBUPROFÈNE",
            "анальгин",
            "Ναπροξένη",
        ]),
        ["Ναπροξένη", "анальгин", "IBUPROFÈNE"]
    );
}

#[test]
fn known_own_triggers_attacks_newest_first_then_the_forms_own_each_once() {
    let mut diary = Diary::new();
    for (id, day_of_month, trigger) in [(1, 2, "Red wine"), (2, 5, "Long drive")] {
        let mut attack = Attack::new(AttackId(id), at(2026, 3, day_of_month, 8, 0));
        attack.end = Some(at(2026, 3, day_of_month, 12, 0));
        attack.own_triggers = vec![trigger.into()];
        DiaryAction::AddAttack { attack }
            .apply(&mut diary, at(2026, 3, 20, 12, 0))
            .expect("valid");
    }
    let known = diary.known_own_triggers(&["red WINE".into(), "Cheese".into()]);
    assert_eq!(known, ["Long drive", "Red wine", "Cheese"]);
}

#[test]
fn a_start_moved_earlier_offers_to_move_the_medicines_by_as_much_and_does() {
    use headache_diary::state::attack_form::{input_time, DraftAction};
    use std::rc::Rc;
    use yew::Reducible;
    let mut draft = draft_with_two_medicines();
    draft.start = input_time(at(2026, 3, 10, 5, 0));
    draft.end = input_time(at(2026, 3, 10, 7, 0));
    // Nothing offered before Save refused it, or for another refusal.
    assert_eq!(draft.dose_shift(), None);
    let refused = DiaryError::MedicineAfterEnd {
        name: "Ibuprofen".into(),
        taken_at: at(2026, 3, 10, 8, 30),
    };
    draft.problem = Some(draft.place_error(&refused));
    assert_eq!(draft.dose_shift(), Some(chrono::Duration::hours(-3)));

    let moved = Rc::new(draft).reduce(DraftAction::MoveDosesBy(chrono::Duration::hours(-3)));
    let times: Vec<&str> = moved
        .medicines
        .iter()
        .map(|dose| dose.taken_at.as_str())
        .collect();
    assert_eq!(times, vec!["2026-03-10T05:30", "2026-03-10T06:00"]);
    assert_eq!(moved.problem, None);
    assert!(
        moved.to_attack(AttackId(7)).is_ok(),
        "{:?}",
        moved.to_attack(AttackId(7))
    );
}
