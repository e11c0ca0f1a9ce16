//! Logging a whole day in one tap: "No headache today", "Headache today" (how bad), and
//! "Period started today". People with near-daily headache log days rather than attacks.

use yew::prelude::*;

use crate::components::diary::day_extras::day_extras;
use crate::components::diary::refusal_here::refusal_here;
use crate::domain::diary::{DayKind, DiaryAction, Severity};
use crate::platform;
use crate::state::diary::{perform_from, DiaryContext};

/// The severity each quick "headache today" word stands for (the middle of its band). Shared with the calendar's
/// day panel, so a past day is logged with the same words.
pub const DAY_SEVERITIES: [(u8, &str); 4] = [
    (2, "Mild"),
    (5, "Moderate"),
    (7, "Severe"),
    (9, "Very severe"),
];

/// The place name of this panel's changes: a refusal is shown here, beside the buttons.
pub const DAY_LOG_PLACE: &str = "day-log";

/// Today's one-tap day log ("Period started today" only when `track_cycle`).
/// A plain view function rather than a component: the diary page already follows the diary.
pub fn day_quick_log(diary: &DiaryContext, track_cycle: bool) -> Html {
    if !diary.accepts_changes() {
        return Html::default();
    }
    let today = platform::now_local().date();
    let note = diary.diary.day_note(today).cloned();
    let period_today = diary.diary.periods().iter().any(|p| p.start == today);

    let mark = |kind: DayKind| {
        let diary = diary.clone();
        Callback::from(move |_: MouseEvent| {
            perform_from(
                &diary,
                DAY_LOG_PLACE,
                DiaryAction::MarkDay { date: today, kind },
                None,
            );
        })
    };
    let clear = {
        let diary = diary.clone();
        Callback::from(move |_: MouseEvent| {
            perform_from(
                &diary,
                DAY_LOG_PLACE,
                DiaryAction::ClearDay { date: today },
                Some("Today's entry cleared".into()),
            )
        })
    };
    let toggle_period = {
        let diary = diary.clone();
        Callback::from(move |_: MouseEvent| {
            perform_from(
                &diary,
                DAY_LOG_PLACE,
                DiaryAction::TogglePeriodStart { date: today },
                Some("Period start removed".into()),
            )
        })
    };

    // A headache logged today (from "Headache now" or the form) is what today holds, even without a day note.
    let headache_logged_today = !diary.diary.attacks_touching(today, today).is_empty();
    let status = match note.as_ref().map(|n| &n.kind) {
        None if headache_logged_today => html! {
            <p class="day-log__status day-log__status--set">{ "Today: a headache is logged (see History)." }</p>
        },
        None => html! { <p class="day-log__status">{ "Nothing logged for today yet." }</p> },
        Some(DayKind::HeadacheFree) => html! {
            <p class="day-log__status day-log__status--set">{ "Today: no headache." }</p>
        },
        Some(DayKind::Headache { severity }) => html! {
            <p class="day-log__status day-log__status--set">
                { "Today: headache" }
                { severity.map(|s| format!(", {}", s.label())).unwrap_or_default() }
                { "." }
            </p>
        },
    };
    html! {
        <section class="day-log" aria-labelledby="day-log-title">
            <h2 id="day-log-title" class="day-log__title">{ "Today as a whole" }</h2>
            { status }
            { refusal_here(diary, DAY_LOG_PLACE) }
            <div class="day-log__row">
                <button type="button" class="button" onclick={mark(DayKind::HeadacheFree)}
                    aria-pressed={matches!(note.as_ref().map(|n| &n.kind), Some(DayKind::HeadacheFree)).to_string()}>
                    { "No headache today" }
                </button>
                if note.is_some() {
                    <button type="button" class="button button--quiet" onclick={clear}>{ "Clear today" }</button>
                }
            </div>
            <fieldset class="day-log__severity">
                <legend>{ "Headache today, at its worst:" }</legend>
                <div class="day-log__row">
                    { for DAY_SEVERITIES.iter().map(|&(value, word)| {
                        let kind = DayKind::Headache { severity: Severity::new(value).ok() };
                        let pressed = note.as_ref().is_some_and(|n| n.kind == kind);
                        html! {
                            <button type="button" class="button button--small" aria-pressed={pressed.to_string()}
                                onclick={mark(kind)}>
                                { word }
                            </button>
                        }
                    }) }
                </div>
            </fieldset>
            if matches!(note.as_ref().map(|n| &n.kind), Some(DayKind::Headache { .. })) {
                { day_extras(diary, today, DAY_LOG_PLACE, "day-log") }
            }
            if track_cycle {
                <div class="day-log__row">
                    <button type="button" class="button" aria-pressed={period_today.to_string()} onclick={toggle_period}>
                        { if period_today { "Period started today ✓" } else { "Period started today" } }
                    </button>
                </div>
            }
        </section>
    }
}
