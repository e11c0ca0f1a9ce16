//! Native tests of the cycle, trigger and medicine insights with hand-computed expectations — ICHD-3 A1.1
//! menstrual windows (day −2 counts, −3 and +4 do not, no day 0), honest trigger wording, medicine effect counts
//! and medians — and every statistic on a generated ten-year diary.

mod common;
use common::*;
use std::time::Instant;

use chrono::{Duration, NaiveDate, NaiveDateTime};
use headache_diary::domain::diary::*;
use headache_diary::domain::insights::*;

fn range(first: NaiveDate, last: NaiveDate) -> DateRange {
    DateRange::new(first, last).expect("non-empty test range")
}

/// A 2-hour attack starting at 09:00 on `date`.
fn attack_on(id: u64, date: NaiveDate) -> Attack {
    let mut attack = Attack::new(AttackId(id), date.and_hms_opt(9, 0, 0).expect("time"));
    attack.end = Some(date.and_hms_opt(11, 0, 0).expect("time"));
    attack
}

/// Periods starting 1 Jan, 29 Jan, 26 Feb and 26 Mar 2026 (28-day cycles: 3 complete cycles), or the first
/// `count` of them; and an attack on each of `attack_days`.
fn cycle_diary(count: usize, attack_days: &[NaiveDate]) -> Diary {
    let starts = [
        day(2026, 1, 1),
        day(2026, 1, 29),
        day(2026, 2, 26),
        day(2026, 3, 26),
    ];
    let periods = starts
        .iter()
        .take(count)
        .map(|&s| Period::starting(s))
        .collect();
    let attacks = attack_days
        .iter()
        .enumerate()
        .map(|(i, &d)| attack_on(i as u64 + 1, d))
        .collect();
    Diary::from_parts(attacks, Vec::new(), periods, Vec::new()).expect("valid test diary")
}

fn menstrual(count: usize, attack_days: &[NaiveDate]) -> MenstrualRead {
    read_menstrual(&cycle_diary(count, attack_days), day(2026, 4, 20))
}

// Menstrual pattern (ICHD-3 A1.1)

#[test]
fn menstrual_two_cycles_says_keep_logging_two_of_three() {
    let r = menstrual(3, &[day(2026, 1, 2), day(2026, 1, 30)]);
    assert_eq!(
        r.verdict,
        MenstrualVerdict::KeepLogging {
            cycles_logged: 2,
            needed: 3
        }
    );
    assert_eq!(
        r.plain_message(),
        "2 complete cycles so far, of the 3 in a row needed. Mark the first day of your next period; then the \
         diary can show whether your headaches follow your periods."
    );
}

#[test]
fn menstrual_with_no_period_marked_says_what_to_mark_not_zero_of_three() {
    let r = read_menstrual(&Diary::new(), day(2026, 4, 20));
    assert_eq!(r.period_starts, 0);
    let message = r.plain_message();
    assert!(
        message.starts_with("No periods are marked yet."),
        "{message}"
    );
    assert!(!message.contains("0 of"), "{message}");
    assert!(
        message.contains("3 complete cycles in a row (4 period starts)"),
        "{message}"
    );
}

#[test]
fn menstrual_with_one_start_says_no_cycle_is_complete_and_three_more_periods_are_needed() {
    let r = menstrual(1, &[]);
    assert_eq!(r.period_starts, 1);
    assert!(
        r.plain_message().starts_with("0 complete cycles so far"),
        "{}",
        r.plain_message()
    );
    assert!(
        r.plain_message().contains("your next 3 periods"),
        "{}",
        r.plain_message()
    );
}

#[test]
fn menstrual_two_of_three_cycles_in_window_and_none_outside_fits_pure_menstrual_migraine() {
    // 2 Jan is day 2 of the 1 Jan period; 27 Jan is day −2 of the 29 Jan period.
    let r = menstrual(4, &[day(2026, 1, 2), day(2026, 1, 27)]);
    assert_eq!(r.verdict, MenstrualVerdict::PureMenstrual);
    assert_eq!(r.cycles.len(), 3);
    let with: Vec<bool> = r
        .cycles
        .iter()
        .map(CycleResult::has_attack_in_window)
        .collect();
    assert_eq!(with, [true, true, false]);
    assert_eq!(r.attacks_outside, 0);
    assert!(r.plain_message().contains("A1.1.1"));
    assert!(MENSTRUAL_NOT_A_DIAGNOSIS.contains("not a diagnosis"));
}

