//! Native tests of the insights figures with hand-computed expectations: the period choice, summaries, month
//! boundaries and attacks spanning days, ICHD-3 8.2 medicine days against each threshold at N−1 and N days, the
//! three-month rule, the approaching margin, opioid advice, and the chronic pattern read (ICHD-3 1.3, 2.3, 8.2).

mod common;
use common::*;
use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use headache_diary::domain::diary::*;
use headache_diary::domain::insights::*;
use headache_diary::domain::screening::{evaluate, Answers, Pattern, Reply};

fn range(first: NaiveDate, last: NaiveDate) -> DateRange {
    DateRange::new(first, last).expect("non-empty test range")
}

fn ended(id: u64, start: NaiveDateTime, end: NaiveDateTime) -> Attack {
    let mut attack = Attack::new(AttackId(id), start);
    attack.end = Some(end);
    attack
}

/// A migraine-like attack: one-sided, throbbing, severe (1.1 C) with nausea (1.1 D), 09:00–15:00.
fn migraine(id: u64, date: NaiveDate) -> Attack {
    let start = date.and_hms_opt(9, 0, 0).expect("time");
    let mut attack = ended(id, start, date.and_hms_opt(15, 0, 0).expect("time"));
    attack.severity = Some(sev(7));
    attack.location.insert(PainLocation::LeftSide);
    attack.quality.insert(PainQuality::Throbbing);
    attack.symptoms.insert(Symptom::Nausea);
    attack
}

fn diary(attacks: Vec<Attack>, notes: Vec<DayNote>) -> Diary {
    Diary::from_parts(attacks, notes, Vec::new(), Vec::new()).expect("valid test diary")
}

/// Day notes "headache today" carrying the given doses (one note per date; doses grouped by date).
fn medicine_notes(doses: &[(NaiveDate, MedicineClass, &str)]) -> Vec<DayNote> {
    let mut by_date: BTreeMap<NaiveDate, Vec<MedicineDose>> = BTreeMap::new();
    for &(date, class, name) in doses {
        let taken = date.and_hms_opt(10, 0, 0).expect("time");
        by_date
            .entry(date)
            .or_default()
            .push(MedicineDose::new(name, class, taken));
    }
    by_date
        .into_iter()
        .map(|(date, medicines)| DayNote {
            date,
            kind: DayKind::Headache { severity: None },
            medicines,
            stopped_activities: None,
        })
        .collect()
}

/// `class` on days `from..=to` of a month.
fn on_days(
    y: i32,
    m: u32,
    from: u32,
    to: u32,
    class: MedicineClass,
    name: &'static str,
) -> Vec<(NaiveDate, MedicineClass, &'static str)> {
    (from..=to).map(|d| (day(y, m, d), class, name)).collect()
}

/// The overuse check of March 2026, as of 10 April 2026.
fn march_overuse(doses: &[(NaiveDate, MedicineClass, &str)]) -> MonthOveruse {
    let d = diary(Vec::new(), medicine_notes(doses));
    let months = overuse_by_month(
        &d,
        range(day(2026, 3, 1), day(2026, 3, 31)),
        day(2026, 4, 10),
    );
    assert_eq!(months.len(), 1);
    months.into_iter().next().expect("one month")
}

fn line(month: &MonthOveruse, subject: OveruseSubject) -> &OveruseLine {
    month
        .lines
        .iter()
        .find(|line| line.subject == subject)
        .expect("line for subject")
}

// Period choice

#[test]
fn period_last_four_weeks_ends_today_and_has_28_days() {
    let r = InsightPeriod::LastWeeks(4)
        .range(day(2026, 3, 28))
        .expect("range");
    assert_eq!(
        (r.first(), r.last(), r.days()),
        (day(2026, 3, 1), day(2026, 3, 28), 28)
    );
}

#[test]
fn period_month_in_progress_is_cut_at_today() {
    let r = InsightPeriod::Month(2026, 3)
        .range(day(2026, 3, 10))
        .expect("range");
    assert_eq!((r.first(), r.last()), (day(2026, 3, 1), day(2026, 3, 10)));
}

