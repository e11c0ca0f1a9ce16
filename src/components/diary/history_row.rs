//! One attack in the history list: date and start time, duration, severity (number and word), medicines, cycle
//! day and a "migraine-like" tag, all inside a link to the attack's edit form, with a Delete button beside it.

use chrono::NaiveDateTime;
use yew::prelude::*;

use crate::domain::date_text::time_text;
use crate::domain::diary::{Attack, AttackId, Diary};
use crate::route::Route;

/// What a row shows, already in words (built only for the rows on screen).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryRowData {
    /// The attack.
    pub id: AttackId,
    /// Day and start time, e.g. "Tue 3 Mar, 21:30" (the year is in the month heading).
    pub when: String,
    /// How long it lasted ("9 h 45 min"), or how long so far while it is still going.
    pub duration: String,
    /// Whether it is still going.
    pub running: bool,
    /// Severity 0–10 with its band word and CSS name, if given.
    pub severity: Option<(u8, &'static str, &'static str)>,
    /// The medicine names, each once, in the order taken.
    pub medicines: Vec<String>,
    /// "cycle day 2", "2 days before a period", when a period start is near enough (ICHD-3 A1.1: no day 0).
    pub cycle: Option<String>,
    /// Whether its logged features look like migraine (ICHD-3 1.1 C + D, or 1.2).
    pub migraine_like: bool,
    /// The Delete button's accessible name, e.g. "Delete headache of 3 May" (with the time when two attacks
    /// started the same day, so each name is unique).
    pub delete_label: String,
}

impl HistoryRowData {
    /// The words for `attack` at `now`; `shares_day` when another attack started the same day.
    pub fn new(diary: &Diary, attack: &Attack, now: NaiveDateTime, shares_day: bool) -> Self {
        let mut medicines: Vec<String> = Vec::new();
        for dose in &attack.medicines {
            if !medicines
                .iter()
                .any(|name| name.eq_ignore_ascii_case(&dose.name))
            {
                medicines.push(dose.name.clone());
            }
        }
        let day = time_text(attack.start, "%-d %B");
        let delete_label = if shares_day {
            format!(
                "Delete headache of {day} at {}",
                time_text(attack.start, "%H:%M")
            )
        } else {
            format!("Delete headache of {day}")
        };
        HistoryRowData {
            id: attack.id,
            when: time_text(attack.start, "%a %-d %b, %H:%M"),
            duration: attack.duration_label(now),
            running: attack.is_running(),
            severity: attack
                .severity
                .map(|s| (s.value(), s.band().label(), s.band().css_name())),
            medicines,
            cycle: diary.cycle_day(attack).map(|cycle| cycle.label()),
            migraine_like: attack.is_migraine_like(),
            delete_label,
        }
    }

    /// The HTML id of the row's Delete button.
    pub fn delete_button_id(id: AttackId) -> String {
        format!("history-delete-{id}")
    }
}

/// What a row needs.
#[derive(Properties, PartialEq)]
pub struct HistoryRowProps {
    /// The row's words.
    pub data: HistoryRowData,
    /// The attack's position in the diary's list, handed back on delete.
    pub position: usize,
    /// Called with `position` when Delete is pressed.
    pub on_delete: Callback<usize>,
}

/// One attack in the history.
#[component]
pub fn HistoryRow(props: &HistoryRowProps) -> Html {
    let data = &props.data;
    let onclick = {
        let on_delete = props.on_delete.clone();
        let position = props.position;
        Callback::from(move |_: MouseEvent| on_delete.emit(position))
    };
    let severity = match data.severity {
        Some((value, word, css)) => html! {
            <span class={classes!("severity-badge", format!("severity-badge--{css}"))}>
                <span class="visually-hidden">{ "Severity " }</span>
                <span class="severity-badge__number">{ value }</span>
                <span class="severity-badge__word">{ word }</span>
            </span>
        },
        None => html! {
            <span class="severity-badge severity-badge--unknown">{ "severity not noted" }</span>
        },
    };
    let duration = if data.running {
        format!("still going, {} so far", data.duration)
    } else {
        data.duration.clone()
    };
    let medicines = (!data.medicines.is_empty()).then(|| {
        html! {
            <span class="history-row__medicines">
                <span class="pill-mark" aria-hidden="true"></span>
                <span class="visually-hidden">{ "Medicine: " }</span>
                { data.medicines.join(", ") }
            </span>
        }
    });
    let tags = (data.migraine_like || data.cycle.is_some()).then(|| {
        html! {
            <span class="history-row__tags">
                if data.migraine_like {
                    <span class="tag tag--migraine">{ "migraine-like" }</span>
                }
                if let Some(cycle) = &data.cycle {
                    <span class="tag tag--cycle">{ cycle }</span>
                }
            </span>
        }
    });
    html! {
        <li class={classes!("history-row", data.running.then_some("history-row--running"))}>
            <a class="history-row__link" href={Route::Attack { id: data.id.to_string() }.href()}>
                <span class="history-row__when">{ &data.when }</span>
                <span class="history-row__facts">
                    { severity }
                    <span class="history-row__duration">
                        <span class="visually-hidden">{ ", lasted " }</span>
                        { duration }
                    </span>
                </span>
                { medicines.unwrap_or_default() }
                { tags.unwrap_or_default() }
            </a>
            <button type="button" id={HistoryRowData::delete_button_id(data.id)}
                class="button button--quiet history-row__delete"
                aria-label={data.delete_label.clone()} title={data.delete_label.clone()} {onclick}>
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" class="icon">
                    <path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />
                </svg>
            </button>
        </li>
    }
}
