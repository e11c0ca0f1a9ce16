//! Native tests of the EHF 2020 read (resistant and refractory migraine) at every boundary: 2 vs 3 classes, 7 vs 8
//! days, 2 vs 3 and 5 vs 6 months, unknown days, a class tried twice, "helping", contraindication, side effects,
//! trials too short or below the prescribed dose, "other", and the actions that keep the list.

mod common;
use common::*;

use chrono::NaiveDate;
use headache_diary::domain::diary::*;
use headache_diary::domain::insights::*;

/// Today for every test: 1 December 2026, so the complete months are June to November 2026.
fn today() -> NaiveDate {
    day(2026, 12, 1)
}

fn failed(id: u64, name: &str, class: PreventiveClass) -> PreventiveTrial {
    let mut trial = PreventiveTrial::new(TrialId(id), name, class);
    trial.outcome = Some(TrialOutcome::NotEnoughEffect);
    trial.months_taken = Some(3);
    trial.dose_as_prescribed = Some(true);
    trial
}

fn three_failed() -> Vec<PreventiveTrial> {
    vec![
        failed(1, "Propranolol", PreventiveClass::BetaBlocker),
        failed(2, "Topiramate", PreventiveClass::Antiepileptic),
        failed(3, "Amitriptyline", PreventiveClass::Antidepressant),
    ]
}

/// A diary with `stopped` day entries that stopped activities in each of the last `months` complete months (the
/// rest of those days marked headache-free).
fn diary_with(stopped: u32, months: u32, trials: Vec<PreventiveTrial>) -> Diary {
    let mut diary = Diary::new();
    let now = at(2026, 12, 1, 12, 0);
    for back in 1..=months {
        let first = today()
            .checked_sub_months(chrono::Months::new(back))
            .unwrap();
        for offset in 0..28 {
            let date = first + chrono::Duration::days(offset);
            let kind = if offset < i64::from(stopped) {
                DayKind::Headache {
                    severity: Some(sev(7)),
                }
            } else {
                DayKind::HeadacheFree
            };
            DiaryAction::MarkDay { date, kind }
                .apply(&mut diary, now)
                .unwrap();
            if offset < i64::from(stopped) {
                DiaryAction::SetDayStopped {
                    date,
                    stopped: Some(true),
                }
                .apply(&mut diary, now)
                .unwrap();
            }
        }
    }
    for trial in trials {
        DiaryAction::SaveTreatment { trial }
            .apply(&mut diary, now)
            .unwrap();
    }
    diary
}

fn read(diary: &Diary) -> ResistanceRead {
    read_resistance(diary, today(), None)
}

#[test]
fn resistance_three_failed_classes_and_eight_days_for_three_months_fit_resistant() {
    let read = read(&diary_with(8, 3, three_failed()));
    assert_eq!(read.level, ResistanceLevel::Resistant);
    assert_eq!(read.months_in_a_row, 3);
    assert!(read
        .headline()
        .contains("fit what headache specialists call resistant migraine (EHF 2020)"));
    assert!(read.headline().contains("3 kinds of preventive treatment"));
    assert!(!read.headline().contains("diagnos"), "never a diagnosis");
}

#[test]
fn resistance_two_classes_are_not_enough_and_say_what_is_missing() {
    let mut trials = three_failed();
    trials.pop();
    let read = read(&diary_with(8, 3, trials));
    assert_eq!(read.level, ResistanceLevel::NotMet);
    assert_eq!(read.classes_missing(), 1);
    assert!(
        read.reasons()[0].contains("2 of the 3 needed"),
        "{:?}",
        read.reasons()
    );
}

#[test]
fn resistance_seven_days_a_month_is_not_enough_eight_is() {
    assert_eq!(
        read(&diary_with(7, 3, three_failed())).level,
        ResistanceLevel::NotMet
    );
    assert_eq!(read(&diary_with(7, 3, three_failed())).months_in_a_row, 0);
    assert_eq!(
        read(&diary_with(8, 3, three_failed())).level,
        ResistanceLevel::Resistant
    );
}

