//! Native tests of the calendar arithmetic in `domain::dates`.

mod common;

use chrono::Datelike;
use common::*;
use headache_diary::domain::dates::*;

#[test]
fn cycle_day_first_day_of_bleeding_is_day_one() {
    assert_eq!(cycle_day(day(2026, 3, 10), day(2026, 3, 10)), 1);
}

#[test]
fn cycle_day_two_days_after_start_is_day_three() {
    assert_eq!(cycle_day(day(2026, 3, 10), day(2026, 3, 12)), 3);
}

#[test]
fn cycle_day_day_before_start_is_minus_one_with_no_day_zero() {
    let start = day(2026, 3, 10);
    assert_eq!(cycle_day(start, day(2026, 3, 9)), -1);
    assert_eq!(cycle_day(start, day(2026, 3, 8)), -2);
    let all: Vec<i64> = (0..10)
        .map(|i| cycle_day(start, day(2026, 3, 5 + i)))
        .collect();
    assert!(!all.contains(&0), "no day 0 in {all:?}");
}

#[test]
fn cycle_day_across_a_month_end_counts_on() {
    assert_eq!(cycle_day(day(2026, 1, 30), day(2026, 2, 2)), 4);
    assert_eq!(cycle_day(day(2026, 3, 1), day(2026, 2, 27)), -2);
}

#[test]
fn perimenstrual_window_is_minus_two_to_plus_three() {
    let inside: Vec<i64> = (-10..=10).filter(|&d| is_perimenstrual_day(d)).collect();
    assert_eq!(inside, vec![-2, -1, 1, 2, 3]);
}

#[test]
fn minutes_between_across_midnight_is_one_span() {
    assert_eq!(
        minutes_between(at(2026, 5, 1, 22, 30), at(2026, 5, 2, 1, 15)),
        Some(165)
    );
}

#[test]
fn minutes_between_end_before_start_is_rejected() {
    assert_eq!(
        minutes_between(at(2026, 5, 2, 1, 0), at(2026, 5, 1, 23, 0)),
        None
    );
}

#[test]
fn format_duration_reads_like_a_person_would_say_it() {
    assert_eq!(format_duration(45), "45 min");
    assert_eq!(format_duration(180), "3 h");
    assert_eq!(format_duration(200), "3 h 20 min");
    assert_eq!(format_duration(1440), "1 d");
    assert_eq!(format_duration(1440 * 2 + 300), "2 d 5 h");
    assert_eq!(format_duration(-5), "0 min");
}

#[test]
fn days_in_month_knows_leap_years() {
    assert_eq!(days_in_month(day(2028, 2, 14)), 29);
    assert_eq!(days_in_month(day(2026, 2, 14)), 28);
    assert_eq!(days_in_month(day(2026, 12, 31)), 31);
    assert_eq!(days_in_month(day(2026, 4, 1)), 30);
}

#[test]
fn days_inclusive_counts_both_ends() {
    assert_eq!(days_inclusive(day(2026, 1, 1), day(2026, 1, 1)), 1);
    assert_eq!(days_inclusive(day(2026, 1, 1), day(2026, 2, 25)), 56);
    assert_eq!(days_inclusive(day(2026, 2, 1), day(2026, 1, 1)), 0);
}

#[test]
fn short_date_reads_as_chronos_short_format_on_every_day_of_a_leap_year_and_at_the_ends_of_time() {
    let mut date = day(2024, 1, 1);
    while date.year() == 2024 {
        assert_eq!(short_date(date), date.format("%-d %b %Y").to_string());
        date = date.succ_opt().expect("a next day");
    }
    for (year, month, date_of_month) in [
        (1900, 1, 1),
        (2026, 11, 21),
        (9999, 12, 31),
        (999, 6, 1),
        (0, 1, 1),
        (-1, 1, 1),
        (10000, 1, 1),
    ] {
        let far = day(year, month, date_of_month);
        assert_eq!(short_date(far), far.format("%-d %b %Y").to_string());
    }
    assert_eq!(short_date(day(2026, 3, 5)), "5 Mar 2026");
}
