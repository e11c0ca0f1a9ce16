//! Possible triggers: how often each was noted before the attacks of a span ("noted before 6 of 9 attacks"),
//! never worded as a cause; and why the diary does not compare days with and without a factor.

use super::index::{attacks_starting_in, count_u32, DayIndex};
use super::period::DateRange;
use crate::domain::diary::{Diary, Trigger};
use crate::domain::letter_case::fold_case;
use crate::domain::sentence::capitalised;
use crate::domain::sorted_map::SortedMap;
use crate::domain::stable_sort::sort_by_key;

/// A day-level comparison needs at least this many logged days in the span (issue 5).
pub const COMPARISON_MIN_LOGGED_DAYS: u32 = 90;

/// A trigger as the person noted it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TriggerName {
    /// From the clinic's list.
    Listed(Trigger),
    /// In the person's own words (matched ignoring case and outer spaces; shown as first written).
    Own(String),
}

impl TriggerName {
    /// The words to show.
    pub fn label(&self) -> &str {
        match self {
            TriggerName::Listed(trigger) => trigger.label(),
            TriggerName::Own(words) => words,
        }
    }
}

/// How often one trigger was noted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TriggerCount {
    /// Which trigger.
    pub trigger: TriggerName,
    /// Attacks it was noted with.
    pub noted_before: u32,
    /// All attacks that started in the span.
    pub of_attacks: u32,
}

impl TriggerCount {
    /// "Stress: noted before 6 of 9 attacks." — a count, not a cause.
    pub fn plain_sentence(&self) -> String {
        let attacks = if self.of_attacks == 1 {
            "attack"
        } else {
            "attacks"
        };
        let label = capitalised(self.trigger.label());
        format!(
            "{label}: noted before {} of {} {attacks}.",
            self.noted_before, self.of_attacks
        )
    }
}

/// Whether days with and without a factor can be compared.
///
/// Chosen and documented: the diary records triggers **per attack**, never per day, so a factor is only ever
/// noted on days that already have an attack. Any "attack rate on days (or weeks) with the factor" would be
/// 100 % by construction and would suggest a link that the data cannot show. So the diary does not compute one;
/// it says what is needed instead (day-level logging of the factor on headache-free days too).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriggerComparison {
    /// Fewer than [`COMPARISON_MIN_LOGGED_DAYS`] logged days in the span.
    NotEnoughDays {
        /// Logged days in the span.
        logged_days: u32,
        /// How many are needed.
        needed: u32,
    },
    /// Enough days, but factors are only noted with attacks, so there is nothing to compare with.
    NeedsDayLevelLogging {
        /// Logged days in the span.
        logged_days: u32,
    },
}

impl TriggerComparison {
    /// The plain sentence to show under the counts.
    pub fn plain_message(&self) -> String {
        match self {
            TriggerComparison::NotEnoughDays {
                logged_days,
                needed,
            } => format!(
                "These are counts of what you noted, not causes. Comparing days with and without a factor \
                 would need at least {needed} logged days; this period has {logged_days}."
            ),
            TriggerComparison::NeedsDayLevelLogging { .. } => "These are counts of what you noted, not \
                 causes. The diary notes possible triggers with each attack, not on headache-free days, so it \
                 cannot compare days with and without a factor: a factor noted only with attacks would always \
                 look linked to them."
                .to_string(),
        }
    }
}

/// The trigger counts of a span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TriggerReport {
    /// Attacks that started in the span (the "of M").
    pub attacks: u32,
    /// One per trigger noted at least once, most often noted first (ties: the clinic's list, then own words).
    pub counts: Vec<TriggerCount>,
    /// Whether a day-level comparison can be made.
    pub comparison: TriggerComparison,
}

pub(crate) fn triggers_from_index(
    index: &DayIndex,
    diary: &Diary,
    range: DateRange,
) -> TriggerReport {
    let attacks = attacks_starting_in(diary, range);
    let total = count_u32(attacks.len());
    let mut listed: SortedMap<Trigger, u32> = SortedMap::new();
    // Keyed by the lower-cased, trimmed words; the value keeps the first spelling and the count.
    let mut own: SortedMap<String, (String, u32)> = SortedMap::new();
    for attack in attacks {
        for trigger in &attack.triggers {
            *listed.entry_or_default(*trigger) += 1;
        }
        let mut seen = Vec::new();
        for words in &attack.own_triggers {
            let key = fold_case(words.trim());
            if key.is_empty() || seen.contains(&key) {
                continue;
            }
            let spelling = diary
                .own_triggers()
                .iter()
                .find(|name| fold_case(name.trim()) == key)
                .map_or_else(|| words.trim().to_string(), |name| name.trim().to_string());
            own.entry_or_insert_with(key.clone(), || (spelling, 0)).1 += 1;
            seen.push(key);
        }
    }
    let mut counts: Vec<TriggerCount> = listed
        .into_iter()
        .map(|(trigger, n)| (TriggerName::Listed(trigger), n))
        .chain(
            own.into_values()
                .map(|(words, n)| (TriggerName::Own(words), n)),
        )
        .map(|(trigger, noted_before)| TriggerCount {
            trigger,
            noted_before,
            of_attacks: total,
        })
        .collect();
    // Stable sort keeps the list order for ties.
    sort_by_key(&mut counts, |count| std::cmp::Reverse(count.noted_before));
    let logged_days = index.count(range, |day| day.headache.is_logged());
    let comparison = if logged_days < COMPARISON_MIN_LOGGED_DAYS {
        TriggerComparison::NotEnoughDays {
            logged_days,
            needed: COMPARISON_MIN_LOGGED_DAYS,
        }
    } else {
        TriggerComparison::NeedsDayLevelLogging { logged_days }
    };
    TriggerReport {
        attacks: total,
        counts,
        comparison,
    }
}

/// The trigger counts for the attacks that started in `range`.
pub fn trigger_report(diary: &Diary, range: DateRange) -> TriggerReport {
    triggers_from_index(&DayIndex::build(diary, range), diary, range)
}
