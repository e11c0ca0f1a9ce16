//! The one-tap light/dark switch in the header.
//!
//! With three themes the switch stays two-way (light ↔ dark, and dim → light): one tap must
//! always take the light out of a person's eyes, never step through a cycle that they would
//! have to read first. The reasons are on `ThemePreference::toggled`.

use yew::prelude::*;

use crate::domain::theme::Theme;
use crate::platform;
use crate::state::preferences::{use_preferences, PreferencesAction};

/// Switches between the light and the dark theme, whatever the current setting (dim, chosen
/// in settings, counts as dark: the switch then offers light).
#[component]
pub fn ThemeToggle() -> Html {
    let preferences = use_preferences();
    // Follow the device live, so the switch's label is right after the device changes theme.
    let system_dark = use_state(platform::system_prefers_dark);
    {
        let system_dark = system_dark.clone();
        use_effect_with((), move |_| {
            let listener = platform::on_system_theme_change(move |dark| system_dark.set(dark));
            move || drop(listener)
        });
    }
    let Some(preferences) = preferences else {
        return Html::default();
    };
    let system_dark = *system_dark;
    let choice = preferences.preferences.theme;
    let shown = choice.resolve(system_dark);
    let onclick = Callback::from(move |_: MouseEvent| {
        // Read the device setting at click time: it may have changed since the last render.
        let next = choice.toggled(platform::system_prefers_dark());
        preferences.dispatch(PreferencesAction::SetTheme(next));
    });
    let icon = match shown {
        // A moon while light (switch to dark), a sun while dark.
        Theme::Light => html! {
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" class="icon">
                <path d="M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5z" />
            </svg>
        },
        Theme::Dark | Theme::Dim => html! {
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" class="icon">
                <circle cx="12" cy="12" r="4.5" />
                <path d="M12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8" />
            </svg>
        },
    };
    html! {
        <button type="button" class="button button--quiet theme-toggle"
            aria-label={shown.switch_label()} title={shown.switch_label()} {onclick}>
            { icon }
            <span class="theme-toggle__text">{ match shown {
                Theme::Light => "Dark",
                Theme::Dark | Theme::Dim => "Light",
            } }</span>
        </button>
    }
}
