//! The calendar heat map: every day of the chosen period as a small square, coloured by how
//! bad the headache was, so a doctor sees the rhythm at a glance. Weeks run left to right,
//! Monday at the top.

use chrono::{Datelike, NaiveDate};
use yew::prelude::*;

/// What one day shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum HeatDay {
    Unknown,
    HeadacheFree,
    /// The worst severity band that day, as its CSS series name (`mild`, `moderate`, …).
    Headache(&'static str),
}

#[derive(Properties, PartialEq)]
pub struct HeatMapProps {
    /// The first day; its week's Monday starts the grid.
    pub first: NaiveDate,
    /// One entry per day from `first` on.
    pub days: Vec<HeatDay>,
    pub summary: AttrValue,
}

const CELL: f64 = 11.0;
const GAP: f64 = 2.0;
const LEFT: f64 = 14.0;

/// Days as squares, coloured by severity.
#[component]
pub fn HeatMap(props: &HeatMapProps) -> Html {
    let lead = props.first.weekday().num_days_from_monday() as usize;
    let weeks = (lead + props.days.len()).div_ceil(7).max(1);
    let width = LEFT + weeks as f64 * (CELL + GAP);
    let height = 7.0 * (CELL + GAP);
    let cells = props.days.iter().enumerate().map(|(index, day)| {
        let slot = lead + index;
        let (column, row) = (slot / 7, slot % 7);
        let class = match day {
            HeatDay::Unknown => "heat__day heat__day--unknown".to_string(),
            HeatDay::HeadacheFree => "heat__day heat__day--free".to_string(),
            HeatDay::Headache(series) => format!("heat__day chart__bar--{series}"),
        };
        html! {
            <rect {class} x={format!("{:.1}", LEFT + column as f64 * (CELL + GAP))}
                y={format!("{:.1}", row as f64 * (CELL + GAP))}
                width={CELL.to_string()} height={CELL.to_string()} rx="2" />
        }
    });
    html! {
        <figure class="chart">
            <figcaption>
                <h3 class="chart__title" id="heat-map-title">{ "Day by day" }</h3>
                <p class="chart__summary" id="heat-map-summary">{ props.summary.clone() }</p>
            </figcaption>
            // Never wider than 2.5× its natural size, so a short period does not give giant squares.
            // A width attribute rather than a style attribute: the Content-Security-Policy allows no
            // inline styles.
            <svg class="chart__svg chart__svg--heat" viewBox={format!("0 0 {width:.0} {height:.0}")} role="img"
                width={format!("{:.0}", width * 2.5)}
                aria-labelledby="heat-map-title" aria-describedby="heat-map-summary">
                <text class="chart__axis-label" x="0" y={format!("{:.1}", CELL - 2.0)}>{ "M" }</text>
                <text class="chart__axis-label" x="0" y={format!("{:.1}", 6.0 * (CELL + GAP) + CELL - 2.0)}>{ "S" }</text>
                { for cells }
            </svg>
            <ul class="chart__legend">
                <li><svg class="chart__swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect class="heat__day--unknown" width="10" height="10" /></svg>{ "Nothing logged" }</li>
                <li><svg class="chart__swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect class="heat__day--free" width="10" height="10" /></svg>{ "No headache" }</li>
                <li><svg class="chart__swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect class="chart__bar--mild" width="10" height="10" /></svg>{ "Mild" }</li>
                <li><svg class="chart__swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect class="chart__bar--moderate" width="10" height="10" /></svg>{ "Moderate" }</li>
                <li><svg class="chart__swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect class="chart__bar--severe" width="10" height="10" /></svg>{ "Severe" }</li>
                <li><svg class="chart__swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect class="chart__bar--very-severe" width="10" height="10" /></svg>{ "Very severe" }</li>
            </ul>
        </figure>
    }
}
