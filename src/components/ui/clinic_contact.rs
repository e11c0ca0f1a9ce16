//! The clinic's call to action from `config/clinic.json`: its name, a `tel:` link and a booking link, each shown
//! only when configured.

use yew::prelude::*;

use crate::domain::clinic::ClinicConfig;

/// "Talk it through with the clinic" with its phone and booking links, for the clinic from
/// [`ClinicConfig::built_in`].
/// A plain view function rather than a component: it keeps no state, and every component costs the small
/// self-check build (`check/`) about 0.5 KB (gzip) of Yew's glue code.
pub fn clinic_contact(clinic: &ClinicConfig) -> Html {
    let phone = clinic.phone_href().map(|href| {
        html! {
            <a class="button button--primary clinic-contact__phone" {href}>
                { format!("Call {}", clinic.phone.trim()) }
            </a>
        }
    });
    let booking = clinic.booking_href().map(|href| {
        html! {
            <a class="button clinic-contact__booking" href={href.to_string()} target="_blank" rel="noopener noreferrer">
                { "Book an appointment" }
                <span class="visually-hidden">{ " (opens in a new tab)" }</span>
            </a>
        }
    });
    html! {
        <aside class="clinic-contact" aria-labelledby="clinic-contact-title">
            <h3 id="clinic-contact-title" class="clinic-contact__title">{ clinic.name.clone() }</h3>
            <p class="clinic-contact__text">
                { "Bring this result or your headache diary, and talk it through with the clinic." }
            </p>
            <p class="clinic-contact__print">
                { [
                    (!clinic.phone.trim().is_empty()).then(|| format!("Phone: {}", clinic.phone.trim())),
                    clinic.booking_href().map(|href| format!("Booking: {href}")),
                ].into_iter().flatten().collect::<Vec<_>>().join(" · ") }
            </p>
            if phone.is_some() || booking.is_some() {
                <div class="clinic-contact__actions">
                    { for phone }
                    { for booking }
                </div>
            }
        </aside>
    }
}
