//! Native tests of the diary model and its actions: durations across midnight and daylight-saving nights,
//! validation a person would run into (end before start, severity 11, future times, a second running attack,
//! overlaps, medicines at odd times, text limits), delete + undo, day notes, periods and own triggers.

mod common;
use chrono::{NaiveDateTime, Timelike};
use common::*;
use headache_diary::domain::diary::*;

/// "Now" in every test unless said otherwise: 20 March 2026, 12:00.
fn now() -> NaiveDateTime {
    at(2026, 3, 20, 12, 0)
}

fn ended(id: u64, start: NaiveDateTime, end: NaiveDateTime) -> Attack {
    let mut attack = Attack::new(AttackId(id), start);
    attack.end = Some(end);
    attack
}

fn apply(diary: &mut Diary, action: DiaryAction) -> Result<Applied, DiaryError> {
    action.apply(diary, now())
}

fn diary_with(attacks: &[Attack]) -> Diary {
    let mut diary = Diary::new();
    for attack in attacks {
        apply(
            &mut diary,
            DiaryAction::AddAttack {
                attack: attack.clone(),
            },
        )
        .expect("test attack is valid");
    }
    diary
}

// Durations

#[test]
fn attack_across_midnight_is_one_attack_with_the_whole_duration() {
    let diary = diary_with(&[ended(1, at(2026, 3, 2, 22, 0), at(2026, 3, 3, 3, 30))]);
    assert_eq!(diary.attacks().len(), 1);
    let attack = &diary.attacks()[0];
    assert_eq!(attack.duration_minutes(now()), 330);
    assert_eq!(attack.duration_label(now()), "5 h 30 min");
}

#[test]
fn attack_over_several_days_shows_days_and_hours() {
    let attack = ended(1, at(2026, 3, 1, 8, 0), at(2026, 3, 3, 13, 0));
    assert_eq!(attack.duration_minutes(now()), 2 * 1440 + 5 * 60);
    assert_eq!(attack.duration_label(now()), "2 d 5 h");
}

#[test]
fn running_attack_duration_counts_up_to_now() {
    let attack = Attack::new(AttackId(1), at(2026, 3, 20, 9, 15));
    assert!(attack.is_running());
    assert_eq!(attack.duration_minutes(now()), 165);
    assert_eq!(attack.duration_label(now()), "2 h 45 min");
}

#[test]
fn running_attack_with_now_before_its_start_shows_zero_not_a_negative_time() {
    let attack = Attack::new(AttackId(1), at(2026, 3, 20, 12, 3));
    assert_eq!(attack.duration_minutes(now()), 0);
}

#[test]
fn attack_on_spring_forward_night_shows_the_wall_clock_difference() {
    // Europe: clocks go from 02:00 to 03:00 on 29 March 2026. 01:00–04:00 really lasted 2 h; the diary shows
    // the difference of the times the person read off the clock, 3 h (documented on `duration_minutes`).
    let attack = ended(1, at(2026, 3, 29, 1, 0), at(2026, 3, 29, 4, 0));
    assert_eq!(attack.duration_minutes(at(2026, 4, 1, 0, 0)), 180);
}

#[test]
fn attack_on_fall_back_night_shows_the_wall_clock_difference() {
    // Europe: clocks go from 03:00 back to 02:00 on 25 October 2026. 01:00–04:00 really lasted 4 h; shown: 3 h.
    let attack = ended(1, at(2026, 10, 25, 1, 0), at(2026, 10, 25, 4, 0));
    assert_eq!(attack.duration_minutes(at(2026, 11, 1, 0, 0)), 180);
}

// Start and end

#[test]
fn start_attack_then_end_attack_records_both_times_to_the_minute() {
    let mut diary = Diary::new();
    let start = at(2026, 3, 20, 9, 0)
        .with_second(42)
        .expect("valid seconds");
    assert_eq!(
        apply(
            &mut diary,
            DiaryAction::StartAttack {
                id: AttackId(7),
                start
            }
        ),
        Ok(Applied::Changed)
    );
    assert_eq!(diary.running_attack().map(|a| a.id), Some(AttackId(7)));
    assert_eq!(
        apply(
            &mut diary,
            DiaryAction::EndAttack {
                id: AttackId(7),
                end: at(2026, 3, 20, 11, 30)
            }
        ),
        Ok(Applied::Changed)
    );
    let attack = diary.attack(AttackId(7)).expect("kept");
    assert_eq!(attack.start, at(2026, 3, 20, 9, 0), "seconds dropped");
    assert_eq!(attack.end, Some(at(2026, 3, 20, 11, 30)));
    assert!(diary.running_attack().is_none());
}

