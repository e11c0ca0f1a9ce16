//! Native tests of what the diary screens and insights read: cycle days without a day 0, day status (unknown is
//! never headache-free), attacks counted on every day they touch, medicine days not doses, the month grid of a
//! leap February, progress, and the history's grouping and filters.

mod common;
use chrono::{NaiveDate, NaiveDateTime};
use common::*;
use headache_diary::domain::diary::*;

fn ended(id: u64, start: NaiveDateTime, end: NaiveDateTime) -> Attack {
    let mut attack = Attack::new(AttackId(id), start);
    attack.end = Some(end);
    attack
}

/// Applies actions as of 30 June 2028 (after every date used here).
fn build(actions: Vec<DiaryAction>) -> Diary {
    let mut diary = Diary::new();
    for action in actions {
        action
            .apply(&mut diary, at(2028, 6, 30, 12, 0))
            .expect("test action is valid");
    }
    diary
}

fn add(attack: Attack) -> DiaryAction {
    DiaryAction::AddAttack { attack }
}

fn period(date: NaiveDate) -> DiaryAction {
    DiaryAction::TogglePeriodStart { date }
}

fn mark(date: NaiveDate, kind: DayKind) -> DiaryAction {
    DiaryAction::MarkDay { date, kind }
}

fn dose(class: MedicineClass, taken_at: NaiveDateTime) -> MedicineDose {
    MedicineDose::new("Medicine", class, taken_at)
}

// Cycle days (ICHD-3 A1.1: day 1 is the first day of bleeding, no day 0)

#[test]
fn cycle_day_of_attack_two_days_after_period_start_is_day_three() {
    let attack = ended(1, at(2026, 3, 12, 9, 0), at(2026, 3, 12, 15, 0));
    let diary = build(vec![period(day(2026, 3, 10)), add(attack.clone())]);
    let cycle = diary.cycle_day(&attack).expect("a period is near");
    assert_eq!(cycle.day, 3);
    assert_eq!(cycle.period_start, day(2026, 3, 10));
    assert!(cycle.is_perimenstrual());
    assert_eq!(cycle.label(), "cycle day 3");
}

#[test]
fn cycle_day_of_attack_the_day_before_a_period_is_minus_one() {
    let attack = ended(1, at(2026, 3, 9, 23, 0), at(2026, 3, 10, 6, 0));
    let diary = build(vec![period(day(2026, 3, 10)), add(attack.clone())]);
    let cycle = diary.cycle_day(&attack).expect("a period is near");
    assert_eq!(cycle.day, -1);
    assert!(cycle.is_perimenstrual());
    assert_eq!(cycle.label(), "the day before a period");
}

#[test]
fn cycle_day_on_period_start_is_one_and_day_four_is_outside_the_window() {
    let diary = build(vec![period(day(2026, 3, 10))]);
    assert_eq!(diary.cycle_day_on(day(2026, 3, 10)).map(|c| c.day), Some(1));
    let fourth = diary.cycle_day_on(day(2026, 3, 13)).expect("near");
    assert_eq!(fourth.day, 4);
    assert!(!fourth.is_perimenstrual());
    let minus_three = diary.cycle_day_on(day(2026, 3, 7)).expect("near");
    assert_eq!(minus_three.day, -3);
    assert!(!minus_three.is_perimenstrual());
}

#[test]
fn cycle_day_counts_from_the_nearer_next_period_when_it_is_logged() {
    let attack = ended(1, at(2026, 4, 5, 9, 0), at(2026, 4, 5, 15, 0));
    let before = build(vec![period(day(2026, 3, 10)), add(attack.clone())]);
    assert_eq!(before.cycle_day(&attack).map(|c| c.day), Some(27));
    let after = build(vec![
        period(day(2026, 3, 10)),
        period(day(2026, 4, 7)),
        add(attack.clone()),
    ]);
    let cycle = after.cycle_day(&attack).expect("near");
    assert_eq!(cycle.day, -2);
    assert!(cycle.is_perimenstrual());
    assert_eq!(cycle.label(), "2 days before a period");
}

