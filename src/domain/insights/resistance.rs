//! Migraine that resists treatment, read from the diary and the treatments tried, as the European Headache
//! Federation's 2020 consensus defines it (Sacco et al., J Headache Pain 2020;21:76):
//! - **resistant**: failure of ≥ 3 classes of preventives, and ≥ 8 debilitating headache days a month for ≥ 3
//!   consecutive months without improvement;
//! - **refractory**: failure of all available preventive classes, and ≥ 8 debilitating headache days a month for
//!   ≥ 6 consecutive months.
//!
//! Failure (per trial, [`PreventiveTrial::verdict`]): not effective at an adequate dose and duration, not tolerated,
//! or contraindicated. A debilitating day is one the headache stopped the person's usual activities (an attack or
//! a day entry said so); a day counts once, and a day with nothing logged is never one. Months are the complete
//! calendar months before today's. The read is a pattern to discuss, never a diagnosis.

use crate::domain::enum_set::EnumSet;

use chrono::NaiveDate;

use super::index::DayIndex;
use super::period::{months_before, DateRange};
use crate::domain::date_text::date_text;
use crate::domain::diary::{Diary, PreventiveClass, TrialVerdict, YearMonth};
use crate::domain::letter_case::fold_case;
use crate::domain::screening::Assessment;

/// Classes that must have failed for resistant migraine (EHF 2020).
pub const RESISTANT_CLASSES: usize = 3;
/// Debilitating days a month that count towards either definition (EHF 2020: "at least 8").
pub const DEBILITATING_DAYS_A_MONTH: u32 = 8;
/// Consecutive months of ≥ 8 debilitating days for resistant migraine.
pub const RESISTANT_MONTHS: u32 = 3;
/// Consecutive months of ≥ 8 debilitating days for refractory migraine.
pub const REFRACTORY_MONTHS: u32 = 6;

/// One complete calendar month behind the read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DebilitatingMonth {
    /// The first day of the month.
    pub month: NaiveDate,
    /// Headache days.
    pub headache_days: u32,
    /// Days the headache stopped usual activities.
    pub days: u32,
    /// Days with anything logged.
    pub logged_days: u32,
    /// Days in the month.
    pub month_days: u32,
}

impl DebilitatingMonth {
    /// "October 2026: headache on 12 days, 9 that stopped you (28 of 31 days logged)".
    pub fn plain_sentence(&self) -> String {
        format!(
            "{}: headache on {}, {} that stopped you ({} of {} days logged)",
            date_text(self.month, "%B %Y"),
            super::index::days_word(self.headache_days),
            self.days,
            self.logged_days,
            self.month_days
        )
    }
}

/// What the read found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResistanceLevel {
    /// Every named class failed and ≥ 6 months of ≥ 8 debilitating days.
    Refractory,
    /// ≥ 3 classes failed and ≥ 3 months of ≥ 8 debilitating days.
    Resistant,
    /// Neither (yet): see what is missing.
    NotMet,
    /// The latest self-check found a warning sign: that comes first, and no migraine pattern is named.
    WarningSignFirst,
}

/// The read, with everything behind it so the words can say what is missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResistanceRead {
    /// The finding.
    pub level: ResistanceLevel,
    /// Classes with a failed trial (a class tried twice counts once; "other" never counts).
    pub failed_classes: EnumSet<PreventiveClass>,
    /// Classes with "not enough effect" but no failed trial, where the diary does not show the trial was long
    /// enough or at the prescribed dose: a doctor can tell, the diary does not count them.
    pub unclear_classes: EnumSet<PreventiveClass>,
    /// Treatments of class "other" that did not work: listed for the doctor, not counted.
    pub other_failed: usize,
    /// How many treatments the diary lists, whatever their outcome.
    pub treatments_listed: usize,
    /// The complete months read, oldest first (up to 6).
    pub months: Vec<DebilitatingMonth>,
    /// Consecutive months, ending with the latest complete one, with ≥ 8 debilitating days.
    pub months_in_a_row: u32,
}