#[test]
fn start_attack_sent_twice_is_a_no_op() {
    let mut diary = Diary::new();
    let action = DiaryAction::StartAttack {
        id: AttackId(7),
        start: at(2026, 3, 20, 9, 0),
    };
    assert_eq!(apply(&mut diary, action.clone()), Ok(Applied::Changed));
    assert_eq!(apply(&mut diary, action), Ok(Applied::Unchanged));
    assert_eq!(diary.attacks().len(), 1);
}

#[test]
fn start_attack_while_another_is_running_is_refused_with_a_way_out() {
    let mut diary = Diary::new();
    apply(
        &mut diary,
        DiaryAction::StartAttack {
            id: AttackId(1),
            start: at(2026, 3, 20, 8, 0),
        },
    )
    .expect("first start");
    let error = apply(
        &mut diary,
        DiaryAction::StartAttack {
            id: AttackId(2),
            start: at(2026, 3, 20, 11, 0),
        },
    )
    .unwrap_err();
    assert_eq!(
        error,
        DiaryError::AttackAlreadyRunning {
            started: at(2026, 3, 20, 8, 0)
        }
    );
    assert!(error.to_string().contains("It's over"), "{error}");
    assert_eq!(diary.attacks().len(), 1);
}

#[test]
fn start_attack_in_the_future_is_refused() {
    let mut diary = Diary::new();
    let error = apply(
        &mut diary,
        DiaryAction::StartAttack {
            id: AttackId(1),
            start: at(2026, 3, 20, 13, 0),
        },
    )
    .unwrap_err();
    assert!(matches!(error, DiaryError::InFuture { .. }), "{error:?}");
    assert!(error.to_string().contains("in the future"), "{error}");
    assert!(diary.attacks().is_empty());
}

#[test]
fn start_attack_a_few_minutes_ahead_of_this_clock_is_accepted() {
    // Another tab's clock may run a little ahead.
    let mut diary = Diary::new();
    let start = at(2026, 3, 20, 12, 0) + chrono::Duration::minutes(FUTURE_TOLERANCE_MINUTES);
    assert_eq!(
        apply(
            &mut diary,
            DiaryAction::StartAttack {
                id: AttackId(1),
                start
            }
        ),
        Ok(Applied::Changed)
    );
}

#[test]
fn start_attack_inside_an_earlier_attack_is_refused() {
    let mut diary = diary_with(&[ended(1, at(2026, 3, 19, 8, 0), at(2026, 3, 19, 20, 0))]);
    let error = apply(
        &mut diary,
        DiaryAction::StartAttack {
            id: AttackId(2),
            start: at(2026, 3, 19, 10, 0),
        },
    )
    .unwrap_err();
    assert!(matches!(error, DiaryError::Overlaps { .. }), "{error:?}");
}

#[test]
fn end_attack_before_its_start_is_refused_and_changes_nothing() {
    let mut diary = Diary::new();
    apply(
        &mut diary,
        DiaryAction::StartAttack {
            id: AttackId(1),
            start: at(2026, 3, 20, 9, 0),
        },
    )
    .expect("start");
    let before = diary.clone();
    let error = apply(
        &mut diary,
        DiaryAction::EndAttack {
            id: AttackId(1),
            end: at(2026, 3, 20, 8, 0),
        },
    )
    .unwrap_err();
    assert_eq!(
        error,
        DiaryError::EndBeforeStart {
            start: at(2026, 3, 20, 9, 0),
            end: at(2026, 3, 20, 8, 0)
        }
    );
    assert_eq!(
        error.to_string(),
        "The end (20 Mar 2026 08:00) is before the start (20 Mar 2026 09:00). Check the day and time of both."
    );
    assert_eq!(diary, before);
}

#[test]
fn end_attack_already_ended_in_another_tab_keeps_the_first_end() {
    let mut diary = diary_with(&[ended(1, at(2026, 3, 20, 9, 0), at(2026, 3, 20, 10, 0))]);
    assert_eq!(
        apply(
            &mut diary,
            DiaryAction::EndAttack {
                id: AttackId(1),
                end: at(2026, 3, 20, 10, 5)
            }
        ),
        Ok(Applied::Unchanged)
    );
    assert_eq!(
        diary.attack(AttackId(1)).and_then(|a| a.end),
        Some(at(2026, 3, 20, 10, 0))
    );
}

#[test]
fn end_attack_in_the_future_is_refused() {
    let mut diary = Diary::new();
    apply(
        &mut diary,
        DiaryAction::StartAttack {
            id: AttackId(1),
            start: at(2026, 3, 20, 9, 0),
        },
    )
    .expect("start");
    let error = apply(
        &mut diary,
        DiaryAction::EndAttack {
            id: AttackId(1),
            end: at(2026, 3, 21, 9, 0),
        },
    )
    .unwrap_err();
    assert!(matches!(error, DiaryError::InFuture { .. }), "{error:?}");
}

