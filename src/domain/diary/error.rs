//! What can be wrong with a diary change, in words a person can act on. A refused change leaves the diary
//! exactly as it was.

use std::fmt;

use chrono::{NaiveDate, NaiveDateTime};
use thiserror::Error;

use super::AttackId;
use crate::domain::date_text::{date_text, time_text};

/// Why a diary change was refused. Every message is shown to the person as it is.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DiaryError {
    /// A severity above 10.
    #[error("Severity goes from 0 (no pain) to 10 (the worst pain imaginable); {0} is outside that scale.")]
    SeverityOutOfRange(u8),
    /// An end before its start.
    #[error("The end ({}) is before the start ({}). Check the day and time of both.", when(.end), when(.start))]
    EndBeforeStart {
        /// The start.
        start: NaiveDateTime,
        /// The end that came before it.
        end: NaiveDateTime,
    },
    /// A time that has not happened yet.
    #[error("The {what} ({}) is in the future. Choose a time that has already passed.", when(.at))]
    InFuture {
        /// Which time.
        what: Moment,
        /// The time given.
        at: NaiveDateTime,
    },
    /// A day that has not happened yet.
    #[error("{} has not happened yet; only today and earlier days can be marked.", day(.0))]
    DayInFuture(NaiveDate),
    /// A second running attack.
    #[error("A headache that started {} is still going. Tap \"It's over\" on it before starting another.", when(.started))]
    AttackAlreadyRunning {
        /// Start of the attack that is still running.
        started: NaiveDateTime,
    },
    /// Two attacks covering the same time.
    #[error("This overlaps the headache logged from {}{}. Change the times, or edit that entry instead.", when(.other_start), until(.other_end))]
    Overlaps {
        /// Start of the attack it overlaps.
        other_start: NaiveDateTime,
        /// End of that attack (`None`: still going).
        other_end: Option<NaiveDateTime>,
    },
    /// An id that is not (or no longer) in the diary.
    #[error("That headache entry is not in the diary any more; it may have been deleted in another tab. Reload the diary to see the latest entries.")]
    AttackNotFound(AttackId),
    /// An id used for a different entry.
    #[error("Another headache entry already uses this number ({0}). Please try again; nothing was saved.")]
    DuplicateId(AttackId),
    /// A medicine logged long before the attack began.
    #[error("{name} was taken on {}, more than {hours} hours before this headache started. Log it with the headache it was taken for, or correct the time.", when(.taken_at), hours = super::MEDICINE_BEFORE_START_MAX_HOURS)]
    MedicineLongBeforeStart {
        /// The medicine's name.
        name: String,
        /// When it was taken.
        taken_at: NaiveDateTime,
    },
    /// A medicine logged after the attack ended.
    #[error("{name} was taken on {}, after this headache ended. Correct the time, or change the end of the headache.", when(.taken_at))]
    MedicineAfterEnd {
        /// The medicine's name.
        name: String,
        /// When it was taken.
        taken_at: NaiveDateTime,
    },
    /// A medicine on a day note taken on another day.
    #[error("{name} was taken on {}, not on {}. Log it on the day it was taken.", when(.taken_at), day(.date))]
    MedicineOnOtherDay {
        /// The medicine's name.
        name: String,
        /// When it was taken.
        taken_at: NaiveDateTime,
        /// The day of the note.
        date: NaiveDate,
    },
    /// A time to relief for a medicine that did not help.
    #[error("You said {0} did not help, so there is no time to relief. Clear the time or change the answer.")]
    ReliefWithoutEffect(String),
    /// A required text left empty.
    #[error("Please give the {0} a name.")]
    EmptyName(TextField),
    /// A text over its length limit.
    #[error(
        "The {field} is {len} characters long; the most it can hold is {max}. Please shorten it."
    )]
    TextTooLong {
        /// Which text.
        field: TextField,
        /// Its length in characters.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// Too many items in a list.
    #[error("An entry can hold at most {max} {what}. Please remove some first.")]
    TooMany {
        /// What there are too many of.
        what: ListOf,
        /// The limit.
        max: usize,
    },
    /// A number of minutes that cannot be right.
    #[error("{minutes} minutes is more than a week for the {what}. Please check the number.")]
    MinutesTooLong {
        /// Which duration.
        what: MinutesOf,
        /// The number given.
        minutes: u32,
    },
    /// A "headache today" note that says 0.
    #[error("A headache day needs a severity from 1 to 10. For a day without headache, choose \"No headache today\".")]
    HeadacheDayWithoutPain,
    /// "No headache" on a day with a logged attack.
    #[error("A headache is logged on {}, so it cannot be marked headache-free. Delete or move that headache first.", day(.0))]
    HeadacheFreeButAttack(NaiveDate),
    /// "Stopped you" on a day marked headache-free.
    #[error("{} is marked as a day without headache, so a headache cannot have stopped you that day. Mark it as a headache day first.", day(.0))]
    StoppedWithoutHeadache(NaiveDate),
    /// Medicines for a day that has no note yet.
    #[error("Mark {} as a headache day first, then add the medicines taken that day.", day(.0))]
    DayNotMarked(NaiveDate),
    /// Stored or imported data that breaks the diary's rules (found on load, never made by an action).
    #[error("The diary data is inconsistent: {0}.")]
    Inconsistent(String),
    /// A period start inside another period.
    #[error("{} is already part of the period that started on {}. Change that period's end day instead.", day(.date), day(.period_start))]
    InsidePeriod {
        /// The day tapped.
        date: NaiveDate,
        /// Start of the period it falls in.
        period_start: NaiveDate,
    },
    /// No period starts on that day.
    #[error("No period is marked as starting on {}.", day(.0))]
    PeriodNotFound(NaiveDate),
    /// A period end before its start.
    #[error("A period cannot end ({}) before it starts ({}).", day(.end), day(.start))]
    PeriodEndBeforeStart {
        /// First day of bleeding.
        start: NaiveDate,
        /// The end given.
        end: NaiveDate,
    },
    /// A period longer than the app records as one.
    #[error("A period from {} to {} would last more than {max} days. Check the end day, or mark a new period start.", day(.start), day(.end), max = super::PERIOD_MAX_DAYS)]
    PeriodTooLong {
        /// First day of bleeding.
        start: NaiveDate,
        /// The end given.
        end: NaiveDate,
    },
    /// A date before the first day the diary accepts (a mistyped year, or damaged data).
    #[error("{} is before {}: a headache diary does not reach that far back. Check the year.", day(.0), day(&crate::domain::dates::EARLIEST_DAY))]
    BeforeEarliestDay(NaiveDate),
    /// A date after the last day stored data may hold (damaged data).
    #[error("{} is after the year 9999, which no diary can reach. The data is damaged.", day(.0))]
    AfterLatestDay(NaiveDate),
    /// A form's fields that were also changed, differently, in another tab since the form opened.
    #[error("This headache was changed in another tab while this form was open: {}. Nothing was saved yet; choose which to keep.", field_list(.0))]
    EditedElsewhere(Vec<AttackField>),
    /// A preventive treatment stopped before it started.
    #[error("The treatment cannot stop ({to}) before it started ({from}). Check both months.")]
    TreatmentStopsBeforeStart {
        /// The start month, in words.
        from: String,
        /// The stop month, in words.
        to: String,
    },
    /// A preventive treatment marked as still taken but with a stop month.
    #[error("A treatment you are still taking has no stop month. Clear the stop month, or untick \"I still take it\".")]
    TreatmentStoppedAndTaken,
    /// A number of months taken that cannot be right.
    #[error("{0} months is not a length of time a treatment can have been taken. Give a number from 1 to 1200, or leave it empty.")]
    TreatmentMonthsOutOfRange(u32),
    /// A treatment id that is not (or no longer) in the diary.
    #[error(
        "That treatment is not in your list any more; it may have been deleted in another tab."
    )]
    TreatmentNotFound,
    /// A period end that runs into the next period.
    #[error("The period would run into the next one, which starts on {}. Check the end day.", day(.0))]
    PeriodRunsIntoNext(NaiveDate),
}

