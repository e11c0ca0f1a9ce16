//! Settings: how the app looks, what the diary tracks, and the diary lock.

use yew::prelude::*;

use crate::components::lock::settings::LockSettings;
use crate::domain::theme::ThemePreference;
use crate::platform;
use crate::route::Route;
use crate::state::preferences::{tracks_cycle, PreferencesAction, PreferencesContext};

/// The settings page, for the preferences `preferences` holds (none outside the provider).
/// A plain view function rather than a component: the page it is chosen by already follows the preferences.
pub fn settings_page(preferences: Option<&PreferencesContext>) -> Html {
    let current = preferences.map(|p| p.preferences.theme).unwrap_or_default();
    let track_cycle = tracks_cycle(preferences);
    let on_track_cycle = preferences.cloned().map(|handle| {
        Callback::from(move |event: Event| {
            let checked = event
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|input| input.checked());
            handle.dispatch(PreferencesAction::SetTrackCycle(checked));
        })
    });
    let options = ThemePreference::ALL.iter().map(|&choice| {
        let id = format!("theme-{}", choice.key());
        let onchange = preferences.cloned().map(|handle| {
            Callback::from(move |_: Event| handle.dispatch(PreferencesAction::SetTheme(choice)))
        });
        let hint_id = choice.hint().map(|_| format!("{id}-hint"));
        html! {
            <>
                <div class="radio">
                    <input type="radio" name="theme" id={id.clone()} value={choice.key()}
                        checked={choice == current} {onchange} aria-describedby={hint_id.clone()} />
                    <label for={id}>{ choice.label() }</label>
                </div>
                if let (Some(hint), Some(hint_id)) = (choice.hint(), hint_id) {
                    <p class="hint radio__hint" id={hint_id}>{ hint }</p>
                }
            </>
        }
    });
    html! {
        <div class="page">
            <h1 class="page__title">{ "Settings" }</h1>
            <form class="form" onsubmit={|e: SubmitEvent| e.prevent_default()}>
                <fieldset class="fieldset">
                    <legend class="fieldset__legend">{ "Colour theme" }</legend>
                    <p class="hint">{ "Dark and dim are easier on the eyes during a headache; dim is the darkest, for a dark room." }</p>
                    { for options }
                </fieldset>
                <fieldset class="fieldset">
                    <legend class="fieldset__legend">{ "Diary" }</legend>
                    <div class="checkbox">
                        <input type="checkbox" id="track-cycle" checked={track_cycle} onchange={on_track_cycle} />
                        <label for="track-cycle">{ "Log periods and show cycle days" }</label>
                    </div>
                    <p class="hint">{ "Headaches that come around a period can point to menstrual migraine. Switch this off if it does not concern you; nothing already logged is deleted." }</p>
                </fieldset>
            </form>
            <LockSettings today={platform::now_local().date()} />
            <p class="settings__data">
                <a href={Route::Data.href()}>{ "Your data: download, back up, restore or delete it" }</a>
            </p>
        </div>
    }
}