#[test]
fn period_custom_after_today_or_impossible_month_has_no_range() {
    let today = day(2026, 3, 10);
    let future = InsightPeriod::Custom {
        first: day(2026, 4, 1),
        last: day(2026, 4, 30),
    };
    assert_eq!(future.range(today), None);
    assert_eq!(InsightPeriod::Month(2026, 13).range(today), None);
    assert_eq!(InsightPeriod::LastWeeks(0).range(today), None);
}

// Summary

#[test]
fn summary_with_running_attack_excludes_it_from_mean_duration_and_says_so() {
    let mut a = ended(1, at(2026, 3, 2, 8, 0), at(2026, 3, 2, 10, 0));
    a.severity = Some(sev(4));
    a.stopped_activities = Some(true);
    let mut b = ended(2, at(2026, 3, 4, 8, 0), at(2026, 3, 4, 12, 0));
    b.severity = Some(sev(8));
    let mut c = Attack::new(AttackId(3), at(2026, 3, 7, 6, 0));
    c.severity = Some(sev(6));
    let notes = vec![
        DayNote::new(day(2026, 3, 1), DayKind::HeadacheFree),
        DayNote::new(day(2026, 3, 3), DayKind::Headache { severity: None }),
    ];
    let d = diary(vec![a, b, c], notes);
    let s = summarize(&d, range(day(2026, 3, 1), day(2026, 3, 7)));
    assert_eq!(s.days, 7);
    assert_eq!(s.attacks, 3);
    assert_eq!(s.headache_days, 4, "2nd, 3rd (note), 4th and 7th");
    assert_eq!(
        (s.logged_days, s.unknown_days),
        (5, 2),
        "5th and 6th unknown"
    );
    assert_eq!(s.mean_severity, Some(6.0));
    assert_eq!(s.worst_severity, Some(sev(8)));
    assert_eq!(s.mean_duration_minutes, Some(180.0), "(120 + 240) / 2");
    assert_eq!((s.ended_attacks, s.running_attacks), (2, 1));
    assert_eq!(s.stopped_activity_days, 1);
    let text = s.plain_lines().join(" ");
    assert!(text.contains("1 still going is not included"), "{text}");
}

#[test]
fn summary_attack_spanning_three_days_counts_three_headache_days_and_one_attack() {
    let mut a = migraine(1, day(2026, 3, 3));
    a.end = Some(at(2026, 3, 5, 2, 0));
    let d = diary(vec![a], Vec::new());
    let s = summarize(&d, range(day(2026, 3, 1), day(2026, 3, 10)));
    assert_eq!(
        (s.headache_days, s.migraine_like_days, s.attacks),
        (3, 3, 1)
    );
    assert_eq!(
        s.mean_duration_minutes,
        Some(41.0 * 60.0),
        "09:00 on the 3rd to 02:00 on the 5th"
    );
}

#[test]
fn month_summaries_attack_across_month_end_counts_a_headache_day_in_both_months() {
    let mut a = ended(1, at(2026, 1, 31, 22, 0), at(2026, 2, 1, 3, 0));
    a.severity = Some(sev(8));
    let d = diary(vec![a], Vec::new());
    let months = month_summaries(&d, range(day(2026, 1, 1), day(2026, 2, 28)));
    assert_eq!(months.len(), 2);
    assert_eq!(months[0].summary.headache_days, 1);
    assert_eq!(months[1].summary.headache_days, 1);
    assert_eq!(
        (months[0].summary.attacks, months[1].summary.attacks),
        (1, 0),
        "counted where it started"
    );
    assert_eq!(months[0].headache_days_by_band.severe, 1);
    assert_eq!(months[1].headache_days_by_band.severe, 1);
    assert!(!months[0].partial && !months[1].partial);
}

#[test]
fn month_summaries_cut_month_is_partial_and_counts_medicine_days_not_doses() {
    let doses = [
        (day(2026, 3, 5), MedicineClass::Triptan, "Sumatriptan"),
        (day(2026, 3, 5), MedicineClass::Triptan, "Sumatriptan"),
        (day(2026, 3, 5), MedicineClass::SimpleAnalgesic, "Ibuprofen"),
        (day(2026, 3, 6), MedicineClass::Antiemetic, "Domperidone"),
    ];
    let d = diary(Vec::new(), medicine_notes(&doses));
    let months = month_summaries(&d, range(day(2026, 2, 20), day(2026, 3, 10)));
    assert_eq!(months.len(), 2);
    assert!(months[0].partial && months[1].partial);
    let march = &months[1];
    assert_eq!(march.medicine_days.get(&MedicineClass::Triptan), Some(&1));
    assert_eq!(
        march.medicine_days.get(&MedicineClass::SimpleAnalgesic),
        Some(&1)
    );
    assert_eq!(
        march.acute_medicine_days, 1,
        "the anti-sickness day is not an 8.2 day"
    );
    assert_eq!(march.headache_days_by_band.not_rated, 2);
}

