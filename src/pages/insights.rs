//! The insights page (placeholder until its issue fills it).

use yew::prelude::*;

/// Insights.
#[component]
pub fn InsightsPage() -> Html {
    html! {
        <div class="page">
            <h1 class="page__title">{ "Insights" }</h1>
            <p class="lead">{ "Once your diary has a few weeks of entries, this page will show headache days, medicine days and patterns, and a report for your doctor." }</p>
        </div>
    }
}
