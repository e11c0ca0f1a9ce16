//! The medicines part of the attack form: one-tap chips for medicines used before (or common ones while the diary
//! has none), each adding a dose at once, "Other…" for a new one, and a full [`medicine_editor`](crate::components::attack::medicine_editor::medicine_editor) row per dose.

use yew::prelude::*;

use crate::components::attack::medicine_editor::{medicine_editor, MedicineEditorProps};
use crate::domain::diary::QuickMedicine;
use crate::domain::diary::{MedicineClass, MEDICINES_MAX};
use crate::state::attack_form::{DoseDraft, DosePart};

/// What the medicines part shows and reports.
pub struct AttackMedicinesProps {
    /// The doses on the form.
    pub doses: Vec<DoseDraft>,
    /// The one-tap choices.
    pub quick: Vec<QuickMedicine>,
    /// When a one-tap dose is taken, in words ("now", "at the start").
    pub quick_time_words: AttrValue,
    /// A problem Save found: the row's key (`None`: the list as a whole), the field and the message.
    pub problem: Option<(Option<u32>, DosePart, AttrValue)>,
    /// Called with (name, dose text, class) to add a dose; an empty name is "Other…".
    pub on_add: Callback<(String, String, MedicineClass)>,
    /// Called with a changed row.
    pub on_change: Callback<DoseDraft>,
    /// Called with the key of a removed row.
    pub on_remove: Callback<u32>,
}

/// "Medicines taken".
/// A plain view function rather than a component: it keeps no state, and every component costs the download
/// about 0.5 KB (gzip) of Yew's glue code.
pub fn attack_medicines(props: &AttackMedicinesProps) -> Html {
    let full = props.doses.len() >= MEDICINES_MAX;
    let picks = props.quick.iter().map(|pick| {
        let on_add = props.on_add.clone();
        let pick_value = pick.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            on_add.emit((
                pick_value.name.clone(),
                pick_value.dose.clone(),
                pick_value.class,
            ))
        });
        let dose = (!pick.dose.trim().is_empty()).then(|| {
            html! { <span class="chip__detail">{ format!(" {}", pick.dose.trim()) }</span> }
        });
        html! {
            <li class="chips__item" key={pick.name.clone()}>
                <button type="button" class="chip chip--add" disabled={full}
                    id={format!("quick-medicine-{}", name_slug(&pick.name))}
                    {onclick}>
                    <span class="visually-hidden">{ "Add " }</span>
                    <span class="chip__plus" aria-hidden="true">{ "+" }</span>
                    { pick.name.clone() }
                    { for dose }
                </button>
            </li>
        }
    });
    let on_other = {
        let on_add = props.on_add.clone();
        Callback::from(move |_: MouseEvent| {
            on_add.emit((String::new(), String::new(), MedicineClass::Other))
        })
    };
    let rows = props.doses.iter().enumerate().map(|(index, dose)| {
        let problem = props
            .problem
            .as_ref()
            .filter(|(key, _, _)| *key == Some(dose.key))
            .map(|(_, part, message)| (*part, message.clone()));
        html! {
            <li class="attack-medicines__row" key={dose.key}>
                { medicine_editor(&MedicineEditorProps {
                    dose: dose.clone(),
                    number: index + 1,
                    problem,
                    on_change: props.on_change.clone(),
                    on_remove: props.on_remove.clone(),
                }) }
            </li>
        }
    });
    let list_problem = props
        .problem
        .as_ref()
        .filter(|(key, _, _)| key.is_none())
        .map(|(_, _, message)| message.clone());
    html! {
        <fieldset class="fieldset attack-medicines" id="attack-medicines" tabindex="-1"
            aria-describedby="attack-medicines-hint">
            <legend class="fieldset__legend">{ "Medicines taken" }</legend>
            <p class="hint" id="attack-medicines-hint">
                { format!("Tap one to add a dose taken {}; change the details below.", props.quick_time_words) }
            </p>
            <ul class="chips" role="list">
                { for picks }
                <li class="chips__item" key="other">
                    <button type="button" class="chip chip--add" id="quick-medicine-other" disabled={full}
                        onclick={on_other}>
                        <span class="chip__plus" aria-hidden="true">{ "+" }</span>
                        { "Other…" }
                    </button>
                </li>
            </ul>
            <p class="field__error" id="attack-medicines-error" hidden={list_problem.is_none()}>
                { list_problem.unwrap_or_default() }
            </p>
            <p class="hint" hidden={!full}>
                { format!("An entry holds at most {MEDICINES_MAX} medicines.") }
            </p>
            <ol class="attack-medicines__list" role="list">
                { for rows }
            </ol>
        </fieldset>
    }
}

/// A medicine name as part of an HTML id: ASCII letters in lower case, ASCII spaces and punctuation as `-`, any
/// other character as it is (an id may hold it). Deciding which non-ASCII characters are letters would bring
/// Unicode's tables into the app for no gain.
fn name_slug(name: &str) -> String {
    name.trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || !c.is_ascii() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}
