//! Settings: how the app looks (and, as the diary grows, what it tracks).

use yew::prelude::*;

use crate::domain::theme::ThemePreference;
use crate::state::preferences::{use_preferences, PreferencesAction};

/// The settings page.
#[component]
pub fn SettingsPage() -> Html {
    let preferences = use_preferences();
    let current = preferences
        .as_ref()
        .map(|p| p.preferences.theme)
        .unwrap_or_default();
    let options = ThemePreference::ALL.iter().map(|&choice| {
        let id = format!("theme-{}", choice.key());
        let onchange = preferences.clone().map(|handle| {
            Callback::from(move |_: Event| handle.dispatch(PreferencesAction::SetTheme(choice)))
        });
        html! {
            <div class="radio">
                <input type="radio" name="theme" id={id.clone()} value={choice.key()}
                    checked={choice == current} {onchange} />
                <label for={id}>{ choice.label() }</label>
            </div>
        }
    });
    html! {
        <div class="page">
            <h1 class="page__title">{ "Settings" }</h1>
            <form class="form" onsubmit={|e: SubmitEvent| e.prevent_default()}>
                <fieldset class="fieldset">
                    <legend class="fieldset__legend">{ "Colour theme" }</legend>
                    <p class="hint">{ "The dark theme is dimmer and easier on the eyes during a headache." }</p>
                    { for options }
                </fieldset>
            </form>
        </div>
    }
}
