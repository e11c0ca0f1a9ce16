//! A refused diary change, said beside the control that asked for it: the panels that change the diary with
//! `perform_from(place, …)` show this where their buttons are, and the notice at the top of the page leaves it out.

use yew::prelude::*;

use crate::components::ui::alert::Alert;
use crate::state::diary::{DiaryContext, DiaryMsg};

/// The refusal of a change asked for at `place`, with Dismiss; nothing otherwise.
/// A plain view function rather than a component: every panel that shows it already follows the diary.
pub fn refusal_here(handle: &DiaryContext, place: &'static str) -> Html {
    let Some(problem) = handle
        .problem
        .as_ref()
        .filter(|_| handle.problem_at == Some(place))
    else {
        return Html::default();
    };
    let message = problem.to_string();
    let handle = handle.clone();
    let on_dismiss = Callback::from(move |()| handle.dispatch(DiaryMsg::DismissProblem));
    Html::from(Alert::warning(message).dismissable(on_dismiss))
}