#[test]
fn cycle_day_far_from_any_period_is_unknown() {
    let diary = build(vec![period(day(2026, 1, 1))]);
    assert!(diary.cycle_day_on(day(2026, 2, 15)).is_some(), "45 days");
    assert_eq!(diary.cycle_day_on(day(2026, 2, 16)), None, "46 days");
    assert_eq!(Diary::new().cycle_day_on(day(2026, 2, 16)), None);
}

// Day status

#[test]
fn day_status_with_nothing_logged_is_unknown_not_headache_free() {
    let diary = build(vec![mark(day(2026, 3, 1), DayKind::HeadacheFree)]);
    let status = diary.day_status(day(2026, 3, 2));
    assert_eq!(status.headache, DayHeadache::Unknown);
    assert!(!status.headache.is_logged());
    assert!(!status.is_headache_day());
    assert_eq!(
        diary.day_status(day(2026, 3, 1)).headache,
        DayHeadache::HeadacheFree
    );
}

#[test]
fn day_status_of_an_attack_day_shows_the_worst_severity_and_outranks_a_note() {
    let mut second = ended(2, at(2026, 3, 5, 18, 0), at(2026, 3, 5, 20, 0));
    second.severity = Some(sev(8));
    let mut first = ended(1, at(2026, 3, 5, 8, 0), at(2026, 3, 5, 10, 0));
    first.severity = Some(sev(4));
    let diary = build(vec![
        mark(
            day(2026, 3, 5),
            DayKind::Headache {
                severity: Some(sev(2)),
            },
        ),
        add(first),
        add(second),
    ]);
    let status = diary.day_status(day(2026, 3, 5));
    assert_eq!(
        status.headache,
        DayHeadache::Attack {
            severity: Some(sev(8))
        }
    );
    assert_eq!(status.attacks, 2);
    assert_eq!(status.headache.band(), Some(SeverityBand::Severe));
}

#[test]
fn day_status_of_a_headache_note_carries_its_severity_and_medicines() {
    let diary = build(vec![
        mark(
            day(2026, 3, 5),
            DayKind::Headache {
                severity: Some(sev(3)),
            },
        ),
        DiaryAction::SetDayMedicines {
            date: day(2026, 3, 5),
            medicines: vec![dose(MedicineClass::SimpleAnalgesic, at(2026, 3, 5, 9, 0))],
        },
    ]);
    let status = diary.day_status(day(2026, 3, 5));
    assert_eq!(
        status.headache,
        DayHeadache::Headache {
            severity: Some(sev(3))
        }
    );
    assert!(status.is_headache_day());
    assert_eq!(status.medicines, [MedicineClass::SimpleAnalgesic].into());
    assert_eq!(
        status.describe(),
        "Thursday 5 March 2026: headache, 3 – mild; medicine taken"
    );
}

#[test]
fn day_status_flags_period_days_and_the_first_day() {
    let diary = build(vec![
        period(day(2026, 3, 10)),
        DiaryAction::SetPeriodEnd {
            start: day(2026, 3, 10),
            end: Some(day(2026, 3, 13)),
        },
    ]);
    let first = diary.day_status(day(2026, 3, 10));
    assert!(first.period_day && first.period_start);
    let third = diary.day_status(day(2026, 3, 12));
    assert!(third.period_day && !third.period_start);
    assert!(!diary.day_status(day(2026, 3, 14)).period_day);
    assert_eq!(
        first.describe(),
        "Tuesday 10 March 2026: nothing logged; period, day 1"
    );
}

// Counting days

#[test]
fn attack_across_midnight_counts_as_a_headache_on_both_days() {
    let diary = build(vec![add(ended(
        1,
        at(2026, 3, 2, 22, 0),
        at(2026, 3, 3, 3, 0),
    ))]);
    assert_eq!(
        diary.headache_days_in(day(2026, 3, 1)..=day(2026, 3, 31)),
        2
    );
    assert!(diary.day_status(day(2026, 3, 2)).is_headache_day());
    assert!(diary.day_status(day(2026, 3, 3)).is_headache_day());
}

