//! The "go now" screen: shown as soon as an emergency warning sign is answered "yes". It names no headache pattern,
//! offers the emergency number as a `tel:` link, says why, and lets the person go back to change an answer.

use yew::prelude::*;

use crate::components::check::step::SCREEN_TITLE_ID;
use crate::domain::clinic::ClinicConfig;
use crate::domain::screening::{Certainty, SignFinding, Triage};

/// Call emergency services now. `signs` are the warning signs found (only the reported emergency ones are listed),
/// `clinic` gives the emergency number, and `on_change` ("Change my answer") goes back to the warning-sign questions.
/// A plain view function rather than a component: it keeps no state, and every component costs the small
/// self-check build (`check/`) about 0.5 KB (gzip) of Yew's glue code.
pub fn check_emergency(
    signs: &[SignFinding],
    clinic: &ClinicConfig,
    on_change: &Callback<()>,
) -> Html {
    let reasons = signs
        .iter()
        .filter(|finding| {
            finding.certainty == Certainty::Reported && finding.sign.urgency() == Triage::Emergency
        })
        .map(|finding| html! { <li>{ finding.explanation() }</li> });
    let on_change = {
        let on_change = on_change.clone();
        Callback::from(move |_: MouseEvent| on_change.emit(()))
    };
    let number = clinic.emergency_number.trim().to_string();
    html! {
        <section key="check-emergency" class="check-emergency" aria-labelledby={SCREEN_TITLE_ID} aria-live="polite">
            <div class="check-emergency__urgent">
                // The page's own heading: no "Self-check" title stands above what to do now.
                <h1 id={SCREEN_TITLE_ID} class="check-emergency__title" tabindex="-1">
                    { "Call emergency services or go to the emergency department now" }
                </h1>
                <p class="check-emergency__next">{ Triage::Emergency.next_step() }</p>
                <a class="button button--danger check-emergency__call" href={clinic.emergency_href()}>
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
