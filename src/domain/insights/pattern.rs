//! The pattern read from the diary over its last 3 complete months: the frequency criteria of ICHD-3 1.3
//! (chronic migraine), 2.3 (chronic tension-type headache) and 8.2 (medication overuse) checked on logged days,
//! with the self-check's own constants and pattern names, and never a label next to a warning sign.

use chrono::{Datelike, NaiveDate};

use super::index::{attacks_starting_in, count_u32, DayIndex};
use super::overuse::{month_overuse, OveruseLine, OveruseStatus, OVERUSE_MONTHS_IN_A_ROW};
use super::period::{months_before, DateRange};
use crate::domain::diary::Diary;
use crate::domain::screening::{
    Advice, Assessment, Pattern, CHRONIC_MIGRAINE_MIN_MIGRAINE_DAYS, CHRONIC_MIN_DAYS,
    CHRONIC_TENSION_MIN_DAYS, MIGRAINE_MIN_ATTACKS, OVERUSE_MIN_HEADACHE_DAYS,
};
use crate::domain::stable_sort::sort_by_key;

/// How many complete calendar months the read needs (ICHD-3 1.3, 2.3, 8.2: "> 3 months"; a diary that has
/// covered 3 whole months is the usual basis a doctor reads, see the report's doubts).
pub const PATTERN_MONTHS: u32 = 3;

/// The diary does not ask the warning-sign questions; show this with every read.
pub const WARNING_SIGNS_NOTE: &str = "The diary does not ask about warning signs, such as a sudden worst-ever \
headache, fever with a stiff neck, or new weakness or speech trouble. The self-check asks about them: take it if \
anything about your headaches has changed.";

/// What a read from the diary is and is not; show it with every finding.
pub const DIARY_NOT_A_DIAGNOSIS: &str =
    "This is a pattern in your diary to talk about with a doctor, not a \
diagnosis.";

/// The figures of one complete month behind a read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthFigures {
    /// The first day of the month.
    pub month: NaiveDate,
    /// Headache days (ICHD-3 1.3 A, 2.3 A, 8.2 A).
    pub headache_days: u32,
    /// Migraine-like days (ICHD-3 1.3 C).
    pub migraine_like_days: u32,
    /// Days with anything logged.
    pub logged_days: u32,
    /// The medicine lines at or over their ICHD-3 8.2 threshold this month.
    pub medicine_over: Vec<OveruseLine>,
}

/// One pattern the diary's figures fit, with the figures behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiaryFinding {
    /// The ICHD-3 pattern (the self-check's vocabulary: `code()`, `ichd_name()`, `plain_name()`).
    pub pattern: Pattern,
    /// The plain sentence to show.
    pub plain: String,
}

impl DiaryFinding {
    /// The ICHD-3 code, e.g. "1.3".
    pub fn code(&self) -> &'static str {
        self.pattern.code()
    }

    /// The official ICHD-3 name.
    pub fn ichd_name(&self) -> &'static str {
        self.pattern.ichd_name()
    }

    /// Our plain name.
    pub fn plain_name(&self) -> &'static str {
        self.pattern.plain_name()
    }
}

/// What the diary's last complete months say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternRead {
    /// Fewer than [`PATTERN_MONTHS`] complete months logged yet.
    KeepLogging {
        /// Complete calendar months the diary covers so far.
        complete_months: u32,
        /// How many are needed.
        needed: u32,
    },
    /// The latest self-check found an emergency or same-day warning sign: no pattern is named beside it.
    WarningSignFirst,
    /// The read: the figures of the last [`PATTERN_MONTHS`] complete months and the patterns they fit (maybe none).
    Read {
        /// Oldest first.
        months: Vec<MonthFigures>,
        /// In the self-check's order (8.2 first, then 1.3 or 2.3).
        findings: Vec<DiaryFinding>,
    },
}

impl PatternRead {
    /// The findings (empty unless [`PatternRead::Read`]).
    pub fn findings(&self) -> &[DiaryFinding] {
        match self {
            PatternRead::Read { findings, .. } => findings,
            _ => &[],
        }
    }

    /// Whether a pattern was found.
    pub fn has(&self, pattern: Pattern) -> bool {
        self.findings()
            .iter()
            .any(|finding| finding.pattern == pattern)
    }

