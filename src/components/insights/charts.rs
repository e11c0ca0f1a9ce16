//! The insight pictures for a period: headache days per month stacked by severity (with the
//! 15-day line of ICHD-3 1.3/2.3), medicine days per month by class (with the ICHD-3 8.2
//! thresholds), the day-by-day heat map and severity over time. Each has a text equivalent.

use yew::prelude::*;

use crate::components::insights::bar_chart::{
    bar_chart, Bar, BarChartProps, BarSegment, ReferenceLine, Series,
};
use crate::components::insights::heat_map::{heat_map, HeatDay, HeatMapProps};
use crate::components::insights::severity_timeline::{
    severity_timeline, SeverityTimelineProps, TimelinePoint,
};
use crate::domain::date_text::date_text;
use crate::domain::diary::{DayHeadache, Diary, MedicineClass, Severity, SeverityBand};
use crate::domain::insights::Insights;
use crate::domain::number_text::fixed;

const SEVERITY_SERIES: [Series; 5] = [
    Series {
        key: "mild",
        label: "Mild",
    },
    Series {
        key: "moderate",
        label: "Moderate",
    },
    Series {
        key: "severe",
        label: "Severe",
    },
    Series {
        key: "very-severe",
        label: "Very severe",
    },
    Series {
        key: "unnoted",
        label: "Not rated",
    },
];

/// Acute-medicine classes in the order the chart stacks them, with their series names.
/// Antiemetics are left out: they do not count towards medication overuse (ICHD-3 8.2).
const MEDICINE_SERIES: [(MedicineClass, Series); 6] = [
    (
        MedicineClass::SimpleAnalgesic,
        Series {
            key: "simple",
            label: "Simple painkillers",
        },
    ),
    (
        MedicineClass::Triptan,
        Series {
            key: "triptan",
            label: "Triptans",
        },
    ),
    (
        MedicineClass::CombinationAnalgesic,
        Series {
            key: "combination",
            label: "Combination painkillers",
        },
    ),
    (
        MedicineClass::Opioid,
        Series {
            key: "opioid",
            label: "Opioids",
        },
    ),
    (
        MedicineClass::Ergot,
        Series {
            key: "ergot",
            label: "Ergots",
        },
    ),
    (
        MedicineClass::Other,
        Series {
            key: "other",
            label: "Other",
        },
    ),
];

/// The CSS series of a severity, for dots and heat-map squares.
pub fn severity_series(severity: Option<Severity>) -> &'static str {
    match severity.map(Severity::band) {
        None | Some(SeverityBand::NoPain) => "unnoted",
        Some(SeverityBand::Mild) => "mild",
        Some(SeverityBand::Moderate) => "moderate",
        Some(SeverityBand::Severe) => "severe",
        Some(SeverityBand::VerySevere) => "very-severe",
    }
}

