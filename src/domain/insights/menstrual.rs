//! The menstrual pattern (ICHD-3 appendix A1.1) over the latest 3 complete logged cycles: in how many an attack
//! started from day −2 to day +3 of the period (day 1 the first day of bleeding, no day 0), and whether any
//! started at other times.

use chrono::{Duration, NaiveDate};

use super::index::{attacks_starting_in, count_u32};
use super::period::DateRange;
use crate::domain::dates;
use crate::domain::diary::{Diary, CYCLE_DAY_MAX_DISTANCE};

/// ICHD-3 A1.1: a prospective diary over at least 3 consecutive cycles.
pub const CYCLES_NEEDED: u32 = 3;
/// ICHD-3 A1.1.1 B / A1.1.2 B: attacks in the window in at least 2 of the 3 cycles.
pub const CYCLES_WITH_ATTACK_NEEDED: u32 = 2;

/// One complete cycle: from one logged period start to the day before the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CycleResult {
    /// Day 1 of this cycle's period.
    pub period_start: NaiveDate,
    /// Day 1 of the next period (the cycle ends the day before).
    pub next_period_start: NaiveDate,
    /// Attacks that started on days −2 to +3 of this cycle's period.
    pub attacks_in_window: u32,
}

impl CycleResult {
    /// Whether an attack started in the window.
    pub fn has_attack_in_window(&self) -> bool {
        self.attacks_in_window > 0
    }
}

/// What the latest cycles show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenstrualVerdict {
    /// Fewer than 3 consecutive complete cycles logged.
    KeepLogging {
        /// Consecutive complete cycles logged (the latest run).
        cycles_logged: u32,
        /// How many are needed.
        needed: u32,
    },
    /// ICHD-3 A1.1.1: attacks in the window in ≥ 2 of 3 cycles, none at other times.
    PureMenstrual,
    /// ICHD-3 A1.1.2: attacks in the window in ≥ 2 of 3 cycles, and also at other times.
    MenstruallyRelated,
    /// Attacks in the window in fewer than 2 of 3 cycles.
    NoMenstrualPattern,
}

/// The menstrual read with the cycles behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenstrualRead {
    /// The verdict.
    pub verdict: MenstrualVerdict,
    /// The cycles read (the latest 3, oldest first), empty while logging.
    pub cycles: Vec<CycleResult>,
    /// Attacks that started in those cycles outside every window.
    pub attacks_outside: u32,
    /// Period starts marked up to the read's last day.
    pub period_starts: u32,
}

/// Shown with every menstrual read.
pub const MENSTRUAL_NOT_A_DIAGNOSIS: &str =
    "This is a pattern to discuss with your doctor, not a diagnosis.";

impl MenstrualRead {
    /// The plain sentence to show (then [`MENSTRUAL_NOT_A_DIAGNOSIS`]).
    pub fn plain_message(&self) -> String {
        let with = count_u32(
            self.cycles
                .iter()
                .filter(|c| c.has_attack_in_window())
                .count(),
        );
        let outside = match self.attacks_outside {
            1 => "1 attack".to_string(),
            n => format!("{n} attacks"),
        };
        match self.verdict {
            MenstrualVerdict::KeepLogging { .. } if self.period_starts == 0 => format!(
                "No periods are marked yet. To see whether your headaches follow your periods, mark the first day \
                 of each one: the diary needs {CYCLES_NEEDED} complete cycles in a row ({} period starts).",
                CYCLES_NEEDED + 1
            ),
            MenstrualVerdict::KeepLogging {
                cycles_logged,
                needed,
            } => {
                let more = needed.saturating_sub(cycles_logged);
                let cycles = if cycles_logged == 1 { "cycle" } else { "cycles" };
                let periods = if more == 1 {
                    "period".to_string()
                } else {
                    format!("{more} periods")
                };
                format!(
                    "{cycles_logged} complete {cycles} so far, of the {needed} in a row needed. Mark the first day \
                     of your next {periods}; then the diary can show whether your headaches follow your periods."
                )
            }
            MenstrualVerdict::PureMenstrual => format!(
                "In {with} of the last 3 cycles an attack started between 2 days before and 3 days after your \
                 period began, and none at other times. This fits pure menstrual migraine (ICHD-3 A1.1.1)."
            ),
            MenstrualVerdict::MenstruallyRelated => format!(
                "In {with} of the last 3 cycles an attack started between 2 days before and 3 days after your \
                 period began, and {outside} started at other times. This fits menstrually related migraine \
                 (ICHD-3 A1.1.2)."
            ),
            MenstrualVerdict::NoMenstrualPattern => format!(
                "An attack started between 2 days before and 3 days after your period began in {with} of the \
                 last 3 cycles; 2 are needed, so the diary shows no link with your periods."
            ),
        }
    }
}

