//! Treatments: the daily (preventive) treatments tried, past and present, one row per trial, and what they add up
//! to with the diary's days that stopped you (EHF 2020). Acute medicines stay with each headache and day.

use yew::prelude::*;

use crate::components::diary::refusal_here::refusal_here;
use crate::components::diary::undo_bar::undo_bar;
use crate::components::treatments::resistance_read::resistance_read_view;
use crate::components::treatments::trial_form::TrialForm;
use crate::components::treatments::trial_list::{trial_list, TREATMENT_LIST_PLACE};
use crate::domain::diary::PreventiveTrial;
use crate::domain::insights::read_resistance;
use crate::platform;
use crate::route::Route;
use crate::state::diary::use_diary;
use crate::state::insights::use_kept_self_check;

/// What the form is doing.
#[derive(Debug, Clone, PartialEq)]
enum Editing {
    Closed,
    New,
    Row(PreventiveTrial),
}

/// The treatments page.
#[component]
pub fn TreatmentsPage() -> Html {
    let handle = use_diary();
    let kept = use_kept_self_check();
    let editing = use_state(|| Editing::Closed);
    let today = platform::now_local().date();
    let read = {
        let diary = handle.as_ref().map(|h| h.diary.clone()).unwrap_or_default();
        let assessment = kept.as_ref().as_ref().map(|k| k.assessment.clone());
        use_memo((diary, today), move |(diary, today)| {
            read_resistance(diary, *today, assessment.as_ref())
        })
    };
    let on_add = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| {
            editing.set(Editing::New);
            platform::focus_by_id("treatment-form-title");
        })
    };
    let on_edit = {
        let editing = editing.clone();
        Callback::from(move |trial: PreventiveTrial| {
            editing.set(Editing::Row(trial));
            platform::focus_by_id("treatment-form-title");
        })
    };
    let on_done = {
        let editing = editing.clone();
        Callback::from(move |()| editing.set(Editing::Closed))
    };
    let form = match &*editing {
        Editing::Closed => None,
        Editing::New => Some(html! { <TrialForm key="new" on_done={on_done.clone()} /> }),
        Editing::Row(trial) => Some(html! {
            <TrialForm key={trial.id.0.to_string()} editing={trial.clone()} on_done={on_done.clone()} />
        }),
    };
    html! {
        <div class="page treatments">
            <h1 class="page__title">{ "Treatments" }</h1>
            { for handle.as_ref().map(undo_bar) }
            <p class="lead">{ "The daily treatments you have tried to prevent headaches, past and present: what each was and how it went. Your doctor will ask about these. Medicines you take during a headache belong with that headache in your diary." }</p>
            if let Some(handle) = handle.as_ref().filter(|handle| handle.accepts_changes()) {
                if form.is_none() {
                    <p><button type="button" class="button button--primary" onclick={on_add}>{ "Add a treatment" }</button></p>
                }
                { for form }
                <h2>{ "Treatments tried" }</h2>
                { refusal_here(handle, TREATMENT_LIST_PLACE) }
                { trial_list(handle, &on_edit) }
            } else {
                <p>{ "Your diary cannot be changed just now (see the message at the top of the page)." }</p>
            }
            { resistance_read_view(&read, false) }
            <p class="treatments__links">
                <a href={Route::Diary.href()} class="button">{ "Back to the diary" }</a>
                <a href={Route::Report.href()} class="button">{ "Report for my doctor" }</a>
            </p>
        </div>
    }
}