// ICHD-3 8.2 thresholds, N−1 and N days

#[test]
fn overuse_simple_analgesics_14_days_is_approaching() {
    let m = march_overuse(&on_days(
        2026,
        3,
        1,
        14,
        MedicineClass::SimpleAnalgesic,
        "Paracetamol",
    ));
    let l = line(&m, OveruseSubject::Class(MedicineClass::SimpleAnalgesic));
    assert_eq!(
        (l.days, l.threshold, l.status),
        (14, 15, OveruseStatus::Approaching)
    );
    assert_eq!(m.lines.len(), 1, "one class: no several-classes line");
}

#[test]
fn overuse_simple_analgesics_15_days_is_over_this_month() {
    let m = march_overuse(&on_days(
        2026,
        3,
        1,
        15,
        MedicineClass::SimpleAnalgesic,
        "Paracetamol",
    ));
    let l = line(&m, OveruseSubject::Class(MedicineClass::SimpleAnalgesic));
    assert_eq!((l.days, l.status), (15, OveruseStatus::OverThisMonth));
}

#[test]
fn overuse_triptans_9_days_is_approaching_and_10_days_is_over() {
    let nine = march_overuse(&on_days(
        2026,
        3,
        1,
        9,
        MedicineClass::Triptan,
        "Sumatriptan",
    ));
    let l = line(&nine, OveruseSubject::Class(MedicineClass::Triptan));
    assert_eq!(
        (l.days, l.threshold, l.status),
        (9, 10, OveruseStatus::Approaching)
    );
    let ten = march_overuse(&on_days(
        2026,
        3,
        1,
        10,
        MedicineClass::Triptan,
        "Sumatriptan",
    ));
    let l = line(&ten, OveruseSubject::Class(MedicineClass::Triptan));
    assert_eq!((l.days, l.status), (10, OveruseStatus::OverThisMonth));
}

#[test]
fn overuse_several_classes_9_days_total_is_approaching_and_10_is_over_with_none_alone_over() {
    let mut doses = on_days(2026, 3, 1, 5, MedicineClass::Triptan, "Sumatriptan");
    doses.extend(on_days(
        2026,
        3,
        6,
        9,
        MedicineClass::SimpleAnalgesic,
        "Ibuprofen",
    ));
    let nine = march_overuse(&doses);
    let several = line(&nine, OveruseSubject::SeveralClasses);
    assert_eq!(
        (several.days, several.threshold, several.status),
        (9, 10, OveruseStatus::Approaching)
    );

    doses.push((
        day(2026, 3, 10),
        MedicineClass::SimpleAnalgesic,
        "Ibuprofen",
    ));
    let ten = march_overuse(&doses);
    let several = line(&ten, OveruseSubject::SeveralClasses);
    assert_eq!(
        (several.days, several.status),
        (10, OveruseStatus::OverThisMonth)
    );
    assert_eq!(
        line(&ten, OveruseSubject::Class(MedicineClass::Triptan)).status,
        OveruseStatus::Clear
    );
    assert_eq!(
        line(&ten, OveruseSubject::Class(MedicineClass::SimpleAnalgesic)).status,
        OveruseStatus::Clear
    );
}

#[test]
fn overuse_two_classes_on_the_same_day_count_one_day_together() {
    let mut doses = on_days(2026, 3, 1, 6, MedicineClass::Triptan, "Sumatriptan");
    doses.extend(on_days(
        2026,
        3,
        1,
        6,
        MedicineClass::SimpleAnalgesic,
        "Ibuprofen",
    ));
    let m = march_overuse(&doses);
    assert_eq!(line(&m, OveruseSubject::SeveralClasses).days, 6);
}

