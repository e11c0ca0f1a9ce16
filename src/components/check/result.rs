//! The explained result, in an `aria-live` region: the triage headline and next step first (urgent ones in the
//! danger style), the warning signs found, each pattern with "Why", advice, what the result does not mean, the
//! diary, the clinic's call to action, and print / change / start again. It adds no pattern the engine did not
//! give, so an urgent result never shows a label.

use yew::prelude::*;

use crate::components::check::pattern::pattern_card;
use crate::components::check::step::SCREEN_TITLE_ID;
use crate::components::ui::clinic_contact::clinic_contact;
use crate::domain::clinic::ClinicConfig;
use crate::domain::screening::{Advice, Assessment, Certainty, Outcome, Triage, NOT_A_DIAGNOSIS};

/// What a result screen needs.
pub struct CheckResultProps<'a> {
    /// The engine's result.
    pub assessment: &'a Assessment,
    /// The clinic's call to action and emergency number.
    pub clinic: &'a ClinicConfig,
    /// When the result was taken, e.g. "21 Nov 2026", if known.
    pub taken_on: Option<String>,
    /// The heading above the result: "Your result", or "Your saved result".
    pub title: &'static str,
    /// "Print this result".
    pub on_print: Callback<()>,
    /// "Change my answers", when offered.
    pub on_change: Option<Callback<()>>,
    /// "Start again", when offered.
    pub on_start_again: Option<Callback<()>>,
    /// More actions (for a kept result: close and delete).
    pub more_actions: Html,
    /// Whether the result's headline is the page's own heading (`h1`): on an urgent result the page shows no
    /// "Self-check" title above "See a doctor today".
    pub headline_is_page_title: bool,
    /// The diary's address. A plain link, not the router's: the self-check build (`check/`) has no router, and
    /// in the full app the router follows the address's hash either way.
    pub diary_href: AttrValue,
    /// Questions asked on the result itself (the treatment follow-up), shown after the advice.
    pub followup: Option<Html>,
}

