//! How long the diary stays open without any input before it locks itself again.

use yew::prelude::*;

use crate::domain::preferences::AUTO_LOCK_CHOICES;
use crate::state::preferences::{PreferencesAction, PreferencesContext};

fn minutes_words(minutes: u32) -> String {
    match minutes {
        1 => "1 minute".into(),
        60 => "1 hour".into(),
        n => format!("{n} minutes"),
    }
}

/// The idle-time choice (one radio per choice).
/// A plain view function rather than a component: the lock settings already follow the preferences.
pub fn auto_lock_choice(preferences: &PreferencesContext) -> Html {
    let current = preferences.preferences.auto_lock_minutes();
    let options = AUTO_LOCK_CHOICES.iter().map(|&minutes| {
        let id = format!("auto-lock-{minutes}");
        let handle = preferences.clone();
        let onchange = Callback::from(move |_: Event| {
            handle.dispatch(PreferencesAction::SetAutoLockMinutes(minutes))
        });
        html! {
            <div class="radio">
                <input type="radio" name="auto-lock" id={id.clone()} value={minutes.to_string()}
                    checked={minutes == current} {onchange} />
                <label for={id}>{ minutes_words(minutes) }</label>
            </div>
        }
    });
    html! {
        <fieldset class="fieldset lock-settings__auto">
            <legend class="fieldset__legend">{ "Lock again after no use for" }</legend>
            <p class="hint">{ "Counted from your last tap, click or key press, and while this tab is hidden." }</p>
            { for options }
        </fieldset>
    }
}