#[test]
fn attack_ending_exactly_at_midnight_counts_on_one_day() {
    let diary = build(vec![add(ended(
        1,
        at(2026, 3, 2, 20, 0),
        at(2026, 3, 3, 0, 0),
    ))]);
    assert_eq!(
        diary.headache_days_in(day(2026, 3, 1)..=day(2026, 3, 31)),
        1
    );
    assert_eq!(
        diary.day_status(day(2026, 3, 3)).headache,
        DayHeadache::Unknown
    );
}

#[test]
fn attack_over_three_days_counts_three_headache_days_and_splits_at_the_range_edge() {
    let diary = build(vec![add(ended(
        1,
        at(2026, 3, 30, 8, 0),
        at(2026, 4, 1, 9, 0),
    ))]);
    assert_eq!(
        diary.headache_days_in(day(2026, 3, 1)..=day(2026, 4, 30)),
        3
    );
    assert_eq!(
        diary.headache_days_in(day(2026, 3, 1)..=day(2026, 3, 31)),
        2
    );
    assert_eq!(
        diary.headache_days_in(day(2026, 4, 1)..=day(2026, 4, 30)),
        1
    );
}

#[test]
fn running_attack_counts_on_every_day_up_to_the_end_of_the_range() {
    let diary = build(vec![DiaryAction::StartAttack {
        id: AttackId(1),
        start: at(2026, 3, 2, 22, 0),
    }]);
    assert_eq!(diary.headache_days_in(day(2026, 3, 1)..=day(2026, 3, 5)), 4);
    assert_eq!(diary.running_attack().map(|a| a.id), Some(AttackId(1)));
}

#[test]
fn headache_days_leave_out_free_unknown_and_painless_aura_days() {
    let mut aura_only = ended(2, at(2026, 3, 8, 10, 0), at(2026, 3, 8, 10, 40));
    aura_only.severity = Some(sev(0));
    aura_only.aura = Some(Aura {
        kinds: [AuraKind::Visual].into(),
        minutes: Some(30),
    });
    let diary = build(vec![
        mark(day(2026, 3, 1), DayKind::HeadacheFree),
        mark(day(2026, 3, 2), DayKind::Headache { severity: None }),
        add(ended(1, at(2026, 3, 4, 10, 0), at(2026, 3, 4, 12, 0))),
        add(aura_only),
    ]);
    let march = day(2026, 3, 1)..=day(2026, 3, 31);
    assert_eq!(diary.headache_days_in(march.clone()), 2);
    assert_eq!(diary.logged_days_in(march), 4);
}

#[test]
fn medicine_days_count_days_not_doses() {
    let mut attack = ended(1, at(2026, 3, 2, 8, 0), at(2026, 3, 3, 20, 0));
    attack.medicines = vec![
        dose(MedicineClass::Triptan, at(2026, 3, 2, 8, 30)),
        dose(MedicineClass::Triptan, at(2026, 3, 2, 14, 0)),
        dose(MedicineClass::Triptan, at(2026, 3, 3, 9, 0)),
        dose(MedicineClass::SimpleAnalgesic, at(2026, 3, 3, 9, 0)),
    ];
    let diary = build(vec![add(attack)]);
    let march = day(2026, 3, 1)..=day(2026, 3, 31);
    assert_eq!(
        diary.medicine_days_in(march.clone(), MedicineClass::Triptan),
        2
    );
    assert_eq!(
        diary.medicine_days_in(march.clone(), MedicineClass::SimpleAnalgesic),
        1
    );
    assert_eq!(
        diary.medicine_days_in(march.clone(), MedicineClass::Opioid),
        0
    );
    let both = [MedicineClass::Triptan, MedicineClass::SimpleAnalgesic].into();
    assert_eq!(diary.medicine_days_any_in(march, &both), 2);
}

#[test]
fn medicine_taken_the_evening_before_an_attack_counts_on_that_evenings_day() {
    let mut attack = ended(1, at(2026, 4, 1, 6, 0), at(2026, 4, 1, 12, 0));
    attack
        .medicines
        .push(dose(MedicineClass::Triptan, at(2026, 3, 31, 22, 0)));
    let diary = build(vec![add(attack)]);
    assert_eq!(
        diary.medicine_days_in(day(2026, 3, 1)..=day(2026, 3, 31), MedicineClass::Triptan),
        1
    );
    assert_eq!(
        diary.medicine_days_in(day(2026, 4, 1)..=day(2026, 4, 30), MedicineClass::Triptan),
        0
    );
}

