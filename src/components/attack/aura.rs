//! The aura part of the attack form: "no aura" or any of the typical aura kinds (ICHD-3 1.2.1: visual, sensory,
//! speech), and how many minutes it lasted (ICHD-3 1.2 C3 looks for 5–60).

use crate::domain::enum_set::EnumSet;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::ui::choice_chips::{choice_chips, Chip, ChoiceChipsProps};
use crate::domain::diary::AuraKind;

/// What the aura part shows and reports.
pub struct AttackAuraProps {
    /// `None`: not noted; `Some(empty)`: no aura; otherwise the kinds.
    pub aura: Option<EnumSet<AuraKind>>,
    /// The minutes as typed.
    pub minutes: AttrValue,
    /// A problem with the minutes, from Save.
    pub minutes_problem: Option<AttrValue>,
    /// "No aura" ticked or unticked.
    pub on_no_aura: Callback<bool>,
    /// A kind ticked or unticked.
    pub on_kind: Callback<(AuraKind, bool)>,
    /// The minutes changed.
    pub on_minutes: Callback<String>,
}

/// "Aura".
/// A plain view function rather than a component: it keeps no state, and every component costs the download
/// about 0.5 KB (gzip) of Yew's glue code.
pub fn attack_aura(props: &AttackAuraProps) -> Html {
    let kinds = props.aura.unwrap_or_default();
    let no_aura = props.aura.as_ref().is_some_and(EnumSet::is_empty);
    let chips = std::iter::once(Chip::new("none", "no aura", no_aura))
        .chain(
            AuraKind::ALL
                .iter()
                .map(|kind| Chip::new(kind.code(), kind.label(), kinds.contains(kind))),
        )
        .collect::<Vec<_>>();
    let on_toggle = {
        let on_no_aura = props.on_no_aura.clone();
        let on_kind = props.on_kind.clone();
        Callback::from(move |(id, on): (AttrValue, bool)| {
            if id == "none" {
                on_no_aura.emit(on);
            } else if let Some(kind) = AuraKind::ALL.iter().find(|kind| kind.code() == id.as_str())
            {
                on_kind.emit((*kind, on));
            }
        })
    };
    let on_minutes = {
        let on_minutes = props.on_minutes.clone();
        Callback::from(move |event: InputEvent| {
            on_minutes.emit(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let problem = props.minutes_problem.clone();
    let children = html! {
        <div class="field attack-aura__minutes" hidden={kinds.is_empty()}>
            <label class="field__label" for="attack-aura-minutes">{ "The aura lasted (minutes)" }</label>
            <input type="text" inputmode="numeric" pattern="[0-9]*" autocomplete="off"
                class="field__input field__input--short" id="attack-aura-minutes"
                value={props.minutes.clone()} oninput={on_minutes}
                aria-invalid={problem.is_some().then_some("true")}
                aria-describedby={problem.is_some().then_some("attack-aura-minutes-error")} />
            <p class="field__error" id="attack-aura-minutes-error" hidden={problem.is_none()}>
                { problem.clone().unwrap_or_default() }
            </p>
        </div>
    };
    choice_chips(ChoiceChipsProps {
        id: "attack-aura",
        legend: "Aura before or with it",
        hint: Some("Signs before or with the headache that go away again, usually within 5 to 60 minutes. Sudden weakness or loss of speech needs urgent help instead."),
        chips,
        on_toggle,
        children,
    })
}
