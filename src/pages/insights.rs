//! Insights: what the diary shows for a chosen period, in figures, words and pictures.

use yew::prelude::*;

use crate::components::insights::charts::insight_charts;
use crate::components::insights::findings::{insight_figures, insight_findings};
use crate::components::insights::period_picker::PeriodPicker;
use crate::components::treatments::resistance_read::resistance_read_view;
use crate::platform;
use crate::route::Route;
use crate::state::insights::{use_chosen_period, use_insights, InsightsView};
use crate::state::preferences::{tracks_cycle, use_preferences};

/// The insights page.
#[component]
pub fn InsightsPage() -> Html {
    let preferences = use_preferences();
    let (period, on_change) = use_chosen_period();
    let today = platform::now_local().date();
    let InsightsView {
        diary: diary_rc,
        insights,
        ..
    } = use_insights(period, today);
    let show_cycle = tracks_cycle(preferences.as_ref());
    html! {
        <div class="page insights">
            <h1 class="page__title">{ "Insights" }</h1>
            <p class="lead">{ "What your diary shows. These are patterns to talk through with your doctor, not a diagnosis." }</p>
            <PeriodPicker value={period} {today} {on_change} />
            <p class="report__actions">
                <a href={Route::Report.href()} class="button button--primary">{ "Make a report for my doctor" }</a>
            </p>
            <div aria-live="polite">
                { match &*insights {
                    None => html! { <p>{ "There are no days in this period yet. Choose another period." }</p> },
                    Some(_) if diary_rc.is_empty() => {
                        html! { <p>{ "Nothing is logged yet. Once your diary has a few weeks of entries, this page shows headache days, medicine days and patterns." }</p> }
                    }
                    Some(insights) => {
                        html! {
                            <>
                                <h2 class="insights__range">{ insights.range.label() }</h2>
                                { insight_figures(insights) }
                                { insight_charts(&diary_rc, insights) }
                                { insight_findings(insights, show_cycle) }
                                { resistance_read_view(&insights.resistance, true) }
                            </>
                        }
                    }
                } }
            </div>
        </div>
    }
}
