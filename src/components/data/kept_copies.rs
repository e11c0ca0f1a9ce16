//! The copies of earlier data the app keeps aside (before a restore, or unreadable text): listed so a mistaken
//! restore can be undone by downloading the copy and restoring it.

use yew::prelude::*;

use crate::components::ui::alert::Alert;
use crate::platform;
use crate::state::data::{kept_copies, KeptCopy};

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
            when.format("%-d %b %Y %H:%M")
        ),
        Some(when) => format!(
            "Part of your data from before the restore of {}",
            when.format("%-d %b %Y %H:%M")
        ),
        None => "Saved data that could not be read, kept aside".to_string(),
    }
}

/// A list of kept copies, each with a download button; nothing when there are none.
#[component]
pub fn DataKeptCopies(props: &DataKeptCopiesProps) -> Html {
    let copies = use_memo(props.revision, |_| kept_copies());
    let problem = use_state(|| None::<String>);
    let copies = match &*copies {
        Ok(copies) if !copies.is_empty() => copies.clone(),
        _ => return html! {},
    };
    let rows = copies.into_iter().map(|copy| {
        let problem = problem.clone();
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
                <Alert message={message} on_dismiss={dismiss} />
            }
            <p class="hint">{ "If a restore was a mistake: download the copy, then restore it with \"Replace my diary\"." }</p>
            <ul class="data-copies">{ for rows }</ul>
        </section>
    }
}