#[test]
fn medicine_on_day_notes_counts_as_medicine_days() {
    let mut actions = Vec::new();
    for d in 1..=3 {
        actions.push(mark(day(2026, 3, d), DayKind::Headache { severity: None }));
        actions.push(DiaryAction::SetDayMedicines {
            date: day(2026, 3, d),
            medicines: vec![dose(MedicineClass::SimpleAnalgesic, at(2026, 3, d, 9, 0))],
        });
    }
    let diary = build(actions);
    assert_eq!(
        diary.medicine_days_in(
            day(2026, 3, 1)..=day(2026, 3, 31),
            MedicineClass::SimpleAnalgesic
        ),
        3
    );
}

#[test]
fn migraine_like_days_count_each_day_a_migraine_like_attack_touches() {
    let mut attack = ended(1, at(2026, 3, 2, 20, 0), at(2026, 3, 3, 8, 0));
    attack.location = [PainLocation::LeftSide].into();
    attack.quality = [PainQuality::Throbbing].into();
    attack.symptoms = [Symptom::Vomiting].into();
    let diary = build(vec![
        add(attack),
        add(ended(2, at(2026, 3, 9, 10, 0), at(2026, 3, 9, 12, 0))),
    ]);
    let march = day(2026, 3, 1)..=day(2026, 3, 31);
    assert_eq!(diary.migraine_like_days_in(march.clone()), 2);
    assert_eq!(diary.headache_days_in(march), 3);
}

// Month calendar

#[test]
fn month_calendar_of_leap_february_2028_has_29_days_from_a_tuesday() {
    let diary = build(vec![add(ended(
        1,
        at(2028, 2, 29, 9, 0),
        at(2028, 2, 29, 13, 0),
    ))]);
    let calendar = diary.month_calendar(day(2028, 2, 10), day(2028, 6, 1));
    assert_eq!(calendar.title(), "February 2028");
    assert_eq!(calendar.days().count(), 29);
    assert_eq!(calendar.weeks.len(), 5);
    // 1 February 2028 is a Tuesday: one blank Monday first.
    assert!(calendar.weeks[0][0].is_none());
    assert_eq!(
        calendar.weeks[0][1].as_ref().map(CalendarDay::date),
        Some(day(2028, 2, 1))
    );
    // 29 February is the Tuesday of the last week; the rest of that week is blank.
    let last_week = &calendar.weeks[4];
    assert_eq!(
        last_week[1].as_ref().map(CalendarDay::date),
        Some(day(2028, 2, 29))
    );
    assert!(last_week[2..].iter().all(Option::is_none));
    assert!(last_week[1]
        .as_ref()
        .is_some_and(|d| d.status.is_headache_day()));
    assert_eq!(calendar.previous_month(), day(2028, 1, 1));
    assert_eq!(calendar.next_month(), day(2028, 3, 1));
}

#[test]
fn month_calendar_of_february_2026_has_28_days_from_a_sunday() {
    let calendar = Diary::new().month_calendar(day(2026, 2, 1), day(2026, 3, 1));
    assert_eq!(calendar.days().count(), 28);
    assert!(calendar.weeks[0][..6].iter().all(Option::is_none));
    assert_eq!(
        calendar.weeks[0][6].as_ref().map(CalendarDay::date),
        Some(day(2026, 2, 1))
    );
    assert_eq!(calendar.weeks.len(), 5);
}

