//! The calendar heat map: every day of the chosen period as a small square, coloured by how
//! bad the headache was, so a doctor sees the rhythm at a glance. Weeks run left to right,
//! Monday at the top; month names above and each week's Monday date below give the squares their dates.

use crate::domain::date_text::date_text;
use crate::domain::number_text::fixed;
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
/// The band above the squares for month names, and below them for each week's Monday.
const TOP: f64 = 11.0;
const BOTTOM: f64 = 10.0;

/// Days as squares, coloured by severity.
/// A plain view function rather than a component: it keeps no state, and every component costs the download
/// about 0.5 KB (gzip) of Yew's glue code.
pub fn heat_map(props: HeatMapProps) -> Html {
    let lead = props.first.weekday().num_days_from_monday() as usize;
    let weeks = (lead + props.days.len()).div_ceil(7).max(1);
    let width = LEFT + weeks as f64 * (CELL + GAP);
    let height = TOP + 7.0 * (CELL + GAP) + BOTTOM;
    let grid_start = props.first - chrono::Duration::days(lead as i64);
    let column_x = |column: usize| LEFT + column as f64 * (CELL + GAP);
    // A month's short name over the week its first day falls in (and over the first week, unless a month begins
    // within the next two weeks: "Mar" beside "Apr" would overlap), and each week's Monday under its column, so
    // the squares can be read as dates.
    let monday_of = |column: usize| grid_start + chrono::Duration::days(7 * column as i64);
    let mut month_labels: Vec<(usize, NaiveDate)> = (0..weeks)
        .filter_map(|column| {
            let monday = monday_of(column);
            let sunday = monday + chrono::Duration::days(6);
            if monday.day() == 1 {
                Some((column, monday))
            } else if monday.month() != sunday.month() {
                Some((column, sunday))
            } else {
                (column == 0).then_some((column, monday))
            }
        })
        .collect();
    if month_labels.len() > 1 && month_labels[0].0 == 0 && month_labels[1].0 < 2 {
        month_labels.remove(0);
    }
    let months = month_labels.into_iter().map(|(column, day)| {
        html! {
            <text class="chart__axis-label heat__month" x={fixed(column_x(column), 1)} y="8">
                { date_text(day, "%b") }
            </text>
        }
    });
    let mondays = (0..weeks).map(|column| {
        html! {
            <text class="chart__axis-label heat__week" x={fixed(column_x(column) + CELL / 2.0, 1)}
                y={fixed(height - 2.0, 1)} text-anchor="middle">
                { monday_of(column).day().to_string() }
            </text>
        }
    });
    let cells = props.days.iter().enumerate().map(|(index, day)| {
        let slot = lead + index;
        let (column, row) = (slot / 7, slot % 7);
        let class = match day {
            HeatDay::Unknown => "heat__day heat__day--unknown".to_string(),
            HeatDay::HeadacheFree => "heat__day heat__day--free".to_string(),
            HeatDay::Headache(series) => format!("heat__day chart__bar--{series}"),
        };
        html! {
            <rect {class} x={fixed(column_x(column), 1)}
                y={fixed(TOP + row as f64 * (CELL + GAP), 1)}
                width={fixed(CELL, 0)} height={fixed(CELL, 0)} rx="2" />
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
            <svg class="chart__svg chart__svg--heat" viewBox={format!("0 0 {} {}", fixed(width, 0), fixed(height, 0))} role="img"
                width={fixed(width * 2.5, 0)}
                aria-labelledby="heat-map-title" aria-describedby="heat-map-summary">
                <text class="chart__axis-label" x="0" y={fixed(TOP + CELL - 2.0, 1)}>{ "M" }</text>
                <text class="chart__axis-label" x="0" y={fixed(TOP + 6.0 * (CELL + GAP) + CELL - 2.0, 1)}>{ "S" }</text>
                { for months }
                { for mondays }
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