impl ResistanceRead {
    /// Whether there is anything to say: treatments are listed or a month had a debilitating day.
    pub fn has_content(&self) -> bool {
        !self.failed_classes.is_empty()
            || !self.unclear_classes.is_empty()
            || self.other_failed > 0
            || self.months.iter().any(|m| m.days > 0)
    }

    /// The classes still to fail for resistant migraine (0 when enough have).
    pub fn classes_missing(&self) -> usize {
        RESISTANT_CLASSES.saturating_sub(self.failed_classes.len())
    }

    /// The headline sentence, in the cautious words of the rest of the app.
    pub fn headline(&self) -> String {
        let classes = self.failed_classes.len();
        match self.level {
            ResistanceLevel::Refractory => format!(
                "Your diary and treatment history fit what headache specialists call refractory migraine (EHF 2020): \
                 every kind of preventive treatment tried without enough effect or could not be taken, and {DEBILITATING_DAYS_A_MONTH} or more days a \
                 month that stopped you, for the last {} months.",
                self.months_in_a_row.min(REFRACTORY_MONTHS)
            ),
            ResistanceLevel::Resistant => format!(
                "Your diary and treatment history fit what headache specialists call resistant migraine (EHF 2020): \
                 {classes} kinds of preventive treatment tried without enough effect or could not be taken, and \
                 {DEBILITATING_DAYS_A_MONTH} or more days a month that stopped you, for the last {} months.",
                self.months_in_a_row.min(REFRACTORY_MONTHS)
            ),
            ResistanceLevel::NotMet => "Your diary and treatment history do not (yet) fit what headache specialists call resistant migraine (EHF 2020).".to_string(),
            ResistanceLevel::WarningSignFirst => "Your latest self-check found a warning sign. Have that looked at first: \
                 this page does not read your treatments while a warning sign is open.".to_string(),
        }
    }

    /// What the read is made of, and for "not met", what is missing: "2 of 3 kinds of preventive treatment …".
    pub fn reasons(&self) -> Vec<String> {
        if self.level == ResistanceLevel::WarningSignFirst {
            return Vec::new();
        }
        let mut lines = Vec::new();
        let classes = self.failed_classes.len();
        let names: Vec<&str> = self.failed_classes.iter().map(|c| c.label()).collect();
        lines.push(match classes {
            0 if self.treatments_listed == 0 => format!(
                "No preventive treatments are listed in the diary yet ({RESISTANT_CLASSES} kinds that did not work or could not be taken are needed)."
            ),
            0 => format!(
                "Kinds of preventive treatment that did not work or could not be taken: none yet of the {RESISTANT_CLASSES} needed."
            ),
            n => format!(
                "Kinds of preventive treatment that did not work or could not be taken: {n} of the {RESISTANT_CLASSES} needed ({}).",
                fold_case(&names.join(", "))
            ),
        });
        if !self.unclear_classes.is_empty() {
            let unclear: Vec<&str> = self.unclear_classes.iter().map(|c| c.label()).collect();
            lines.push(format!(
                "Not counted yet: {} (not enough effect, but how long it was taken or whether the dose was as \
                 prescribed is not filled in; a treatment counts after {} months at the prescribed dose).",
                fold_case(&unclear.join(", ")),
                crate::domain::diary::ADEQUATE_TRIAL_MONTHS
            ));
        }
        if self.other_failed > 0 {
            lines.push(format!(
                "{} marked \"other\" did not work: listed for your doctor, who can judge whether {} counts.",
                match self.other_failed {
                    1 => "1 treatment".to_string(),
                    n => format!("{n} treatments"),
                },
                if self.other_failed == 1 { "it" } else { "each" }
            ));
        }
        let needed = if classes >= PreventiveClass::NAMED.len() {
            REFRACTORY_MONTHS
        } else {
            RESISTANT_MONTHS
        };
        lines.push(match self.months_in_a_row {
            0 => format!(
                "Months with {DEBILITATING_DAYS_A_MONTH} or more days that stopped you: none in a row up to last month \
                 ({needed} in a row are needed)."
            ),
            n => format!(
                "Months in a row, up to last month, with {DEBILITATING_DAYS_A_MONTH} or more days that stopped you: {n} \
                 ({needed} needed)."
            ),
        });
        lines.push(
            "Only days you logged are counted: a day with nothing logged is never a day that stopped you.".to_string(),
        );
        lines
    }
}

