//! Native tests of a form's edit written onto the attack as stored now: what the form changed is applied, what
//! another tab changed meanwhile is kept, and a field changed differently on both sides is refused by name
//! until the person chooses whose value to keep.

mod common;
use common::*;
use headache_diary::domain::diary::*;

/// A diary holding one ended headache, and that headache as a form opened it.
fn diary_and_base() -> (Diary, Attack) {
    let mut attack = Attack::new(AttackId(7), at(2026, 3, 10, 8, 0));
    attack.end = Some(at(2026, 3, 10, 14, 0));
    attack.severity = Some(sev(6));
    let diary = Diary::from_parts(vec![attack.clone()], vec![], vec![], vec![]).expect("valid");
    (diary, attack)
}

/// The diary after another tab set the headache's severity to 9, and the headache as the form opened it (6).
fn severity_set_to_9_in_another_tab() -> (Diary, Attack) {
    let (mut diary, base) = diary_and_base();
    let mut elsewhere = base.clone();
    elsewhere.severity = Some(sev(9));
    DiaryAction::UpdateAttack { attack: elsewhere }
        .apply(&mut diary, now())
        .expect("other tab");
    (diary, base)
}

fn now() -> chrono::NaiveDateTime {
    at(2026, 3, 20, 12, 0)
}

fn edit(
    diary: &mut Diary,
    base: &Attack,
    edited: Attack,
    keep: Option<Keep>,
) -> Result<Applied, DiaryError> {
    DiaryAction::EditAttack {
        base: Box::new(base.clone()),
        edited: Box::new(edited),
        keep,
    }
    .apply(diary, now())
}

#[test]
fn edit_attack_keeps_another_tabs_severity_when_this_form_changed_only_the_note() {
    let (mut diary, base) = severity_set_to_9_in_another_tab();
    // This form types a note only.
    let mut mine = base.clone();
    mine.note = "took it late".into();
    edit(&mut diary, &base, mine, None).expect("merged");
    let stored = diary.attack(AttackId(7)).expect("kept");
    assert_eq!(stored.severity, Some(sev(9)));
    assert_eq!(stored.note, "took it late");
}

#[test]
fn edit_attack_of_a_running_headache_ended_elsewhere_keeps_the_end() {
    let mut running = Attack::new(AttackId(8), at(2026, 3, 19, 8, 0));
    running.severity = Some(sev(5));
    let mut diary =
        Diary::from_parts(vec![running.clone()], vec![], vec![], vec![]).expect("valid");
    DiaryAction::EndAttack {
        id: AttackId(8),
        end: at(2026, 3, 19, 11, 0),
    }
    .apply(&mut diary, now())
    .expect("ended in the other tab");
    let mut mine = running.clone();
    mine.note = "dark room helped".into();
    edit(&mut diary, &running, mine, None).expect("merged");
    let stored = diary.attack(AttackId(8)).expect("kept");
    assert_eq!(
        stored.end,
        Some(at(2026, 3, 19, 11, 0)),
        "it does not run again"
    );
    assert_eq!(stored.note, "dark room helped");
}

#[test]
fn edit_attack_same_field_changed_differently_is_refused_by_name_and_changes_nothing() {
    let (mut diary, base) = severity_set_to_9_in_another_tab();
    let before = diary.clone();
    let mut mine = base.clone();
    mine.severity = Some(sev(3));
    mine.note = "mine".into();
    let refused = edit(&mut diary, &base, mine.clone(), None);
    assert_eq!(
        refused,
        Err(DiaryError::EditedElsewhere(vec![AttackField::Severity]))
    );
    assert!(refused
        .expect_err("refused")
        .to_string()
        .contains("how bad it was"));
    assert_eq!(diary, before);

    // Keeping the other tab's value still saves this form's note.
    edit(&mut diary, &base, mine.clone(), Some(Keep::Stored)).expect("theirs");
    let stored = diary.attack(AttackId(7)).expect("kept").clone();
    assert_eq!(
        (stored.severity, stored.note.as_str()),
        (Some(sev(9)), "mine")
    );
    // Keeping mine writes this form's severity.
    let mut again = diary.clone();
    edit(&mut again, &base, mine, Some(Keep::Mine)).expect("mine");
    assert_eq!(
        again.attack(AttackId(7)).expect("kept").severity,
        Some(sev(3))
    );
}
