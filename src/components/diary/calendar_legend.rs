//! The key to the calendar's marks: each headache severity band with its score range, headache-free, nothing logged,
//! medicine, period day and today. Every mark carries a number, symbol or shape as well as a colour.

use yew::prelude::*;

use crate::domain::diary::SeverityBand;
use crate::domain::sentence::capitalised;

/// The score range of a band on the 0–10 scale (see [`SeverityBand`] for the cut-offs).
fn band_range(band: SeverityBand) -> (&'static str, &'static str) {
    match band {
        SeverityBand::NoPain => ("0", "0"),
        SeverityBand::Mild => ("2", "1–3"),
        SeverityBand::Moderate => ("5", "4–6"),
        SeverityBand::Severe => ("7", "7–8"),
        SeverityBand::VerySevere => ("9", "9–10"),
    }
}

/// The calendar's legend.
/// A plain view function rather than a component: it keeps no state, and every component costs the download
/// about 0.5 KB (gzip) of Yew's glue code.
pub fn calendar_legend() -> Html {
    let bands = SeverityBand::ALL
        .iter()
        .filter(|band| **band != SeverityBand::NoPain)
        .map(|band| {
            let (sample, range) = band_range(*band);
            html! {
                <li class="calendar-legend__item">
                    <span class={classes!("calendar-legend__swatch", "calendar-day", "calendar-day--headache",
                        format!("calendar-day--{}", band.css_name()))} aria-hidden="true">
                        <span class="calendar-day__mark">{ sample }</span>
                    </span>
                    { format!("{} ({range})", capitalised(band.label())) }
                </li>
            }
        });
    html! {
        <div class="calendar-legend">
            <h4 class="calendar-legend__title">{ "Key" }</h4>
            <ul class="calendar-legend__list" role="list">
                { for bands }
                <li class="calendar-legend__item">
                    <span class="calendar-legend__swatch calendar-day calendar-day--headache" aria-hidden="true">
                        <span class="calendar-day__mark">{ "•" }</span>
                    </span>
                    { "Headache, no score" }
                </li>
                <li class="calendar-legend__item">
                    <span class="calendar-legend__swatch calendar-day calendar-day--free" aria-hidden="true">
                        <span class="calendar-day__mark">{ "✓" }</span>
                    </span>
                    { "No headache (marked)" }
                </li>
                <li class="calendar-legend__item">
                    <span class="calendar-legend__swatch calendar-day calendar-day--unknown" aria-hidden="true"></span>
                    { "Nothing logged" }
                </li>
                <li class="calendar-legend__item">
                    <span class="calendar-legend__swatch calendar-legend__swatch--plain" aria-hidden="true">
                        <span class="pill-mark"></span>
                    </span>
                    { "Medicine taken" }
                </li>
                <li class="calendar-legend__item">
                    <span class="calendar-legend__swatch calendar-legend__swatch--plain" aria-hidden="true">
                        <span class="calendar-day__period"></span>
                    </span>
                    { "Period day" }
                </li>
                <li class="calendar-legend__item">
                    <span class="calendar-legend__swatch calendar-day calendar-day--unknown calendar-day--today" aria-hidden="true"></span>
                    { "Today" }
                </li>
            </ul>
        </div>
    }
}
