//! A question answered by ticking any number of choices, shown as toggle chips: a `<fieldset><legend>` of real
//! checkboxes, each with its own `<label for>` styled as a chip, so keyboards, screen readers and touch all work
//! natively. Generic over any list of (id, label, checked).

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// One chip: its id (unique within the group), its words and whether it is ticked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chip {
    /// Unique within the group; the checkbox's HTML id is `{group id}-{id}`.
    pub id: AttrValue,
    /// The visible words (rendered as text).
    pub label: AttrValue,
    /// Ticked or not.
    pub checked: bool,
}

impl Chip {
    /// A chip from its parts.
    pub fn new(id: impl Into<AttrValue>, label: impl Into<AttrValue>, checked: bool) -> Chip {
        Chip {
            id: id.into(),
            label: label.into(),
            checked,
        }
    }
}

/// What a group of chips shows and reports. `hint` and `children` can be left out with
/// `..ChoiceChipsProps::default()`.
#[derive(Default)]
pub struct ChoiceChipsProps {
    /// The group's HTML id (also the prefix of each checkbox id).
    pub id: &'static str,
    /// The question.
    pub legend: &'static str,
    /// A short hint under the question.
    pub hint: Option<&'static str>,
    /// The choices, in order.
    pub chips: Vec<Chip>,
    /// Called with (chip id, now ticked) when a chip is toggled.
    pub on_toggle: Callback<(AttrValue, bool)>,
    /// Anything shown after the chips, inside the group (e.g. an "add your own" field).
    pub children: Html,
}

/// A fieldset of toggle chips.
/// A plain view function rather than a component: it keeps no state, and every component costs the download
/// about 0.5 KB (gzip) of Yew's glue code.
pub fn choice_chips(props: ChoiceChipsProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let chips = props.chips.iter().map(|chip| {
        let input_id = format!("{}-{}", props.id, chip.id);
        let on_toggle = props.on_toggle.clone();
        let chip_id = chip.id.clone();
        let onchange = Callback::from(move |event: Event| {
            let checked = event.target_unchecked_into::<HtmlInputElement>().checked();
            on_toggle.emit((chip_id.clone(), checked));
        });
        html! {
            <li class="chips__item" key={chip.id.to_string()}>
                <input type="checkbox" class="chip__input" id={input_id.clone()}
                    checked={chip.checked} {onchange} />
                <label class="chip" for={input_id}>{ chip.label.clone() }</label>
            </li>
        }
    });
    html! {
        <fieldset id={props.id} class="fieldset chips-group"
            aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())}>
            <legend class="fieldset__legend">{ props.legend }</legend>
            if let Some(hint) = props.hint {
                <p class="hint chips-group__hint" id={hint_id.clone()}>{ hint }</p>
            }
            <ul class="chips" role="list">
                { for chips }
            </ul>
            { props.children }
        </fieldset>
    }
}
