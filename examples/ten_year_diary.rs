//! Benchmark helper (run by `make bench`, not a test): generates a ten-year diary, prints how
//! long the pure operations take on it natively, and writes its stored form to the path given
//! (default `target/bench/ten-year-diary.json`) for the browser load benchmark.

use std::time::Instant;

use chrono::NaiveDate;
use headache_diary::domain::diary::{generate_sample_diary, Diary, HistoryFilter};
use headache_diary::domain::insights::{InsightPeriod, Insights};
use headache_diary::storage::{decode, encode};

fn time<T>(label: &str, runs: u32, mut work: impl FnMut() -> T) -> T {
    let mut result = work();
    let started = Instant::now();
    for _ in 0..runs {
        result = work();
    }
    let per_run = started.elapsed().as_secs_f64() * 1000.0 / f64::from(runs);
    println!("  {label:<42} {per_run:>8.3} ms");
    result
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/bench/ten-year-diary.json".into());
    let start = NaiveDate::from_ymd_opt(2016, 11, 21).ok_or("bad date")?;
    let today = NaiveDate::from_ymd_opt(2026, 11, 20).ok_or("bad date")?;
    let days = u32::try_from((today - start).num_days() + 1)?;

    println!("Ten-year diary ({days} days), native release build, mean of repeated runs:");
    let diary = time("generate", 3, || generate_sample_diary(42, start, days));
    let text = time("encode to stored JSON", 10, || {
        encode(&diary).unwrap_or_default()
    });
    let decoded: Diary = time("decode stored JSON (load)", 10, || {
        decode::<Diary>(&text).unwrap_or_default()
    });
    assert_eq!(decoded, diary, "round trip");
    time("month calendar", 100, || diary.month_calendar(today, today));
    time("history, all (month groups)", 100, || {
        diary.history(HistoryFilter::default()).len()
    });
    time("headache days, whole ten years", 10, || {
        diary.headache_days_in(start..=today)
    });
    time("progress", 10, || diary.progress(today));
    time("insights, last 12 weeks (everything)", 20, || {
        Insights::compute(&diary, InsightPeriod::LastWeeks(12), today, None).is_some()
    });
    time("insights, whole ten years (everything)", 5, || {
        Insights::compute(
            &diary,
            InsightPeriod::Custom {
                first: start,
                last: today,
            },
            today,
            None,
        )
        .is_some()
    });

    println!(
        "  entries: {} attacks, {} day notes, {} periods ({} in all)",
        diary.attacks().len(),
        diary.day_notes().len(),
        diary.periods().len(),
        diary.entry_count()
    );
    println!(
        "  stored: {} bytes ({} bytes per entry)",
        text.len(),
        text.len() / diary.entry_count().max(1)
    );
    if let Some(parent) = std::path::Path::new(&out).parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(&out, &text)?;
    println!("  written to {out}");
    Ok(())
}
