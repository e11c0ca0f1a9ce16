//! The copies of earlier data the app keeps aside (before a restore, or unreadable text): listed so a mistaken
//! restore can be undone by downloading the copy and restoring it, and each can be removed (after a confirmation
//! that says it cannot be brought back) to free space.

use yew::prelude::*;

use crate::components::ui::alert::Alert;
use crate::domain::date_text::time_text;
use crate::platform;
use crate::state::data::{kept_copies, remove_kept_copy, KeptCopy};

#[derive(Properties, PartialEq)]
pub struct DataKeptCopiesProps {
    /// Changes whenever storage may have changed, so the list is read again.
    pub revision: u32,
}

/// What a kept copy is, in words.
fn describe(copy: &KeptCopy) -> String {
    match copy.kept_at {
        Some(when) if copy.is_backup => format!(
            "Your data as it was before the restore of {}",
            time_text(when, "%-d %b %Y %H:%M")
        ),
        Some(when) => format!(
            "Part of your data from before the restore of {}",
            time_text(when, "%-d %b %Y %H:%M")
        ),
        None => "Saved data that could not be read, kept aside".to_string(),
    }
}

/// A list of kept copies, each with a download button; nothing when there are none.
#[component]
pub fn DataKeptCopies(props: &DataKeptCopiesProps) -> Html {
    // Bumped after a removal here, so the list is read again.
    let removed = use_state(|| 0u32);
    let copies = use_memo((props.revision, *removed), |_| kept_copies());
    let problem = use_state(|| None::<String>);
    // The copy (by its first key) whose removal is being confirmed.
    let confirming = use_state(|| None::<String>);
    let copies = match &*copies {
        Ok(copies) if !copies.is_empty() => copies.clone(),
        _ => return html! {},
    };
    let rows = copies.into_iter().map(|copy| {
        let problem = problem.clone();
        let asking = confirming.as_deref() == copy.keys.first().map(String::as_str);
        let on_ask = {
            let (confirming, key) = (confirming.clone(), copy.keys.first().cloned());
            Callback::from(move |_: MouseEvent| confirming.set(key.clone()))
        };
        let on_keep = {
            let confirming = confirming.clone();
            Callback::from(move |_: MouseEvent| confirming.set(None))
        };
        let on_remove = {
            let (confirming, removed, problem, copy) =
                (confirming.clone(), removed.clone(), problem.clone(), copy.clone());
            Callback::from(move |_: MouseEvent| {
                match remove_kept_copy(&copy) {
                    Ok(()) => problem.set(None),
                    Err(error) => problem.set(Some(format!(
                        "The copy could not be removed: {error}"
                    ))),
                }
                confirming.set(None);
                removed.set(*removed + 1);
            })
        };
        let label = describe(&copy);
        let first_key = copy.keys.first().cloned().unwrap_or_default();
        let (file, mime) = if copy.is_backup {
            (format!("{first_key}.json"), "application/json")
        } else {
            (format!("{first_key}.txt"), "text/plain")
        };
        let text = copy.text;
        let onclick = Callback::from(move |_: MouseEvent| {
            if !platform::download_text(&file, &text, mime) {
                problem.set(Some("The browser did not accept the download.".into()));
            }
        });
        html! {
            <li class="data-copies__item">
                <span>{ label.clone() }</span>
                <button type="button" class="button" {onclick} aria-label={format!("Download: {label}")}>
                    { "Download" }
                </button>
                if asking {
                    <div class="data-copies__confirm" role="group" aria-label={format!("Remove: {label}")}>
                        <p>{ "Remove this copy from this browser? It cannot be brought back. Download it first if you may need it." }</p>
                        <button type="button" class="button button--danger" onclick={on_remove}>
                            { "Yes, remove it" }
                        </button>
                        <button type="button" class="button" onclick={on_keep}>{ "Keep it" }</button>
                    </div>
                } else {
                    <button type="button" class="button button--quiet" onclick={on_ask}
                        aria-label={format!("Remove: {label}")}>
                        { "Remove" }
                    </button>
                }
            </li>
        }
    });
    let dismiss = {
        let problem = problem.clone();
        Callback::from(move |_| problem.set(None))
    };
    html! {
        <section class="data-section" aria-labelledby="copies-title">
            <h2 id="copies-title" class="data-section__title">{ "Copies kept before a restore" }</h2>
            if let Some(message) = (*problem).clone() {
                { Alert::warning(message).dismissable(dismiss) }
            }
            <p class="hint">{ "If a restore was a mistake: download the copy, then restore it with \"Replace my diary\". A copy you no longer need can be removed to free space." }</p>
            <ul class="data-copies">{ for rows }</ul>
        </section>
    }
}
