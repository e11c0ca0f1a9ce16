//! Severity over time: one dot per headache, drawn as SVG, with a sentence for screen readers.

use crate::domain::date_text::date_text;
use crate::domain::number_text::fixed;
use chrono::NaiveDate;
use yew::prelude::*;

/// One headache on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelinePoint {
    pub date: NaiveDate,
    /// 0–10.
    pub severity: u8,
}

pub struct SeverityTimelineProps {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub points: Vec<TimelinePoint>,
    pub summary: AttrValue,
}

const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 120.0;
const LEFT: f64 = 22.0;
const BOTTOM: f64 = 18.0;
const TOP: f64 = 8.0;

/// Severity (0–10) of each headache across the chosen period.
/// A plain view function rather than a component: it keeps no state, and every component costs the download
/// about 0.5 KB (gzip) of Yew's glue code.
pub fn severity_timeline(props: SeverityTimelineProps) -> Html {
    let days = (props.last - props.first).num_days().max(1) as f64;
    let x = |date: NaiveDate| {
        LEFT + (WIDTH - LEFT - 6.0) * (date - props.first).num_days() as f64 / days
    };
    let y = |severity: u8| TOP + (HEIGHT - BOTTOM - TOP) * (1.0 - f64::from(severity) / 10.0);
    let band = |severity: u8| match severity {
        0..=3 => "mild",
        4..=6 => "moderate",
        7..=8 => "severe",
        _ => "very-severe",
    };
    html! {
        <figure class="chart">
            <figcaption>
                <h3 class="chart__title" id="severity-timeline-title">{ "How bad each headache was" }</h3>
                <p class="chart__summary" id="severity-timeline-summary">{ props.summary.clone() }</p>
            </figcaption>
            <svg class="chart__svg" viewBox={format!("0 0 {} {}", fixed(WIDTH, 0), fixed(HEIGHT, 0))} role="img"
                aria-labelledby="severity-timeline-title" aria-describedby="severity-timeline-summary">
                <line class="chart__axis" x1={fixed(LEFT, 0)} x2={fixed(WIDTH, 0)}
                    y1={fixed(y(0), 1)} y2={fixed(y(0), 1)} />
                { for [0u8, 5, 10].iter().map(|&v| html! {
                    <text class="chart__axis-label" x={fixed(LEFT - 4.0, 1)} y={fixed(y(v) + 4.0, 1)} text-anchor="end">{ v }</text>
                }) }
                <text class="chart__axis-label" x={fixed(LEFT, 0)} y={fixed(HEIGHT - 4.0, 1)}>{ date_text(props.first, "%-d %b") }</text>
                <text class="chart__axis-label" x={fixed(WIDTH, 0)} y={fixed(HEIGHT - 4.0, 1)} text-anchor="end">{ date_text(props.last, "%-d %b") }</text>
                { for props.points.iter().map(|point| html! {
                    <circle class={format!("chart__dot chart__bar--{}", band(point.severity))}
                        cx={fixed(x(point.date), 1)} cy={fixed(y(point.severity), 1)} r="3.5" />
                }) }
            </svg>
        </figure>
    }
}
