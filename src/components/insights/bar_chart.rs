//! A stacked bar chart drawn as SVG by the app (no chart library), with its data as a table
//! for screen readers and for anyone who prefers numbers.

use yew::prelude::*;

use crate::domain::number_text::fixed;

/// One coloured part of a bar.
#[derive(Debug, Clone, PartialEq)]
pub struct BarSegment {
    pub value: u32,
    /// A CSS modifier naming the series (e.g. `severe`); colours come from the stylesheet so
    /// they follow the theme and print in black and white with patterns.
    pub series: &'static str,
}

/// One bar (a month, say).
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub segments: Vec<BarSegment>,
    /// The bar's height when it is not the sum of its segments: days with any acute medicine, where one day
    /// with two classes counts in both classes but once in the total. The segments then share that height in
    /// proportion, so the classes stay distinguishable inside a bar that never overstates the days.
    pub total: Option<u32>,
}

impl Bar {
    /// A bar as tall as its segments together.
    pub fn stacked(label: String, segments: Vec<BarSegment>) -> Bar {
        Bar {
            label,
            segments,
            total: None,
        }
    }

    /// The bar's height.
    fn height(&self) -> u32 {
        self.total
            .unwrap_or_else(|| self.segments.iter().map(|s| s.value).sum())
    }
}

/// A horizontal line across the chart (a threshold).
#[derive(Debug, Clone, PartialEq)]
pub struct ReferenceLine {
    pub value: u32,
    pub label: String,
}

/// The name of each series, in stacking order, for the legend and the table's columns.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub key: &'static str,
    pub label: &'static str,
}

pub struct BarChartProps {
    /// A unique id prefix for the chart's labels.
    pub id: AttrValue,
    pub title: AttrValue,
    /// One sentence saying what the chart shows, read before the table.
    pub summary: AttrValue,
    pub series: Vec<Series>,
    pub bars: Vec<Bar>,
    pub lines: Vec<ReferenceLine>,
    /// The unit in the table's header, e.g. "days".
    pub unit: AttrValue,
}

const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 160.0;
const LEFT: f64 = 26.0;
const BOTTOM: f64 = 22.0;
const TOP: f64 = 8.0;