#[test]
fn end_attack_deleted_in_another_tab_is_a_clear_error() {
    let mut diary = Diary::new();
    let error = apply(
        &mut diary,
        DiaryAction::EndAttack {
            id: AttackId(9),
            end: at(2026, 3, 20, 9, 0),
        },
    )
    .unwrap_err();
    assert_eq!(error, DiaryError::AttackNotFound(AttackId(9)));
    assert!(error.to_string().contains("another tab"), "{error}");
}

// Severity

#[test]
fn severity_eleven_is_refused() {
    assert_eq!(Severity::new(11), Err(DiaryError::SeverityOutOfRange(11)));
    assert!(Severity::new(11)
        .unwrap_err()
        .to_string()
        .contains("0 (no pain) to 10"));
    assert_eq!(Severity::new(10).map(Severity::value), Ok(10));
}

#[test]
fn severity_bands_use_the_documented_words() {
    let words: Vec<&str> = (0..=10).map(|value| sev(value).band().label()).collect();
    assert_eq!(
        words,
        [
            "no pain",
            "mild",
            "mild",
            "mild",
            "moderate",
            "moderate",
            "moderate",
            "severe",
            "severe",
            "very severe",
            "very severe"
        ]
    );
    assert_eq!(sev(7).label(), "7 – severe");
}

// Overlaps and updates

#[test]
fn add_attack_overlapping_another_is_refused() {
    let mut diary = diary_with(&[ended(1, at(2026, 3, 10, 8, 0), at(2026, 3, 10, 12, 0))]);
    let error = apply(
        &mut diary,
        DiaryAction::AddAttack {
            attack: ended(2, at(2026, 3, 10, 11, 0), at(2026, 3, 10, 15, 0)),
        },
    )
    .unwrap_err();
    assert_eq!(
        error,
        DiaryError::Overlaps {
            other_start: at(2026, 3, 10, 8, 0),
            other_end: Some(at(2026, 3, 10, 12, 0))
        }
    );
    assert_eq!(diary.attacks().len(), 1);
}

#[test]
fn add_attack_starting_when_another_ended_is_accepted() {
    let mut diary = diary_with(&[ended(1, at(2026, 3, 10, 8, 0), at(2026, 3, 10, 12, 0))]);
    assert_eq!(
        apply(
            &mut diary,
            DiaryAction::AddAttack {
                attack: ended(2, at(2026, 3, 10, 12, 0), at(2026, 3, 10, 15, 0)),
            },
        ),
        Ok(Applied::Changed)
    );
}

#[test]
fn add_attack_earlier_than_existing_ones_keeps_the_diary_in_date_order() {
    let diary = diary_with(&[
        ended(1, at(2026, 3, 10, 8, 0), at(2026, 3, 10, 12, 0)),
        ended(2, at(2026, 3, 1, 8, 0), at(2026, 3, 1, 12, 0)),
    ]);
    let ids: Vec<u64> = diary.attacks().iter().map(|a| a.id.0).collect();
    assert_eq!(ids, [2, 1]);
}

#[test]
fn add_attack_with_a_used_id_and_other_content_is_refused() {
    let mut diary = diary_with(&[ended(1, at(2026, 3, 10, 8, 0), at(2026, 3, 10, 12, 0))]);
    let error = apply(
        &mut diary,
        DiaryAction::AddAttack {
            attack: ended(1, at(2026, 3, 12, 8, 0), at(2026, 3, 12, 12, 0)),
        },
    )
    .unwrap_err();
    assert_eq!(error, DiaryError::DuplicateId(AttackId(1)));
}

#[test]
fn update_attack_replaces_its_details() {
    let original = ended(1, at(2026, 3, 10, 8, 0), at(2026, 3, 10, 12, 0));
    let mut diary = diary_with(std::slice::from_ref(&original));
    let mut edited = original;
    edited.severity = Some(sev(6));
    edited.symptoms.insert(Symptom::Nausea);
    edited.note = "Better after sleep".to_string();
    assert_eq!(
        apply(
            &mut diary,
            DiaryAction::UpdateAttack {
                attack: edited.clone()
            }
        ),
        Ok(Applied::Changed)
    );
    assert_eq!(diary.attack(AttackId(1)), Some(&edited));
    assert_eq!(
        apply(&mut diary, DiaryAction::UpdateAttack { attack: edited }),
        Ok(Applied::Unchanged)
    );
}

