//! The "go now" screen: shown as soon as an emergency warning sign is answered "yes". It names no headache pattern,
//! offers the emergency number as a `tel:` link, says why, and lets the person go back to change an answer.

use yew::prelude::*;

use crate::components::check::step::SCREEN_TITLE_ID;
use crate::domain::clinic::ClinicConfig;
use crate::domain::screening::{Certainty, SignFinding, Triage};

/// What the emergency screen needs.
#[derive(Properties, PartialEq)]
pub struct CheckEmergencyProps {
    /// The warning signs found (only the reported emergency ones are listed).
    pub signs: Vec<SignFinding>,
    /// Where the emergency number comes from.
    pub clinic: ClinicConfig,
    /// "Change my answer": back to the warning-sign questions.
    pub on_change: Callback<()>,
}

/// Call emergency services now.
#[component]
pub fn CheckEmergency(props: &CheckEmergencyProps) -> Html {
    let reasons = props
        .signs
        .iter()
        .filter(|finding| {
            finding.certainty == Certainty::Reported && finding.sign.urgency() == Triage::Emergency
        })
        .map(|finding| html! { <li>{ finding.explanation() }</li> });
    let on_change = {
        let on_change = props.on_change.clone();
        Callback::from(move |_: MouseEvent| on_change.emit(()))
    };
    let number = props.clinic.emergency_number.trim().to_string();
    html! {
        <section class="check-emergency" aria-labelledby={SCREEN_TITLE_ID} aria-live="polite">
            <div class="check-emergency__urgent">
                // The page's own heading: no "Self-check" title stands above what to do now.
                <h1 id={SCREEN_TITLE_ID} class="check-emergency__title" tabindex="-1">
                    { "Call emergency services or go to the emergency department now" }
                </h1>
                <p class="check-emergency__next">{ Triage::Emergency.next_step() }</p>
                <a class="button button--danger check-emergency__call" href={props.clinic.emergency_href()}>
                    { format!("Call {number}") }
                </a>
                <p class="check-emergency__local">
                    { format!("If {number} is not the emergency number where you are, call your local one.") }
                </p>
            </div>
            <h2 class="check-emergency__why">{ "Why we say this" }</h2>
            <ul class="check-emergency__reasons">{ for reasons }</ul>
            <p class="check-emergency__back-text">
                { "Answered \"yes\" by mistake? You can go back and change your answer." }
            </p>
            <button type="button" class="button check-emergency__change" onclick={on_change}>
                { "Change my answer" }
            </button>
        </section>
    }
}
