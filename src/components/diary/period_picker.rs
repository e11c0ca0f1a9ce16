//! Choosing the period the insights and the report cover: the last 4, 8 or 12 weeks, or two
//! dates of the person's choice.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::domain::insights::InsightPeriod;

#[derive(Properties, PartialEq)]
pub struct PeriodPickerProps {
    pub value: InsightPeriod,
    pub today: NaiveDate,
    pub on_change: Callback<InsightPeriod>,
}

fn date_from(event: &Event) -> Option<NaiveDate> {
    let input = event.target_dyn_into::<web_sys::HtmlInputElement>()?;
    NaiveDate::parse_from_str(&input.value(), "%Y-%m-%d").ok()
}

/// Radio buttons for the usual periods, and two date fields for a custom one.
#[component]
pub fn PeriodPicker(props: &PeriodPickerProps) -> Html {
    let today = props.today;
    let (custom_first, custom_last) = match props.value {
        InsightPeriod::Custom { first, last } => (first, last),
        _ => (today - chrono::Duration::days(27), today),
    };
    let choice = |period: InsightPeriod, id: &'static str, label: String| {
        let on_change = props.on_change.clone();
        html! {
            <div class="radio">
                <input type="radio" name="insight-period" {id} checked={props.value == period}
                    onchange={move |_: Event| on_change.emit(period)} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    let on_first = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            if let Some(first) = date_from(&event) {
                on_change.emit(InsightPeriod::Custom {
                    first,
                    last: custom_last,
                });
            }
        })
    };
    let on_last = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            if let Some(last) = date_from(&event) {
                on_change.emit(InsightPeriod::Custom {
                    first: custom_first,
                    last,
                });
            }
        })
    };
    let is_custom = matches!(props.value, InsightPeriod::Custom { .. });
    html! {
        <fieldset class="fieldset period-picker">
            <legend class="fieldset__legend">{ "Period" }</legend>
            <div class="insights__period">
                { for InsightPeriod::CHOICES.iter().enumerate().map(|(index, &period)| {
                    let id = ["period-4", "period-8", "period-12"].get(index).copied().unwrap_or("period-other");
                    choice(period, id, period.label())
                }) }
                { choice(InsightPeriod::Custom { first: custom_first, last: custom_last }, "period-custom", "Dates of my choice".into()) }
            </div>
            <div class="period-picker__dates" hidden={!is_custom}>
                <div class="report__field">
                    <label for="period-from">{ "From" }</label>
                    <input type="date" id="period-from" value={custom_first.to_string()} max={today.to_string()} onchange={on_first} />
                </div>
                <div class="report__field">
                    <label for="period-to">{ "To" }</label>
                    <input type="date" id="period-to" value={custom_last.to_string()} max={today.to_string()} onchange={on_last} />
                </div>
            </div>
        </fieldset>
    }
}
