//! The diary as CSV tables: one row per attack, one row per day with a day note or a known period day, and one
//! row per preventive treatment tried.
//! Written as RFC 4180 describes (CRLF line ends, a cell quoted when it holds a comma, a quote or a line break,
//! quotes inside doubled), by a few lines here rather than the `csv` crate, whose reader and `std::io` machinery
//! cost the app about 20 KB; a test reads every table back with the `csv` crate. Every cell that a spreadsheet
//! would read as a formula is neutralised first.

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::date_text::{date_text, time_text};
use crate::domain::dates;
use crate::domain::diary::{Attack, DayKind, DayNote, Diary, MedicineDose, MedicineEffect};
use crate::domain::stable_sort::sort_by_key;

/// The columns of [`attacks_csv`], in order. One row per attack, oldest first.
///
/// | column               | what it holds                                                                        |
/// |----------------------|--------------------------------------------------------------------------------------|
/// | `id`                 | the attack's number in the diary (the same in a JSON backup)                         |
/// | `start`              | local time it began, ISO 8601 `YYYY-MM-DDTHH:MM`                                      |
/// | `end`                | local time it was over, same form; empty while it is still going                      |
/// | `duration_minutes`   | whole minutes from start to end (wall clock); empty while it is still going           |
/// | `severity`           | 0 (no pain) to 10 (worst imaginable) at its worst; empty if not given                 |
/// | `locations`          | codes joined with `; `: `left`, `right`, `both`, `eye`, `back`                        |
/// | `qualities`          | codes joined with `; `: `throb`, `press`, `stab`                                      |
/// | `aura`               | kinds joined with `; ` (`visual`, `sensory`, `speech`), then ` (N min)` if timed      |
/// | `symptoms`           | codes joined with `; `: `nausea`, `vomit`, `light`, `sound`, `smell`, `active`, …      |
/// | `medicines`          | `name (dose, class, effect, relief N min)` joined with `; `; empty parts left out      |
/// | `triggers`           | codes from the clinic's list joined with `; ` (`stress`, `sleep`, `period`, …)        |
/// | `own_triggers`       | the person's own words joined with `; `                                               |
/// | `stopped_activities` | `yes`, `no`, or empty when not answered                                               |
/// | `note`               | the free note, as typed                                                               |
///
/// Medicine classes are the ICHD-3 8.2 groups: `triptan`, `simple`, `combo`, `opioid`, `ergot`, `antiemetic`,
/// `other`; effects: `none`, `some`, `full` (left out when not noted). The codes are the ones a JSON backup
/// uses, so the two exports read the same way.
pub const ATTACK_COLUMNS: [&str; 14] = [
    "id",
    "start",
    "end",
    "duration_minutes",
    "severity",
    "locations",
    "qualities",
    "aura",
    "symptoms",
    "medicines",
    "triggers",
    "own_triggers",
    "stopped_activities",
    "note",
];

/// The columns of [`day_entries_csv`], in order. One row per day that has a day note or is a known period day,
/// oldest first.
///
/// | column         | what it holds                                                                          |
/// |----------------|----------------------------------------------------------------------------------------|
/// | `date`         | the day, ISO 8601 `YYYY-MM-DD`                                                          |
/// | `kind`         | `headache-free` or `headache` as the person marked it; empty if the day is not marked   |
/// | `severity`     | 1–10 on a headache day, if given                                                        |
/// | `medicines`    | as in the attacks table: `name (dose, class, effect, relief N min)` joined with `; `    |
/// | `period_start` | on a known bleeding day: the first day of that period (`YYYY-MM-DD`)                    |
/// | `period_day`   | on a known bleeding day: its day of the period, 1 on the first day (ICHD-3 A1.1)        |
/// | `stopped_activities` | on a headache day: `yes`, `no`, or empty when not answered (EHF 2020 debilitating day) |
pub const DAY_ENTRY_COLUMNS: [&str; 7] = [
    "date",
    "kind",
    "severity",
    "medicines",
    "period_start",
    "period_day",
    "stopped_activities",
];

