//! Changing the passphrase: the current one opens the diary, which is sealed again under the new one (with a new
//! salt). A wrong current passphrase changes nothing.

use yew::prelude::*;

use crate::components::ui::alert::Alert;
use crate::components::ui::passphrase_field::{read_passphrase, PassphraseField};
use crate::components::ui::passphrase_submit::use_passphrase_submit;
use crate::state::diary::{change_passphrase, use_diary};
use crate::state::diary::{check_new_passphrase, MIN_PASSPHRASE_CHARS};

#[derive(Properties, PartialEq)]
pub struct LockChangeProps {
    /// Called with a sentence for the person once the passphrase is changed.
    pub on_done: Callback<String>,
}

/// The form that changes the passphrase.
#[component]
pub fn LockChange(props: &LockChangeProps) -> Html {
    let diary = use_diary();
    let (current, first, second) = (use_node_ref(), use_node_ref(), use_node_ref());
    let submit = use_passphrase_submit();

    let onsubmit = {
        let (current, first, second) = (current.clone(), first.clone(), second.clone());
        let (submit, on_done) = (submit.clone(), props.on_done.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(handle) = diary.clone() else {
                return;
            };
            let old = read_passphrase(&current);
            let new = read_passphrase(&first);
            if old.is_empty() {
                return submit.refuse("Type your current passphrase first.");
            }
            if let Err(error) = check_new_passphrase(&new) {
                return submit.refuse(error.to_string());
            }
            if new != read_passphrase(&second) {
                return submit.refuse(
                    "The two new passphrases are not the same. Type the same new passphrase in both boxes.",
                );
            }
            let on_done = on_done.clone();
            submit.run(
                vec![current.clone(), first.clone(), second.clone()],
                async move { change_passphrase(&handle, &old, &new).await },
                move |changed| {
                    if changed {
                        on_done.emit("Passphrase changed. Use the new one from now on.".into());
                    }
                },
            );
        })
    };
    let busy = submit.busy();

    let hint = format!("At least {MIN_PASSPHRASE_CHARS} characters.");
    html! {
        <form class="form lock-form" {onsubmit}>
            <h3 class="lock-form__title">{ "Change the passphrase" }</h3>
            { PassphraseField::current("change-current", "Current passphrase", current).disabled(busy) }
            { PassphraseField::new_one("change-new", "New passphrase", first).hint(hint).disabled(busy) }
            { PassphraseField::new_one("change-again", "Type the new passphrase again", second).disabled(busy) }
            <button type="submit" class="button" disabled={busy}>
                { if busy { "Changing…" } else { "Change the passphrase" } }
            </button>
            <p class="hint" role="status" aria-live="polite">
                if busy { { "Checking and re-encrypting. This takes a moment." } }
            </p>
            if let Some(message) = submit.problem() {
                { Alert::danger(message) }
            }
        </form>
    }
}
