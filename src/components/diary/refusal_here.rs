//! A refused diary change, said beside the control that asked for it: the panels that change the diary with
//! `perform_from(place, …)` show this where their buttons are, and the notice at the top of the page leaves it out.

use yew::prelude::*;

use crate::components::ui::alert::Alert;
use crate::state::diary::{use_diary, DiaryMsg};

#[derive(Properties, PartialEq)]
pub struct RefusalHereProps {
    /// The place name the panel passes to `perform_from`.
    pub place: &'static str,
}

/// The refusal of a change asked for at `place`, with Dismiss; nothing otherwise.
#[component]
pub fn RefusalHere(props: &RefusalHereProps) -> Html {
    let Some(handle) = use_diary() else {
        return Html::default();
    };
    let Some(problem) = handle
        .problem
        .as_ref()
        .filter(|_| handle.problem_at == Some(props.place))
    else {
        return Html::default();
    };
    let message = problem.to_string();
    let on_dismiss = Callback::from(move |()| handle.dispatch(DiaryMsg::DismissProblem));
    Html::from(Alert::warning(message).dismissable(on_dismiss))
}
