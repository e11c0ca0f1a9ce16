//! The self-check page (placeholder until its issue fills it).

use yew::prelude::*;

/// Self-check.
#[component]
pub fn CheckPage() -> Html {
    html! {
        <div class="page">
            <h1 class="page__title">{ "Self-check" }</h1>
            <p class="lead">{ "The self-check asks about warning signs first, then about your headaches, and explains which pattern they fit. It is being built and will appear here." }</p>
        </div>
    }
}
