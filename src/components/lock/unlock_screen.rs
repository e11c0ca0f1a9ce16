//! The unlock screen shown in place of a diary page while the diary is locked with a passphrase. A wrong
//! passphrase gets a clear message and changes nothing; deriving the key takes a moment, and the screen says so.

use yew::prelude::*;

use crate::components::lock::locked_headache_now::LockedHeadacheNow;
use crate::components::ui::alert::Alert;
use crate::components::ui::passphrase_field::{read_passphrase, PassphraseField};
use crate::components::ui::passphrase_submit::use_passphrase_submit;
use crate::route::Route;
use crate::state::data::delete_everything_and_start_afresh;
use crate::state::diary::{unlock, use_diary, DiaryMsg};

/// Asks for the passphrase and opens the diary.
#[component]
pub fn UnlockScreen() -> Html {
    let diary = use_diary();
    let input = use_node_ref();
    let submit = use_passphrase_submit();

    {
        // Straight to the passphrase: the one thing this screen asks for.
        let input = input.clone();
        use_effect_with((), move |_| {
            if let Some(element) = input.cast::<web_sys::HtmlElement>() {
                // Focus is a courtesy; if refused, the person tabs to the field.
                element.focus().unwrap_or(());
            }
        });
    }

    let onsubmit = {
        let (diary, input, submit) = (diary.clone(), input.clone(), submit.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(handle) = diary.clone() else {
                return;
            };
            let passphrase = read_passphrase(&input);
            if passphrase.is_empty() {
                return submit.refuse("Type your passphrase first.");
            }
            if submit.busy() {
                return;
            }
            handle.dispatch(DiaryMsg::DismissProblem);
            let refocus = input.clone();
            submit.run(
                vec![input.clone()],
                async move { unlock(&handle, &passphrase).await },
                move |opened| {
                    // After a refusal, straight back to the emptied field for the next try.
                    if !opened {
                        if let Some(element) = refocus.cast::<web_sys::HtmlElement>() {
                            element.focus().unwrap_or(());
                        }
                    }
                },
            );
        })
    };

    let confirming = use_state(|| false);
    let delete_problem = use_state(|| None::<String>);
    let on_ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let on_keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let on_delete = {
        let delete_problem = delete_problem.clone();
        // As "Delete all my data" does: remove every key, then start the app again from empty storage.
        Callback::from(move |_: MouseEvent| {
            if let Err(error) = delete_everything_and_start_afresh() {
                delete_problem.set(Some(error.to_string()));
            }
        })
    };

    // Why the diary locked itself, when it was not the person's doing (another tab changed the passphrase).
    let reason = diary
        .as_ref()
        .and_then(|handle| handle.problem.as_ref().map(ToString::to_string))
        .map(|message| Html::from(Alert::warning(message)));
    let busy = submit.busy();
    let problem_alert = submit
        .problem()
        .map(|message| Html::from(Alert::danger(message)));

    html! {
        <section class="page lock-screen" aria-labelledby="unlock-title">
            <h1 class="page__title" id="unlock-title">{ "Your diary is locked" }</h1>
            <p>{ "Type your passphrase to open it. It is checked on this device only." }</p>
            { for reason }
            <LockedHeadacheNow />
            <form class="form lock-screen__form" {onsubmit}>
                { PassphraseField::current("unlock-passphrase", "Passphrase", input).disabled(busy) }
                <button type="submit" class="button button--primary" disabled={busy}>
                    { if busy { "Unlocking…" } else { "Unlock" } }
                </button>
                <p class="hint lock-screen__status" role="status" aria-live="polite">
                    if busy { { "Checking the passphrase. This takes a moment on purpose, to slow down anyone guessing." } }
                </p>
            </form>
            { for problem_alert }
            <details class="lock-screen__forgot">
                <summary>{ "Forgotten your passphrase?" }</summary>
                <p>{ "Then nobody can open this diary: not you, not this app, not anyone else. The passphrase is not stored anywhere. You can still use the " }
                    <a href={Route::Check.href()}>{ "self-check" }</a>
                    { "." }</p>
                <p>{ "If you want to start again, you can delete everything this app keeps in this browser (the locked diary, your settings and the self-check). A backup you downloaded before can then be restored from Settings, Your data." }</p>
                if *confirming {
                    <p><strong>{ "This deletes the locked diary for good. It cannot be undone." }</strong></p>
                    <div class="lock-form__actions">
                        <button type="button" class="button" onclick={on_delete}>{ "Delete everything" }</button>
                        <button type="button" class="button button--quiet" onclick={on_keep}>{ "Keep it" }</button>
                    </div>
                } else {
                    <button type="button" class="button" onclick={on_ask}>{ "Delete everything and start again…" }</button>
                }
                if let Some(message) = (*delete_problem).clone() {
                    { Alert::danger(message) }
                }
            </details>
        </section>
    }
}
