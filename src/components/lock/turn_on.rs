//! Turning the diary lock on: an honest warning that a forgotten passphrase cannot be recovered, a backup offered
//! first, the passphrase twice, and a box to tick that the warning was read.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::components::data::downloads::download_full_backup;
use crate::components::ui::alert::Alert;
use crate::components::ui::passphrase_field::{read_passphrase, PassphraseField};
use crate::components::ui::passphrase_submit::use_passphrase_submit;
use crate::domain::export::summary::counted;
use crate::state::data::unencrypted_diary_copies;
use crate::state::diary::{check_new_passphrase, MIN_PASSPHRASE_CHARS};
use crate::state::diary::{turn_on_lock, use_diary};

#[derive(Properties, PartialEq)]
pub struct LockTurnOnProps {
    /// Today, for the backup's file name.
    pub today: NaiveDate,
    /// Called with a sentence for the person once the lock is on.
    pub on_done: Callback<String>,
}

/// The form that locks the diary.
#[component]
pub fn LockTurnOn(props: &LockTurnOnProps) -> Html {
    let diary = use_diary();
    let (first, second, understood) = (use_node_ref(), use_node_ref(), use_node_ref());
    let submit = use_passphrase_submit();
    let backup_note = use_state(|| None::<String>);

    let on_backup = {
        let (diary, backup_note, today) = (diary.clone(), backup_note.clone(), props.today);
        Callback::from(move |_: MouseEvent| {
            let in_memory = diary
                .as_ref()
                .map(|handle| (*handle.diary).clone())
                .unwrap_or_default();
            backup_note.set(Some(match download_full_backup(today, &in_memory) {
                Ok(()) => "Backup downloaded. It is not locked: keep it somewhere private.".into(),
                Err(message) => message,
            }));
        })
    };

    let onsubmit = {
        let (first, second, understood) = (first.clone(), second.clone(), understood.clone());
        let (submit, on_done) = (submit.clone(), props.on_done.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(handle) = diary.clone() else {
                return;
            };
            let passphrase = read_passphrase(&first);
            if let Err(error) = check_new_passphrase(&passphrase) {
                return submit.refuse(error.to_string());
            }
            if passphrase != read_passphrase(&second) {
                return submit.refuse(
                    "The two passphrases are not the same. Type the same passphrase in both boxes.",
                );
            }
            let ticked = understood
                .cast::<web_sys::HtmlInputElement>()
                .is_some_and(|input| input.checked());
            if !ticked {
                return submit.refuse(
                    "Tick the box to say you understand that a forgotten passphrase cannot be recovered.",
                );
            }
            let on_done = on_done.clone();
            submit.run(
                vec![first.clone(), second.clone()],
                async move { turn_on_lock(&handle, &passphrase).await },
                move |locked| {
                    if locked {
                        on_done.emit(
                            "Your diary is now locked. It is stored encrypted on this device and opens only with your passphrase."
                                .into(),
                        );
                    }
                },
            );
        })
    };
    let busy = submit.busy();
    // Read when the form opens: copies kept in the clear, which locking removes.
    let clear_copies = *use_memo((), |()| unencrypted_diary_copies());

    let hint = format!("At least {MIN_PASSPHRASE_CHARS} characters. A few unrelated words are easy to remember and hard to guess.");
    html! {
        <form class="form lock-form" {onsubmit}>
            <h3 class="lock-form__title">{ "Lock the diary with a passphrase" }</h3>
            <div class="lock-warning">
                <p><strong>{ "If you forget the passphrase, your diary cannot be recovered." }</strong>
                    { " Not by you, not by this app, not by anyone: it is never stored or sent anywhere. Download a backup first and keep it somewhere private." }</p>
                <button type="button" class="button" onclick={on_backup}>{ "Download a backup first" }</button>
                if let Some(note) = (*backup_note).clone() {
                    <p class="hint" role="status">{ note }</p>
                }
            </div>
            { PassphraseField::new_one("lock-new", "New passphrase", first).hint(hint).disabled(busy) }
            { PassphraseField::new_one("lock-again", "Type the passphrase again", second).disabled(busy) }
            if clear_copies > 0 {
                <p class="lock-form__copies" id="lock-copies">
                    { if clear_copies == 1 {
                        "This browser also keeps 1 copy of your diary from before a restore or of data that could not be read. It is not encrypted, so locking removes it. Download it first from \"Your data\" if you may need it.".to_string()
                    } else {
                        format!(
                            "This browser also keeps {} of your diary from before a restore or of data that could not be read. They are not encrypted, so locking removes them. Download them first from \"Your data\" if you may need them.",
                            counted(clear_copies, "copy", "copies")
                        )
                    } }
                </p>
            }
            <div class="checkbox">
                <input type="checkbox" id="lock-understood" ref={understood} disabled={busy} />
                <label for="lock-understood">{ "I understand that a forgotten passphrase cannot be recovered" }</label>
            </div>
            <button type="submit" class="button button--primary" disabled={busy}>
                { if busy { "Locking…" } else { "Lock the diary" } }
            </button>
            <p class="hint" role="status" aria-live="polite">
                if busy { { "Encrypting your diary. This takes a moment." } }
            </p>
            if let Some(message) = submit.problem() {
                { Alert::danger(message) }
            }
        </form>
    }
}
