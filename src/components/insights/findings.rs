//! What the diary shows, in words: the summary figures, medicine-overuse warnings (ICHD-3 8.2),
//! the pattern read (1.3, 2.3, 8.2), the menstrual pattern (A1.1), triggers and medicine effect.

use yew::prelude::*;

use crate::components::ui::alert::{Alert, AlertTone};
use crate::domain::insights::{
    Insights, OveruseStatus, DIARY_NOT_A_DIAGNOSIS, MENSTRUAL_NOT_A_DIAGNOSIS, WARNING_SIGNS_NOTE,
};
use crate::domain::number_text::fixed;

/// The summary figures as cards.
/// A plain view function rather than a component: it keeps no state, and every component costs the download
/// about 0.5 KB (gzip) of Yew's glue code.
pub fn insight_figures(insights: &Insights) -> Html {
    let summary = &insights.summary;
    let figure = |value: String, label: &'static str| {
        html! {
            <li class="figure">
                <span class="figure__value">{ value }</span>
                <span class="figure__label">{ label }</span>
            </li>
        }
    };
    html! {
        <>
            <ul class="insights__figures">
                { figure(summary.headache_days.to_string(), "headache days") }
                { figure(summary.migraine_like_days.to_string(), "migraine-like days") }
                { figure(summary.attacks.to_string(), "headaches logged") }
                { figure(summary.mean_severity.map_or("–".into(), |m| fixed(m, 1)), "average severity (0–10)") }
                { figure(summary.worst_severity.map_or("–".into(), |s| s.value().to_string()), "worst severity") }
                { figure(summary.mean_duration_minutes.map_or("–".into(), |m| crate::domain::dates::format_duration(m.round() as i64)), "average length") }
                { figure(summary.stopped_activity_days.to_string(), "days it stopped you") }
                { figure(format!("{} / {}", summary.logged_days, summary.days), "days logged") }
            </ul>
            <ul class="insights__lines">
                { for summary.plain_lines().into_iter().map(|line| html! { <li>{ line }</li> }) }
            </ul>
        </>
    }
}

/// The warnings and patterns, in words.
/// A plain view function rather than a component: it keeps no state, and every component costs the download
/// about 0.5 KB (gzip) of Yew's glue code.
/// `show_cycle` is whether to show the menstrual section (the person may have switched cycle tracking off).
pub fn insight_findings(insights: &Insights, show_cycle: bool) -> Html {
    let overuse = insights.overuse.iter().filter(|month| !month.warnings().is_empty()).map(|month| {
        let clear = month
            .warnings()
            .iter()
            .any(|line| line.status == OveruseStatus::OverThreeMonths);
        let tone = if clear { AlertTone::Danger } else { AlertTone::Warning };
        Html::from(Alert::new(tone, month.plain_message()).with_details(html! {
            <>
                <ul class="alert__list">
                    { for month.warnings().into_iter().map(|line| html! { <li>{ line.plain_message() }</li> }) }
                </ul>
                if let Some(advice) = month.opioid_advice() {
                    <p class="alert__advice">{ advice }</p>
                }
            </>
        }))
    }).collect::<Vec<_>>();
    let triggers = &insights.triggers;
    html! {
        <div class="insight-findings">
            <section class="insights__section" aria-labelledby="medicine-days-title">
                <h2 id="medicine-days-title">{ "Medicine days" }</h2>
                if overuse.is_empty() {
                    <p>{ "No month in this period comes near the medicine-day limits for headache medicines (10 days a month for triptans, opioids, ergots and combination painkillers; 15 for simple painkillers)." }</p>
                } else {
                    { for overuse }
                }
            </section>
            <section class="insights__section" aria-labelledby="pattern-title">
                <h2 id="pattern-title">{ "What pattern the diary shows" }</h2>
                { for insights.pattern.plain_messages().into_iter().map(|message| html! { <p>{ message }</p> }) }
                <p class="insights__note">{ WARNING_SIGNS_NOTE }</p>
                <p class="insights__note">{ DIARY_NOT_A_DIAGNOSIS }</p>
            </section>
            if show_cycle {
                <section class="insights__section" aria-labelledby="cycle-title">
                    <h2 id="cycle-title">{ "Headaches and periods" }</h2>
                    <p>{ insights.menstrual.plain_message() }</p>
                    <p class="insights__note">{ MENSTRUAL_NOT_A_DIAGNOSIS }</p>
                </section>
            }
            <section class="insights__section" aria-labelledby="triggers-title">
                <h2 id="triggers-title">{ "Possible triggers" }</h2>
                if triggers.counts.is_empty() {
                    <p>{ "No possible triggers were noted with the headaches in this period." }</p>
                } else {
                    <ul>
                        { for triggers.counts.iter().take(8).map(|count| html! { <li>{ count.plain_sentence() }</li> }) }
                    </ul>
                }
                <p class="insights__note">{ triggers.comparison.plain_message() }</p>
            </section>
            <section class="insights__section" aria-labelledby="medicine-effect-title">
                <h2 id="medicine-effect-title">{ "How medicines helped" }</h2>
                if insights.medicines.is_empty() {
                    <p>{ "No medicines were noted in this period." }</p>
                } else {
                    <ul>
                        { for insights.medicines.iter().map(|medicine| html! { <li>{ medicine.plain_sentence() }</li> }) }
                    </ul>
                }
            </section>
        </div>
    }
}
