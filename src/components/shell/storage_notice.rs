//! Shows a settings storage problem, if there is one, until the person dismisses it.

use yew::prelude::*;

use crate::components::ui::alert::Alert;
use crate::state::preferences::{use_preferences, PreferencesAction};

/// Tells the person when their settings could not be read or saved.
#[component]
pub fn StorageNotice() -> Html {
    let Some(preferences) = use_preferences() else {
        return Html::default();
    };
    let Some(problem) = preferences.problem.clone() else {
        return Html::default();
    };
    let on_dismiss =
        Callback::from(move |()| preferences.dispatch(PreferencesAction::DismissProblem));
    html! {
        { Alert::warning(format!("Settings: {problem}")).dismissable(on_dismiss) }
    }
}