    /// The plain sentences to show, in order (then [`WARNING_SIGNS_NOTE`] and [`DIARY_NOT_A_DIAGNOSIS`]).
    pub fn plain_messages(&self) -> Vec<String> {
        match self {
            PatternRead::KeepLogging {
                complete_months,
                needed,
            } => {
                let more = needed.saturating_sub(*complete_months);
                let have = match complete_months {
                    1 => "1 complete month".to_string(),
                    n => format!("{n} complete months"),
                };
                let more = match more {
                    1 => "1 more month".to_string(),
                    n => format!("{n} more months"),
                };
                vec![format!(
                    "Your diary has {have} so far. Keep logging for {more}: a longer-term pattern needs {needed} \
                     whole months."
                )]
            }
            PatternRead::WarningSignFirst => vec![
                "Your latest self-check found a warning sign, so no headache pattern is named here. Please follow \
                 the self-check's advice first."
                    .to_string(),
            ],
            PatternRead::Read { months, findings } if findings.is_empty() => vec![format!(
                "Over the last 3 complete months the diary shows headache on {} days a month, which does not fit \
                 a chronic pattern or medicine overuse.",
                list(months.iter().map(|m| m.headache_days))
            )],
            PatternRead::Read { findings, .. } => {
                findings.iter().map(|finding| finding.plain.clone()).collect()
            }
        }
    }
}

fn list(numbers: impl Iterator<Item = u32>) -> String {
    let numbers: Vec<String> = numbers.map(|n| n.to_string()).collect();
    match numbers.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {}", rest.join(", "), last),
    }
}

/// The first day of the diary: its earliest attack or day note.
fn diary_start(diary: &Diary) -> Option<NaiveDate> {
    let attack = diary.attacks().first().map(|attack| attack.first_day());
    let note = diary.day_notes().first().map(|note| note.date);
    match (attack, note) {
        (Some(a), Some(n)) => Some(a.min(n)),
        (a, n) => a.or(n),
    }
}

/// Complete calendar months from the diary's first whole month to the month before `today`'s.
fn complete_months(diary: &Diary, today: NaiveDate) -> u32 {
    let Some(start) = diary_start(diary) else {
        return 0;
    };
    let first_whole = if start.day() == 1 {
        start
    } else {
        months_before(start, 0)
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(start)
    };
    let this_month = months_before(today, 0);
    let months = (this_month.year() - first_whole.year()) * 12 + this_month.month0() as i32
        - first_whole.month0() as i32;
    u32::try_from(months.max(0)).unwrap_or(0)
}

/// The span the day index must cover for [`read_pattern`].
pub(crate) fn index_span(today: NaiveDate) -> Option<DateRange> {
    let first = months_before(today, PATTERN_MONTHS + OVERUSE_MONTHS_IN_A_ROW - 1);
    let last = months_before(today, 0).pred_opt()?;
    DateRange::new(first, last)
}

pub(crate) fn read_from_index(
    index: &DayIndex,
    diary: &Diary,
    today: NaiveDate,
    self_check: Option<&Assessment>,
) -> PatternRead {
    if self_check.is_some_and(|assessment| assessment.triage().is_urgent()) {
        return PatternRead::WarningSignFirst;
    }
    let complete = complete_months(diary, today);
    if complete < PATTERN_MONTHS {
        return PatternRead::KeepLogging {
            complete_months: complete,
            needed: PATTERN_MONTHS,
        };
    }
    let months: Vec<MonthFigures> = (1..=PATTERN_MONTHS)
        .rev()
        .map(|back| {
            let month = DateRange::month_of(months_before(today, back));
            let overuse = month_overuse(index, diary, month.first(), today);
            MonthFigures {
                month: month.first(),
                headache_days: index.count(month, |d| d.is_headache_day()),
                migraine_like_days: index.count(month, |d| d.migraine_like),
                logged_days: index.count(month, |d| d.headache.is_logged()),
                medicine_over: overuse
                    .lines
                    .into_iter()
                    .filter(|line| line.status.is_over())
                    .collect(),
            }
        })
        .collect();
    let findings = findings(diary, &months);
    PatternRead::Read { months, findings }
}