/// The result screen.
/// A plain view function rather than a component: it keeps no state, and every component costs the small
/// self-check build (`check/`) about 0.5 KB (gzip) of Yew's glue code.
pub fn check_result(props: CheckResultProps) -> Html {
    let assessment = props.assessment;
    let triage = assessment.triage();
    let outcome = assessment.outcome();
    let urgent = triage.is_urgent();
    // Section headings sit one level under the headline, whichever level that is.
    let section_tag = if props.headline_is_page_title {
        "h2"
    } else {
        "h3"
    };

    let headline_class = classes!(
        "check-result__headline",
        format!("check-result__headline--{}", triage.id()),
    );
    let call = (triage == Triage::Emergency || assessment.advice().contains(&Advice::IfInDoubtCallEmergency))
        .then(|| {
            html! {
                <a class="button button--danger check-result__call" href={props.clinic.emergency_href()}>
                    { format!("Call {}", props.clinic.emergency_number.trim()) }
                </a>
            }
        });

    let signs = (!assessment.warning_signs().is_empty()).then(|| {
        html! {
            <section class="check-result__section" aria-labelledby="check-result-signs">
                <@{section_tag} id="check-result-signs">{ "Warning signs in your answers" }</@>
                <ul class="check-result__signs">
                    { for assessment.warning_signs().iter().map(|finding| {
                        let unclear = finding.certainty == Certainty::Unclear;
                        html! {
                            <li class={classes!("check-result__sign", format!("check-result__sign--{}", finding.urgency().id()))}>
                                <span class="check-result__sign-level">
                                    { sign_level(finding.urgency(), unclear) }
                                </span>
                                { finding.explanation() }
                            </li>
                        }
                    }) }
                </ul>
            </section>
        }
    });

    // The engine drops every pattern when triage is urgent; this view never adds one.
    let patterns = assessment.patterns();
    let kinds = assessment
        .kinds_of_headache()
        .map(|sentence| html! { <p class="check-result__kinds">{ sentence }</p> });
    let pattern_section = match outcome {
        Outcome::PatternsFound => html! {
            <section class="check-result__section" aria-labelledby="check-result-patterns">
                <@{section_tag} id="check-result-patterns">{ outcome.plain_summary() }</@>
                { for kinds }
                { for patterns.iter().map(pattern_card) }
            </section>
        },
        Outcome::NotEnoughToSay => html! {
            <section class="check-result__section" aria-labelledby="check-result-patterns">
                <@{section_tag} id="check-result-patterns">{ "Not enough to say yet" }</@>
                <p>{ outcome.plain_summary() }</p>
                { for patterns.iter().map(pattern_card) }
            </section>
        },
        Outcome::GoNow | Outcome::SeeDoctorToday => html! {
            <p class="check-result__no-label">
                { "Because of the warning signs, this result does not name a headache type. A doctor needs to see you first." }
            </p>
        },
    };

    // The triage's own next step is already in the headline.
    let advice: Vec<Advice> = assessment
        .advice()
        .iter()
        .copied()
        .filter(|item| {
            !matches!(
                item,
                Advice::CallEmergencyNow | Advice::SeeDoctorToday | Advice::BookAppointmentSoon
            )
        })
        .collect();
    let advice_section = (!advice.is_empty()).then(|| {
        html! {
            <section class="check-result__section" aria-labelledby="check-result-advice">
                <@{section_tag} id="check-result-advice">{ "What you can do" }</@>
                <ul class="check-result__advice">
                    { for advice.iter().map(|item| html! { <li data-advice={item.id()}>{ item.plain_text() }</li> }) }
                </ul>
            </section>
        }
    });

    let emit = |callback: &Callback<()>| {
        let callback = callback.clone();
        Callback::from(move |_: MouseEvent| callback.emit(()))
    };
    let change = props.on_change.as_ref().map(|callback| {
        html! { <button type="button" class="button" onclick={emit(callback)}>{ "Change my answers" }</button> }
    });
    let start_again = props.on_start_again.as_ref().map(|callback| {
        html! { <button type="button" class="button" onclick={emit(callback)}>{ "Start again" }</button> }
    });

    html! {
        <section key="check-result" class="check-result" aria-labelledby={SCREEN_TITLE_ID} aria-live="polite" data-triage={triage.id()}>
            <p class="check-result__eyebrow">
                { props.title }
                if let Some(date) = &props.taken_on {
                    <span class="check-result__date">{ format!(", {date}") }</span>
                }
            </p>
            <div class={headline_class}>
                <@{if props.headline_is_page_title { "h1" } else { "h2" }} id={SCREEN_TITLE_ID}
                    class="check-result__title" tabindex="-1">{ triage.headline() }</@>
                <p class="check-result__next">{ triage.next_step() }</p>
                { for call }
            </div>
            // What to do next, at once, on a result that is not urgent; an urgent one sends the person to the
            // emergency number or a doctor today, never to booking at the clinic.
            if !urgent {
                { pattern_line(assessment) }
                { clinic_contact(props.clinic) }
            }
            { for signs }
            { pattern_section }
            { for advice_section }
            { for props.followup }
            <section class="check-result__section" aria-labelledby="check-result-not">
                <@{section_tag} id="check-result-not">{ "What this result does not mean" }</@>
                <p>{ NOT_A_DIAGNOSIS }</p>
                if !urgent {
                    <p>{ "It cannot rule out every cause. If your headaches change, or a warning sign appears, see a doctor." }</p>
                }
            </section>
            <section class="check-result__section check-result__next-steps" aria-labelledby="check-result-next">
                <@{section_tag} id="check-result-next">{ "Next steps" }</@>
                <p>{ "A diary of your next headaches shows your doctor what a single check cannot." }</p>
                <a href={props.diary_href.clone()} class="button button--primary check-result__diary">
                    { "Start a headache diary" }
                </a>
            </section>
            <div class="check-actions">
                <button type="button" class="button" onclick={emit(&props.on_print)}>{ "Print this result" }</button>
                { for change }
                { for start_again }
                { props.more_actions }
            </div>
        </section>
    }
}

/// The result in one line, before the clinic's contact: the patterns by plain name with their most specific
/// ICHD-3 codes, or "not enough to say yet". The explanation follows further down.
fn pattern_line(assessment: &Assessment) -> Html {
    let named: Vec<String> = assessment
        .patterns()
        .iter()
        .filter(|finding| finding.pattern.is_headache_pattern())
        .map(|finding| {
            format!(
                "{} (ICHD-3 {})",
                finding.pattern.plain_name(),
                finding.specific_codes().join(", ")
            )
        })
        .collect();
    let line = if named.is_empty() {
        "Your answers do not clearly fit one pattern yet.".to_string()
    } else {
        format!("Your answers fit: {}.", named.join("; "))
    };
    html! { <p class="check-result__pattern-line">{ line }</p> }
}

/// A short label before each warning sign.
fn sign_level(urgency: Triage, unclear: bool) -> &'static str {
    match (urgency, unclear) {
        (Triage::Emergency, _) => "Go now: ",
        (Triage::SameDay, true) => "Not ruled out: ",
        (Triage::SameDay, false) => "See a doctor today: ",
        (Triage::Soon, _) => "Worth a doctor's look: ",
        (Triage::Routine, _) => "",
    }
}
