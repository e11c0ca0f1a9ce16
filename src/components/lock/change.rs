//! Changing the passphrase: the current one opens the diary, which is sealed again under the new one (with a new
//! salt). A wrong current passphrase changes nothing.

use yew::prelude::*;

use crate::components::ui::alert::{Alert, AlertTone};
use crate::components::ui::passphrase_field::{clear_passphrase, read_passphrase, PassphraseField};
use crate::state::diary::{change_passphrase, use_diary};
use crate::storage::locked::{check_new_passphrase, MIN_PASSPHRASE_CHARS};

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
    let busy = use_state(|| false);
    let problem = use_state(|| None::<String>);

    let onsubmit = {
        let (current, first, second) = (current.clone(), first.clone(), second.clone());
        let (busy, problem, on_done) = (busy.clone(), problem.clone(), props.on_done.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(handle) = diary.clone() else {
                return;
            };
            if *busy {
                return;
            }
            let old = read_passphrase(&current);
            let new = read_passphrase(&first);
            if old.is_empty() {
                return problem.set(Some("Type your current passphrase first.".into()));
            }
            if let Err(error) = check_new_passphrase(&new) {
                return problem.set(Some(error.to_string()));
            }
            if new != read_passphrase(&second) {
                return problem.set(Some(
                    "The two new passphrases are not the same. Type the same new passphrase in both boxes.".into(),
                ));
            }
            busy.set(true);
            problem.set(None);
            let refs = [current.clone(), first.clone(), second.clone()];
            let (busy, problem, on_done) = (busy.clone(), problem.clone(), on_done.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = change_passphrase(&handle, &old, &new).await;
                busy.set(false);
                refs.iter().for_each(clear_passphrase);
                match result {
                    Ok(()) => {
                        on_done.emit("Passphrase changed. Use the new one from now on.".into())
                    }
                    Err(error) => problem.set(Some(error.to_string())),
                }
            });
        })
    };

    let hint = format!("At least {MIN_PASSPHRASE_CHARS} characters.");
    html! {
        <form class="form lock-form" {onsubmit}>
            <h3 class="lock-form__title">{ "Change the passphrase" }</h3>
            <PassphraseField id="change-current" label="Current passphrase" autocomplete="current-password"
                input_ref={current} disabled={*busy} />
            <PassphraseField id="change-new" label="New passphrase" autocomplete="new-password"
                input_ref={first} hint={AttrValue::from(hint)} disabled={*busy} />
            <PassphraseField id="change-again" label="Type the new passphrase again" autocomplete="new-password"
                input_ref={second} disabled={*busy} />
            <button type="submit" class="button" disabled={*busy}>
                { if *busy { "Changing…" } else { "Change the passphrase" } }
            </button>
            <p class="hint" role="status" aria-live="polite">
                if *busy { { "Checking and re-encrypting. This takes a moment." } }
            </p>
            if let Some(message) = (*problem).clone() {
                <Alert {message} tone={AlertTone::Danger} />
            }
        </form>
    }
}