/// Which time of an entry an error is about: a value, so a form can focus the right field without reading the
/// message's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Moment {
    /// When the headache started.
    Start,
    /// When it ended.
    End,
    /// When the named medicine was taken.
    MedicineTaken(String),
}

impl fmt::Display for Moment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Moment::Start => f.write_str("start"),
            Moment::End => f.write_str("end"),
            Moment::MedicineTaken(name) => write!(f, "time {name} was taken"),
        }
    }
}

impl DiaryError {
    /// The fields a form and another tab both changed, when that is why the change was refused.
    pub fn edited_elsewhere(&self) -> Option<&[AttackField]> {
        match self {
            DiaryError::EditedElsewhere(fields) => Some(fields),
            _ => None,
        }
    }
}

/// One field of a headache entry, for naming conflicts between tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttackField {
    /// When it started.
    Start,
    /// When it ended.
    End,
    /// How bad it was.
    Severity,
    /// Where it hurt.
    Location,
    /// What it felt like.
    Quality,
    /// The aura.
    Aura,
    /// Symptoms with it.
    Symptoms,
    /// Medicines taken.
    Medicines,
    /// The clinic's triggers.
    Triggers,
    /// Triggers in the person's own words.
    OwnTriggers,
    /// Whether it stopped usual activities.
    StoppedActivities,
    /// The note.
    Note,
}