/// ICHD-3 A1.1: whether `date` is on days −2..+3 of the period starting `period_start` (no day 0).
fn in_window(period_start: NaiveDate, date: NaiveDate) -> bool {
    dates::is_perimenstrual_day(dates::cycle_day(period_start, date))
}

/// Reads the latest [`CYCLES_NEEDED`] consecutive complete cycles ending on or before `up_to`. A cycle runs from
/// one logged period start to the next; two starts more than [`CYCLE_DAY_MAX_DISTANCE`] days apart mean a period
/// was not logged, which breaks the run. Attacks are those with pain ([`crate::domain::diary::Attack::is_headache`]),
/// counted by the day they started.
pub fn read_menstrual(diary: &Diary, up_to: NaiveDate) -> MenstrualRead {
    let starts: Vec<NaiveDate> = diary
        .periods()
        .iter()
        .map(|period| period.start)
        .filter(|&start| start <= up_to)
        .collect();
    // The latest run of consecutive complete cycles (pairs of starts close enough together).
    let mut run = 0u32;
    for pair in starts.windows(2).rev() {
        if (pair[1] - pair[0]).num_days() <= CYCLE_DAY_MAX_DISTANCE {
            run += 1;
            if run == CYCLES_NEEDED {
                break;
            }
        } else {
            break;
        }
    }
    let period_starts = count_u32(starts.len());
    if run < CYCLES_NEEDED {
        return MenstrualRead {
            verdict: MenstrualVerdict::KeepLogging {
                cycles_logged: run,
                needed: CYCLES_NEEDED,
            },
            cycles: Vec::new(),
            attacks_outside: 0,
            period_starts,
        };
    }
    // The 4 latest starts bound the 3 latest cycles.
    let bounds = starts.get(starts.len().saturating_sub(4)..).unwrap_or(&[]);
    let (Some(&oldest), Some(&newest)) = (bounds.first(), bounds.last()) else {
        return MenstrualRead {
            verdict: MenstrualVerdict::KeepLogging {
                cycles_logged: 0,
                needed: CYCLES_NEEDED,
            },
            cycles: Vec::new(),
            attacks_outside: 0,
            period_starts,
        };
    };
    let first = oldest - Duration::days(2);
    let last = newest - Duration::days(1);
    let attacks: Vec<NaiveDate> = DateRange::new(first, last)
        .map(|span| {
            attacks_starting_in(diary, span)
                .iter()
                .filter(|attack| attack.is_headache())
                .map(|attack| attack.first_day())
                .collect()
        })
        .unwrap_or_default();
    let cycles: Vec<CycleResult> = bounds
        .windows(2)
        .map(|pair| CycleResult {
            period_start: pair[0],
            next_period_start: pair[1],
            attacks_in_window: count_u32(
                attacks.iter().filter(|&&d| in_window(pair[0], d)).count(),
            ),
        })
        .collect();
    // The next period's days −2 and −1 belong to its own window, not "other times".
    let attacks_outside = count_u32(
        attacks
            .iter()
            .filter(|&&d| !bounds.iter().any(|&start| in_window(start, d)))
            .count(),
    );
    let with = count_u32(cycles.iter().filter(|c| c.has_attack_in_window()).count());
    let verdict = if with < CYCLES_WITH_ATTACK_NEEDED {
        MenstrualVerdict::NoMenstrualPattern
    } else if attacks_outside == 0 {
        MenstrualVerdict::PureMenstrual
    } else {
        MenstrualVerdict::MenstruallyRelated
    };
    MenstrualRead {
        verdict,
        cycles,
        attacks_outside,
        period_starts,
    }
}
