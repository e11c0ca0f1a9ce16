//! One labelled passphrase input. The value is read through `input_ref` when the form is sent, so the passphrase
//! is never copied into component state.

use yew::prelude::*;

/// A passphrase input with its label and hint, written into `html!` as it is:
/// `{ PassphraseField::current("unlock-passphrase", "Passphrase", input).disabled(busy) }`.
///
/// A plain value that turns into markup rather than a component: it keeps no state, and every component costs the
/// download about 0.5 KB (gzip) of Yew's glue code.
pub struct PassphraseField {
    /// The input's id (for the label and for tests).
    id: &'static str,
    /// The visible label.
    label: &'static str,
    /// `current-password` to fill in a saved one, `new-password` to offer a new one.
    autocomplete: &'static str,
    /// Filled by the input element.
    input_ref: NodeRef,
    /// A hint under the label, tied to the input with `aria-describedby`.
    hint: Option<AttrValue>,
    /// Whether the input is greyed out (while a passphrase is being checked).
    disabled: bool,
}

impl PassphraseField {
    /// A field for the passphrase in use: the browser may fill in one it has saved.
    pub fn current(id: &'static str, label: &'static str, input_ref: NodeRef) -> PassphraseField {
        PassphraseField {
            id,
            label,
            autocomplete: "current-password",
            input_ref,
            hint: None,
            disabled: false,
        }
    }

    /// A field for a new passphrase: the browser may offer to make one and save it.
    pub fn new_one(id: &'static str, label: &'static str, input_ref: NodeRef) -> PassphraseField {
        PassphraseField {
            autocomplete: "new-password",
            ..PassphraseField::current(id, label, input_ref)
        }
    }

    /// Shows `hint` under the label.
    pub fn hint(mut self, hint: impl Into<AttrValue>) -> PassphraseField {
        self.hint = Some(hint.into());
        self
    }

    /// Greys the input out while `disabled` (a passphrase being checked).
    pub fn disabled(mut self, disabled: bool) -> PassphraseField {
        self.disabled = disabled;
        self
    }
}

impl From<PassphraseField> for Html {
    fn from(field: PassphraseField) -> Html {
        let hint_id = format!("{}-hint", field.id);
        html! {
            <div class="field lock-field">
                <label class="field__label" for={field.id}>{ field.label }</label>
                if let Some(hint) = field.hint.clone() {
                    <p class="hint" id={hint_id.clone()}>{ hint }</p>
                }
                <input class="field__input lock-field__input" type="password" id={field.id}
                    autocomplete={field.autocomplete} spellcheck="false"
                    aria-describedby={field.hint.as_ref().map(|_| hint_id.clone())}
                    disabled={field.disabled} ref={field.input_ref} />
            </div>
        }
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