impl fmt::Display for AttackField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AttackField::Start => "the start",
            AttackField::End => "the end",
            AttackField::Severity => "how bad it was",
            AttackField::Location => "where it hurt",
            AttackField::Quality => "what it felt like",
            AttackField::Aura => "the aura",
            AttackField::Symptoms => "the symptoms",
            AttackField::Medicines => "the medicines",
            AttackField::Triggers => "the triggers",
            AttackField::OwnTriggers => "your own triggers",
            AttackField::StoppedActivities => "whether it stopped you",
            AttackField::Note => "the note",
        })
    }
}

fn field_list(fields: &[AttackField]) -> String {
    fields
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Which text of an entry an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    /// The free note.
    Note,
    /// A medicine's name.
    Medicine,
    /// A medicine's dose, in the person's words.
    Dose,
    /// An own trigger's name.
    Trigger,
    /// A preventive treatment's name.
    Treatment,
}

impl fmt::Display for TextField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TextField::Note => "note",
            TextField::Medicine => "medicine",
            TextField::Dose => "dose",
            TextField::Trigger => "trigger",
            TextField::Treatment => "treatment",
        })
    }
}

/// Which list of an entry (or of the diary) is too long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListOf {
    /// Own triggers, on one headache or in the diary's own list.
    OwnTriggers,
    /// Medicines on one entry.
    Medicines,
    /// Preventive treatments in the diary.
    Treatments,
}

impl fmt::Display for ListOf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ListOf::OwnTriggers => "own triggers",
            ListOf::Medicines => "medicines",
            ListOf::Treatments => "treatments",
        })
    }
}

/// Which number of minutes an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MinutesOf {
    /// How long the aura lasted.
    Aura,
    /// How long a medicine took to help.
    TimeToRelief,
}

impl fmt::Display for MinutesOf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MinutesOf::Aura => "aura",
            MinutesOf::TimeToRelief => "time to relief",
        })
    }
}

/// "3 Mar 2026 14:05": how errors show a time.
pub(crate) fn when(time: &NaiveDateTime) -> String {
    time_text(*time, "%-d %b %Y %H:%M")
}

/// "Tue 3 Mar 2026": how errors show a day.
pub(crate) fn day(date: &NaiveDate) -> String {
    date_text(*date, "%a %-d %b %Y")
}

fn until(end: &Option<NaiveDateTime>) -> String {
    match end {
        Some(end) => format!(" to {}", when(end)),
        None => " (still going)".to_string(),
    }
}

/// A diary rule broken by stored or imported data, found while reading it (never made by an action): the same
/// refusal as [`DiaryError`], told as what is wrong with the data. A form's words ("Please try again", "edit that
/// entry instead") would ask the person to do something that makes no sense for a backup file.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{}", found_in_data(.0))]
pub struct FoundInData(pub DiaryError);

fn found_in_data(error: &DiaryError) -> String {
    match error {
        DiaryError::DuplicateId(id) => {
            format!("Two headache entries use the same number ({id}); each needs its own.")
        }
        DiaryError::Overlaps {
            other_start,
            other_end,
        } => format!(
            "Two headaches overlap in time: one is logged from {}{}.",
            when(other_start),
            until(other_end)
        ),
        DiaryError::TooMany {
            what: ListOf::OwnTriggers,
            max,
        } => format!(
            "The diary's list of own triggers has more than {max} names, the most this app keeps."
        ),
        DiaryError::TooMany { what, max } => {
            format!("An entry lists more than {max} {what}, the most this app keeps.")
        }
        DiaryError::TextTooLong { field, len, max } => {
            format!("A {field} is {len} characters long; the most this app keeps is {max}.")
        }
        DiaryError::EndBeforeStart { start, end } => format!(
            "An entry ends ({}) before it starts ({}).",
            when(end),
            when(start)
        ),
        DiaryError::InFuture { what, at } => {
            format!("An entry's {what} ({}) is in the future.", when(at))
        }
        DiaryError::AttackAlreadyRunning { started } => format!(
            "More than one headache is still going (one started {}); only one can be.",
            when(started)
        ),
        DiaryError::EmptyName(field) => format!("A {field} has no name."),
        DiaryError::MinutesTooLong { what, minutes } => {
            format!("An entry's {what} is {minutes} minutes, more than a week.")
        }
        other => other.to_string(),
    }
}