#[test]
fn update_attack_moved_onto_another_is_refused() {
    let mut diary = diary_with(&[
        ended(1, at(2026, 3, 10, 8, 0), at(2026, 3, 10, 12, 0)),
        ended(2, at(2026, 3, 12, 8, 0), at(2026, 3, 12, 12, 0)),
    ]);
    let error = apply(
        &mut diary,
        DiaryAction::UpdateAttack {
            attack: ended(1, at(2026, 3, 10, 8, 0), at(2026, 3, 12, 9, 0)),
        },
    )
    .unwrap_err();
    assert!(matches!(error, DiaryError::Overlaps { .. }), "{error:?}");
}

#[test]
fn update_attack_made_running_while_a_later_one_exists_is_refused() {
    let mut diary = diary_with(&[
        ended(1, at(2026, 3, 10, 8, 0), at(2026, 3, 10, 12, 0)),
        ended(2, at(2026, 3, 12, 8, 0), at(2026, 3, 12, 12, 0)),
    ]);
    let error = apply(
        &mut diary,
        DiaryAction::UpdateAttack {
            attack: Attack::new(AttackId(1), at(2026, 3, 10, 8, 0)),
        },
    )
    .unwrap_err();
    assert!(matches!(error, DiaryError::Overlaps { .. }), "{error:?}");
}

#[test]
fn update_attack_with_end_before_start_is_refused() {
    let mut diary = diary_with(&[ended(1, at(2026, 3, 10, 8, 0), at(2026, 3, 10, 12, 0))]);
    let error = apply(
        &mut diary,
        DiaryAction::UpdateAttack {
            attack: ended(1, at(2026, 3, 10, 8, 0), at(2026, 3, 9, 12, 0)),
        },
    )
    .unwrap_err();
    assert!(
        matches!(error, DiaryError::EndBeforeStart { .. }),
        "{error:?}"
    );
}

#[test]
fn update_attack_that_was_deleted_elsewhere_is_a_clear_error() {
    let mut diary = Diary::new();
    let error = apply(
        &mut diary,
        DiaryAction::UpdateAttack {
            attack: ended(4, at(2026, 3, 10, 8, 0), at(2026, 3, 10, 12, 0)),
        },
    )
    .unwrap_err();
    assert_eq!(error, DiaryError::AttackNotFound(AttackId(4)));
}

// Medicines and texts

fn with_medicine(taken_at: NaiveDateTime) -> Attack {
    let mut attack = ended(1, at(2026, 3, 10, 8, 0), at(2026, 3, 10, 12, 0));
    attack.medicines.push(MedicineDose::new(
        "Sumatriptan",
        MedicineClass::Triptan,
        taken_at,
    ));
    attack
}

#[test]
fn medicine_taken_more_than_a_day_before_the_start_is_refused() {
    let error = with_medicine(at(2026, 3, 9, 7, 59)).validate().unwrap_err();
    assert_eq!(
        error,
        DiaryError::MedicineLongBeforeStart {
            name: "Sumatriptan".into(),
            taken_at: at(2026, 3, 9, 7, 59)
        }
    );
    assert!(
        error.to_string().contains("more than 24 hours before"),
        "{error}"
    );
}

#[test]
fn medicine_taken_the_evening_before_the_start_is_accepted() {
    assert_eq!(with_medicine(at(2026, 3, 9, 22, 0)).validate(), Ok(()));
}

#[test]
fn medicine_taken_after_the_attack_ended_is_refused() {
    let error = with_medicine(at(2026, 3, 10, 12, 1))
        .validate()
        .unwrap_err();
    assert!(
        matches!(error, DiaryError::MedicineAfterEnd { .. }),
        "{error:?}"
    );
}

#[test]
fn medicine_taken_in_the_future_is_refused() {
    let mut attack = Attack::new(AttackId(1), at(2026, 3, 20, 9, 0));
    attack.medicines.push(MedicineDose::new(
        "Ibuprofen",
        MedicineClass::SimpleAnalgesic,
        at(2026, 3, 20, 14, 0),
    ));
    let error = attack.validate_at(now()).unwrap_err();
    assert!(
        error.to_string().contains("time Ibuprofen was taken"),
        "{error}"
    );
}

#[test]
fn medicine_without_a_name_is_refused() {
    let mut attack = with_medicine(at(2026, 3, 10, 9, 0));
    attack.medicines[0].name = "   ".into();
    assert_eq!(
        attack.validate(),
        Err(DiaryError::EmptyName(TextField::Medicine))
    );
}

#[test]
fn medicine_name_of_81_characters_is_refused_with_the_limit() {
    let mut attack = with_medicine(at(2026, 3, 10, 9, 0));
    attack.medicines[0].name = "x".repeat(81);
    let error = attack.validate().unwrap_err();
    assert_eq!(
        error.to_string(),
        "The medicine is 81 characters long; the most it can hold is 80. Please shorten it."
    );
}

