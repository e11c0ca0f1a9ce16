//! ICHD-3 8.2 medication overuse, month by month from the diary: acute-medicine DAYS (not doses) per class and
//! for several classes together, against each threshold, with a calm note as a month comes close and a clear
//! warning once a threshold has been passed in each of 3 months in a row.

use chrono::NaiveDate;

use super::index::{days_word, DayIndex};
use super::period::{months_before, DateRange};
use crate::domain::date_text::date_text;
use crate::domain::diary::{DayStatus, Diary, MedicineClass, MedicineDose};
use crate::domain::enum_set::EnumSet;
use crate::domain::letter_case::fold_case;
use crate::domain::screening::{Advice, MULTIPLE_CLASSES_MIN_DAYS};
use crate::domain::sentence::capitalised;
use crate::domain::stable_sort::sort_by_key;

/// How close below a threshold counts as "approaching": 3 days (12–14 days of simple painkillers, 7–9 of a
/// triptan). Our choice, not ICHD-3's: far enough ahead that a person can act before the line, near enough not to
/// alarm someone on an ordinary month.
pub const APPROACHING_MARGIN_DAYS: u32 = 3;

/// ICHD-3 8.2 B: overuse "for more than 3 months"; the diary warns clearly once a threshold was passed in each of
/// this many months in a row.
pub const OVERUSE_MONTHS_IN_A_ROW: u32 = 3;

/// What a threshold applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OveruseSubject {
    /// One class alone (ICHD-3 8.2.1–8.2.5, 8.2.8).
    Class(MedicineClass),
    /// Several classes, counted together on the days any of them was taken (ICHD-3 8.2.6).
    SeveralClasses,
}

impl OveruseSubject {
    /// Plain words: "triptan", "more than one kind of headache medicine".
    pub fn label(self) -> &'static str {
        match self {
            OveruseSubject::Class(class) => class.label(),
            OveruseSubject::SeveralClasses => {
                "more than one kind of headache medicine, counted together"
            }
        }
    }

    /// ICHD-3 8.2: days a month at which regular use can itself keep headaches going — 15 for simple painkillers
    /// (8.2.3), 10 for every other class and for several classes together (8.2.6). `None` for anti-sickness
    /// medicines, which 8.2 does not count.
    pub fn threshold(self) -> Option<u32> {
        match self {
            OveruseSubject::Class(class) => class.overuse_days_per_month(),
            OveruseSubject::SeveralClasses => Some(MULTIPLE_CLASSES_MIN_DAYS),
        }
    }

    /// Whether a day counts for this subject.
    fn counts(self, day: &DayStatus) -> bool {
        match self {
            OveruseSubject::Class(class) => day.medicines.contains(&class),
            OveruseSubject::SeveralClasses => day
                .medicines
                .iter()
                .any(|class| class.overuse_days_per_month().is_some()),
        }
    }
}

/// Where a month's medicine days stand against a threshold. `Ord` runs from calm to clear warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OveruseStatus {
    /// More than [`APPROACHING_MARGIN_DAYS`] below the threshold.
    Clear,
    /// Within [`APPROACHING_MARGIN_DAYS`] below the threshold.
    Approaching,
    /// At or over the threshold this month (but not in each of the 2 months before).
    OverThisMonth,
    /// At or over the threshold this month and in each of the 2 months before: the clear warning (ICHD-3 8.2 B).
    OverThreeMonths,
}

impl OveruseStatus {
    /// A stable name for CSS classes and tests.
    pub fn id(self) -> &'static str {
        match self {
            OveruseStatus::Clear => "clear",
            OveruseStatus::Approaching => "approaching",
            OveruseStatus::OverThisMonth => "over-this-month",
            OveruseStatus::OverThreeMonths => "over-three-months",
        }
    }

    /// Whether the threshold was reached this month.
    pub fn is_over(self) -> bool {
        self >= OveruseStatus::OverThisMonth
    }
}

/// One class (or several together) in one month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OveruseLine {
    /// The first day of the month.
    pub month: NaiveDate,
    /// The month is still going (its days can only go up).
    pub month_in_progress: bool,
    /// What is counted.
    pub subject: OveruseSubject,
    /// Days it was taken this month (days, not doses).
    pub days: u32,
    /// The ICHD-3 8.2 threshold in days a month.
    pub threshold: u32,
    /// Where that stands.
    pub status: OveruseStatus,
}

