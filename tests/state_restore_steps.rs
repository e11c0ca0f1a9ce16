//! Native tests of the restore steps: each step holds only what it can, late results for a step the person has
//! left are ignored, merge is never chosen where it is impossible, and a failed restore keeps the choice.

mod common;
use std::rc::Rc;

use common::*;
use headache_diary::domain::diary::*;
use headache_diary::state::data::{Backup, BackupError, Mode, Restored};
use headache_diary::state::restore::{Chosen, RestoreAction, RestoreProblem, RestoreStep};
use yew::Reducible;

fn backup_with_one_headache() -> Backup {
    let mut diary = Diary::new();
    let mut attack = Attack::new(AttackId(1), at(2026, 3, 2, 8, 0));
    attack.end = Some(at(2026, 3, 2, 12, 0));
    DiaryAction::AddAttack { attack }
        .apply(&mut diary, at(2026, 3, 20, 12, 0))
        .expect("valid");
    Backup {
        diary,
        preferences: None,
        self_check: None,
    }
}

fn step_after(actions: Vec<RestoreAction>) -> RestoreStep {
    let mut step = Rc::new(RestoreStep::default());
    for action in actions {
        step = step.reduce(action);
    }
    (*step).clone()
}

fn picked(readable: bool) -> Chosen {
    Chosen::new(
        "backup.json".into(),
        backup_with_one_headache(),
        &Diary::new(),
        readable,
    )
}

#[test]
fn restore_plain_backup_is_previewed_with_merge_offered_first() {
    let step = step_after(vec![
        RestoreAction::Reading,
        RestoreAction::Picked(picked(true)),
    ]);
    let RestoreStep::Preview { mode, problem, .. } = step else {
        panic!("a preview, not {step:?}");
    };
    assert_eq!(mode, Mode::Merge);
    assert_eq!(problem, None);
}

#[test]
fn restore_merge_is_never_chosen_when_the_diary_here_cannot_be_read() {
    let step = step_after(vec![
        RestoreAction::Picked(picked(false)),
        RestoreAction::SetMode(Mode::Merge),
    ]);
    assert!(
        matches!(
            step,
            RestoreStep::Preview {
                mode: Mode::Replace,
                ..
            }
        ),
        "{step:?}"
    );
}

#[test]
fn restore_that_fails_goes_back_to_the_preview_with_the_problem_and_the_choice_kept() {
    let step = step_after(vec![
        RestoreAction::Picked(picked(true)),
        RestoreAction::SetMode(Mode::Replace),
        RestoreAction::Applying,
        RestoreAction::NotRestored(RestoreProblem::NotRestored(BackupError::Locked)),
    ]);
    let RestoreStep::Preview {
        mode,
        problem,
        chosen,
    } = step
    else {
        panic!("back to the preview, not {step:?}");
    };
    assert_eq!(mode, Mode::Replace);
    assert_eq!(chosen.file_name, "backup.json");
    assert!(problem.is_some());
}

#[test]
fn restore_result_after_cancel_is_ignored() {
    let step = step_after(vec![
        RestoreAction::Picked(picked(true)),
        RestoreAction::Cancel,
        RestoreAction::NotRestored(RestoreProblem::FileUnreadable),
        RestoreAction::Opening,
    ]);
    assert_eq!(step, RestoreStep::NothingChosen);
}

#[test]
fn restore_done_counts_what_the_diary_now_holds() {
    let restored = Restored {
        diary: backup_with_one_headache().diary,
        kept_aside: vec!["headache-diary.diary.before-restore-1".into()],
    };
    let step = step_after(vec![
        RestoreAction::Picked(picked(true)),
        RestoreAction::Applying,
        RestoreAction::Restored {
            file_name: "backup.json".into(),
            restored: Box::new(restored),
        },
    ]);
    assert_eq!(
        step,
        RestoreStep::Done {
            file_name: "backup.json".into(),
            holds: (1, 0, 0),
            kept_aside: true,
        }
    );
}

#[test]
fn restore_refused_file_is_cleared_by_dismissing_the_message() {
    let step = step_after(vec![
        RestoreAction::Refused(RestoreProblem::FileUnreadable),
        RestoreAction::Dismiss,
    ]);
    assert_eq!(step, RestoreStep::NothingChosen);
}
