//! The EHF 2020 read in words: the headline (fits resistant or refractory migraine, or not yet), what it is made
//! of and what is missing, the months behind it (headache days next to days that stopped you), and for a read
//! that fits, the next step with the clinic's contact. Never a diagnosis; no drug named.

use yew::prelude::*;

use crate::components::ui::clinic_contact::clinic_contact;
use crate::domain::clinic::ClinicConfig;
use crate::domain::date_text::date_text;
use crate::domain::insights::{
    ResistanceLevel, ResistanceRead, DEBILITATING_DAYS_A_MONTH, DIARY_NOT_A_DIAGNOSIS,
};
use crate::route::Route;

/// "Migraine that has not responded to treatment", read from the diary, with the link to the treatments page
/// when `link_to_treatments` (not in print, not on that page).
/// A plain view function rather than a component: it keeps no state, and every component costs the download
/// about 0.5 KB (gzip) of Yew's glue code.
pub fn resistance_read_view(read: &ResistanceRead, link_to_treatments: bool) -> Html {
    let fits = matches!(
        read.level,
        ResistanceLevel::Resistant | ResistanceLevel::Refractory
    );
    // Months across, figures down: three short rows fit a phone and keep the printed report short.
    let month_heads = read.months.iter().map(|month| {
        html! { <th scope="col">{ date_text(month.month, "%b") }</th> }
    });
    let headache_cells = read
        .months
        .iter()
        .map(|month| html! { <td>{ month.headache_days }</td> });
    let stopped_cells = read.months.iter().map(|month| {
        if month.days >= DEBILITATING_DAYS_A_MONTH {
            html! { <td><strong>{ format!("{}*", month.days) }</strong></td> }
        } else {
            html! { <td>{ month.days }</td> }
        }
    });
    let logged_cells = read
        .months
        .iter()
        .map(|month| html! { <td>{ format!("{}/{}", month.logged_days, month.month_days) }</td> });
    let span = match (read.months.first(), read.months.last()) {
        (Some(first), Some(last)) => format!(
            "{} to {}",
            date_text(first.month, "%B %Y"),
            date_text(last.month, "%B %Y")
        ),
        _ => String::new(),
    };
    let body = if read.level == ResistanceLevel::WarningSignFirst {
        html! { <p>{ read.headline() }</p> }
    } else if !read.has_content() {
        html! {
            <p>{ "Once you list the daily (preventive) treatments you have tried, and mark the days a headache stopped you doing your usual things, this shows whether your diary fits what headache specialists call migraine that resists treatment." }</p>
        }
    } else {
        html! {
            <>
                <p class={classes!("resistance__headline", fits.then_some("resistance__headline--fits"))}>
                    <strong>{ read.headline() }</strong>
                </p>
                <ul class="resistance__reasons">
                    { for read.reasons().into_iter().map(|line| html! { <li>{ line }</li> }) }
                </ul>
                // The caption sits outside the scrolling box, so a narrow phone never cuts it off.
                <p class="resistance__caption" id="resistance-months-caption">{ format!("The last 6 complete months, {span}") }</p>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="resistance-months-caption">
                    <table class="table resistance__months" aria-labelledby="resistance-months-caption">
                        <thead>
                            <tr><td></td>{ for month_heads }</tr>
                        </thead>
                        <tbody>
                            <tr><th scope="row">{ "Headache days" }</th>{ for headache_cells }</tr>
                            <tr><th scope="row">{ "Days that stopped you (*: 8 or more)" }</th>{ for stopped_cells }</tr>
                            <tr><th scope="row">{ "Days logged" }</th>{ for logged_cells }</tr>
                        </tbody>
                    </table>
                </div>
                if fits {
                    <p class="resistance__next">{ "Treatments exist for migraine that has not responded to the usual ones. A headache specialist can go through what you have tried and discuss them with you." }</p>
                    { clinic_contact(&ClinicConfig::built_in()) }
                }
                <p class="hint">{ DIARY_NOT_A_DIAGNOSIS }</p>
            </>
        }
    };
    html! {
        <section class="resistance" aria-labelledby="resistance-title">
            <h2 id="resistance-title">{ "Migraine that has not responded to treatment" }</h2>
            { body }
            if link_to_treatments {
                <p class="no-print">
                    <a href={Route::Treatments.href()} class="button">{ "Treatments tried" }</a>
                </p>
            }
        </section>
    }
}
