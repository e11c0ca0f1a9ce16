//! One headache pattern on the result: plain name, ICHD-3 name and code, what it means, how sure, and "Why": the
//! criteria met, missed and unclear, each with what the person said.

use yew::prelude::*;

use crate::domain::screening::{Criterion, PatternFinding};

/// A pattern card for one of the engine's findings, keyed by its code.
/// A plain view function rather than a component: it keeps no state, and every component costs the small
/// self-check build (`check/`) about 0.5 KB (gzip) of Yew's glue code.
pub fn pattern_card(finding: &PatternFinding) -> Html {
    let pattern = finding.pattern;
    let list = |title: &'static str, modifier: &'static str, criteria: &[Criterion]| {
        if criteria.is_empty() {
            return Html::default();
        }
        html! {
            <div class={classes!("pattern-card__criteria", modifier)}>
                <p class="pattern-card__criteria-title">{ title }</p>
                <ul class="pattern-card__list">
                    { for criteria.iter().map(|criterion| html! {
                        <li>
                            <span class="pattern-card__requirement">
                                { format!("{} (ICHD-3 {})", criterion.requirement(), criterion.code()) }
                            </span>
                            <span class="pattern-card__explanation">{ criterion.explanation.clone() }</span>
                        </li>
                    }) }
                </ul>
            </div>
        }
    };
    html! {
        <article key={pattern.code()} class="pattern-card" data-code={pattern.code()}
            data-codes={finding.specific_codes().join(" ")}>
            <h4 class="pattern-card__name">{ pattern.plain_name() }</h4>
            <p class="pattern-card__ichd">{ format!("ICHD-3 {}", finding.ichd_label()) }</p>
            <p class="pattern-card__summary">{ pattern.plain_summary() }</p>
            { for finding.subtypes.iter().map(|subtype| html! {
                <p class="pattern-card__subtype">{ subtype.plain_meaning() }</p>
            }) }
            { for pattern.examination_note().map(|note| html! {
                <p class="pattern-card__note">{ note }</p>
            }) }
            <p class="pattern-card__confidence">
                { "How sure: " }<strong>{ finding.confidence.plain_word() }</strong>
                { ". " }{ finding.confidence_reason() }
            </p>
            <h5 class="pattern-card__why">{ "Why" }</h5>
            { list("Criteria met", "pattern-card__criteria--met", &finding.met) }
            { list("Criteria not met", "pattern-card__criteria--missed", &finding.missed) }
            { list("Could not be checked", "pattern-card__criteria--unclear", &finding.unclear) }
        </article>
    }
}
