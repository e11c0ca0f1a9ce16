//! One labelled passphrase input. The value is read through `input_ref` when the form is sent, so the passphrase
//! is never copied into component state.

use yew::prelude::*;

/// What a passphrase field shows. Leave out `hint` and `disabled` with `..PassphraseFieldProps::default()`.
#[derive(Default)]
pub struct PassphraseFieldProps {
    /// The input's id (for the label and for tests).
    pub id: &'static str,
    /// The visible label.
    pub label: &'static str,
    /// `current-password` to fill in a saved one, `new-password` to offer a new one.
    pub autocomplete: &'static str,
    /// Filled by the input element.
    pub input_ref: NodeRef,
    /// A hint under the label, tied to the input with `aria-describedby`.
    pub hint: Option<AttrValue>,
    /// Whether the input is greyed out (while a passphrase is being checked).
    pub disabled: bool,
}

/// A passphrase input with its label and hint.
/// A plain view function rather than a component: it keeps no state, and every component costs the download
/// about 0.5 KB (gzip) of Yew's glue code.
pub fn passphrase_field(props: PassphraseFieldProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    html! {
        <div class="field lock-field">
            <label class="field__label" for={props.id}>{ props.label }</label>
            if let Some(hint) = props.hint.clone() {
                <p class="hint" id={hint_id.clone()}>{ hint }</p>
            }
            <input class="field__input lock-field__input" type="password" id={props.id}
                autocomplete={props.autocomplete} spellcheck="false"
                aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())}
                disabled={props.disabled} ref={props.input_ref} />
        </div>
    }
}

/// The text in the input behind `input_ref` ("" when it is not there).
pub fn read_passphrase(input_ref: &NodeRef) -> String {
    input_ref
        .cast::<web_sys::HtmlInputElement>()
        .map(|input| input.value())
        .unwrap_or_default()
}

/// Empties the input behind `input_ref`, so a passphrase does not linger on screen.
pub fn clear_passphrase(input_ref: &NodeRef) {
    if let Some(input) = input_ref.cast::<web_sys::HtmlInputElement>() {
        input.set_value("");
    }
}
