//! Removing the lock: after a clear confirmation and the current passphrase, the diary is stored as plain text
//! again. A wrong passphrase changes nothing.

use yew::prelude::*;

use crate::components::ui::alert::Alert;
use crate::components::ui::passphrase_field::{read_passphrase, PassphraseField};
use crate::components::ui::passphrase_submit::use_passphrase_submit;
use crate::state::diary::{remove_lock, use_diary};

#[derive(Properties, PartialEq)]
pub struct LockRemoveProps {
    /// Called with a sentence for the person once the lock is removed.
    pub on_done: Callback<String>,
}

/// The confirmation and form that remove the lock.
#[component]
pub fn LockRemove(props: &LockRemoveProps) -> Html {
    let diary = use_diary();
    let current = use_node_ref();
    let asking = use_state(|| false);
    let submit = use_passphrase_submit();

    if !*asking {
        let asking = asking.clone();
        return html! {
            <div class="lock-form">
                <h3 class="lock-form__title">{ "Remove the lock" }</h3>
                <button type="button" class="button" onclick={move |_| asking.set(true)}>
                    { "Remove the lock…" }
                </button>
            </div>
        };
    }

    let onsubmit = {
        let current = current.clone();
        let (submit, on_done) = (submit.clone(), props.on_done.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(handle) = diary.clone() else {
                return;
            };
            let passphrase = read_passphrase(&current);
            if passphrase.is_empty() {
                return submit.refuse("Type your current passphrase first.");
            }
            let on_done = on_done.clone();
            submit.run(
                vec![current.clone()],
                async move { remove_lock(&handle, &passphrase).await },
                move |removed| {
                    if removed {
                        on_done.emit(
                            "The lock is removed. Your diary is stored unencrypted on this device again.".into(),
                        );
                    }
                },
            );
        })
    };
    let on_cancel = {
        let (asking, submit) = (asking.clone(), submit.clone());
        Callback::from(move |_: MouseEvent| {
            asking.set(false);
            submit.clear_problem();
        })
    };
    let busy = submit.busy();
    html! {
        <form class="form lock-form" {onsubmit}>
            <h3 class="lock-form__title">{ "Remove the lock" }</h3>
            <p>{ "Your diary will be stored unencrypted in this browser again: anyone who can open this browser can read it." }</p>
            { PassphraseField::current("remove-current", "Current passphrase", current).disabled(busy) }
            <div class="lock-form__actions">
                <button type="submit" class="button button--primary" disabled={busy}>
                    { if busy { "Removing…" } else { "Remove the lock" } }
                </button>
                <button type="button" class="button button--quiet" onclick={on_cancel} disabled={busy}>
                    { "Keep the lock" }
                </button>
            </div>
            <p class="hint" role="status" aria-live="polite">
                if busy { { "Checking the passphrase. This takes a moment." } }
            </p>
            if let Some(message) = submit.problem() {
                { Alert::danger(message) }
            }
        </form>
    }
}
