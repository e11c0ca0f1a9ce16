//! How "Your data" words amounts of diary entries: "12 headaches, 1 day entry and no periods".

use chrono::NaiveDate;

use crate::domain::dates;

/// `n` with the right form of the noun: "1 headache", "3 headaches", "no periods".
pub fn counted(n: usize, one: &str, many: &str) -> String {
    match n {
        0 => format!("no {many}"),
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

/// "12 headaches, 20 day entries and 2 periods".
pub fn entries_words(attacks: usize, day_notes: usize, periods: usize) -> String {
    format!(
        "{}, {} and {}",
        counted(attacks, "headache", "headaches"),
        counted(day_notes, "day entry", "day entries"),
        counted(periods, "period", "periods")
    )
}

/// "3 Mar 2026 to 21 May 2026" (or one day).
pub fn range_words(first: NaiveDate, last: NaiveDate) -> String {
    let day = dates::short_date;
    if first == last {
        day(first)
    } else {
        format!("{} to {}", day(first), day(last))
    }
}