#[test]
fn menstrual_with_an_attack_outside_the_windows_fits_menstrually_related_migraine() {
    let r = menstrual(4, &[day(2026, 1, 2), day(2026, 1, 27), day(2026, 2, 10)]);
    assert_eq!(r.verdict, MenstrualVerdict::MenstruallyRelated);
    assert_eq!(r.attacks_outside, 1);
    assert!(
        r.plain_message()
            .contains("1 attack started at other times"),
        "{}",
        r.plain_message()
    );
}

#[test]
fn menstrual_one_of_three_cycles_shows_no_pattern() {
    let r = menstrual(4, &[day(2026, 1, 2)]);
    assert_eq!(r.verdict, MenstrualVerdict::NoMenstrualPattern);
}

#[test]
fn menstrual_day_minus_three_and_day_plus_four_are_outside_the_window() {
    // 26 Jan is day −3 and 1 Feb day +4 of the 29 Jan period (29, 30, 31 Jan are days 1–3).
    let r = menstrual(4, &[day(2026, 1, 2), day(2026, 1, 26), day(2026, 2, 1)]);
    assert_eq!(r.verdict, MenstrualVerdict::NoMenstrualPattern);
    assert_eq!(r.attacks_outside, 2);
    assert!(!r.cycles[1].has_attack_in_window());
}

#[test]
fn menstrual_day_plus_three_counts_and_day_minus_one_counts() {
    // 31 Jan is day 3 of the 29 Jan period; 25 Feb is day −1 of the 26 Feb period.
    let r = menstrual(4, &[day(2026, 1, 31), day(2026, 2, 25)]);
    assert_eq!(r.verdict, MenstrualVerdict::PureMenstrual);
    let with: Vec<bool> = r
        .cycles
        .iter()
        .map(CycleResult::has_attack_in_window)
        .collect();
    assert_eq!(with, [false, true, true]);
}

#[test]
fn menstrual_a_missed_period_breaks_the_run_of_cycles() {
    let periods = [
        day(2026, 1, 1),
        day(2026, 1, 29),
        day(2026, 4, 20),
        day(2026, 5, 18),
    ]
    .iter()
    .map(|&s| Period::starting(s))
    .collect();
    let d = Diary::from_parts(Vec::new(), Vec::new(), periods, Vec::new()).expect("diary");
    let r = read_menstrual(&d, day(2026, 6, 1));
    assert_eq!(
        r.verdict,
        MenstrualVerdict::KeepLogging {
            cycles_logged: 1,
            needed: 3
        }
    );
}

// Triggers

fn trigger_diary(extra_free_days: u32) -> Diary {
    let mut a = attack_on(1, day(2026, 3, 2));
    a.triggers.insert(Trigger::Stress);
    a.triggers.insert(Trigger::TooLittleSleep);
    a.own_triggers.push("Red wine".to_string());
    let mut b = attack_on(2, day(2026, 3, 5));
    b.triggers.insert(Trigger::Stress);
    b.own_triggers.push(" red WINE ".to_string());
    let c = attack_on(3, day(2026, 3, 9));
    let notes = (0..extra_free_days)
        .map(|i| {
            DayNote::new(
                day(2026, 1, 1) + Duration::days(i64::from(i)),
                DayKind::HeadacheFree,
            )
        })
        .filter(|note| ![day(2026, 3, 2), day(2026, 3, 5), day(2026, 3, 9)].contains(&note.date))
        .collect();
    Diary::from_parts(
        vec![a, b, c],
        notes,
        Vec::new(),
        vec!["Red wine".to_string()],
    )
    .expect("diary")
}