/// A stacked bar chart with optional threshold lines.
/// A plain view function rather than a component: it keeps no state, and every component costs the download
/// about 0.5 KB (gzip) of Yew's glue code.
pub fn bar_chart(props: BarChartProps) -> Html {
    let totals: Vec<u32> = props.bars.iter().map(Bar::height).collect();
    let top_value = totals
        .iter()
        .copied()
        .chain(props.lines.iter().map(|line| line.value))
        .max()
        .unwrap_or(0)
        .max(4);
    let plot_height = HEIGHT - BOTTOM - TOP;
    let y_of = |value: f64| TOP + plot_height - plot_height * value / f64::from(top_value);
    let y = |value: u32| y_of(f64::from(value));
    let slot = (WIDTH - LEFT) / props.bars.len().max(1) as f64;
    let bar_width = (slot * 0.62).min(36.0);

    let bars = props.bars.iter().enumerate().map(|(index, bar)| {
        let x = LEFT + slot * index as f64 + (slot - bar_width) / 2.0;
        // Each segment's share of the bar's height (its value, unless the bar has a height of its own).
        let sum: u32 = bar.segments.iter().map(|s| s.value).sum();
        let scale = if sum == 0 {
            0.0
        } else {
            f64::from(bar.height()) / f64::from(sum)
        };
        let mut running = 0.0;
        let rects = bar
            .segments
            .iter()
            .filter(|s| s.value > 0)
            .map(|segment| {
                let bottom = y_of(running);
                running += f64::from(segment.value) * scale;
                let top = y_of(running);
                html! {
                    <rect class={format!("chart__bar chart__bar--{}", segment.series)}
                        x={fixed(x, 1)} y={fixed(top, 1)}
                        width={fixed(bar_width, 1)} height={fixed(bottom - top, 1)} />
                }
            })
            .collect::<Html>();
        let label_x = x + bar_width / 2.0;
        html! {
            <g>
                { rects }
                <text class="chart__axis-label" x={fixed(label_x, 1)} y={fixed(HEIGHT - 6.0, 1)}
                    text-anchor="middle">{ &bar.label }</text>
            </g>
        }
    });
    // Threshold values are written on the axis beside their dashed line, where no bar can be, and named in words
    // under the chart: a label inside the plot would sit on a tall bar. A plain tick too close to one is left out.
    let near_threshold = |value: u32| {
        props
            .lines
            .iter()
            .any(|line| (y(line.value) - y(value)).abs() < 11.0)
    };
    let ticks = [0, top_value / 2, top_value]
        .into_iter()
        .filter(|value| *value == 0 || !near_threshold(*value))
        .map(|value| {
            html! {
                <text class="chart__axis-label" x={fixed(LEFT - 4.0, 1)} y={fixed(y(value) + 4.0, 1)}
                    text-anchor="end">{ value }</text>
            }
        });
    let lines = props.lines.iter().map(|line| {
        let line_y = y(line.value);
        html! {
            <g>
                <line class="chart__threshold" x1={fixed(LEFT, 0)} x2={fixed(WIDTH, 0)}
                    y1={fixed(line_y, 1)} y2={fixed(line_y, 1)} />
                <text class="chart__threshold-label" x={fixed(LEFT - 4.0, 1)} y={fixed(line_y + 4.0, 1)}
                    text-anchor="end">{ line.value }</text>
            </g>
        }
    });
    let lines_note = (!props.lines.is_empty()).then(|| {
        let words: Vec<String> = props.lines.iter().map(|line| line.label.to_string()).collect();
        let lead = if props.lines.len() == 1 { "Dashed line" } else { "Dashed lines" };
        html! { <p class="chart__note chart__lines-note">{ format!("{lead}: {}.", words.join("; ")) }</p> }
    });
    let title_id = format!("{}-title", props.id);
    let summary_id = format!("{}-summary", props.id);
    html! {
        <figure class="chart">
            <figcaption>
                <h3 class="chart__title" id={title_id.clone()}>{ props.title.clone() }</h3>
                <p class="chart__summary" id={summary_id.clone()}>{ props.summary.clone() }</p>
            </figcaption>
            <svg class="chart__svg" viewBox={format!("0 0 {} {}", fixed(WIDTH, 0), fixed(HEIGHT, 0))} role="img"
                aria-labelledby={title_id} aria-describedby={summary_id}>
                <line class="chart__axis" x1={fixed(LEFT, 0)} x2={fixed(WIDTH, 0)}
                    y1={fixed(y(0), 1)} y2={fixed(y(0), 1)} />
                { for ticks }
                { for bars }
                { for lines }
            </svg>
            <ul class="chart__legend">
                { for props.series.iter().map(|series| html! {
                    <li><svg class="chart__swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect class={format!("chart__bar--{}", series.key)} width="10" height="10" /></svg>{ series.label }</li>
                }) }
            </ul>
            { for lines_note }
            if props.bars.iter().any(|bar| bar.total.is_some()) {
                <p class="chart__note">
                    { "Each bar is the number of days; a day with more than one kind counts once, and the colours \
                       share the bar in proportion." }
                </p>
            }
            <details class="chart__data">
                <summary>{ "Show the numbers" }</summary>
                <table class="table">
                    <thead>
                        <tr>
                            <th scope="col">{ "Month" }</th>
                            { for props.series.iter().map(|s| html! { <th scope="col">{ s.label }</th> }) }
                            <th scope="col">{ format!("Total {}", props.unit) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for props.bars.iter().zip(&totals).map(|(bar, total)| html! {
                            <tr>
                                <th scope="row">{ &bar.label }</th>
                                { for props.series.iter().map(|series| {
                                    let value: u32 = bar.segments.iter().filter(|s| s.series == series.key).map(|s| s.value).sum();
                                    html! { <td>{ value }</td> }
                                }) }
                                <td>{ *total }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
