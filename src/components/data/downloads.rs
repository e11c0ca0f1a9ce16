//! The three downloads on "Your data": attacks and daily entries as CSV, and a full JSON backup, each named
//! with today's date.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::components::ui::alert::Alert;
use crate::domain::date_text::date_text;
use crate::domain::diary::Diary;
use crate::domain::export::{attacks_csv, day_entries_csv, treatments_csv};
use crate::platform;
use crate::state::data::full_backup_text;

/// The file name for `what` made on `today`: `headache-diary-backup-2026-05-21.json`.
pub fn file_name(what: &str, today: NaiveDate, extension: &str) -> String {
    format!(
        "headache-diary-{what}-{}.{extension}",
        date_text(today, "%Y-%m-%d")
    )
}

/// Offers the full backup as a download. Reads what is stored; where this browser stores nothing at all
/// (private mode), the diary held in this tab is what there is, so that is backed up instead.
pub fn download_full_backup(today: NaiveDate, in_memory: &Diary) -> Result<(), String> {
    let text = full_backup_text(in_memory).map_err(|error| error.to_string())?;
    offer(
        &file_name("backup", today, "json"),
        &text,
        "application/json",
    )
}

fn offer(name: &str, text: &str, mime: &str) -> Result<(), String> {
    if platform::download_text(name, text, mime) {
        Ok(())
    } else {
        Err(
            "The browser did not accept the download. Nothing was changed; please try again."
                .into(),
        )
    }
}

/// What the downloads need.
pub struct DataDownloadsProps {
    /// The diary to export.
    pub diary: std::rc::Rc<Diary>,
    /// The person's local date, for the file names.
    pub today: NaiveDate,
    /// False while the stored diary cannot be read: an export would be of an empty diary, not theirs.
    pub readable: bool,
    /// Why the last download failed, in words (kept by the page).
    pub problem: UseStateHandle<Option<String>>,
}

/// Buttons that download the diary as CSV tables and the full backup.
/// A plain view function rather than a component: it keeps no state of its own, and every component costs the
/// download about 0.5 KB (gzip) of Yew's glue code.
pub fn data_downloads(props: &DataDownloadsProps) -> Html {
    let problem = &props.problem;
    let today = props.today;
    let download = |what: &'static str| {
        let diary = props.diary.clone();
        let problem = problem.clone();
        Callback::from(move |_: MouseEvent| {
            let result = match what {
                "attacks" => offer(
                    &file_name("attacks", today, "csv"),
                    &attacks_csv(&diary),
                    "text/csv",
                ),
                "days" => offer(
                    &file_name("days", today, "csv"),
                    &day_entries_csv(&diary),
                    "text/csv",
                ),
                "treatments" => offer(
                    &file_name("treatments", today, "csv"),
                    &treatments_csv(&diary),
                    "text/csv",
                ),
                _ => download_full_backup(today, &diary),
            };
            problem.set(result.err());
        })
    };
    let dismiss = {
        let problem = problem.clone();
        Callback::from(move |_| problem.set(None))
    };
    let disabled = !props.readable;
    html! {
        <div class="data-downloads">
            if let Some(message) = (**problem).clone() {
                { Alert::warning(message).dismissable(dismiss) }
            }
            <ul class="data-downloads__list">
                <li>
                    <button type="button" class="button" {disabled} onclick={download("attacks")}>
                        { "Download attacks (CSV)" }
                    </button>
                    <p class="hint">{ "One row per headache: times, severity, symptoms, medicines, triggers, note." }</p>
                </li>
                <li>
                    <button type="button" class="button" {disabled} onclick={download("days")}>
                        { "Download daily entries (CSV)" }
                    </button>
                    <p class="hint">{ "One row per marked day or period day." }</p>
                </li>
                <li>
                    <button type="button" class="button" {disabled} onclick={download("treatments")}>
                        { "Download treatments tried (CSV)" }
                    </button>
                    <p class="hint">{ "One row per preventive treatment: kind, months, dose, how it went." }</p>
                </li>
                <li>
                    <button type="button" class="button button--primary" {disabled} onclick={download("backup")}>
                        { "Download a full backup (JSON)" }
                    </button>
                    <p class="hint">{ "Everything this app keeps here, to restore on this or another device." }</p>
                </li>
            </ul>
        </div>
    }
}
