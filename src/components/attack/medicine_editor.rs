//! One medicine dose on the attack form: name, dose, time taken, class (for the ICHD-3 8.2 overuse counts),
//! whether it helped and after how long, and Remove. Every field keeps exactly what was typed; problems found on
//! Save are shown under the field they concern.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::domain::diary::{MedicineClass, MedicineEffect, NAME_MAX_CHARS};
use crate::state::attack_form::{dose_input_id, DoseDraft, DosePart};

/// What one dose row shows and reports.
pub struct MedicineEditorProps {
    /// The dose as typed.
    pub dose: DoseDraft,
    /// Its place in the list, from 1 (for the heading).
    pub number: usize,
    /// A problem Save found in this row, and which field it concerns.
    pub problem: Option<(DosePart, AttrValue)>,
    /// Called with the row after every change.
    pub on_change: Callback<DoseDraft>,
    /// Called with the row's key when Remove is pressed.
    pub on_remove: Callback<u32>,
}

/// A dose row.
/// A plain view function rather than a component: it keeps no state, and every component costs the download
/// about 0.5 KB (gzip) of Yew's glue code.
pub fn medicine_editor(props: &MedicineEditorProps) -> Html {
    let dose = &props.dose;
    let key = dose.key;
    let id = |part| dose_input_id(key, part);
    let group_id = format!("dose-{key}");
    let title_id = format!("dose-{key}-title");

    // One callback maker per kind of field: each sends the whole row with one part replaced.
    let text_field = |set: fn(&mut DoseDraft, String)| {
        let dose = dose.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |event: InputEvent| {
            let mut next = dose.clone();
            set(
                &mut next,
                event.target_unchecked_into::<HtmlInputElement>().value(),
            );
            on_change.emit(next);
        })
    };
    let on_class = {
        let dose = dose.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            let index = event
                .target_unchecked_into::<HtmlSelectElement>()
                .selected_index();
            if let Some(class) = usize::try_from(index)
                .ok()
                .and_then(|i| MedicineClass::ALL.get(i))
            {
                on_change.emit(DoseDraft {
                    class: *class,
                    ..dose.clone()
                });
            }
        })
    };
    let on_remove = {
        let on_remove = props.on_remove.clone();
        Callback::from(move |_: MouseEvent| on_remove.emit(key))
    };

    let problem_for = |part: DosePart| {
        props
            .problem
            .as_ref()
            .filter(|(at, _)| *at == part)
            .map(|(_, message)| message.clone())
    };
    // Always rendered (hidden when empty) so the inputs around it are never rebuilt while the person types.
    let error = |part: DosePart| {
        let message = problem_for(part);
        html! {
            <p class="field__error" id={format!("{}-error", id(part))} hidden={message.is_none()}>
                { message.unwrap_or_default() }
            </p>
        }
    };
    let invalid = |part: DosePart| problem_for(part).is_some().then_some("true");
    let described = |part: DosePart| {
        problem_for(part)
            .is_some()
            .then(|| format!("{}-error", id(part)))
    };

    let title = if dose.name.trim().is_empty() {
        format!("Medicine {}", props.number)
    } else {
        format!("Medicine {}: {}", props.number, dose.name.trim())
    };
    let remove_name = if dose.name.trim().is_empty() {
        format!("Remove medicine {}", props.number)
    } else {
        format!("Remove {}", dose.name.trim())
    };

    let effects = MedicineEffect::ALL.iter().map(|effect| {
        let effect = *effect;
        let input_id = format!("{group_id}-effect-{}", effect.code());
        let onchange = {
            let dose = dose.clone();
            let on_change = props.on_change.clone();
            Callback::from(move |event: Event| {
                if event.target_unchecked_into::<HtmlInputElement>().checked() {
                    on_change.emit(DoseDraft {
                        effect,
                        ..dose.clone()
                    });
                }
            })
        };
        html! {
            <div class="radio medicine-editor__effect">
                <input type="radio" id={input_id.clone()} name={format!("{group_id}-effect")}
                    checked={dose.effect == effect} {onchange} />
                <label for={input_id}>{ effect.label() }</label>
            </div>
        }
    });
    let classes = MedicineClass::ALL.iter().map(|class| {
        html! {
            <option value={class.code()} selected={dose.class == *class}>{ class.label() }</option>
        }
    });

    html! {
        <section class="medicine-editor" id={group_id.clone()} aria-labelledby={title_id.clone()}>
            <div class="medicine-editor__head">
                <h2 class="medicine-editor__title" id={title_id}>{ title }</h2>
                <button type="button" class="button button--quiet medicine-editor__remove"
                    onclick={on_remove}>
                    <span aria-hidden="true">{ "✕ " }</span>{ remove_name }
                </button>
            </div>
            <div class="field">
                <label class="field__label" for={id(DosePart::Name)}>{ "Name" }</label>
                <input type="text" class="field__input" id={id(DosePart::Name)} value={dose.name.clone()}
                    autocomplete="off" aria-invalid={invalid(DosePart::Name)}
                    aria-describedby={described(DosePart::Name)}
                    oninput={text_field(|d, v| d.name = v)} />
                { error(DosePart::Name) }
            </div>
            <div class="field-row">
                <div class="field">
                    <label class="field__label" for={id(DosePart::Dose)}>{ "Dose " }<span class="field__optional">{ "(e.g. 400 mg)" }</span></label>
                    <input type="text" class="field__input" id={id(DosePart::Dose)} value={dose.dose.clone()}
                        autocomplete="off" maxlength={NAME_MAX_CHARS.to_string()}
                        aria-invalid={invalid(DosePart::Dose)} aria-describedby={described(DosePart::Dose)}
                        oninput={text_field(|d, v| d.dose = v)} />
                    { error(DosePart::Dose) }
                </div>
                <div class="field">
                    <label class="field__label" for={id(DosePart::Time)}>{ "Taken at" }</label>
                    <input type="datetime-local" class="field__input" id={id(DosePart::Time)}
                        value={dose.taken_at.clone()}
                        aria-invalid={invalid(DosePart::Time)} aria-describedby={described(DosePart::Time)}
                        oninput={text_field(|d, v| d.taken_at = v)} />
                    { error(DosePart::Time) }
                </div>
            </div>
            <div class="field">
                <label class="field__label" for={format!("{group_id}-class")}>{ "Kind of medicine" }</label>
                <select class="field__input" id={format!("{group_id}-class")} onchange={on_class}>
                    { for classes }
                </select>
            </div>
            <fieldset class="medicine-editor__effects">
                <legend class="field__label">{ "Did it help?" }</legend>
                <div class="medicine-editor__effect-list">
                    { for effects }
                </div>
            </fieldset>
            <div class="field" hidden={!dose.effect.brought_relief()}>
                <label class="field__label" for={id(DosePart::Relief)}>{ "It helped after (minutes)" }</label>
                <input type="text" inputmode="numeric" pattern="[0-9]*" autocomplete="off"
                    class="field__input field__input--short" id={id(DosePart::Relief)}
                    value={dose.relief_after.clone()}
                    aria-invalid={invalid(DosePart::Relief)} aria-describedby={described(DosePart::Relief)}
                    oninput={text_field(|d, v| d.relief_after = v)} />
                { error(DosePart::Relief) }
            </div>
        </section>
    }
}