/// The span the day index must cover for [`read_resistance`]: the 6 complete months before today's.
pub(crate) fn index_span(today: NaiveDate) -> Option<DateRange> {
    let first = months_before(today, REFRACTORY_MONTHS);
    let last = months_before(today, 0).pred_opt()?;
    DateRange::new(first, last)
}

/// Reads the diary as of `today` (see the module's rules). When `self_check` (the latest kept self-check) found
/// an emergency or same-day warning sign, the level is [`ResistanceLevel::WarningSignFirst`].
pub fn read_resistance(
    diary: &Diary,
    today: NaiveDate,
    self_check: Option<&Assessment>,
) -> ResistanceRead {
    let span = index_span(today).unwrap_or(DateRange::day(today));
    read_from_index(&DayIndex::build(diary, span), diary, today, self_check)
}

pub(crate) fn read_from_index(
    index: &DayIndex,
    diary: &Diary,
    today: NaiveDate,
    self_check: Option<&Assessment>,
) -> ResistanceRead {
    let this_month = YearMonth::of(today);
    let mut failed_classes = EnumSet::new();
    let mut unclear_classes = EnumSet::new();
    let mut other_failed = 0;
    for trial in diary.treatments() {
        match (trial.class, trial.verdict(this_month)) {
            (PreventiveClass::Other, TrialVerdict::Failed) => other_failed += 1,
            (PreventiveClass::Other, _) => {}
            (class, TrialVerdict::Failed) => {
                failed_classes.insert(class);
            }
            (class, TrialVerdict::Unclear) => {
                unclear_classes.insert(class);
            }
            (_, TrialVerdict::NotFailed) => {}
        }
    }
    unclear_classes.retain(|class| !failed_classes.contains(class));

    let months: Vec<DebilitatingMonth> = (1..=REFRACTORY_MONTHS)
        .rev()
        .map(|back| {
            let whole = DateRange::month_of(months_before(today, back));
            DebilitatingMonth {
                month: whole.first(),
                headache_days: index.count(whole, |day| day.is_headache_day()),
                days: index.count(whole, |day| day.stopped_activities && day.is_headache_day()),
                logged_days: index.count(whole, |day| day.headache.is_logged()),
                month_days: whole.days(),
            }
        })
        .collect();
    let months_in_a_row = super::index::count_u32(
        months
            .iter()
            .rev()
            .take_while(|m| m.days >= DEBILITATING_DAYS_A_MONTH)
            .count(),
    );
    let all_named_failed = PreventiveClass::NAMED
        .iter()
        .all(|class| failed_classes.contains(class));
    let level = if self_check.is_some_and(|assessment| assessment.triage().is_urgent()) {
        ResistanceLevel::WarningSignFirst
    } else if all_named_failed && months_in_a_row >= REFRACTORY_MONTHS {
        ResistanceLevel::Refractory
    } else if failed_classes.len() >= RESISTANT_CLASSES && months_in_a_row >= RESISTANT_MONTHS {
        ResistanceLevel::Resistant
    } else {
        ResistanceLevel::NotMet
    };
    ResistanceRead {
        level,
        failed_classes,
        unclear_classes,
        other_failed,
        treatments_listed: diary.treatments().len(),
        months,
        months_in_a_row,
    }
}