#[test]
fn relief_time_for_a_medicine_that_did_not_help_is_refused() {
    let mut attack = with_medicine(at(2026, 3, 10, 9, 0));
    attack.medicines[0].effect = MedicineEffect::NoRelief;
    attack.medicines[0].relief_after_minutes = Some(30);
    assert_eq!(
        attack.validate(),
        Err(DiaryError::ReliefWithoutEffect("Sumatriptan".into()))
    );
}

#[test]
fn note_of_2000_characters_is_kept_and_2001_refused() {
    let mut attack = ended(1, at(2026, 3, 10, 8, 0), at(2026, 3, 10, 12, 0));
    attack.note = "é".repeat(NOTE_MAX_CHARS);
    assert_eq!(attack.validate(), Ok(()), "characters, not bytes");
    attack.note.push('!');
    assert_eq!(
        attack.validate(),
        Err(DiaryError::TextTooLong {
            field: TextField::Note,
            len: 2001,
            max: 2000
        })
    );
}

#[test]
fn medicine_names_and_own_triggers_are_trimmed_when_saved() {
    let mut attack = with_medicine(at(2026, 3, 10, 9, 0));
    attack.medicines[0].name = "  Sumatriptan ".into();
    attack.own_triggers.push(" red wine ".into());
    let diary = diary_with(&[attack]);
    let kept = &diary.attacks()[0];
    assert_eq!(kept.medicines[0].name, "Sumatriptan");
    assert_eq!(kept.own_triggers, ["red wine"]);
}

// Delete and undo

#[test]
fn delete_then_restore_gives_back_the_same_attack() {
    let mut attack = with_medicine(at(2026, 3, 10, 9, 0));
    attack.severity = Some(sev(8));
    let mut diary = diary_with(std::slice::from_ref(&attack));
    let applied =
        apply(&mut diary, DiaryAction::DeleteAttack { id: AttackId(1) }).expect("deleted");
    assert_eq!(applied, Applied::AttackDeleted(Box::new(attack.clone())));
    assert!(diary.attacks().is_empty());
    let undo = applied.undo().expect("undo offered");
    assert_eq!(apply(&mut diary, undo.clone()), Ok(Applied::Changed));
    assert_eq!(diary.attacks(), [attack]);
    // The undo arriving twice (two tabs, a double tap) changes nothing.
    assert_eq!(apply(&mut diary, undo), Ok(Applied::Unchanged));
    assert_eq!(diary.attacks().len(), 1);
}

#[test]
fn delete_of_a_missing_attack_is_a_clear_error() {
    let mut diary = Diary::new();
    assert_eq!(
        apply(&mut diary, DiaryAction::DeleteAttack { id: AttackId(3) }),
        Err(DiaryError::AttackNotFound(AttackId(3)))
    );
}

#[test]
fn restore_after_another_tab_logged_an_overlapping_attack_is_refused() {
    let attack = ended(1, at(2026, 3, 10, 8, 0), at(2026, 3, 10, 12, 0));
    let mut diary = diary_with(std::slice::from_ref(&attack));
    apply(&mut diary, DiaryAction::DeleteAttack { id: AttackId(1) }).expect("deleted");
    apply(
        &mut diary,
        DiaryAction::AddAttack {
            attack: ended(2, at(2026, 3, 10, 9, 0), at(2026, 3, 10, 10, 0)),
        },
    )
    .expect("the other tab's attack");
    let error = apply(&mut diary, DiaryAction::RestoreAttack { attack }).unwrap_err();
    assert!(matches!(error, DiaryError::Overlaps { .. }), "{error:?}");
}

#[test]
fn applied_reports_whether_to_save() {
    assert!(Applied::Changed.changed());
    assert!(!Applied::Unchanged.changed());
    assert!(Applied::Changed.undo().is_none());
}

// Day notes

#[test]
fn mark_day_headache_free_then_again_is_a_no_op() {
    let mut diary = Diary::new();
    let action = DiaryAction::MarkDay {
        date: day(2026, 3, 19),
        kind: DayKind::HeadacheFree,
    };
    assert_eq!(apply(&mut diary, action.clone()), Ok(Applied::Changed));
    assert_eq!(apply(&mut diary, action), Ok(Applied::Unchanged));
    assert_eq!(diary.day_notes().len(), 1);
}

#[test]
fn mark_day_tomorrow_is_refused() {
    let mut diary = Diary::new();
    let error = apply(
        &mut diary,
        DiaryAction::MarkDay {
            date: day(2026, 3, 21),
            kind: DayKind::HeadacheFree,
        },
    )
    .unwrap_err();
    assert_eq!(error, DiaryError::DayInFuture(day(2026, 3, 21)));
    assert!(
        error
            .to_string()
            .starts_with("Sat 21 Mar 2026 has not happened yet"),
        "{error}"
    );
}

