//! The diary state (`state::diary`'s reducer), natively:
//! - while a long stored diary waits to be read after the first paint (`DiaryState::opening`), nothing acts on the
//!   diary that is not there yet, "Hide" still works, and the first read of storage, this tab's own or another
//!   tab's newer save, is what opens;
//! - changes kept in this tab only (storage full or blocked) are unsaved until storage takes them again, and
//!   leaving the page meanwhile asks first.

use chrono::{NaiveDate, NaiveDateTime};
use headache_diary::domain::diary::{AttackId, Diary, DiaryAction};
use headache_diary::state::diary::{DiaryMsg, DiaryState};
use headache_diary::storage::Loaded;
use std::rc::Rc;
use yew::functional::Reducible;

fn at(hour: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 20)
        .and_then(|day| day.and_hms_opt(hour, 0, 0))
        .expect("valid time")
}

/// A diary holding `count` headaches, one an hour from midnight.
fn diary_of(count: u32) -> Diary {
    let mut diary = Diary::default();
    for n in 0..count {
        DiaryAction::StartAttack {
            id: AttackId(u64::from(n) + 1),
            start: at(n),
        }
        .apply(&mut diary, at(n))
        .expect("started");
        DiaryAction::EndAttack {
            id: AttackId(u64::from(n) + 1),
            end: at(n) + chrono::Duration::minutes(30),
        }
        .apply(&mut diary, at(n) + chrono::Duration::minutes(30))
        .expect("ended");
    }
    diary
}

#[test]
fn while_opening_no_change_is_taken_and_nothing_is_shown_as_empty() {
    let opening = Rc::new(DiaryState::opening());
    assert!(opening.opening);
    assert!(!opening.accepts_changes());
    let after = opening.clone().reduce(DiaryMsg::Changed {
        diary: diary_of(1),
        undo: None,
    });
    assert!(
        Rc::ptr_eq(&after, &opening),
        "a change before the diary is read is dropped, not shown"
    );
}

#[test]
fn the_read_opens_the_diary_and_a_hide_tapped_before_it_still_holds() {
    let hidden = Rc::new(DiaryState::opening()).reduce(DiaryMsg::Hide);
    assert!(hidden.hidden && hidden.opening);
    let open = hidden.reduce(DiaryMsg::Read(Ok(Loaded::Ready(diary_of(3)))));
    assert!(!open.opening);
    assert!(
        open.hidden,
        "the screen stays hidden until the person shows it"
    );
    assert_eq!(open.diary.attacks().len(), 3);
    assert!(open.accepts_changes());
}

#[test]
fn another_tabs_save_before_the_read_opens_the_diary_and_the_later_read_changes_nothing() {
    let open =
        Rc::new(DiaryState::opening()).reduce(DiaryMsg::Reloaded(Loaded::Ready(diary_of(4))));
    assert!(!open.opening);
    assert_eq!(open.diary.attacks().len(), 4);
    let after = open
        .clone()
        .reduce(DiaryMsg::Read(Ok(Loaded::Ready(diary_of(2)))));
    assert!(
        Rc::ptr_eq(&after, &open),
        "the older read arrives late and is ignored"
    );
}

#[test]
fn an_unreadable_long_diary_opens_as_unreadable_and_takes_no_change() {
    let open = Rc::new(DiaryState::opening()).reduce(DiaryMsg::Read(Ok(Loaded::Unreadable {
        raw: "not a diary".into(),
        error: headache_diary::storage::StorageError::Corrupt("broken".into()),
    })));
    assert!(!open.opening);
    assert!(!open.accepts_changes());
}

#[test]
fn changes_kept_in_this_tab_only_are_unsaved_until_storage_takes_them_again() {
    use headache_diary::storage::StorageError;
    let stored = Rc::new(DiaryState::from_loaded(Ok(Loaded::Ready(diary_of(1)))));
    assert!(!stored.has_unsaved_changes(), "a diary as stored");
    let start = DiaryAction::StartAttack {
        id: AttackId(99),
        start: at(12),
    };
    let full = stored.reduce(DiaryMsg::KeptInMemory {
        diary: diary_of(2),
        reason: StorageError::QuotaExceeded,
        unsaved: vec![start],
    });
    assert!(
        full.has_unsaved_changes(),
        "storage full: the change is in this tab only, so leaving the page asks first"
    );
    let saved = full.reduce(DiaryMsg::BackInStep {
        diary: diary_of(2),
        undo: None,
        refused: Vec::new(),
    });
    assert!(!saved.has_unsaved_changes(), "everything stored again");
}