#[test]
fn resistance_needs_three_months_in_a_row_and_says_how_many_there_are() {
    let read2 = read(&diary_with(8, 2, three_failed()));
    assert_eq!(read2.level, ResistanceLevel::NotMet);
    assert_eq!(read2.months_in_a_row, 2);
    assert!(
        read2
            .reasons()
            .iter()
            .any(|line| line.contains(": 2 (3 needed)")),
        "{:?}",
        read2.reasons()
    );
}

#[test]
fn resistance_a_month_that_breaks_the_run_ends_it() {
    let mut diary = diary_with(8, 3, three_failed());
    // Last month (November) had a day fewer that stopped you: the run ends before it.
    DiaryAction::SetDayStopped {
        date: day(2026, 11, 1),
        stopped: Some(false),
    }
    .apply(&mut diary, at(2026, 12, 1, 12, 0))
    .unwrap();
    let read = read(&diary);
    assert_eq!(read.months_in_a_row, 0);
    assert_eq!(read.level, ResistanceLevel::NotMet);
}

#[test]
fn resistance_unknown_days_never_count_as_days_that_stopped_you() {
    // Headache days that did not say whether they stopped you, and days with nothing logged.
    let mut diary = Diary::new();
    for back in 1..=3u32 {
        let first = today()
            .checked_sub_months(chrono::Months::new(back))
            .unwrap();
        for offset in 0..10 {
            DiaryAction::MarkDay {
                date: first + chrono::Duration::days(offset),
                kind: DayKind::Headache { severity: None },
            }
            .apply(&mut diary, at(2026, 12, 1, 12, 0))
            .unwrap();
        }
    }
    let diary = diary.with_treatments(three_failed()).unwrap();
    let read = read(&diary);
    assert_eq!(read.level, ResistanceLevel::NotMet);
    assert!(read.months.iter().all(|m| m.days == 0));
    assert_eq!(read.months.last().unwrap().logged_days, 10);
}

#[test]
fn resistance_attacks_that_stopped_you_count_each_day_once() {
    let mut diary = Diary::new().with_treatments(three_failed()).unwrap();
    let now = at(2026, 12, 1, 12, 0);
    let mut id = 1;
    for back in 1..=3u32 {
        let first = today()
            .checked_sub_months(chrono::Months::new(back))
            .unwrap();
        for offset in 0..8 {
            let date = first + chrono::Duration::days(offset * 2);
            let mut attack = Attack::new(AttackId(id), date.and_hms_opt(9, 0, 0).unwrap());
            attack.end = Some(date.and_hms_opt(15, 0, 0).unwrap());
            attack.stopped_activities = Some(true);
            DiaryAction::AddAttack { attack }
                .apply(&mut diary, now)
                .unwrap();
            // A day entry saying the same about the same day does not make it two.
            if offset == 0 {
                DiaryAction::MarkDay {
                    date,
                    kind: DayKind::Headache { severity: None },
                }
                .apply(&mut diary, now)
                .unwrap();
                DiaryAction::SetDayStopped {
                    date,
                    stopped: Some(true),
                }
                .apply(&mut diary, now)
                .unwrap();
            }
            id += 1;
        }
    }
    let read = read(&diary);
    assert!(
        read.months.iter().rev().take(3).all(|m| m.days == 8),
        "{:?}",
        read.months
    );
    assert_eq!(read.level, ResistanceLevel::Resistant);
}

#[test]
fn resistance_a_class_tried_twice_counts_once() {
    let trials = vec![
        failed(1, "Propranolol", PreventiveClass::BetaBlocker),
        failed(2, "Metoprolol", PreventiveClass::BetaBlocker),
        failed(3, "Topiramate", PreventiveClass::Antiepileptic),
    ];
    let read = read(&diary_with(8, 3, trials));
    assert_eq!(read.failed_classes.len(), 2);
    assert_eq!(read.level, ResistanceLevel::NotMet);
}

#[test]
fn resistance_helping_and_stopped_for_another_reason_are_not_failures() {
    let mut trials = three_failed();
    trials[2].outcome = Some(TrialOutcome::Helping);
    assert_eq!(
        read(&diary_with(8, 3, trials.clone())).failed_classes.len(),
        2
    );
    trials[2].outcome = Some(TrialOutcome::StoppedOther);
    assert_eq!(
        read(&diary_with(8, 3, trials.clone())).failed_classes.len(),
        2
    );
    trials[2].outcome = None;
    assert_eq!(read(&diary_with(8, 3, trials)).failed_classes.len(), 2);
}

