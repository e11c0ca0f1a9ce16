//! What the person must know about their diary's storage: a refused change, unsaved changes,
//! or stored data that cannot be read (with the raw data to download and a choice to make). Settings that could
//! not be read or saved are said first.

use yew::prelude::*;

use crate::components::shell::storage_notice::storage_notice;
use crate::components::ui::alert::Alert;
use crate::platform;
use crate::route::Route;
use crate::state::diary::{start_afresh, use_diary, DiaryMsg, Persistence};
use crate::state::preferences::use_preferences;
use crate::state::router::use_route;

/// Storage and validation messages for the settings and the diary, shown at the top of every page: a change made
/// from the running-headache banner or the home page must say just as clearly that it was not saved.
#[component]
pub fn DiaryNotice() -> Html {
    let confirming = use_state(|| false);
    let route = use_route();
    let settings =
        use_preferences().map_or_else(Html::default, |preferences| storage_notice(&preferences));
    let Some(diary) = use_diary() else {
        return settings;
    };
    // The headache form shows a refused change next to its Save button instead.
    let form_shows_problem = matches!(route, Route::Attack { .. });
    let problem = diary
        .problem
        .as_ref()
        .map(ToString::to_string)
        .filter(|_| !form_shows_problem)
        // A refusal shown beside the control that asked for the change is not repeated up here, out of view.
        .filter(|_| diary.problem_at.is_none())
        .map(|message| {
            let diary = diary.clone();
            let on_dismiss = Callback::from(move |()| diary.dispatch(DiaryMsg::DismissProblem));
            Html::from(Alert::warning(message).dismissable(on_dismiss))
        });
    let persistence = match &diary.persistence {
        Persistence::Stored => Html::default(),
        Persistence::MemoryOnly { reason } => html! {
            { Alert::warning(format!("Changes are kept in this tab only. {reason}")) }
        },
        Persistence::Unreadable { raw, error } => {
            let raw = raw.clone();
            let on_download = Callback::from(move |_: MouseEvent| {
                // If the browser refuses, the data still sits untouched in storage.
                platform::download_text("headache-diary-unreadable.json", &raw, "application/json");
            });
            let on_ask = {
                let confirming = confirming.clone();
                Callback::from(move |_: MouseEvent| confirming.set(true))
            };
            let on_start = {
                let diary = diary.clone();
                Callback::from(move |_: MouseEvent| start_afresh(&diary))
            };
            html! {
                { Alert::danger(format!("Your saved diary could not be read. {error} Nothing has been deleted or changed.")).with_details(html! {
                    <div class="alert__actions">
                        <button type="button" class="button" onclick={on_download}>
                            { "Download the saved data" }
                        </button>
                        if *confirming {
                            <p class="alert__confirm">
                                { "A new, empty diary will be started. The data that could not be read stays kept in this browser under its own name, and you can still download it above." }
                            </p>
                            <button type="button" class="button button--primary" onclick={on_start}>
                                { "Start a new diary" }
                            </button>
                        } else {
                            <button type="button" class="button" onclick={on_ask}>
                                { "Start a new diary instead…" }
                            </button>
                        }
                    </div>
                }) }
            }
        }
    };
    html! { <>{ settings }{ persistence }{ for problem }</> }
}