impl OveruseLine {
    fn when(&self) -> String {
        if self.month_in_progress {
            "so far this month".to_string()
        } else {
            format!("in {}", date_text(self.month, "%B %Y"))
        }
    }

    /// One calm plain sentence for this line.
    pub fn plain_message(&self) -> String {
        let what = self.subject.label();
        let (days, limit, when) = (days_word(self.days), self.threshold, self.when());
        match self.status {
            OveruseStatus::Clear => format!(
                "{}: {days} {when}; the number to stay under is {limit} days a month.",
                capitalised(what)
            ),
            OveruseStatus::Approaching => format!(
                "{}: {days} {when}, close to {limit}. Taking headache medicine on {limit} or more days a month \
                 for months can itself keep headaches going, so it is worth keeping an eye on.",
                capitalised(what)
            ),
            OveruseStatus::OverThisMonth => format!(
                "{}: {days} {when}, which is {limit} or more. One month like this is not a problem in itself; if \
                 it goes on for more than 3 months it can keep headaches going. Worth mentioning to your doctor.",
                capitalised(what)
            ),
            OveruseStatus::OverThreeMonths => format!(
                "{}: {limit} or more days in each of the last 3 months ({days} {when}). Taking headache medicine \
                 this often can itself keep headaches going (medication-overuse headache, ICHD-3 8.2). Please \
                 talk with your doctor about it.",
                capitalised(what)
            ),
        }
    }
}

/// The ICHD-3 8.2 check of one calendar month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthOveruse {
    /// The first day of the month.
    pub month: NaiveDate,
    /// The month is still going.
    pub month_in_progress: bool,
    /// One line per counted class taken this month, then "several classes together" when two or more were taken.
    pub lines: Vec<OveruseLine>,
    /// An opioid, or a medicine with codeine in it, was taken this month.
    pub opioid_involved: bool,
}

impl MonthOveruse {
    /// The most serious status of the month (`Clear` when no medicine was taken).
    pub fn status(&self) -> OveruseStatus {
        self.lines
            .iter()
            .map(|line| line.status)
            .max()
            .unwrap_or(OveruseStatus::Clear)
    }

    /// The lines that are not clear, most serious first.
    pub fn warnings(&self) -> Vec<&OveruseLine> {
        let mut lines: Vec<&OveruseLine> = self
            .lines
            .iter()
            .filter(|line| line.status != OveruseStatus::Clear)
            .collect();
        sort_by_key(&mut lines, |line| std::cmp::Reverse(line.status));
        lines
    }

    /// One plain sentence for the month as a whole.
    pub fn plain_message(&self) -> String {
        let when = if self.month_in_progress {
            "So far this month".to_string()
        } else {
            date_text(self.month, "%B %Y")
        };
        match self.status() {
            OveruseStatus::Clear => format!(
                "{when}: headache medicine days are well under the limits (15 days a month for simple \
                 painkillers alone, 10 for triptans, ergots, opioids, combination painkillers or a mix)."
            ),
            OveruseStatus::Approaching => {
                format!("{when}: medicine days are getting close to a limit; worth keeping an eye on.")
            }
            OveruseStatus::OverThisMonth => {
                format!("{when}: medicine days reached a limit this month; worth mentioning to your doctor.")
            }
            OveruseStatus::OverThreeMonths => format!(
                "{when}: medicine days have been at or over a limit for 3 months in a row. {}",
                Advice::TalkAboutMedicineDays.plain_text()
            ),
        }
    }

    /// "Do not stop opioids or codeine suddenly without a doctor", when an opioid or a codeine medicine was taken
    /// and the month is not clear (ICHD-3 8.2.4/8.2.5; CLINICAL.md: opioids are never stopped abruptly alone).
    pub fn opioid_advice(&self) -> Option<&'static str> {
        (self.opioid_involved && self.status() != OveruseStatus::Clear)
            .then(|| Advice::DoNotStopOpioidsAbruptly.plain_text())
    }
}

/// Words in a medicine's name that mean it contains codeine (co-codamol, co-dydramol carry dihydrocodeine).
const CODEINE_WORDS: [&str; 3] = ["codeine", "codamol", "dydramol"];

/// An opioid, or any medicine whose name says it contains codeine (combination analgesics often do).
pub fn contains_opioid(dose: &MedicineDose) -> bool {
    let name = fold_case(&dose.name);
    dose.class == MedicineClass::Opioid || CODEINE_WORDS.iter().any(|word| name.contains(word))
}

