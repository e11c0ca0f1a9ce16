//! "Days you have not logged": the recent days (up to two weeks, since the diary began) with nothing logged,
//! each marked in one tap as no headache or a headache and how bad, or set aside as not sure. The diary's
//! reminder, which needs no server. A day is never counted as headache-free unless the person marks it.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::components::diary::day_quick_log::DAY_SEVERITIES;
use crate::components::diary::refusal_here::refusal_here;
use crate::domain::date_text::date_text;
use crate::domain::diary::{DayKind, DiaryAction, Severity};
use crate::domain::letter_case::fold_case;
use crate::platform;
use crate::state::diary::{perform_from, use_diary};

/// The most days listed at once (the newest); marking one brings the next.
const DAYS_SHOWN: usize = 5;

/// The place name of this list's changes (see `perform_from`).
pub const MISSED_DAYS_PLACE: &str = "missed-days";

/// The recent days with nothing logged, to fill in.
#[component]
pub fn MissedDays() -> Html {
    let diary = use_diary();
    // Days the person was not sure about, and "Not now" for the whole list: for this visit only, so the
    // question comes back another day rather than a guess being stored.
    // The few days set aside this visit (a list: a B-tree set of dates would be compiled for this alone).
    let set_aside = use_state(Vec::<NaiveDate>::new);
    let not_now = use_state(|| false);
    let Some(handle) = diary else {
        return Html::default();
    };
    if !handle.accepts_changes() || *not_now {
        return Html::default();
    }
    let today = platform::now_local().date();
    let days: Vec<NaiveDate> = handle
        .diary
        .missed_days(today)
        .into_iter()
        .filter(|day| !set_aside.contains(day))
        .collect();
    if days.is_empty() {
        return Html::default();
    }
    let rows = days.iter().take(DAYS_SHOWN).map(|&date| {
        let mark = |kind: DayKind| {
            let handle = handle.clone();
            Callback::from(move |_: MouseEvent| {
                perform_from(
                    &handle,
                    MISSED_DAYS_PLACE,
                    DiaryAction::MarkDay { date, kind },
                    None,
                )
            })
        };
        let unsure = {
            let set_aside = set_aside.clone();
            Callback::from(move |_: MouseEvent| {
                let mut next = (*set_aside).clone();
                next.push(date);
                set_aside.set(next);
            })
        };
        let words = date_text(date, "%A %-d %B");
        let group_id = format!("missed-{date}");
        html! {
            <li key={date.to_string()} class="missed-days__day">
                <div role="group" aria-labelledby={group_id.clone()} class="missed-days__group">
                    <p id={group_id} class="missed-days__date">{ words }</p>
                    <div class="day-log__row">
                        <button type="button" class="button button--small" onclick={mark(DayKind::HeadacheFree)}>
                            { "No headache" }
                        </button>
                        <span class="missed-days__headache" aria-hidden="true">{ "Headache:" }</span>
                        { for DAY_SEVERITIES.iter().map(|&(value, word)| html! {
                            // The visible word is short; its name says what it marks (and contains the word).
                            <button type="button" class="button button--small"
                                aria-label={format!("Headache: {}", fold_case(word))}
                                onclick={mark(DayKind::Headache { severity: Severity::new(value).ok() })}>
                                { word }
                            </button>
                        }) }
                        <button type="button" class="button button--quiet button--small" onclick={unsure}>
                            { "Not sure" }
                        </button>
                    </div>
                </div>
            </li>
        }
    });
    let on_not_now = {
        let not_now = not_now.clone();
        Callback::from(move |_: MouseEvent| not_now.set(true))
    };
    let count = days.len();
    html! {
        <section class="missed-days" aria-labelledby="missed-days-title">
            <h2 id="missed-days-title" class="missed-days__title">{ "Days you have not logged" }</h2>
            <p class="hint">
                { if count == 1 {
                    "One recent day has nothing logged. A day counts as headache-free only when you mark it.".to_string()
                } else {
                    format!("{count} recent days have nothing logged. A day counts as headache-free only when you mark it.")
                } }
            </p>
            { refusal_here(&handle, MISSED_DAYS_PLACE) }
            <ul class="missed-days__list" role="list">{ for rows }</ul>
            <button type="button" class="button button--quiet" onclick={on_not_now}>{ "Not now" }</button>
        </section>
    }
}