/// The columns of [`treatments_csv`], in order. One row per preventive treatment tried, in the order added.
///
/// | column                | what it holds                                                                     |
/// |-----------------------|-----------------------------------------------------------------------------------|
/// | `id`                  | the row's number in the diary (the same in a JSON backup)                          |
/// | `name`                | the treatment, as typed                                                            |
/// | `class`               | EHF 2020 class: `beta-blocker`, `antiepileptic`, `antidepressant`, `calcium-channel-blocker`, `angiotensin`, `botulinum`, `cgrp`, `other` |
/// | `from` / `to`         | start and stop month, `YYYY-MM`; empty when not known (`to` empty while still taken) |
/// | `still_taking`        | `yes` or empty                                                                     |
/// | `months_taken`        | the number the person gave when the months are not known                            |
/// | `dose`                | in the person's words                                                              |
/// | `dose_as_prescribed`  | `yes`, `no`, or empty when not sure                                                |
/// | `outcome`             | `helping`, `not-enough-effect`, `side-effects`, `contraindicated`, `stopped-other`, or empty |
pub const TREATMENT_COLUMNS: [&str; 10] = [
    "id",
    "name",
    "class",
    "from",
    "to",
    "still_taking",
    "months_taken",
    "dose",
    "dose_as_prescribed",
    "outcome",
];

/// The diary's preventive treatments as CSV, with the header row [`TREATMENT_COLUMNS`].
pub fn treatments_csv(diary: &Diary) -> String {
    let yes_no = |answer: Option<bool>| match answer {
        Some(true) => "yes".to_string(),
        Some(false) => "no".to_string(),
        None => String::new(),
    };
    let rows = diary.treatments().iter().map(|trial| {
        vec![
            trial.id.0.to_string(),
            trial.name.clone(),
            trial.class.code().to_string(),
            trial.from.map(|m| m.to_string()).unwrap_or_default(),
            trial.to.map(|m| m.to_string()).unwrap_or_default(),
            if trial.still_taking {
                "yes".into()
            } else {
                String::new()
            },
            trial
                .months_taken
                .map(|m| m.to_string())
                .unwrap_or_default(),
            trial.dose.clone(),
            yes_no(trial.dose_as_prescribed),
            trial
                .outcome
                .map(|o| o.code().to_string())
                .unwrap_or_default(),
        ]
    });
    write_table(&TREATMENT_COLUMNS, rows)
}

const MINUTE: &str = "%Y-%m-%dT%H:%M";
const DAY: &str = "%Y-%m-%d";

/// A character that makes a spreadsheet read what follows as a formula (OWASP, "CSV Injection").
fn starts_formula(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

/// Makes a cell safe to open in a spreadsheet ("CSV injection", per OWASP's guidance): a cell that starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula, so it gets a leading `'`, which
/// spreadsheets show as plain text. A spreadsheet may also split a line on `;` or on tabs (common in Europe), and
/// then each piece after such a separator starts a cell of its own: a formula character right after `,`, `;` or
/// a tab inside the text gets the same `'`. Everything else is returned as it is.
pub fn neutralise_formula(cell: &str) -> String {
    let mut safe = String::with_capacity(cell.len() + 1);
    let mut at_cell_start = true;
    for c in cell.chars() {
        if at_cell_start && starts_formula(c) {
            safe.push('\'');
        }
        safe.push(c);
        at_cell_start = matches!(c, ',' | ';' | '\t');
    }
    safe
}

/// The diary's attacks as CSV, with the header row [`ATTACK_COLUMNS`].
pub fn attacks_csv(diary: &Diary) -> String {
    let rows = diary.attacks().iter().map(attack_row);
    write_table(&ATTACK_COLUMNS, rows)
}

/// One day's row: its note, and (period start, day of the period) on a known bleeding day.
type DayRow<'a> = (Option<&'a DayNote>, Option<(NaiveDate, i64)>);