#[test]
fn mark_day_headache_with_severity_zero_is_refused() {
    let mut diary = Diary::new();
    let error = apply(
        &mut diary,
        DiaryAction::MarkDay {
            date: day(2026, 3, 19),
            kind: DayKind::Headache {
                severity: Some(sev(0)),
            },
        },
    )
    .unwrap_err();
    assert_eq!(error, DiaryError::HeadacheDayWithoutPain);
}

#[test]
fn mark_day_headache_free_on_a_day_with_an_attack_is_refused() {
    let mut diary = diary_with(&[ended(1, at(2026, 3, 18, 22, 0), at(2026, 3, 19, 2, 0))]);
    let error = apply(
        &mut diary,
        DiaryAction::MarkDay {
            date: day(2026, 3, 19),
            kind: DayKind::HeadacheFree,
        },
    )
    .unwrap_err();
    assert_eq!(error, DiaryError::HeadacheFreeButAttack(day(2026, 3, 19)));
}

#[test]
fn mark_day_headache_free_after_an_attack_that_ended_at_midnight_is_accepted() {
    let mut diary = diary_with(&[ended(1, at(2026, 3, 18, 20, 0), at(2026, 3, 19, 0, 0))]);
    assert_eq!(
        apply(
            &mut diary,
            DiaryAction::MarkDay {
                date: day(2026, 3, 19),
                kind: DayKind::HeadacheFree,
            },
        ),
        Ok(Applied::Changed)
    );
}

#[test]
fn mark_day_changes_the_kind_and_keeps_that_days_medicines() {
    let mut diary = Diary::new();
    apply(
        &mut diary,
        DiaryAction::MarkDay {
            date: day(2026, 3, 19),
            kind: DayKind::Headache { severity: None },
        },
    )
    .expect("marked");
    let dose = MedicineDose::new(
        "Paracetamol",
        MedicineClass::SimpleAnalgesic,
        at(2026, 3, 19, 10, 0),
    );
    apply(
        &mut diary,
        DiaryAction::SetDayMedicines {
            date: day(2026, 3, 19),
            medicines: vec![dose.clone()],
        },
    )
    .expect("medicines");
    apply(
        &mut diary,
        DiaryAction::MarkDay {
            date: day(2026, 3, 19),
            kind: DayKind::Headache {
                severity: Some(sev(4)),
            },
        },
    )
    .expect("re-marked");
    let note = diary.day_note(day(2026, 3, 19)).expect("note");
    assert_eq!(
        note.kind,
        DayKind::Headache {
            severity: Some(sev(4))
        }
    );
    assert_eq!(note.medicines, [dose]);
}

#[test]
fn set_day_medicines_on_an_unmarked_day_asks_to_mark_it_first() {
    let mut diary = Diary::new();
    let error = apply(
        &mut diary,
        DiaryAction::SetDayMedicines {
            date: day(2026, 3, 19),
            medicines: vec![],
        },
    )
    .unwrap_err();
    assert_eq!(error, DiaryError::DayNotMarked(day(2026, 3, 19)));
}

#[test]
fn set_day_medicines_taken_on_another_day_is_refused() {
    let mut diary = Diary::new();
    apply(
        &mut diary,
        DiaryAction::MarkDay {
            date: day(2026, 3, 19),
            kind: DayKind::Headache { severity: None },
        },
    )
    .expect("marked");
    let error = apply(
        &mut diary,
        DiaryAction::SetDayMedicines {
            date: day(2026, 3, 19),
            medicines: vec![MedicineDose::new(
                "Paracetamol",
                MedicineClass::SimpleAnalgesic,
                at(2026, 3, 18, 23, 0),
            )],
        },
    )
    .unwrap_err();
    assert!(
        matches!(error, DiaryError::MedicineOnOtherDay { .. }),
        "{error:?}"
    );
}

#[test]
fn clear_day_hands_the_note_back_for_undo() {
    let mut diary = Diary::new();
    apply(
        &mut diary,
        DiaryAction::MarkDay {
            date: day(2026, 3, 19),
            kind: DayKind::HeadacheFree,
        },
    )
    .expect("marked");
    let applied = apply(
        &mut diary,
        DiaryAction::ClearDay {
            date: day(2026, 3, 19),
        },
    )
    .expect("cleared");
    assert_eq!(
        applied,
        Applied::DayCleared(DayNote::new(day(2026, 3, 19), DayKind::HeadacheFree))
    );
    assert!(diary.day_notes().is_empty());
    assert_eq!(
        apply(
            &mut diary,
            DiaryAction::ClearDay {
                date: day(2026, 3, 19)
            }
        ),
        Ok(Applied::Unchanged)
    );
    apply(&mut diary, applied.undo().expect("undo")).expect("restored");
    assert_eq!(diary.day_notes().len(), 1);
}

