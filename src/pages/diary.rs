//! The diary: log today in one tap, see progress, the calendar and every headache.

use yew::prelude::*;

use crate::components::diary::calendar::DiaryCalendar;
use crate::components::diary::day_quick_log::day_quick_log;
use crate::components::diary::headache_now::headache_now;
use crate::components::diary::history::DiaryHistory;
use crate::components::diary::missed_days::MissedDays;
use crate::components::diary::undo_bar::undo_bar;
use crate::platform;
use crate::route::Route;
use crate::state::diary::DiaryContext;
use crate::state::preferences::{tracks_cycle, PreferencesContext};

/// The diary page, for the diary `diary` holds (`None` while a long diary is still being read).
/// A plain view function rather than a component: the page chooser already follows the diary and preferences.
pub fn diary_page(diary: Option<&DiaryContext>, preferences: Option<&PreferencesContext>) -> Html {
    let track_cycle = tracks_cycle(preferences);
    // A long diary is read just after the first paint (`state::diary`'s provider): until then, its heading and a
    // word why the rest is not there yet, and nothing to tap that the diary's content would move a moment later.
    // The heading stays the same element when the diary arrives (the body below it is one node either way).
    let body = match diary {
        None => html! { <p class="diary__opening" role="status">{ "Opening your diary…" }</p> },
        Some(diary) => diary_body(diary, track_cycle),
    };
    html! {
        <div class="page diary">
            <h1 class="page__title">{ "My headache diary" }</h1>
            { body }
        </div>
    }
}

/// Everything below the diary page's heading, once the diary is read.
fn diary_body(handle: &DiaryContext, track_cycle: bool) -> Html {
    let progress = handle.diary.progress(platform::now_local().date());
    html! {
        <>
            { undo_bar(handle) }
            <p class="diary__progress">
                { progress.text() }
                if progress.first_day.is_some() {
                    <span class="diary__progress-detail">{ format!(" · {}", progress.logged_text()) }</span>
                }
            </p>
            { headache_now(handle) }
            <p class="diary__earlier">
                <a href={Route::Attack { id: "new".into() }.href()} class="button button--quiet">
                    { "Log a headache from an earlier day" }
                </a>
                <a href={Route::Treatments.href()} class="button button--quiet">
                    { "Treatments tried" }
                </a>
            </p>
            <div class="diary__today">
                { day_quick_log(handle, track_cycle) }
                <MissedDays />
            </div>
            // Each view brings its own heading; on a wide screen the calendar sits beside the history.
            <div class="diary__columns">
                <div class="diary__section"><DiaryCalendar {track_cycle} /></div>
                <div class="diary__section"><DiaryHistory /></div>
            </div>
        </>
    }
}
