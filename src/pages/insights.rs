//! Insights: what the diary shows for a chosen period, in figures, words and pictures.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::insight_charts::InsightCharts;
use crate::components::insight_findings::{InsightFigures, InsightFindings};
use crate::components::period_picker::PeriodPicker;
use crate::domain::insights::{InsightPeriod, Insights};
use crate::domain::screening::Assessment;
use crate::platform;
use crate::state::diary::use_diary;
use crate::state::preferences::use_preferences;
use crate::storage::local::{self, Loaded};
use crate::storage::self_check::SelfCheckDocument;

/// The period shown first: eight weeks is the diary's minimum useful length.
pub const DEFAULT_PERIOD: InsightPeriod = InsightPeriod::LastWeeks(8);

/// The last self-check result kept on this device, if any: the diary's pattern read never
/// shows a label when that result found an urgent warning sign.
pub fn kept_assessment() -> Option<Assessment> {
    match local::load::<SelfCheckDocument>() {
        Ok(Loaded::Ready(document)) => document.kept.map(|kept| kept.assessment),
        _ => None,
    }
}

/// The insights page.
#[component]
pub fn InsightsPage() -> Html {
    let diary = use_diary();
    let preferences = use_preferences();
    let period = use_state(|| DEFAULT_PERIOD);
    let kept = use_state(kept_assessment);
    let today = platform::now_local().date();
    let diary_rc = diary.as_ref().map(|d| d.diary.clone()).unwrap_or_default();
    // Recomputed only when the diary, the period or the day changes.
    let insights = use_memo(
        (diary_rc.clone(), *period, today),
        |(diary, period, today)| Insights::compute(diary, *period, *today, (*kept).as_ref()),
    );
    let on_change = {
        let period = period.clone();
        Callback::from(move |choice: InsightPeriod| period.set(choice))
    };
    let show_cycle = preferences.is_none_or(|p| p.preferences.track_cycle);
    html! {
        <div class="page insights">
            <h1 class="page__title">{ "Insights" }</h1>
            <p class="lead">{ "What your diary shows. These are patterns to talk through with your doctor, not a diagnosis." }</p>
            <PeriodPicker value={*period} {today} {on_change} />
            <p class="report__actions">
                <Link<Route> to={Route::Report} classes="button button--primary">{ "Make a report for my doctor" }</Link<Route>>
            </p>
            <div aria-live="polite">
                { match (*insights).clone() {
                    None => html! { <p>{ "There are no days in this period yet. Choose another period." }</p> },
                    Some(_) if diary_rc.is_empty() => {
                        html! { <p>{ "Nothing is logged yet. Once your diary has a few weeks of entries, this page shows headache days, medicine days and patterns." }</p> }
                    }
                    Some(insights) => {
                        let insights = Rc::new(insights);
                        html! {
                            <>
                                <h2 class="insights__range">{ insights.range.label() }</h2>
                                <InsightFigures insights={insights.clone()} />
                                <InsightCharts diary={diary_rc.clone()} insights={insights.clone()} />
                                <InsightFindings {insights} {show_cycle} />
                            </>
                        }
                    }
                } }
            </div>
        </div>
    }
}