#[test]
fn month_calendar_shows_band_medicine_period_and_today_and_leaves_future_days_blank() {
    let mut attack = Attack::new(AttackId(1), at(2026, 3, 14, 7, 0));
    attack.severity = Some(sev(9));
    attack
        .medicines
        .push(dose(MedicineClass::Triptan, at(2026, 3, 14, 7, 30)));
    let mut diary = Diary::new();
    for action in [period(day(2026, 3, 12)), add(attack)] {
        action
            .apply(&mut diary, at(2026, 3, 15, 10, 0))
            .expect("valid");
    }
    let calendar = diary.month_calendar(day(2026, 3, 1), day(2026, 3, 15));
    let cell = |d: u32| {
        calendar
            .days()
            .find(|c| c.date() == day(2026, 3, d))
            .expect("in month")
            .clone()
    };
    assert!(cell(12).status.period_start);
    let attack_day = cell(14);
    assert_eq!(attack_day.band, Some(SeverityBand::VerySevere));
    assert!(attack_day.status.has_medicine());
    let today = cell(15);
    assert!(today.is_today && !today.is_future);
    assert!(
        today.status.is_headache_day(),
        "the running attack is still going today"
    );
    let tomorrow = cell(16);
    assert!(tomorrow.is_future);
    assert_eq!(tomorrow.status.headache, DayHeadache::Unknown);
}

// Progress

#[test]
fn progress_reads_day_23_of_56_with_logged_and_unknown_days() {
    let mut actions = vec![add(ended(1, at(2026, 3, 1, 9, 0), at(2026, 3, 1, 12, 0)))];
    for d in 2..=11 {
        actions.push(mark(day(2026, 3, d), DayKind::HeadacheFree));
    }
    let diary = build(actions);
    let progress = diary.progress(day(2026, 3, 23));
    assert_eq!(progress.first_day, Some(day(2026, 3, 1)));
    assert_eq!(progress.days_so_far, 23);
    assert_eq!(progress.days_logged, 11);
    assert_eq!(progress.days_unknown, 12);
    assert_eq!(
        progress.text(),
        "3 weeks kept · 5 weeks to go for the 8 weeks a doctor needs at least (12 is best)"
    );
    assert_eq!(progress.logged_text(), "11 of 23 days logged");
    let first_day = DiaryProgress {
        days_so_far: 1,
        days_logged: 1,
        days_unknown: 0,
        ..progress
    };
    assert_eq!(first_day.logged_text(), "1 of 1 day logged");
    assert_eq!(
        first_day.text(),
        "1 day kept · 8 weeks to go for the 8 weeks a doctor needs at least (12 is best)"
    );
    assert!(!progress.goal_reached());
}

#[test]
fn progress_before_anything_is_logged_says_not_started() {
    let progress = Diary::new().progress(day(2026, 3, 23));
    assert_eq!(progress.first_day, None);
    assert_eq!(progress.days_so_far, 0);
    assert_eq!(
        progress.text(),
        "Not started yet: 8 weeks is the least a doctor can use, 12 weeks is best"
    );
}

#[test]
fn progress_after_eight_and_twelve_weeks_says_so() {
    let diary = build(vec![mark(day(2026, 1, 1), DayKind::HeadacheFree)]);
    let at_60 = diary.progress(day(2026, 3, 1));
    assert_eq!(at_60.days_so_far, 60);
    assert!(at_60.goal_reached());
    assert_eq!(
        at_60.text(),
        "8 weeks kept · 4 weeks to go for the 12 weeks your doctor can use"
    );
    // The issue's own example: day 70 is 10 weeks kept and 2 to go.
    assert_eq!(
        diary.progress(day(2026, 3, 11)).text(),
        "10 weeks kept · 2 weeks to go for the 12 weeks your doctor can use"
    );
    assert_eq!(
        diary.progress(day(2026, 3, 20)).text(),
        "11 weeks kept · 5 days to go for the 12 weeks your doctor can use"
    );
    assert_eq!(
        diary.progress(day(2026, 3, 31)).text(),
        "12 weeks kept · the 12 weeks your doctor can use are done"
    );
}

#[test]
fn progress_ignores_periods_alone() {
    let diary = build(vec![period(day(2026, 3, 1))]);
    assert_eq!(diary.progress(day(2026, 3, 10)).days_so_far, 0);
}

// History

