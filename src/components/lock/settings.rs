//! The "Diary lock" section of Settings: what the lock protects and what it does not, then either the form to
//! turn it on or, once on, the idle time, "Lock now", change and remove.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::components::lock::auto_lock_choice::auto_lock_choice;
use crate::components::lock::change::LockChange;
use crate::components::lock::remove::LockRemove;
use crate::components::lock::turn_on::LockTurnOn;
use crate::platform::crypto;
use crate::state::diary::{use_diary, DiaryMsg, LockPhase};
use crate::state::preferences::{use_preferences, PreferencesAction, PreferencesContext};

#[derive(Properties, PartialEq)]
pub struct LockSettingsProps {
    /// Today, for the backup's file name.
    pub today: NaiveDate,
}

/// The diary lock settings.
#[component]
pub fn LockSettings(props: &LockSettingsProps) -> Html {
    let diary = use_diary();
    let preferences = use_preferences();
    let done = use_state(|| None::<String>);
    let Some(diary) = diary else {
        return Html::default();
    };
    let on_done = {
        let done = done.clone();
        Callback::from(move |message: String| done.set(Some(message)))
    };
    let body = match &diary.lock {
        LockPhase::Off if !crypto::is_available() => html! {
            <p>{ "This browser cannot encrypt (its Web Crypto is missing or blocked), so the lock is not available here." }</p>
        },
        LockPhase::Off => html! { <LockTurnOn today={props.today} on_done={on_done.clone()} /> },
        phase => {
            let lock_now = matches!(phase, LockPhase::Unlocked(_)).then(|| {
                let diary = diary.clone();
                let onclick = Callback::from(move |_: MouseEvent| {
                    diary.dispatch(DiaryMsg::Lock { reason: None })
                });
                html! {
                    <button type="button" class="button" {onclick}>{ "Lock now" }</button>
                }
            });
            let status = if diary.is_locked() {
                "Your diary is locked and closed. It opens on the diary pages with your passphrase."
            } else {
                "Your diary is locked with a passphrase and open in this tab."
            };
            html! {
                <>
                    <p>{ status }</p>
                    { for lock_now }
                    { for preferences.as_ref().map(auto_lock_choice) }
                    { for preferences.as_ref().map(locked_start_choice) }
                    <LockChange on_done={on_done.clone()} />
                    <LockRemove on_done={on_done.clone()} />
                </>
            }
        }
    };
    html! {
        <section class="lock-settings" aria-labelledby="lock-settings-title">
            <h2 class="lock-settings__title" id="lock-settings-title">{ "Diary lock" }</h2>
            <p class="hint">
                { "With a passphrase, your diary (headaches, day entries, periods, notes) is stored encrypted in this browser and shows only after you unlock it. Your settings and the kept self-check result are not encrypted." }
            </p>
            if let Some(message) = (*done).clone() {
                <p class="lock-settings__done" role="status">{ message }</p>
            }
            { body }
        </section>
    }
}

/// The opt-in for "Headache now" while locked, saying plainly what it stores.
fn locked_start_choice(preferences: &PreferencesContext) -> Html {
    let on = preferences.preferences.log_start_while_locked;
    let onchange = {
        let preferences = preferences.clone();
        Callback::from(move |event: Event| {
            let checked = event
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            preferences.dispatch(PreferencesAction::SetLogStartWhileLocked(checked));
        })
    };
    html! {
        <div class="lock-settings__locked-start">
            <div class="checkbox">
                <input type="checkbox" id="log-start-while-locked" checked={on} {onchange}
                    aria-describedby="log-start-while-locked-hint" />
                <label for="log-start-while-locked">{ "Log a headache's start while locked" }</label>
            </div>
            <p class="hint" id="log-start-while-locked-hint">
                { "Shows \"Headache now\" on the home page and the lock screen while the diary is locked. A tap stores only the time, not encrypted, in this browser until you next unlock; then it moves into your locked diary and the plain copy is deleted." }
            </p>
        </div>
    }
}