/// The diary's days (day notes and known period days) as CSV, with the header row [`DAY_ENTRY_COLUMNS`].
pub fn day_entries_csv(diary: &Diary) -> String {
    // Every note and every known period day, then sorted by date and merged into one row per date (what
    // filling a `BTreeMap` would give, without compiling a B-tree for this alone; see `stable_sort`).
    let mut parts: Vec<(NaiveDate, DayRow<'_>)> = Vec::new();
    for note in diary.day_notes() {
        parts.push((note.date, (Some(note), None)));
    }
    for period in diary.periods() {
        let mut day = period.start;
        while day <= period.last_known_day() {
            let number = dates::days_inclusive(period.start, day);
            parts.push((day, (None, Some((period.start, number)))));
            match day.succ_opt() {
                Some(next) => day = next,
                None => break,
            }
        }
    }
    sort_by_key(&mut parts, |(date, _)| *date);
    let mut days: Vec<(NaiveDate, DayRow<'_>)> = Vec::with_capacity(parts.len());
    for (date, (note, period)) in parts {
        match days.last_mut() {
            // A later part for the same date fills in (or replaces) what it has, as a map entry would.
            Some((last, row)) if *last == date => {
                row.0 = note.or(row.0);
                row.1 = period.or(row.1);
            }
            _ => days.push((date, (note, period))),
        }
    }
    let rows = days.into_iter().map(|(date, (note, period))| {
        let stopped = match note.and_then(|note| note.stopped_activities) {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        };
        let (kind, severity, medicines) = match note {
            Some(note) => match note.kind {
                DayKind::HeadacheFree => ("headache-free", String::new(), &note.medicines[..]),
                DayKind::Headache { severity } => (
                    "headache",
                    severity.map(|s| s.value().to_string()).unwrap_or_default(),
                    &note.medicines[..],
                ),
            },
            None => ("", String::new(), &[][..]),
        };
        vec![
            date_text(date, DAY),
            kind.to_string(),
            severity,
            medicines_cell(medicines),
            period
                .map(|(start, _)| date_text(start, DAY))
                .unwrap_or_default(),
            period
                .map(|(_, number)| number.to_string())
                .unwrap_or_default(),
            stopped.to_string(),
        ]
    });
    write_table(&DAY_ENTRY_COLUMNS, rows)
}

fn write_table(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut table = String::new();
    write_record(&mut table, header.iter().copied());
    for row in rows {
        write_record(&mut table, row.iter().map(|cell| neutralise_formula(cell)));
    }
    table
}

/// One CSV record and its CRLF (RFC 4180: what spreadsheets expect). A cell with a comma, a quote or a line
/// break is quoted, with its quotes doubled; any other cell is written as it is.
fn write_record<Cell: AsRef<str>>(table: &mut String, cells: impl Iterator<Item = Cell>) {
    for (at, cell) in cells.enumerate() {
        if at > 0 {
            table.push(',');
        }
        let cell = cell.as_ref();
        if cell.contains([',', '"', '\r', '\n']) {
            table.push('"');
            table.push_str(&cell.replace('"', "\"\""));
            table.push('"');
        } else {
            table.push_str(cell);
        }
    }
    table.push_str("\r\n");
}

fn attack_row(attack: &Attack) -> Vec<String> {
    let aura = attack
        .aura
        .as_ref()
        .filter(|aura| !aura.kinds.is_empty() || aura.minutes.is_some())
        .map(|aura| {
            let kinds = join(aura.kinds.iter().map(|value| value.code().to_string()));
            match aura.minutes {
                Some(minutes) if kinds.is_empty() => format!("({minutes} min)"),
                Some(minutes) => format!("{kinds} ({minutes} min)"),
                None => kinds,
            }
        })
        .unwrap_or_default();
    vec![
        attack.id.to_string(),
        minute(attack.start),
        attack.end.map(minute).unwrap_or_default(),
        attack
            .end
            .and_then(|end| dates::minutes_between(attack.start, end))
            .map(|minutes| minutes.to_string())
            .unwrap_or_default(),
        attack
            .severity
            .map(|severity| severity.value().to_string())
            .unwrap_or_default(),
        join(attack.location.iter().map(|value| value.code().to_string())),
        join(attack.quality.iter().map(|value| value.code().to_string())),
        aura,
        join(attack.symptoms.iter().map(|value| value.code().to_string())),
        medicines_cell(&attack.medicines),
        join(attack.triggers.iter().map(|value| value.code().to_string())),
        join(attack.own_triggers.iter().cloned()),
        match attack.stopped_activities {
            Some(true) => "yes".to_string(),
            Some(false) => "no".to_string(),
            None => String::new(),
        },
        attack.note.clone(),
    ]
}

/// `Sumatriptan (50 mg, triptan, full, relief 60 min); Metoclopramide (antiemetic)`.
fn medicines_cell(medicines: &[MedicineDose]) -> String {
    join(medicines.iter().map(|dose| {
        let mut parts = Vec::new();
        if !dose.dose.is_empty() {
            parts.push(dose.dose.clone());
        }
        parts.push(dose.class.code().to_string());
        if dose.effect != MedicineEffect::NotNoted {
            parts.push(dose.effect.code().to_string());
        }
        if let Some(minutes) = dose.relief_after_minutes {
            parts.push(format!("relief {minutes} min"));
        }
        format!("{} ({})", dose.name, parts.join(", "))
    }))
}

fn join(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join("; ")
}

fn minute(time: NaiveDateTime) -> String {
    time_text(time, MINUTE)
}