#[test]
fn triggers_counts_say_noted_before_n_of_m_attacks_most_often_first() {
    let report = trigger_report(&trigger_diary(0), range(day(2026, 3, 1), day(2026, 3, 31)));
    assert_eq!(report.attacks, 3);
    let sentences: Vec<String> = report
        .counts
        .iter()
        .map(TriggerCount::plain_sentence)
        .collect();
    assert_eq!(
        sentences,
        [
            "Stress: noted before 2 of 3 attacks.",
            "Red wine: noted before 2 of 3 attacks.",
            "Too little sleep: noted before 1 of 3 attacks.",
        ]
    );
    for sentence in &sentences {
        assert!(
            !sentence.contains("cause") && !sentence.contains("trigger"),
            "{sentence}"
        );
    }
}

#[test]
fn triggers_with_fewer_than_90_logged_days_say_how_many_are_needed() {
    let report = trigger_report(&trigger_diary(0), range(day(2026, 3, 1), day(2026, 3, 31)));
    assert_eq!(
        report.comparison,
        TriggerComparison::NotEnoughDays {
            logged_days: 3,
            needed: 90
        }
    );
    assert!(report
        .comparison
        .plain_message()
        .contains("at least 90 logged days"));
}

#[test]
fn triggers_with_90_logged_days_explain_that_a_day_comparison_needs_day_level_logging() {
    let report = trigger_report(&trigger_diary(90), range(day(2026, 1, 1), day(2026, 3, 31)));
    assert_eq!(
        report.comparison,
        TriggerComparison::NeedsDayLevelLogging { logged_days: 90 }
    );
    let text = report.comparison.plain_message();
    assert!(
        text.contains("not causes") && text.contains("headache-free days"),
        "{text}"
    );
}

// Medicine effect

fn dose(
    name: &str,
    class: MedicineClass,
    taken: NaiveDateTime,
    effect: MedicineEffect,
    relief: Option<u32>,
) -> MedicineDose {
    let mut dose = MedicineDose::new(name, class, taken);
    dose.effect = effect;
    dose.relief_after_minutes = relief;
    dose
}

#[test]
fn medicine_effects_count_answers_per_name_ignoring_case_with_median_time_to_relief() {
    use MedicineEffect::*;
    let t = MedicineClass::Triptan;
    let s = MedicineClass::SimpleAnalgesic;
    let mut attacks = Vec::new();
    let plan: [(u32, &str, MedicineClass, MedicineEffect, Option<u32>); 7] = [
        (2, "Sumatriptan", t, CompleteRelief, Some(60)),
        (4, "sumatriptan ", t, CompleteRelief, Some(30)),
        (6, "SUMATRIPTAN", t, SomeRelief, Some(90)),
        (8, "Sumatriptan", t, NoRelief, None),
        (10, "Sumatriptan", t, NotNoted, None),
        (12, "Ibuprofen", s, SomeRelief, Some(20)),
        (14, "Ibuprofen", s, CompleteRelief, Some(40)),
    ];
    for (i, (d, name, class, effect, relief)) in plan.into_iter().enumerate() {
        let mut attack = attack_on(i as u64 + 1, day(2026, 3, d));
        attack
            .medicines
            .push(dose(name, class, at(2026, 3, d, 9, 30), effect, relief));
        attacks.push(attack);
    }
    let d = Diary::from_parts(attacks, Vec::new(), Vec::new(), Vec::new()).expect("diary");
    let effects = medicine_effects(&d, range(day(2026, 3, 1), day(2026, 3, 31)));
    assert_eq!(effects.len(), 2);
    let suma = &effects[0];
    assert_eq!(suma.name, "Sumatriptan");
    assert_eq!(
        (
            suma.doses,
            suma.complete_relief,
            suma.some_relief,
            suma.no_relief,
            suma.not_noted
        ),
        (5, 2, 1, 1, 1)
    );
    assert_eq!(
        (suma.timed_doses, suma.median_relief_minutes),
        (3, Some(60.0))
    );
    let ibu = &effects[1];
    assert_eq!(
        (ibu.doses, ibu.median_relief_minutes),
        (2, Some(30.0)),
        "mean of the middle two"
    );
    assert_eq!(
        suma.plain_sentence(),
        "Sumatriptan: 5 doses — took the pain away 2, helped a bit 1, did not help 1, not noted 1; typical time \
         to relief 1 h."
    );
}

