//! The attack history: newest first, grouped by calendar month of the start, with the two filters the history
//! screen offers.

use chrono::NaiveDate;

use super::{Attack, Diary};
use crate::domain::date_text::date_text;
use crate::domain::dates;

/// Which attacks the history shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HistoryFilter {
    /// Only attacks whose logged features look like migraine ([`Attack::is_migraine_like`]).
    pub migraine_like_only: bool,
    /// Only attacks with medicine logged.
    pub with_medicine_only: bool,
}

impl HistoryFilter {
    /// Whether `attack` passes.
    pub fn allows(&self, attack: &Attack) -> bool {
        (!self.migraine_like_only || attack.is_migraine_like())
            && (!self.with_medicine_only || attack.has_medicine())
    }
}

/// The attacks that started in one calendar month, newest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthGroup<'a> {
    /// The first day of the month.
    pub month: NaiveDate,
    /// Its attacks, newest first.
    pub attacks: Vec<&'a Attack>,
}

impl MonthGroup<'_> {
    /// The heading, e.g. "March 2026".
    pub fn title(&self) -> String {
        date_text(self.month, "%B %Y")
    }
}

impl Diary {
    /// The attacks passing `filter`, newest first, grouped by the month they started in. Months with no
    /// matching attack are left out.
    pub fn history(&self, filter: HistoryFilter) -> Vec<MonthGroup<'_>> {
        let mut groups: Vec<MonthGroup<'_>> = Vec::new();
        for attack in self.attacks().iter().rev().filter(|a| filter.allows(a)) {
            let month = dates::first_of_month(attack.start.date());
            match groups.last_mut() {
                Some(group) if group.month == month => group.attacks.push(attack),
                _ => groups.push(MonthGroup {
                    month,
                    attacks: vec![attack],
                }),
            }
        }
        groups
    }
}