// Periods

#[test]
fn toggle_period_start_marks_then_removes_it() {
    let mut diary = Diary::new();
    let toggle = DiaryAction::TogglePeriodStart {
        date: day(2026, 3, 12),
    };
    assert_eq!(apply(&mut diary, toggle.clone()), Ok(Applied::Changed));
    assert_eq!(diary.periods(), [Period::starting(day(2026, 3, 12))]);
    let applied = apply(&mut diary, toggle).expect("removed");
    assert_eq!(
        applied,
        Applied::PeriodRemoved(Period::starting(day(2026, 3, 12)))
    );
    assert!(diary.periods().is_empty());
    apply(&mut diary, applied.undo().expect("undo")).expect("restored");
    assert_eq!(diary.periods().len(), 1);
}

#[test]
fn toggle_period_start_inside_a_marked_period_is_refused() {
    let mut diary = Diary::new();
    apply(
        &mut diary,
        DiaryAction::TogglePeriodStart {
            date: day(2026, 3, 12),
        },
    )
    .expect("start");
    apply(
        &mut diary,
        DiaryAction::SetPeriodEnd {
            start: day(2026, 3, 12),
            end: Some(day(2026, 3, 16)),
        },
    )
    .expect("end");
    let error = apply(
        &mut diary,
        DiaryAction::TogglePeriodStart {
            date: day(2026, 3, 14),
        },
    )
    .unwrap_err();
    assert_eq!(
        error,
        DiaryError::InsidePeriod {
            date: day(2026, 3, 14),
            period_start: day(2026, 3, 12)
        }
    );
}

#[test]
fn set_period_end_checks_length_order_and_the_next_period() {
    let mut diary = Diary::new();
    for date in [day(2026, 2, 1), day(2026, 2, 20)] {
        apply(&mut diary, DiaryAction::TogglePeriodStart { date }).expect("start");
    }
    let end = |end| DiaryAction::SetPeriodEnd {
        start: day(2026, 2, 1),
        end: Some(end),
    };
    assert!(matches!(
        apply(&mut diary, end(day(2026, 1, 30))),
        Err(DiaryError::PeriodEndBeforeStart { .. })
    ));
    assert!(matches!(
        apply(&mut diary, end(day(2026, 2, 16))),
        Err(DiaryError::PeriodTooLong { .. })
    ));
    assert!(matches!(
        apply(&mut diary, end(day(2026, 2, 15))),
        Ok(Applied::Changed)
    ));
    assert!(matches!(
        apply(
            &mut diary,
            DiaryAction::SetPeriodEnd {
                start: day(2026, 2, 20),
                end: Some(day(2026, 3, 21))
            }
        ),
        Err(DiaryError::DayInFuture(_))
    ));
    assert_eq!(
        apply(
            &mut diary,
            DiaryAction::SetPeriodEnd {
                start: day(2026, 2, 2),
                end: None
            }
        ),
        Err(DiaryError::PeriodNotFound(day(2026, 2, 2)))
    );
    let mut close = Diary::new();
    for date in [day(2026, 2, 1), day(2026, 2, 10)] {
        apply(&mut close, DiaryAction::TogglePeriodStart { date }).expect("start");
    }
    assert_eq!(
        apply(
            &mut close,
            DiaryAction::SetPeriodEnd {
                start: day(2026, 2, 1),
                end: Some(day(2026, 2, 10))
            }
        ),
        Err(DiaryError::PeriodRunsIntoNext(day(2026, 2, 10)))
    );
}

// Own triggers

#[test]
fn own_trigger_added_twice_in_other_case_is_kept_once_and_removable() {
    let mut diary = Diary::new();
    let add = |name: &str| DiaryAction::AddOwnTrigger { name: name.into() };
    assert_eq!(apply(&mut diary, add(" Red wine ")), Ok(Applied::Changed));
    assert_eq!(apply(&mut diary, add("red WINE")), Ok(Applied::Unchanged));
    assert_eq!(diary.own_triggers(), ["Red wine"]);
    assert_eq!(
        apply(&mut diary, add("")),
        Err(DiaryError::EmptyName(TextField::Trigger))
    );
    assert_eq!(
        apply(
            &mut diary,
            DiaryAction::RemoveOwnTrigger {
                name: "RED wine".into()
            }
        ),
        Ok(Applied::Changed)
    );
    assert!(diary.own_triggers().is_empty());
}

// Migraine-like (ICHD-3 1.1 C + D, 1.2 B + C)

