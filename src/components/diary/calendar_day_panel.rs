//! The panel for the day picked in the calendar: what the diary says about it, one-tap "Period started this day"
//! and "No headache this day" toggles, "Headache this day" with how bad (any past day, not only today; or clearing
//! that note; then whether it stopped you and what was taken), and links to the day's attacks. A refused mark is said here, beside its buttons.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::components::diary::day_extras::day_extras;
use crate::components::diary::day_quick_log::DAY_SEVERITIES;
use crate::components::diary::refusal_here::refusal_here;
use crate::domain::diary::{Attack, CalendarDay, DayHeadache, DayKind, DiaryAction, Severity};
use crate::route::Route;
use crate::state::diary::{perform_from, DiaryContext};

/// The place name of this panel's changes (see `perform_from`).
pub const DAY_PANEL_PLACE: &str = "day-panel";
use crate::domain::date_text::{date_text, time_text};

/// The words for a link to an attack that touched `date`: its start (time, or day if earlier) and severity.
fn attack_link_label(attack: &Attack, date: NaiveDate) -> String {
    let start = if attack.first_day() == date {
        format!("Headache from {}", time_text(attack.start, "%H:%M"))
    } else {
        format!(
            "Headache since {}",
            time_text(attack.start, "%a %-d %b, %H:%M")
        )
    };
    match attack.severity {
        Some(severity) => format!("{start}, {}", severity.label()),
        None => start,
    }
}

/// The picked day's details and quick marks; `on_close` hears the person close the panel. Period controls only
/// when `track_cycle` (the settings switch; periods already logged stay in the diary).
/// A plain view function rather than a component: the calendar already follows the diary.
pub fn calendar_day_panel(
    handle: &DiaryContext,
    day: &CalendarDay,
    track_cycle: bool,
    on_close: &Callback<()>,
) -> Html {
    let date = day.date();
    let status = &day.status;
    let words = date_text(date, "%-d %B");
    let act = |action: DiaryAction, undo: Option<String>| {
        let handle = handle.clone();
        Callback::from(move |_: MouseEvent| {
            perform_from(&handle, DAY_PANEL_PLACE, action.clone(), undo.clone())
        })
    };
    let on_period = act(
        DiaryAction::TogglePeriodStart { date },
        status
            .period_start
            .then(|| format!("Period start on {words} removed")),
    );
    let is_free = status.headache == DayHeadache::HeadacheFree;
    let on_free = if is_free {
        act(
            DiaryAction::ClearDay { date },
            Some(format!("Mark on {words} cleared")),
        )
    } else {
        act(
            DiaryAction::MarkDay {
                date,
                kind: DayKind::HeadacheFree,
            },
            None,
        )
    };
    let on_clear_note = act(
        DiaryAction::ClearDay { date },
        Some(format!("Headache note for {words} cleared")),
    );
    let on_close = {
        let on_close = on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    let has_note_headache = matches!(status.headache, DayHeadache::Headache { .. });
    let noted_kind = handle.diary.day_note(date).map(|note| note.kind);
    let severity_buttons = DAY_SEVERITIES.iter().map(|&(value, word)| {
        let kind = DayKind::Headache {
            severity: Severity::new(value).ok(),
        };
        let pressed = noted_kind.as_ref() == Some(&kind);
        let onclick = act(DiaryAction::MarkDay { date, kind }, None);
        html! {
            <button type="button" class="button button--small" aria-pressed={pressed.to_string()} {onclick}>
                { word }
            </button>
        }
    });
    let attacks: Vec<Html> = handle
        .diary
        .attacks_touching(date, date)
        .iter()
        .filter(|attack| attack.touches(date))
        .map(|attack| {
            html! {
                <li key={attack.id.0.to_string()}>
                    <a class="day-panel__attack" href={Route::Attack { id: attack.id.to_string() }.href()}>
                        { attack_link_label(attack, date) }
                    </a>
                </li>
            }
        })
        .collect();

    html! {
        <section class="day-panel" aria-labelledby="calendar-day-panel-title">
            <div class="day-panel__head">
                <h4 id="calendar-day-panel-title" class="day-panel__title">
                    { date_text(date, "%A %-d %B") }
                </h4>
                <button type="button" class="button button--quiet day-panel__close" onclick={on_close}>
                    { "Close" }
                </button>
            </div>
            <p class="day-panel__describe">{ status.describe() }</p>
            { refusal_here(handle, DAY_PANEL_PLACE) }
            if day.is_future {
                <p class="hint">{ "This day is still to come: nothing can be marked yet." }</p>
            } else {
                <div class="day-panel__actions">
                    if track_cycle {
                        <button type="button" class="button day-panel__toggle"
                            aria-pressed={if status.period_start { "true" } else { "false" }}
                            onclick={on_period}>
                            <span class="calendar-day__period day-panel__toggle-mark" aria-hidden="true"></span>
                            { "Period started this day" }
                        </button>
                    }
                    if status.attacks == 0 && !has_note_headache {
                        <button type="button" class="button day-panel__toggle"
                            aria-pressed={if is_free { "true" } else { "false" }}
                            onclick={on_free}>
                            <span class="day-panel__toggle-mark day-panel__tick" aria-hidden="true"></span>
                            { "No headache this day" }
                        </button>
                    }
                    if has_note_headache {
                        <button type="button" class="button day-panel__toggle" onclick={on_clear_note}>
                            { "Clear this day's headache note" }
                        </button>
                    }
                </div>
                if status.attacks == 0 {
                    <fieldset class="day-log__severity day-panel__severity">
                        <legend>{ "Headache this day, at its worst:" }</legend>
                        <div class="day-log__row">{ for severity_buttons }</div>
                    </fieldset>
                }
                if has_note_headache {
                    { day_extras(handle, date, DAY_PANEL_PLACE, "day-panel") }
                }
            }
            if !attacks.is_empty() {
                <ul class="day-panel__attacks" role="list">{ for attacks }</ul>
            }
        </section>
    }
}