fn findings(diary: &Diary, months: &[MonthFigures]) -> Vec<DiaryFinding> {
    let mut found = Vec::new();
    let headache = list(months.iter().map(|m| m.headache_days));
    let migraine = list(months.iter().map(|m| m.migraine_like_days));
    let every = |test: &dyn Fn(&MonthFigures) -> bool| months.iter().all(test);

    // ICHD-3 8.2: A ≥ 15 headache days a month; B a threshold passed in each of the 3 months (the last month's
    // line is then OverThreeMonths, which looks back at the 2 before it).
    let overused: Vec<&OveruseLine> = months
        .last()
        .map(|m| {
            m.medicine_over
                .iter()
                .filter(|line| line.status == OveruseStatus::OverThreeMonths)
                .collect()
        })
        .unwrap_or_default();
    if every(&|m| m.headache_days >= OVERUSE_MIN_HEADACHE_DAYS) && !overused.is_empty() {
        let what: Vec<String> = overused
            .iter()
            .map(|line| {
                format!(
                    "{} on {} or more days",
                    line.subject.label(),
                    line.threshold
                )
            })
            .collect();
        found.push(DiaryFinding {
            pattern: Pattern::MedicationOveruse,
            plain: format!(
                "Headache on 15 or more days in each of the last 3 months ({headache}), with {} in each of them. \
                 This fits medication-overuse headache (ICHD-3 8.2), which can come together with another \
                 headache pattern. {}",
                what.join(" and "),
                Advice::TalkAboutMedicineDays.plain_text()
            ),
        });
    }

    // ICHD-3 1.3: A ≥ 15 headache days and C ≥ 8 migraine-like days in each month; B a history of ≥ 5 migraine
    // attacks, read as ≥ 5 migraine-like attacks logged up to the end of the 3 months.
    let last_day = months.last().map(|m| DateRange::month_of(m.month).last());
    let migraine_attacks = last_day
        .and_then(|last| {
            diary
                .attacks()
                .first()
                .and_then(|a| DateRange::new(a.first_day(), last))
        })
        .map_or(0, |range| {
            count_u32(
                attacks_starting_in(diary, range)
                    .iter()
                    .filter(|a| a.is_migraine_like())
                    .count(),
            )
        });
    let chronic_days = every(&|m| m.headache_days >= CHRONIC_MIN_DAYS);
    let migraine_days = every(&|m| m.migraine_like_days >= CHRONIC_MIGRAINE_MIN_MIGRAINE_DAYS);
    if chronic_days && migraine_days && migraine_attacks >= MIGRAINE_MIN_ATTACKS {
        found.push(DiaryFinding {
            pattern: Pattern::ChronicMigraine,
            plain: format!(
                "Headache on 15 or more days in each of the last 3 months ({headache}), migraine-like on 8 or \
                 more of them ({migraine}). This fits chronic migraine (ICHD-3 1.3): talk to your doctor, as \
                 preventive treatment can help."
            ),
        });
    } else if every(&|m| m.headache_days >= CHRONIC_TENSION_MIN_DAYS) {
        // ICHD-3 2.3 A; chronic migraine excludes it. Its pain features (B–D) are for the doctor to check.
        found.push(DiaryFinding {
            pattern: Pattern::ChronicTensionType,
            plain: format!(
                "Headache on 15 or more days in each of the last 3 months ({headache}), but migraine-like on \
                 fewer than 8 days in some of them ({migraine}). This frequency fits chronic tension-type \
                 headache (ICHD-3 2.3); the diary cannot check all of its features, so talk to your doctor."
            ),
        });
    }
    sort_by_key(&mut found, |finding| finding.pattern);
    found
}

/// Reads the diary's last [`PATTERN_MONTHS`] complete calendar months (before `today`'s month) against the
/// frequency criteria of ICHD-3 8.2, 1.3 and 2.3. With fewer complete months (counted from the diary's first whole
/// month) it says how many more are needed. When `self_check` (the latest kept self-check) found an emergency or
/// same-day warning sign, no pattern is named at all.
pub fn read_pattern(
    diary: &Diary,
    today: NaiveDate,
    self_check: Option<&Assessment>,
) -> PatternRead {
    match index_span(today) {
        Some(span) => read_from_index(&DayIndex::build(diary, span), diary, today, self_check),
        None => PatternRead::KeepLogging {
            complete_months: 0,
            needed: PATTERN_MONTHS,
        },
    }
}