fn attack_with(
    location: &[PainLocation],
    quality: &[PainQuality],
    severity: Option<u8>,
    symptoms: &[Symptom],
) -> Attack {
    let mut attack = ended(1, at(2026, 3, 10, 8, 0), at(2026, 3, 10, 16, 0));
    attack.location = location.iter().copied().collect();
    attack.quality = quality.iter().copied().collect();
    attack.severity = severity.map(sev);
    attack.symptoms = symptoms.iter().copied().collect();
    attack
}

#[test]
fn migraine_like_one_sided_throbbing_with_nausea_fits() {
    let attack = attack_with(
        &[PainLocation::LeftSide],
        &[PainQuality::Throbbing],
        Some(3),
        &[Symptom::Nausea],
    );
    assert_eq!(attack.migraine_pain_features(), 2);
    assert!(attack.is_migraine_like());
}

#[test]
fn migraine_like_needs_light_and_sound_together_not_light_alone() {
    let c = (&[PainLocation::RightSide][..], &[][..], Some(7));
    let light_only = attack_with(c.0, c.1, c.2, &[Symptom::LightSensitivity]);
    assert!(!light_only.is_migraine_like());
    let both = attack_with(
        c.0,
        c.1,
        c.2,
        &[Symptom::LightSensitivity, Symptom::SoundSensitivity],
    );
    assert!(both.is_migraine_like());
}

#[test]
fn migraine_like_needs_two_pain_features_not_one() {
    let attack = attack_with(&[], &[], Some(8), &[Symptom::Nausea, Symptom::Vomiting]);
    assert_eq!(attack.migraine_pain_features(), 1);
    assert!(!attack.is_migraine_like());
    let with_activity = attack_with(
        &[],
        &[],
        Some(8),
        &[Symptom::Nausea, Symptom::WorseWithActivity],
    );
    assert!(with_activity.is_migraine_like());
}

#[test]
fn migraine_like_left_and_right_together_is_not_one_sided() {
    let attack = attack_with(
        &[PainLocation::LeftSide, PainLocation::RightSide],
        &[PainQuality::Throbbing],
        Some(2),
        &[Symptom::Nausea],
    );
    assert!(!attack.is_one_sided());
    assert!(!attack.is_migraine_like());
}

#[test]
fn migraine_like_visual_aura_of_20_minutes_with_headache_fits() {
    let mut attack = attack_with(&[], &[], Some(5), &[]);
    attack.aura = Some(Aura {
        kinds: [AuraKind::Visual].into(),
        minutes: Some(20),
    });
    assert_eq!(attack.aura_features(), 2);
    assert!(attack.is_migraine_like());
}

#[test]
fn migraine_like_aura_with_no_duration_and_one_kind_does_not_fit_on_aura_alone() {
    let mut attack = attack_with(&[], &[], Some(5), &[]);
    attack.aura = Some(Aura {
        kinds: [AuraKind::Visual].into(),
        minutes: None,
    });
    assert_eq!(attack.aura_features(), 1);
    assert!(!attack.is_migraine_like());
    attack.aura = Some(Aura {
        kinds: [AuraKind::Visual, AuraKind::Speech].into(),
        minutes: None,
    });
    assert!(attack.is_migraine_like());
}

#[test]
fn fixed_lists_have_labels_and_no_repeats() {
    fn distinct(labels: Vec<&str>) {
        let set: std::collections::BTreeSet<_> = labels.iter().collect();
        assert_eq!(set.len(), labels.len(), "{labels:?}");
        assert!(labels.iter().all(|label| !label.is_empty()));
    }
    distinct(Trigger::ALL.iter().map(|t| t.label()).collect());
    distinct(Symptom::ALL.iter().map(|t| t.label()).collect());
    distinct(PainLocation::ALL.iter().map(|t| t.label()).collect());
    distinct(PainQuality::ALL.iter().map(|t| t.label()).collect());
    distinct(AuraKind::ALL.iter().map(|t| t.label()).collect());
    distinct(MedicineClass::ALL.iter().map(|t| t.label()).collect());
    distinct(MedicineEffect::ALL.iter().map(|t| t.label()).collect());
    assert_eq!(Trigger::ALL.len(), 18);
    assert_eq!(Symptom::ALL.len(), 11);
}

#[test]
fn medicine_classes_carry_the_ichd3_overuse_days() {
    assert_eq!(
        MedicineClass::SimpleAnalgesic.overuse_days_per_month(),
        Some(15)
    );
    assert_eq!(MedicineClass::Triptan.overuse_days_per_month(), Some(10));
    assert_eq!(
        MedicineClass::CombinationAnalgesic.overuse_days_per_month(),
        Some(10)
    );
    assert_eq!(MedicineClass::Opioid.overuse_days_per_month(), Some(10));
    assert_eq!(MedicineClass::Ergot.overuse_days_per_month(), Some(10));
    assert_eq!(MedicineClass::Antiemetic.overuse_days_per_month(), None);
}