#[test]
fn overuse_margin_is_three_days_triptans_6_clear_7_approaching() {
    let six = march_overuse(&on_days(
        2026,
        3,
        1,
        6,
        MedicineClass::Triptan,
        "Sumatriptan",
    ));
    assert_eq!(six.status(), OveruseStatus::Clear);
    let seven = march_overuse(&on_days(
        2026,
        3,
        1,
        7,
        MedicineClass::Triptan,
        "Sumatriptan",
    ));
    assert_eq!(seven.status(), OveruseStatus::Approaching);
    assert_eq!(APPROACHING_MARGIN_DAYS, 3);
}

#[test]
fn overuse_over_in_three_of_three_months_is_the_clear_warning() {
    let mut doses = Vec::new();
    for m in 1..=3 {
        doses.extend(on_days(
            2026,
            m,
            1,
            10,
            MedicineClass::Triptan,
            "Sumatriptan",
        ));
    }
    let march = march_overuse(&doses);
    let l = line(&march, OveruseSubject::Class(MedicineClass::Triptan));
    assert_eq!(l.status, OveruseStatus::OverThreeMonths);
    assert!(
        l.plain_message().contains("each of the last 3 months"),
        "{}",
        l.plain_message()
    );
    assert!(
        march.plain_message().contains("Talk with a doctor"),
        "{}",
        march.plain_message()
    );
}

#[test]
fn overuse_over_in_two_of_three_months_is_only_over_this_month() {
    let mut doses = on_days(2026, 1, 1, 9, MedicineClass::Triptan, "Sumatriptan");
    doses.extend(on_days(
        2026,
        2,
        1,
        10,
        MedicineClass::Triptan,
        "Sumatriptan",
    ));
    doses.extend(on_days(
        2026,
        3,
        1,
        10,
        MedicineClass::Triptan,
        "Sumatriptan",
    ));
    let march = march_overuse(&doses);
    assert_eq!(march.status(), OveruseStatus::OverThisMonth);
}

#[test]
fn overuse_month_in_progress_already_at_threshold_is_over() {
    let d = diary(
        Vec::new(),
        medicine_notes(&on_days(
            2026,
            4,
            1,
            10,
            MedicineClass::Triptan,
            "Rizatriptan",
        )),
    );
    let months = recent_overuse(&d, day(2026, 4, 12));
    assert_eq!(months.len(), 4, "January to March plus April so far");
    let april = months.last().expect("april");
    assert!(april.month_in_progress);
    assert_eq!(april.status(), OveruseStatus::OverThisMonth);
    assert!(april.lines[0].plain_message().contains("so far this month"));
}

#[test]
fn overuse_codeine_combination_near_the_threshold_gets_the_do_not_stop_advice() {
    let m = march_overuse(&on_days(
        2026,
        3,
        1,
        8,
        MedicineClass::CombinationAnalgesic,
        "Co-codamol",
    ));
    assert!(m.opioid_involved);
    let advice = m.opioid_advice().expect("advice");
    assert!(advice.contains("Do not stop it suddenly"), "{advice}");
}

#[test]
fn overuse_opioid_class_gets_advice_but_ibuprofen_and_a_clear_month_do_not() {
    let opioid = march_overuse(&on_days(2026, 3, 1, 10, MedicineClass::Opioid, "Tramadol"));
    assert!(opioid.opioid_advice().is_some());
    let ibuprofen = march_overuse(&on_days(
        2026,
        3,
        1,
        15,
        MedicineClass::SimpleAnalgesic,
        "Ibuprofen",
    ));
    assert_eq!(ibuprofen.opioid_advice(), None);
    let calm = march_overuse(&on_days(
        2026,
        3,
        1,
        2,
        MedicineClass::CombinationAnalgesic,
        "Paracetamol and codeine",
    ));
    assert!(calm.opioid_involved);
    assert_eq!(calm.opioid_advice(), None, "no warning, no advice");
}

// Pattern read (ICHD-3 1.3, 2.3, 8.2) over the last 3 complete months