/// All four pictures for the period.
/// A plain view function rather than a component: it keeps no state, and every component costs the download
/// about 0.5 KB (gzip) of Yew's glue code.
pub fn insight_charts(diary: &Diary, insights: &Insights) -> Html {
    let month_label = |month: &crate::domain::insights::MonthSummary| {
        let short = date_text(month.month, "%b");
        if month.partial {
            format!("{short}*")
        } else {
            short
        }
    };
    let headache_bars: Vec<Bar> = insights
        .months
        .iter()
        .map(|month| {
            let days = &month.headache_days_by_band;
            Bar::stacked(
                month_label(month),
                vec![
                    BarSegment {
                        value: days.mild,
                        series: "mild",
                    },
                    BarSegment {
                        value: days.moderate,
                        series: "moderate",
                    },
                    BarSegment {
                        value: days.severe,
                        series: "severe",
                    },
                    BarSegment {
                        value: days.very_severe,
                        series: "very-severe",
                    },
                    BarSegment {
                        value: days.not_rated,
                        series: "unnoted",
                    },
                ],
            )
        })
        .collect();
    let headache_summary = insights
        .months
        .iter()
        .map(|month| month.plain_sentence())
        .collect::<Vec<_>>()
        .join(" ");
    let medicine_bars: Vec<Bar> = insights
        .months
        .iter()
        .map(|month| Bar {
            label: month_label(month),
            segments: MEDICINE_SERIES
                .iter()
                .map(|(class, series)| BarSegment {
                    value: month.medicine_days.get(class).copied().unwrap_or(0),
                    series: series.key,
                })
                .collect(),
            // Days with any acute medicine: a day with a triptan and ibuprofen is one day (ICHD-3 8.2 counts days).
            total: Some(month.acute_medicine_days),
        })
        .collect();
    let medicine_summary = insights
        .months
        .iter()
        .map(|month| {
            let days = month.acute_medicine_days;
            let unit = if days == 1 { "day" } else { "days" };
            format!("{}: acute medicine on {days} {unit}.", month.label())
        })
        .collect::<Vec<_>>()
        .join(" ");

    let range = insights.range;
    let statuses = diary.day_statuses(range.first(), range.last());
    let heat_days: Vec<HeatDay> = statuses
        .iter()
        .map(|day| match day.headache {
            DayHeadache::Unknown => HeatDay::Unknown,
            DayHeadache::HeadacheFree => HeatDay::HeadacheFree,
            DayHeadache::Attack { severity } | DayHeadache::Headache { severity } => {
                HeatDay::Headache(severity_series(severity))
            }
        })
        .collect();
    let summary = &insights.summary;
    let heat_summary = format!(
        "{} of {} days had a headache; {} days have nothing logged.",
        summary.headache_days, summary.days, summary.unknown_days
    );
    let points: Vec<TimelinePoint> = diary
        .attacks_touching(range.first(), range.last())
        .iter()
        .filter(|attack| range.contains(attack.start.date()))
        .filter_map(|attack| {
            attack.severity.map(|severity| TimelinePoint {
                date: attack.start.date(),
                severity: severity.value(),
            })
        })
        .collect();
    let timeline_summary = match (summary.mean_severity, summary.worst_severity) {
        (Some(mean), Some(worst)) => format!(
            "{} rated headaches: on average {} out of 10, the worst {}.",
            points.len(),
            fixed(mean, 1),
            worst.label()
        ),
        _ => "No headache in this period has a severity noted.".to_string(),
    };

    html! {
        <div class="insight-charts">
            { print_patterns() }
            { bar_chart(BarChartProps {
                id: "headache-days-chart".into(),
                title: "Headache days per month".into(),
                summary: headache_summary.into(),
                unit: "days".into(),
                series: SEVERITY_SERIES.to_vec(),
                bars: headache_bars,
                lines: vec![ReferenceLine { value: 15, label: "15 days a month, the number that counts as chronic".into() }],
            }) }
            { heat_map(HeatMapProps { first: range.first(), days: heat_days, summary: heat_summary.into() }) }
            { bar_chart(BarChartProps {
                id: "medicine-days-chart".into(),
                title: "Days with acute medicine per month".into(),
                summary: medicine_summary.into(),
                unit: "days".into(),
                series: MEDICINE_SERIES.iter().map(|(_, s)| s.clone()).collect::<Vec<_>>(),
                bars: medicine_bars,
                lines: vec![
                    ReferenceLine { value: 10, label: "10 days a month, the limit for triptans, opioids, combination painkillers or a mix".into() },
                    ReferenceLine { value: 15, label: "15 days, the limit for simple painkillers alone".into() },
                ],
            }) }
            { severity_timeline(SeverityTimelineProps {
                first: range.first(),
                last: range.last(),
                points,
                summary: timeline_summary.into(),
            }) }
            if insights.months.iter().any(|m| m.partial) {
                <p class="insights__note">{ "* A month only partly inside the period." }</p>
            }
        </div>
    }
}

/// Black-on-white fills the print style sheet gives each severity and medicine class, so a report printed or
/// photocopied in black and white still tells them apart (dots, hatching, cross-hatching, lines, solid, empty)
/// rather than by shades of grey. Defined once per page; the charts and their legends refer to them by id.
/// A plain view function rather than a component: it keeps no state, and every component costs the download
/// about 0.5 KB (gzip) of Yew's glue code.
fn print_patterns() -> Html {
    let lines = |id: &'static str, path: &'static str, size: &'static str| {
        html! {
            <pattern {id} patternUnits="userSpaceOnUse" width={size} height={size}>
                <rect width={size} height={size} fill="#fff" />
                <path d={path} stroke="#000" stroke-width="0.9" fill="none" />
            </pattern>
        }
    };
    html! {
        <svg class="chart-patterns" width="0" height="0" aria-hidden="true" focusable="false">
            <defs>
                <pattern id="print-dots" patternUnits="userSpaceOnUse" width="4" height="4">
                    <rect width="4" height="4" fill="#fff" />
                    <circle cx="2" cy="2" r="0.8" fill="#000" />
                </pattern>
                { lines("print-diagonal", "M-1,1 l2,-2 M0,4 l4,-4 M3,5 l2,-2", "4") }
                { lines("print-cross", "M0,0 L4,4 M4,0 L0,4", "4") }
                { lines("print-horizontal", "M0,2 L4,2", "4") }
                { lines("print-vertical", "M2,0 L2,4", "4") }
            </defs>
        </svg>
    }
}
