//! The day index: every day's [`DayStatus`] for a span, built once per computation with
//! [`Diary::day_statuses`] (one pass over the entries), so no statistic rescans the attacks day by day.

use chrono::NaiveDate;

use super::period::DateRange;
use crate::domain::diary::{Attack, DayStatus, Diary};

/// The statuses of every day in `span`, oldest first.
pub(crate) struct DayIndex {
    span: DateRange,
    days: Vec<DayStatus>,
}

impl DayIndex {
    pub(crate) fn build(diary: &Diary, span: DateRange) -> DayIndex {
        DayIndex {
            span,
            days: diary.day_statuses(span.first(), span.last()),
        }
    }

    /// The statuses of the days of `range` that the index covers.
    pub(crate) fn days(&self, range: DateRange) -> &[DayStatus] {
        let Some(shared) = self.span.intersect(range) else {
            return &[];
        };
        let offset =
            |date: NaiveDate| usize::try_from((date - self.span.first()).num_days()).unwrap_or(0);
        self.days
            .get(offset(shared.first())..=offset(shared.last()))
            .unwrap_or(&[])
    }

    /// How many days of `range` pass `keep`.
    pub(crate) fn count(&self, range: DateRange, keep: impl Fn(&DayStatus) -> bool) -> u32 {
        count_u32(self.days(range).iter().filter(|day| keep(day)).count())
    }
}

/// The attacks that started in `range`, oldest first (attacks are kept sorted by start).
pub(crate) fn attacks_starting_in(diary: &Diary, range: DateRange) -> &[Attack] {
    let attacks = diary.attacks();
    let from = attacks.partition_point(|attack| attack.first_day() < range.first());
    let to = attacks.partition_point(|attack| attack.first_day() <= range.last());
    attacks.get(from..to.max(from)).unwrap_or(&[])
}

pub(crate) fn count_u32(count: usize) -> u32 {
    u32::try_from(count).unwrap_or(u32::MAX)
}

/// "1 day", "3 days".
pub(crate) fn days_word(count: u32) -> String {
    if count == 1 {
        "1 day".to_string()
    } else {
        format!("{count} days")
    }
}
