//! "Your data" (`#/data`): where the data lives, downloads (CSV and a full backup), restore from a backup, the
//! copies kept before a restore, and "Delete all my data".

use yew::prelude::*;

use crate::components::data::delete::DataDelete;
use crate::components::data::downloads::{data_downloads, DataDownloadsProps};
use crate::components::data::kept_copies::DataKeptCopies;
use crate::components::data::restore::DataRestore;
use crate::components::ui::alert::Alert;
use crate::domain::export::summary::entries_words;
use crate::platform;
use crate::state::diary::use_diary;

/// The "Your data" page.
#[component]
pub fn DataPage() -> Html {
    let diary = use_diary();
    let revision = use_state(|| 0_u32);
    let download_problem = use_state(|| None::<String>);
    let today = platform::now_local().date();
    let current = diary
        .as_ref()
        .map(|handle| handle.diary.clone())
        .unwrap_or_default();
    let readable = diary.as_ref().is_none_or(|handle| handle.accepts_changes());
    let on_restored = {
        let revision = revision.clone();
        Callback::from(move |_| revision.set(*revision + 1))
    };
    let status = if !readable {
        None
    } else if current.is_empty() {
        Some("Your diary in this browser is empty.".to_string())
    } else {
        Some(format!(
            "Your diary in this browser holds {}.",
            entries_words(
                current.attacks().len(),
                current.day_notes().len(),
                current.periods().len()
            )
        ))
    };
    html! {
        <div class="page data-page">
            <h1 class="page__title">{ "Your data" }</h1>
            <p class="lead">
                { "Everything you enter is kept in this browser on this device, and nowhere else: nothing is sent anywhere. Another browser or device does not see it, and clearing this site's data deletes it." }
            </p>
            if let Some(status) = status {
                <p class="data-page__status" id="data-status">{ status }</p>
            } else {
                { Alert::warning("Your saved diary cannot be read just now. The Diary page explains what you can do; until then it cannot be downloaded here, but a backup can still replace it.") }
            }

            <section class="data-section" aria-labelledby="download-title">
                <h2 id="download-title" class="data-section__title">{ "Download your data" }</h2>
                <p class="hint">{ "CSV files open in a spreadsheet or can go to your doctor. The backup keeps everything, to restore here or on another device; make one now and then." }</p>
                { data_downloads(&DataDownloadsProps {
                    diary: current.clone(),
                    today,
                    readable,
                    problem: download_problem,
                }) }
            </section>

            <section class="data-section" aria-labelledby="restore-title">
                <h2 id="restore-title" class="data-section__title">{ "Restore from a backup" }</h2>
                <DataRestore {on_restored} />
            </section>

            <DataKeptCopies revision={*revision} />

            <section class="data-section data-section--danger" aria-labelledby="delete-title">
                <h2 id="delete-title" class="data-section__title">{ "Delete all my data" }</h2>
                <p class="hint">{ "Removes your diary, self-check result and settings from this browser." }</p>
                <DataDelete {today} />
            </section>
        </div>
    }
}