#[test]
fn medicine_effects_leave_out_doses_taken_outside_the_range() {
    let mut attack = attack_on(1, day(2026, 4, 1));
    attack.medicines.push(dose(
        "Sumatriptan",
        MedicineClass::Triptan,
        at(2026, 3, 31, 22, 0),
        MedicineEffect::NotNoted,
        None,
    ));
    attack.medicines.push(dose(
        "Ibuprofen",
        MedicineClass::SimpleAnalgesic,
        at(2026, 4, 1, 10, 0),
        MedicineEffect::NotNoted,
        None,
    ));
    let d = Diary::from_parts(vec![attack], Vec::new(), Vec::new(), Vec::new()).expect("diary");
    let effects = medicine_effects(&d, range(day(2026, 3, 1), day(2026, 3, 31)));
    let names: Vec<&str> = effects.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        ["Sumatriptan"],
        "taken the evening before an April attack: a March dose"
    );
}

// Ten years

#[test]
fn insights_on_a_ten_year_diary_agree_with_the_diary_queries() {
    let start = day(2016, 11, 21);
    let diary = generate_sample_diary(42, start, 3652);
    let today = start + Duration::days(3651);
    let whole = InsightPeriod::Custom {
        first: start,
        last: today,
    };

    let began = Instant::now();
    let all = Insights::compute(&diary, whole, today, None).expect("ten years");
    let ten_years = began.elapsed();
    let began = Instant::now();
    let twelve_weeks =
        Insights::compute(&diary, InsightPeriod::LastWeeks(12), today, None).expect("12 weeks");
    let recent = began.elapsed();
    eprintln!("insights over ten years: {ten_years:?}; over the last 12 weeks of the ten-year diary: {recent:?}");

    let r = all.range;
    assert_eq!(all.summary.days, 3652);
    assert_eq!(
        all.summary.headache_days,
        diary.headache_days_in(r.first()..=r.last())
    );
    assert_eq!(
        all.summary.migraine_like_days,
        diary.migraine_like_days_in(r.first()..=r.last())
    );
    assert_eq!(
        all.summary.logged_days,
        diary.logged_days_in(r.first()..=r.last())
    );
    assert_eq!(all.summary.logged_days + all.summary.unknown_days, 3652);
    assert_eq!(all.summary.attacks as usize, diary.attacks().len());
    assert_eq!(all.months.len(), 121, "Nov 2016 to Nov 2026");
    assert!(
        all.months.first().is_some_and(|m| m.partial)
            && all.months.last().is_some_and(|m| m.partial)
    );
    let month_sum: u32 = all.months.iter().map(|m| m.summary.headache_days).sum();
    assert_eq!(month_sum, all.summary.headache_days);
    let band_sum: u32 = all
        .months
        .iter()
        .map(|m| m.headache_days_by_band.total())
        .sum();
    assert_eq!(band_sum, all.summary.headache_days);
    for class in MedicineClass::ALL {
        let by_month: u32 = all
            .months
            .iter()
            .filter_map(|m| m.medicine_days.get(&class))
            .sum();
        assert_eq!(
            by_month,
            diary.medicine_days_in(r.first()..=r.last(), class),
            "{class:?}"
        );
    }
    assert_eq!(all.overuse.len(), 121);
    for month in &all.overuse {
        for line in &month.lines {
            let expected = line.days >= line.threshold;
            assert_eq!(line.status.is_over(), expected, "{line:?}");
        }
    }
    let doses: u32 = all.medicines.iter().map(|m| m.doses).sum();
    let all_doses = diary
        .attacks()
        .iter()
        .map(|a| a.medicines.len())
        .sum::<usize>()
        + diary
            .day_notes()
            .iter()
            .map(|n| n.medicines.len())
            .sum::<usize>();
    assert_eq!(doses as usize, all_doses);
    assert!(all
        .triggers
        .counts
        .iter()
        .all(|c| c.noted_before <= c.of_attacks));
    assert!(matches!(all.pattern, PatternRead::Read { .. }));
    assert!(
        !matches!(all.menstrual.verdict, MenstrualVerdict::KeepLogging { .. })
            || diary.periods().len() < 4
    );
    assert_eq!(twelve_weeks.summary.days, 84);
    assert_eq!(
        twelve_weeks.pattern, all.pattern,
        "the pattern read does not depend on the span"
    );
}