#[test]
fn resistance_contraindication_and_side_effects_count_whatever_the_length() {
    let mut trials = three_failed();
    trials[1].outcome = Some(TrialOutcome::CouldNotTake);
    trials[1].months_taken = None;
    trials[1].dose_as_prescribed = None;
    trials[2].outcome = Some(TrialOutcome::SideEffects);
    trials[2].months_taken = Some(1);
    let read = read(&diary_with(8, 3, trials));
    assert_eq!(read.failed_classes.len(), 3);
    assert_eq!(read.level, ResistanceLevel::Resistant);
}

#[test]
fn resistance_not_enough_effect_needs_three_months_at_the_prescribed_dose() {
    let mut short = failed(3, "Amitriptyline", PreventiveClass::Antidepressant);
    short.months_taken = Some(2);
    assert_eq!(
        short.verdict(YearMonth::of(today())),
        TrialVerdict::NotFailed
    );
    let mut low = failed(3, "Amitriptyline", PreventiveClass::Antidepressant);
    low.dose_as_prescribed = Some(false);
    assert_eq!(low.verdict(YearMonth::of(today())), TrialVerdict::NotFailed);
    let mut unknown = failed(3, "Amitriptyline", PreventiveClass::Antidepressant);
    unknown.months_taken = None;
    assert_eq!(
        unknown.verdict(YearMonth::of(today())),
        TrialVerdict::Unclear
    );
    // The months given win over the number: March to May is 3 months.
    let mut months = failed(3, "Amitriptyline", PreventiveClass::Antidepressant);
    months.months_taken = None;
    months.from = YearMonth::new(2026, 3);
    months.to = YearMonth::new(2026, 5);
    assert_eq!(months.verdict(YearMonth::of(today())), TrialVerdict::Failed);
    months.to = YearMonth::new(2026, 4);
    assert_eq!(
        months.verdict(YearMonth::of(today())),
        TrialVerdict::NotFailed
    );

    let mut trials = three_failed();
    trials[2] = unknown;
    let read = read(&diary_with(8, 3, trials));
    assert_eq!(read.level, ResistanceLevel::NotMet);
    assert!(read
        .unclear_classes
        .contains(&PreventiveClass::Antidepressant));
    assert!(
        read.reasons()
            .iter()
            .any(|l| l.starts_with("Not counted yet: antidepressant")),
        "{:?}",
        read.reasons()
    );
}

#[test]
fn resistance_other_treatments_are_listed_never_counted() {
    let mut trials = three_failed();
    trials[2] = failed(3, "Magnesium", PreventiveClass::Other);
    let read = read(&diary_with(8, 3, trials));
    assert_eq!(read.failed_classes.len(), 2);
    assert_eq!(read.other_failed, 1);
    assert_eq!(read.level, ResistanceLevel::NotMet);
}

fn all_named_failed() -> Vec<PreventiveTrial> {
    PreventiveClass::NAMED
        .iter()
        .enumerate()
        .map(|(i, &class)| failed(i as u64 + 1, "Tried", class))
        .collect()
}

#[test]
fn refractory_needs_every_named_class_and_six_months_in_a_row() {
    assert_eq!(
        read(&diary_with(8, 6, all_named_failed())).level,
        ResistanceLevel::Refractory
    );
    assert!(read(&diary_with(8, 6, all_named_failed()))
        .headline()
        .contains("refractory migraine (EHF 2020)"));
    // 5 months: resistant, not refractory.
    assert_eq!(
        read(&diary_with(8, 5, all_named_failed())).level,
        ResistanceLevel::Resistant
    );
    // One class short of all: resistant.
    let mut six = all_named_failed();
    six.pop();
    assert_eq!(
        read(&diary_with(8, 6, six)).level,
        ResistanceLevel::Resistant
    );
}