/// January–March 2026, each month: `migraine_days` migraine-like attacks (days 1..), then headache-day notes up
/// to `headache_days`; optional simple painkillers on every headache day.
fn chronic_diary(headache_days: u32, migraine_days: u32, painkillers: bool) -> Diary {
    let mut attacks = Vec::new();
    let mut doses = Vec::new();
    let mut notes = Vec::new();
    let mut id = 0;
    for m in 1..=3 {
        for d in 1..=migraine_days {
            id += 1;
            let mut attack = migraine(id, day(2026, m, d));
            if painkillers {
                attack.medicines.push(MedicineDose::new(
                    "Ibuprofen",
                    MedicineClass::SimpleAnalgesic,
                    at(2026, m, d, 10, 0),
                ));
            }
            attacks.push(attack);
        }
        for d in migraine_days + 1..=headache_days {
            if painkillers {
                doses.push((day(2026, m, d), MedicineClass::SimpleAnalgesic, "Ibuprofen"));
            } else {
                notes.push(DayNote::new(
                    day(2026, m, d),
                    DayKind::Headache { severity: None },
                ));
            }
        }
    }
    notes.extend(medicine_notes(&doses));
    diary(attacks, notes)
}

const APRIL_10: (i32, u32, u32) = (2026, 4, 10);

fn read(d: &Diary) -> PatternRead {
    read_pattern(d, day(APRIL_10.0, APRIL_10.1, APRIL_10.2), None)
}

#[test]
fn pattern_15_headache_days_and_8_migraine_like_for_3_months_fits_chronic_migraine() {
    let r = read(&chronic_diary(15, 8, false));
    assert!(r.has(Pattern::ChronicMigraine), "{r:?}");
    assert!(
        !r.has(Pattern::ChronicTensionType),
        "chronic migraine excludes it"
    );
    let finding = &r.findings()[0];
    assert_eq!(
        (finding.code(), finding.ichd_name()),
        ("1.3", "Chronic migraine")
    );
    assert!(
        finding.plain.contains("(15, 15 and 15)") && finding.plain.contains("talk to your doctor"),
        "{}",
        finding.plain
    );
    match &r {
        PatternRead::Read { months, .. } => {
            assert_eq!(months.len(), 3);
            assert_eq!(months[0].month, day(2026, 1, 1));
            assert_eq!(
                (months[2].headache_days, months[2].migraine_like_days),
                (15, 8)
            );
        }
        other => panic!("expected a read, got {other:?}"),
    }
}

#[test]
fn pattern_14_headache_days_fits_no_chronic_pattern() {
    let r = read(&chronic_diary(14, 8, false));
    assert!(r.findings().is_empty(), "{r:?}");
    assert!(r.plain_messages()[0].contains("does not fit a chronic pattern"));
}

#[test]
fn pattern_15_headache_days_but_7_migraine_like_fits_chronic_tension_type_frequency_not_migraine() {
    let r = read(&chronic_diary(15, 7, false));
    assert!(!r.has(Pattern::ChronicMigraine));
    assert!(r.has(Pattern::ChronicTensionType));
    assert!(r.findings()[0].plain.contains("ICHD-3 2.3"));
}

#[test]
fn pattern_painkillers_on_15_headache_days_for_3_months_fits_overuse_together_with_chronic_migraine(
) {
    let r = read(&chronic_diary(15, 8, true));
    let codes: Vec<&str> = r.findings().iter().map(DiaryFinding::code).collect();
    assert_eq!(codes, ["8.2", "1.3"]);
    assert!(
        r.findings()[0].plain.contains("simple painkiller"),
        "{}",
        r.findings()[0].plain
    );
}

#[test]
fn pattern_diary_started_mid_february_needs_two_more_months() {
    let d = diary(vec![migraine(1, day(2026, 2, 15))], Vec::new());
    let r = read(&d);
    assert_eq!(
        r,
        PatternRead::KeepLogging {
            complete_months: 1,
            needed: 3
        }
    );
    assert!(
        r.plain_messages()[0].contains("2 more months"),
        "{:?}",
        r.plain_messages()
    );
}

#[test]
fn pattern_with_a_warning_sign_in_the_latest_self_check_names_no_pattern() {
    let mut answers = Answers::without_warning_signs();
    answers.warning.thunderclap = Some(Reply::Yes);
    let urgent = evaluate(&answers);
    let r = read_pattern(
        &chronic_diary(15, 8, false),
        day(2026, 4, 10),
        Some(&urgent),
    );
    assert_eq!(r, PatternRead::WarningSignFirst);
    assert!(r.findings().is_empty());
    assert!(WARNING_SIGNS_NOTE.contains("self-check"));
}