fn opioid_taken_in(diary: &Diary, month: DateRange) -> bool {
    let ahead = month.last().succ_opt().unwrap_or(month.last());
    let in_month = |dose: &&MedicineDose| month.contains(dose.taken_at.date());
    diary
        .attacks_touching(month.first(), ahead)
        .iter()
        .flat_map(|attack| attack.medicines.iter())
        .filter(in_month)
        .any(contains_opioid)
        || diary
            .day_notes_between(month.first(), month.last())
            .iter()
            .flat_map(|note| note.medicines.iter())
            .filter(in_month)
            .any(contains_opioid)
}

pub(crate) fn month_overuse(
    index: &DayIndex,
    diary: &Diary,
    month: NaiveDate,
    today: NaiveDate,
) -> MonthOveruse {
    let whole = DateRange::month_of(month);
    let counted = whole.up_to(today).unwrap_or(DateRange::day(whole.first()));
    let in_progress = whole.last() > today;
    let days = index.days(counted);
    let classes: EnumSet<MedicineClass> = days
        .iter()
        .flat_map(|day| day.medicines.iter().copied())
        .filter(|class| class.overuse_days_per_month().is_some())
        .collect();
    let mut subjects: Vec<OveruseSubject> =
        classes.iter().map(|&c| OveruseSubject::Class(c)).collect();
    if classes.len() >= 2 {
        subjects.push(OveruseSubject::SeveralClasses);
    }
    let days_of = |subject: OveruseSubject, month: NaiveDate| {
        DateRange::month_of(month)
            .up_to(today)
            .map_or(0, |range| index.count(range, |day| subject.counts(day)))
    };
    let lines = subjects
        .into_iter()
        .filter_map(|subject| {
            let threshold = subject.threshold()?;
            let days = index.count(counted, |day| subject.counts(day));
            let over_before = (1..OVERUSE_MONTHS_IN_A_ROW)
                .all(|back| days_of(subject, months_before(month, back)) >= threshold);
            let status = if days >= threshold && over_before {
                OveruseStatus::OverThreeMonths
            } else if days >= threshold {
                OveruseStatus::OverThisMonth
            } else if days + APPROACHING_MARGIN_DAYS >= threshold {
                OveruseStatus::Approaching
            } else {
                OveruseStatus::Clear
            };
            Some(OveruseLine {
                month: whole.first(),
                month_in_progress: in_progress,
                subject,
                days,
                threshold,
                status,
            })
        })
        .collect();
    MonthOveruse {
        month: whole.first(),
        month_in_progress: in_progress,
        lines,
        opioid_involved: opioid_taken_in(diary, counted),
    }
}

/// The span the day index must cover to check every month `range` touches, with the 2 months before each.
pub(crate) fn index_span(range: DateRange, today: NaiveDate) -> DateRange {
    let first = months_before(range.first(), OVERUSE_MONTHS_IN_A_ROW - 1);
    let last = DateRange::month_of(range.last())
        .last()
        .min(today)
        .max(first);
    DateRange::new(first, last).unwrap_or(range)
}

pub(crate) fn overuse_from_index(
    index: &DayIndex,
    diary: &Diary,
    range: DateRange,
    today: NaiveDate,
) -> Vec<MonthOveruse> {
    range
        .month_starts()
        .into_iter()
        .filter(|&month| month <= today)
        .map(|month| month_overuse(index, diary, month, today))
        .collect()
}

/// The ICHD-3 8.2 check of every calendar month `range` touches (each counted whole, up to `today`), oldest
/// first. A month's status looks back at the 2 months before it for [`OveruseStatus::OverThreeMonths`]; a month
/// still going can already be over, since its days only go up.
pub fn overuse_by_month(diary: &Diary, range: DateRange, today: NaiveDate) -> Vec<MonthOveruse> {
    let index = DayIndex::build(diary, index_span(range, today));
    overuse_from_index(&index, diary, range, today)
}

/// The last 3 complete months and the month in progress: what the insights page shows by default.
pub fn recent_overuse(diary: &Diary, today: NaiveDate) -> Vec<MonthOveruse> {
    let first = months_before(today, OVERUSE_MONTHS_IN_A_ROW);
    match DateRange::new(first, today) {
        Some(range) => overuse_by_month(diary, range, today),
        None => Vec::new(),
    }
}
