//! Possible triggers on the attack form: the clinic's list as chips, the person's own triggers used before as
//! chips, and a field to add a new one in their own words (up to the domain's limits).

use crate::domain::enum_set::EnumSet;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::ui::choice_chips::{choice_chips, Chip, ChoiceChipsProps};
use crate::domain::diary::{Trigger, NAME_MAX_CHARS, OWN_TRIGGERS_PER_ATTACK_MAX};
use crate::domain::letter_case::same_but_case;

/// What the triggers part shows and reports.
pub struct AttackTriggersProps {
    /// The clinic's triggers ticked.
    pub triggers: EnumSet<Trigger>,
    /// Own triggers ticked on this attack.
    pub own: Vec<String>,
    /// Own triggers offered (used before, and the ones on this attack).
    pub known_own: Vec<String>,
    /// A problem with the own triggers, from Save.
    pub problem: Option<AttrValue>,
    /// A clinic trigger toggled.
    pub on_trigger: Callback<(Trigger, bool)>,
    /// An own trigger toggled or added (`true`).
    pub on_own: Callback<(String, bool)>,
    /// What is typed in "Add your own" (kept by the form, so it survives each render).
    pub typed: UseStateHandle<String>,
}

/// "Possible triggers".
/// A plain view function rather than a component: it keeps no state of its own, and every component costs the
/// download about 0.5 KB (gzip) of Yew's glue code.
pub fn attack_triggers(props: &AttackTriggersProps) -> Html {
    let typed = &props.typed;
    let is_own = |name: &str| props.own.iter().any(|own| same_but_case(own, name));
    let chips =
        Trigger::ALL
            .iter()
            .map(|trigger| {
                Chip::new(
                    trigger.code(),
                    trigger.label(),
                    props.triggers.contains(trigger),
                )
            })
            .chain(
                props.known_own.iter().enumerate().map(|(index, name)| {
                    Chip::new(format!("own-{index}"), name.clone(), is_own(name))
                }),
            )
            .collect::<Vec<_>>();
    let on_toggle = {
        let on_trigger = props.on_trigger.clone();
        let on_own = props.on_own.clone();
        let known_own = props.known_own.clone();
        Callback::from(move |(id, on): (AttrValue, bool)| {
            if let Some(index) = id
                .strip_prefix("own-")
                .and_then(|i| i.parse::<usize>().ok())
            {
                if let Some(name) = known_own.get(index) {
                    on_own.emit((name.clone(), on));
                }
            } else if let Some(trigger) = Trigger::ALL.iter().find(|t| t.code() == id.as_str()) {
                on_trigger.emit((*trigger, on));
            }
        })
    };
    let full = props.own.len() >= OWN_TRIGGERS_PER_ATTACK_MAX;
    let add = {
        let typed = typed.clone();
        let on_own = props.on_own.clone();
        move || {
            let name = typed.trim().to_string();
            if !name.is_empty() {
                on_own.emit((name, true));
                typed.set(String::new());
            }
        }
    };
    let on_add = {
        let add = add.clone();
        Callback::from(move |_: MouseEvent| add())
    };
    // Enter adds the trigger instead of saving the whole form.
    let on_keydown = Callback::from(move |event: KeyboardEvent| {
        if event.key() == "Enter" {
            event.prevent_default();
            add();
        }
    });
    let on_input = {
        let typed = typed.clone();
        Callback::from(move |event: InputEvent| {
            typed.set(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let problem = props.problem.clone();
    let children = html! {
        <div class="field attack-triggers__add">
            <label class="field__label" for="attack-own-trigger">{ "Add your own" }</label>
            <div class="attack-triggers__add-row">
                <input type="text" class="field__input" id="attack-own-trigger" autocomplete="off"
                    maxlength={NAME_MAX_CHARS.to_string()} disabled={full}
                    value={(**typed).clone()} oninput={on_input} onkeydown={on_keydown}
                    aria-invalid={problem.is_some().then_some("true")}
                    aria-describedby="attack-own-trigger-limit attack-own-trigger-error" />
                <button type="button" class="button" disabled={full || typed.trim().is_empty()}
                    onclick={on_add}>
                    { "Add" }
                </button>
            </div>
            <p class="hint" id="attack-own-trigger-limit">
                { if full {
                    format!("This entry has the most own triggers it can hold ({OWN_TRIGGERS_PER_ATTACK_MAX}).")
                } else {
                    format!("Up to {NAME_MAX_CHARS} characters, for example \"long car journey\".")
                } }
            </p>
            <p class="field__error" id="attack-own-trigger-error" hidden={problem.is_none()}>
                { problem.clone().unwrap_or_default() }
            </p>
        </div>
    };
    choice_chips(ChoiceChipsProps {
        id: "attack-trigger",
        legend: "Possible triggers",
        hint: Some("Anything that may have set it off. Tick all that apply."),
        chips,
        on_toggle,
        children,
    })
}