fn history_diary() -> Diary {
    let mut migraine = ended(3, at(2026, 3, 20, 8, 0), at(2026, 3, 20, 20, 0));
    migraine.location = [PainLocation::RightSide].into();
    migraine.severity = Some(sev(7));
    migraine.symptoms = [Symptom::Nausea].into();
    let mut with_medicine = ended(2, at(2026, 3, 5, 8, 0), at(2026, 3, 5, 10, 0));
    with_medicine
        .medicines
        .push(dose(MedicineClass::SimpleAnalgesic, at(2026, 3, 5, 8, 10)));
    build(vec![
        add(ended(1, at(2026, 1, 15, 8, 0), at(2026, 1, 15, 10, 0))),
        add(with_medicine),
        add(migraine),
        add(ended(4, at(2026, 3, 31, 23, 0), at(2026, 4, 1, 2, 0))),
    ])
}

#[test]
fn history_is_newest_first_grouped_by_month_without_empty_months() {
    let diary = history_diary();
    let groups = diary.history(HistoryFilter::default());
    let titles: Vec<String> = groups.iter().map(MonthGroup::title).collect();
    assert_eq!(titles, ["March 2026", "January 2026"]);
    let march: Vec<u64> = groups[0].attacks.iter().map(|a| a.id.0).collect();
    assert_eq!(march, [4, 3, 2], "grouped by the month an attack started");
}

#[test]
fn history_filters_keep_only_migraine_like_or_with_medicine() {
    let diary = history_diary();
    let ids = |filter| -> Vec<u64> {
        diary
            .history(filter)
            .iter()
            .flat_map(|group| group.attacks.iter().map(|a| a.id.0))
            .collect()
    };
    assert_eq!(
        ids(HistoryFilter {
            migraine_like_only: true,
            with_medicine_only: false
        }),
        [3]
    );
    assert_eq!(
        ids(HistoryFilter {
            migraine_like_only: false,
            with_medicine_only: true
        }),
        [2]
    );
    assert!(ids(HistoryFilter {
        migraine_like_only: true,
        with_medicine_only: true
    })
    .is_empty());
}

#[test]
fn attack_lookup_finds_by_id_and_misses_cleanly() {
    let diary = history_diary();
    assert_eq!(diary.attack(AttackId(3)).map(|a| a.id), Some(AttackId(3)));
    assert!(diary.attack(AttackId(99)).is_none());
    assert!(diary.running_attack().is_none());
}

#[test]
fn missed_days_are_the_unlogged_days_of_the_last_two_weeks_since_the_diary_began_newest_first() {
    let today = day(2026, 6, 15);
    // Began on 5 June: nothing before it is "missed".
    let diary = build(vec![
        add(ended(1, at(2026, 6, 5, 8, 0), at(2026, 6, 5, 12, 0))),
        mark(day(2026, 6, 6), DayKind::HeadacheFree),
        // An attack running over midnight covers the 10th and 11th.
        add(ended(2, at(2026, 6, 10, 22, 0), at(2026, 6, 11, 3, 0))),
        mark(day(2026, 6, 14), DayKind::HeadacheFree),
    ]);
    let missed = diary.missed_days(today);
    let expected: Vec<NaiveDate> = [13, 12, 9, 8, 7].map(|d| day(2026, 6, d)).to_vec();
    assert_eq!(missed, expected, "today itself is not missed yet");

    // A diary begun long ago looks back 14 days only.
    let old = build(vec![mark(day(2026, 1, 1), DayKind::HeadacheFree)]);
    let missed = old.missed_days(today);
    assert_eq!(missed.len(), 14);
    assert_eq!(missed.first(), Some(&day(2026, 6, 14)));
    assert_eq!(missed.last(), Some(&day(2026, 6, 1)));

    // An empty diary asks about nothing.
    assert!(Diary::default().missed_days(today).is_empty());
}

#[test]
fn progress_never_promises_the_time_to_go_short() {
    let diary = build(vec![mark(day(2026, 1, 1), DayKind::HeadacheFree)]);
    // Day 71: 13 days to go is said in days, not "1 week".
    assert_eq!(
        diary.progress(day(2026, 3, 12)).text(),
        "10 weeks kept · 13 days to go for the 12 weeks your doctor can use"
    );
    // Day 77: exactly 1 week to go.
    assert_eq!(
        diary.progress(day(2026, 3, 18)).text(),
        "11 weeks kept · 1 week to go for the 12 weeks your doctor can use"
    );
}
