//! The headache diary page (placeholder until its issue fills it).

use yew::prelude::*;

/// Headache diary.
#[component]
pub fn DiaryPage() -> Html {
    html! {
        <div class="page">
            <h1 class="page__title">{ "Headache diary" }</h1>
            <p class="lead">{ "The diary will let you log a headache in one tap and add details later. It is being built and will appear here." }</p>
        </div>
    }
}
