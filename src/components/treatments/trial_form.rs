//! The form that adds or edits one preventive treatment tried. A common name fills in its kind, so adding one
//! takes four taps (add, the name, how it went, save); every other field is optional. The form stays open with
//! what was typed until the diary holds the saved row, so a refused save loses nothing.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::diary::refusal_here::refusal_here;
use crate::components::ui::alert::Alert;
use crate::domain::diary::{
    DiaryAction, PreventiveClass, PreventiveTrial, TrialId, TrialOutcome, YearMonth,
    COMMON_PREVENTIVES, NAME_MAX_CHARS,
};
use crate::platform;
use crate::state::diary::{perform_from, use_diary};
use crate::state::treatment_form::{TreatmentFields, TreatmentFormError};

/// The place name of the form's saves (see `perform_from`).
pub const TREATMENT_FORM_PLACE: &str = "treatment-form";

#[derive(Properties, PartialEq)]
pub struct TrialFormProps {
    /// The row being edited; `None` adds a new one.
    #[prop_or_default]
    pub editing: Option<PreventiveTrial>,
    /// Called once the diary holds the saved row, or on Cancel.
    pub on_done: Callback<()>,
}

/// Add or edit one treatment.
#[component]
pub fn TrialForm(props: &TrialFormProps) -> Html {
    let handle = use_diary();
    let fields = {
        let editing = props.editing.clone();
        use_state(move || {
            editing
                .as_ref()
                .map(TreatmentFields::of)
                .unwrap_or_default()
        })
    };
    let error = use_state(|| None::<TreatmentFormError>);
    // The row sent to the diary; the form closes when the diary holds exactly it.
    let saving = use_state(|| None::<PreventiveTrial>);
    {
        let on_done = props.on_done.clone();
        let saving_now = (*saving).clone();
        let stored = saving_now
            .as_ref()
            .and_then(|trial| handle.as_ref()?.diary.treatment(trial.id).cloned());
        use_effect_with((saving_now, stored), move |(saving, stored)| {
            if saving.is_some() && saving == stored {
                on_done.emit(());
            }
        });
    }
    let Some(handle) = handle else {
        return Html::default();
    };

    let update = |change: fn(&mut TreatmentFields, String)| {
        let fields = fields.clone();
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            let mut next = (*fields).clone();
            change(&mut next, value);
            fields.set(next);
        })
    };
    let on_class = {
        let fields = fields.clone();
        Callback::from(move |event: Event| {
            let code = event.target_unchecked_into::<HtmlSelectElement>().value();
            let mut next = (*fields).clone();
            next.class = PreventiveClass::from_code(&code);
            fields.set(next);
        })
    };
    let on_still = {
        let fields = fields.clone();
        Callback::from(move |event: Event| {
            let mut next = (*fields).clone();
            next.still_taking = event.target_unchecked_into::<HtmlInputElement>().checked();
            fields.set(next);
        })
    };
    let on_submit = {
        let fields = fields.clone();
        let error = error.clone();
        let saving = saving.clone();
        let handle = handle.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let this_month = YearMonth::of(platform::now_local().date());
            match fields.read(TrialId(platform::new_attack_id().0), this_month) {
                Ok(trial) => {
                    error.set(None);
                    // Keep the id: a second tap on Save is the same row, never a duplicate.
                    let mut next = (*fields).clone();
                    next.editing = Some(trial.id);
                    fields.set(next);
                    saving.set(Some(trial.clone()));
                    perform_from(
                        &handle,
                        TREATMENT_FORM_PLACE,
                        DiaryAction::SaveTreatment { trial },
                        None,
                    );
                }
                Err(problem) => {
                    platform::focus_by_id(problem.field_id());
                    error.set(Some(problem));
                }
            }
        })
    };
    let on_cancel = {
        let on_done = props.on_done.clone();
        Callback::from(move |_: MouseEvent| on_done.emit(()))
    };

    let current = (*fields).clone();
    let common = COMMON_PREVENTIVES.iter().map(|&(name, _)| {
        let fields = fields.clone();
        let pressed = current.name == name;
        let onclick = Callback::from(move |_: MouseEvent| {
            let mut next = (*fields).clone();
            next.pick_common(name);
            fields.set(next);
        });
        html! {
            <button type="button" class="button button--small" aria-pressed={pressed.to_string()} {onclick}>{ name }</button>
        }
    });
    let outcome = TrialOutcome::ALL.iter().map(|&choice| {
        let fields = fields.clone();
        let id = format!("treatment-outcome-{}", choice.code());
        let onchange = Callback::from(move |_: Event| {
            let mut next = (*fields).clone();
            next.outcome = Some(choice);
            fields.set(next);
        });
        html! {
            <div class="radio">
                <input type="radio" name="treatment-outcome" id={id.clone()}
                    checked={current.outcome == Some(choice)} {onchange} />
                <label for={id}>{ choice.label() }</label>
            </div>
        }
    });
    let prescribed = [
        (Some(true), "Yes", "yes"),
        (Some(false), "No, less", "no"),
        (None, "Not sure", "unsure"),
    ]
    .into_iter()
    .map(|(value, word, code)| {
        let fields = fields.clone();
        let id = format!("treatment-prescribed-{code}");
        let onchange = Callback::from(move |_: Event| {
            let mut next = (*fields).clone();
            next.as_prescribed = value;
            fields.set(next);
        });
        html! {
            <div class="radio">
                <input type="radio" name="treatment-prescribed" id={id.clone()}
                    checked={current.as_prescribed == value} {onchange} />
                <label for={id}>{ word }</label>
            </div>
        }
    });
    let invalid = |id: &str| {
        error
            .as_ref()
            .is_some_and(|e| e.field_id() == id)
            .to_string()
    };
    let title = if props.editing.is_some() {
        format!(
            "Edit {}",
            props
                .editing
                .as_ref()
                .map(|t| t.name.as_str())
                .unwrap_or("")
        )
    } else {
        "Add a treatment you have tried".to_string()
    };
    html! {
        <form class="treatment-form" onsubmit={on_submit} novalidate=true aria-labelledby="treatment-form-title">
            <h2 id="treatment-form-title" class="treatment-form__title">{ title }</h2>
            <fieldset class="treatment-form__common">
                <legend>{ "Pick a common one, or type its name below" }</legend>
                <div class="chip-row">{ for common }</div>
            </fieldset>
            <div class="field">
                <label class="field__label" for="treatment-name">{ "Name" }</label>
                <input type="text" class="field__input" id="treatment-name" maxlength={NAME_MAX_CHARS.to_string()} autocomplete="off"
                    value={current.name.clone()} oninput={update(|f, v| f.name = v)}
                    aria-invalid={invalid("treatment-name")} />
            </div>
            <div class="field">
                <label class="field__label" for="treatment-class">{ "Kind of treatment" }</label>
                <select class="field__input" id="treatment-class" onchange={on_class} aria-invalid={invalid("treatment-class")}>
                    <option value="" selected={current.class.is_none()}>{ "Choose…" }</option>
                    { for PreventiveClass::ALL.iter().map(|class| html! {
                        <option value={class.code()} selected={current.class == Some(*class)}>{ class.label() }</option>
                    }) }
                </select>
            </div>
            <fieldset class="treatment-form__outcome">
                <legend>{ "How did it go?" }</legend>
                { for outcome }
            </fieldset>
            <details class="treatment-form__more" open={props.editing.is_some()}>
                <summary>{ "When, how much, and for how long (optional)" }</summary>
                <div class="treatment-form__months">
                    <div class="field">
                        <label class="field__label" for="treatment-from">{ "Started (month)" }</label>
                        <input type="month" class="field__input" id="treatment-from" placeholder="2025-03" value={current.from.clone()}
                            oninput={update(|f, v| f.from = v)} aria-invalid={invalid("treatment-from")} />
                    </div>
                    <div class="field">
                        <label class="field__label" for="treatment-to">{ "Stopped (month)" }</label>
                        <input type="month" class="field__input" id="treatment-to" placeholder="2025-09" value={current.to.clone()}
                            disabled={current.still_taking} oninput={update(|f, v| f.to = v)} />
                    </div>
                </div>
                <div class="checkbox">
                    <input type="checkbox" id="treatment-still" checked={current.still_taking} onchange={on_still} />
                    <label for="treatment-still">{ "I still take it" }</label>
                </div>
                <div class="field">
                    <label class="field__label" for="treatment-months">{ "If you don't know the months: how many months did you take it?" }</label>
                    <input type="text" inputmode="numeric" class="field__input field__input--short" id="treatment-months" value={current.months.clone()}
                        oninput={update(|f, v| f.months = v)} aria-invalid={invalid("treatment-months")} />
                </div>
                <div class="field">
                    <label class="field__label" for="treatment-dose">{ "Dose, in your words" }</label>
                    <input type="text" class="field__input" id="treatment-dose" maxlength={NAME_MAX_CHARS.to_string()} autocomplete="off"
                        placeholder="25 mg at night" value={current.dose.clone()} oninput={update(|f, v| f.dose = v)} />
                </div>
                <fieldset class="treatment-form__prescribed">
                    <legend>{ "Did you take the dose your doctor prescribed?" }</legend>
                    { for prescribed }
                </fieldset>
                <p class="hint">{ "A treatment that did not help enough counts as tried once it was taken for 3 months at the prescribed dose. Side effects, or a doctor advising against it, count whatever the length." }</p>
            </details>
            if let Some(problem) = error.as_ref() {
                { Alert::warning(problem.to_string()) }
            }
            { refusal_here(&handle, TREATMENT_FORM_PLACE) }
            <div class="treatment-form__actions">
                <button type="submit" class="button button--primary">{ "Save treatment" }</button>
                <button type="button" class="button button--quiet" onclick={on_cancel}>{ "Cancel" }</button>
            </div>
        </form>
    }
}
