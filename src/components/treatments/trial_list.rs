//! The preventive treatments tried, newest first: name, kind, when, dose and how it went, with Edit and Delete
//! (Delete offers Undo). A "not enough effect" row that the read cannot count yet says what is missing.

use yew::prelude::*;

use crate::domain::diary::{PreventiveTrial, TrialVerdict, YearMonth};
use crate::domain::stable_sort::sort_by_key;
use crate::platform;
use crate::state::diary::{perform_from, DiaryContext};

/// The place name of the list's changes (see `perform_from`).
pub const TREATMENT_LIST_PLACE: &str = "treatment-list";

/// Every treatment tried; `on_edit` hears the row to edit.
/// A plain view function rather than a component: the treatments page already follows the diary.
pub fn trial_list(handle: &DiaryContext, on_edit: &Callback<PreventiveTrial>) -> Html {
    let this_month = YearMonth::of(platform::now_local().date());
    let mut trials: Vec<PreventiveTrial> = handle.diary.treatments().to_vec();
    // Newest start first; rows without a start month keep the order they were added in, last.
    sort_by_key(&mut trials, |trial| std::cmp::Reverse(trial.from));
    if trials.is_empty() {
        return html! {
            <p class="treatment-list__empty">{ "No treatments listed yet. Add the daily (preventive) treatments you have tried for your headaches, past and present." }</p>
        };
    }
    let rows = trials.into_iter().map(|trial| {
        let on_edit = {
            let on_edit = on_edit.clone();
            let trial = trial.clone();
            Callback::from(move |_: MouseEvent| on_edit.emit(trial.clone()))
        };
        let on_delete = {
            let handle = handle.clone();
            let id = trial.id;
            let message = format!("{} removed from your treatments", trial.name);
            Callback::from(move |_: MouseEvent| {
                perform_from(
                    &handle,
                    TREATMENT_LIST_PLACE,
                    crate::domain::diary::DiaryAction::RemoveTreatment { id },
                    Some(message.clone()),
                )
            })
        };
        let when = trial.when_label();
        let months = trial
            .months_tried(this_month)
            .map(|m| if m == 1 { "1 month".to_string() } else { format!("{m} months") });
        let details: Vec<String> = [
            (!when.is_empty()).then_some(when),
            months,
            (!trial.dose.is_empty()).then(|| trial.dose.clone()),
            trial.dose_as_prescribed.map(|as_prescribed| {
                if as_prescribed { "dose as prescribed" } else { "below the prescribed dose" }.to_string()
            }),
        ]
        .into_iter()
        .flatten()
        .collect();
        let unclear = trial.verdict(this_month) == TrialVerdict::Unclear;
        html! {
            <li class="treatment-list__item" key={trial.id.0.to_string()}>
                <div class="treatment-list__main">
                    <p class="treatment-list__name"><strong>{ trial.name.clone() }</strong>
                        <span class="treatment-list__class">{ format!(" · {}", trial.class.label()) }</span></p>
                    <p class="treatment-list__outcome">
                        { trial.outcome.map_or("How it went: not said yet", |o| o.label()) }
                    </p>
                    if !details.is_empty() {
                        <p class="treatment-list__details">{ details.join(" · ") }</p>
                    }
                    if unclear {
                        <p class="hint">{ "Not counted in the read yet: add how long you took it and whether the dose was as prescribed." }</p>
                    }
                </div>
                <div class="treatment-list__actions">
                    <button type="button" class="button button--small" onclick={on_edit}
                        aria-label={format!("Edit {}", trial.name)}>{ "Edit" }</button>
                    <button type="button" class="button button--quiet button--small" onclick={on_delete}
                        aria-label={format!("Delete {}", trial.name)}>{ "Delete" }</button>
                </div>
            </li>
        }
    });
    html! {
        <ul class="treatment-list" role="list">{ for rows }</ul>
    }
}
