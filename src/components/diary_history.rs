//! The list of past headaches, newest first. (placeholder until built).

use yew::prelude::*;

/// The list of past headaches, newest first.
#[component]
pub fn DiaryHistory() -> Html {
    Html::default()
}