#[test]
fn resistance_is_not_named_when_the_latest_self_check_found_a_warning_sign() {
    use headache_diary::domain::screening::{evaluate, Answers, Reply};
    let mut answers = Answers::without_warning_signs();
    answers.warning.thunderclap = Some(Reply::Yes);
    let assessment = evaluate(&answers);
    assert!(assessment.triage().is_urgent());
    let read = read_resistance(
        &diary_with(8, 3, three_failed()),
        today(),
        Some(&assessment),
    );
    assert_eq!(read.level, ResistanceLevel::WarningSignFirst);
    assert!(read.reasons().is_empty());
}

#[test]
fn treatments_are_added_edited_removed_and_restored_by_actions() {
    let now = at(2026, 12, 1, 12, 0);
    let mut diary = Diary::new();
    let trial = failed(9, " Topiramate ", PreventiveClass::Antiepileptic);
    assert!(DiaryAction::SaveTreatment {
        trial: trial.clone()
    }
    .apply(&mut diary, now)
    .unwrap()
    .changed());
    assert_eq!(diary.treatments()[0].name, "Topiramate");
    // The same again is a no-op; a change is an edit of the same row.
    assert!(!DiaryAction::SaveTreatment {
        trial: diary.treatments()[0].clone()
    }
    .apply(&mut diary, now)
    .unwrap()
    .changed());
    let mut edited = diary.treatments()[0].clone();
    edited.dose = "50 mg".into();
    DiaryAction::SaveTreatment { trial: edited }
        .apply(&mut diary, now)
        .unwrap();
    assert_eq!(diary.treatments().len(), 1);
    assert_eq!(diary.treatments()[0].dose, "50 mg");
    let applied = DiaryAction::RemoveTreatment { id: TrialId(9) }
        .apply(&mut diary, now)
        .unwrap();
    assert!(diary.treatments().is_empty());
    applied.undo().unwrap().apply(&mut diary, now).unwrap();
    assert_eq!(diary.treatments().len(), 1);
    assert_eq!(
        DiaryAction::RemoveTreatment { id: TrialId(1) }.apply(&mut diary, now),
        Err(DiaryError::TreatmentNotFound)
    );
    let mut wrong = failed(10, "X", PreventiveClass::Other);
    wrong.from = YearMonth::new(2026, 5);
    wrong.to = YearMonth::new(2026, 2);
    let error = DiaryAction::SaveTreatment { trial: wrong }
        .apply(&mut diary, now)
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "The treatment cannot stop (February 2026) before it started (May 2026). Check both months."
    );
    assert_eq!(
        diary.treatments().len(),
        1,
        "a refused change leaves the diary as it was"
    );
}

#[test]
fn stopped_you_is_refused_on_a_headache_free_day_and_needs_a_marked_day() {
    let now = at(2026, 12, 1, 12, 0);
    let mut diary = Diary::new();
    assert_eq!(
        DiaryAction::SetDayStopped {
            date: day(2026, 11, 3),
            stopped: Some(true)
        }
        .apply(&mut diary, now),
        Err(DiaryError::DayNotMarked(day(2026, 11, 3)))
    );
    DiaryAction::MarkDay {
        date: day(2026, 11, 3),
        kind: DayKind::HeadacheFree,
    }
    .apply(&mut diary, now)
    .unwrap();
    assert_eq!(
        DiaryAction::SetDayStopped {
            date: day(2026, 11, 3),
            stopped: Some(true)
        }
        .apply(&mut diary, now),
        Err(DiaryError::StoppedWithoutHeadache(day(2026, 11, 3)))
    );
}

#[test]
fn common_preventive_names_fill_in_their_class() {
    assert_eq!(
        class_of_common("topiramate"),
        Some(PreventiveClass::Antiepileptic)
    );
    assert_eq!(
        class_of_common(" Candesartan "),
        Some(PreventiveClass::Angiotensin)
    );
    assert_eq!(
        class_of_common("Erenumab"),
        Some(PreventiveClass::CgrpPathway)
    );
    assert_eq!(class_of_common("Magnesium"), None);
    for (name, class) in COMMON_PREVENTIVES {
        assert_ne!(class, PreventiveClass::Other, "{name}");
    }
}
