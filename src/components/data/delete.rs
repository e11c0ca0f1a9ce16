//! "Delete all my data": a first button opens a confirmation that names what will be lost and offers a backup
//! first; only its final button deletes, and then the app starts again as on a first visit.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::components::data::downloads::download_full_backup;
use crate::components::ui::alert::Alert;
use crate::domain::export::summary::counted;
use crate::platform;
use crate::state::data::{
    delete_everything_and_start_afresh, stored_besides_diary, StoredSelfCheck,
};
use crate::state::diary::use_diary;

#[derive(Properties, PartialEq)]
pub struct DataDeleteProps {
    /// The person's local date, for the backup's file name.
    pub today: NaiveDate,
}

/// What would be lost, in words, read from storage when the confirmation opens.
fn losses(diary: &crate::domain::diary::Diary) -> Vec<String> {
    let mut lines = vec![
        counted(diary.attacks().len(), "headache", "headaches"),
        counted(diary.day_notes().len(), "day entry", "day entries"),
        counted(diary.periods().len(), "period", "periods"),
    ];
    if !diary.own_triggers().is_empty() {
        lines.push(format!(
            "your own trigger words ({})",
            diary.own_triggers().len()
        ));
    }
    let stored = stored_besides_diary();
    match stored.self_check {
        StoredSelfCheck::Result(date) => lines.push(format!("the self-check result of {date}")),
        StoredSelfCheck::InProgress => lines.push("the self-check answers in progress".into()),
        StoredSelfCheck::Unreadable => lines.push("the saved self-check (unreadable)".into()),
        StoredSelfCheck::Nothing => {}
    }
    if stored.settings {
        lines.push("your settings (theme, period logging)".into());
    }
    if stored.kept_copies > 0 {
        lines.push(counted(
            stored.kept_copies,
            "copy kept before a restore or of unreadable data",
            "copies kept before a restore or of unreadable data",
        ));
    }
    lines
}

/// The delete section of "Your data".
#[component]
pub fn DataDelete(props: &DataDeleteProps) -> Html {
    let diary = use_diary();
    let open = use_state(|| false);
    let problem = use_state(|| None::<String>);
    let backup_taken = use_state(|| false);
    let current = diary
        .as_ref()
        .map(|handle| handle.diary.clone())
        .unwrap_or_default();

    let on_open = {
        let (open, backup_taken) = (open.clone(), backup_taken.clone());
        Callback::from(move |_: MouseEvent| {
            backup_taken.set(false);
            open.set(true);
        })
    };
    // Focus follows the step: onto the confirmation's heading when it opens, back to the button when it is
    // cancelled (never on first render, which would pull focus down the page).
    let was_opened = use_mut_ref(|| false);
    use_effect_with(*open, move |open| {
        if *open {
            *was_opened.borrow_mut() = true;
            platform::focus_by_id("delete-confirm-title");
        } else if *was_opened.borrow() {
            platform::focus_by_id("delete-open");
        }
    });
    let on_cancel = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(false))
    };
    let on_backup = {
        let (problem, backup_taken, current) =
            (problem.clone(), backup_taken.clone(), current.clone());
        let today = props.today;
        Callback::from(
            move |_: MouseEvent| match download_full_backup(today, &current) {
                Ok(()) => backup_taken.set(true),
                Err(message) => problem.set(Some(message)),
            },
        )
    };
    let on_delete = {
        let problem = problem.clone();
        Callback::from(move |_: MouseEvent| {
            if let Err(error) = delete_everything_and_start_afresh() {
                problem.set(Some(error.to_string()));
            }
        })
    };
    let dismiss = {
        let problem = problem.clone();
        Callback::from(move |_| problem.set(None))
    };

    html! {
        <div class="data-delete">
            if let Some(message) = (*problem).clone() {
                { Alert::danger(message).dismissable(dismiss) }
            }
            if *open {
                <section class="data-delete__confirm" aria-labelledby="delete-confirm-title">
                    <h3 id="delete-confirm-title" class="data-delete__title" tabindex="-1">
                        { "Delete everything this app keeps in this browser?" }
                    </h3>
                    <p>{ "This will be lost for good:" }</p>
                    <ul class="data-delete__losses">
                        { for losses(&current).into_iter().map(|line| html! { <li>{ line }</li> }) }
                    </ul>
                    <p>{ "It cannot be undone. A backup file lets you bring it all back later." }</p>
                    <div class="data-actions">
                        <button type="button" class="button" onclick={on_backup}>
                            { "Download a backup first" }
                        </button>
                        <button type="button" class="button button--danger" onclick={on_delete}>
                            { "Delete everything" }
                        </button>
                        <button type="button" class="button button--quiet" onclick={on_cancel}>
                            { "Cancel" }
                        </button>
                    </div>
                    <p class="hint" aria-live="polite">
                        if *backup_taken { { "The backup was offered as a download. Check it is saved before you delete." } }
                    </p>
                </section>
            } else {
                <button type="button" id="delete-open" class="button button--danger" onclick={on_open}>
                    { "Delete all my data…" }
                </button>
            }
        </div>
    }
}
