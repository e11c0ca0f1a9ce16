//! Shows a settings storage problem, if there is one, until the person dismisses it.

use yew::prelude::*;

use crate::components::ui::alert::Alert;
use crate::state::preferences::{PreferencesAction, PreferencesContext};

/// Tells the person when their settings could not be read or saved; nothing otherwise.
/// A plain view function rather than a component: the diary's own notice, just below it, shows it.
pub fn storage_notice(preferences: &PreferencesContext) -> Html {
    let Some(problem) = preferences.problem.clone() else {
        return Html::default();
    };
    let preferences = preferences.clone();
    let on_dismiss =
        Callback::from(move |()| preferences.dispatch(PreferencesAction::DismissProblem));
    Html::from(Alert::warning(format!("Settings: {problem}")).dismissable(on_dismiss))
}
