//! Choosing the period the insights and the report cover: the last 4, 8 or 12 weeks, or two
//! dates of the person's choice.

use chrono::NaiveDate;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::domain::date_text::{read_date, DAY_PATTERN};
use crate::domain::dates;
use crate::domain::insights::InsightPeriod;

#[derive(Properties, PartialEq)]
pub struct PeriodPickerProps {
    pub value: InsightPeriod,
    pub today: NaiveDate,
    pub on_change: Callback<InsightPeriod>,
}

/// The whole day a date field holds, if any (nothing while it is empty or half typed).
fn typed_day<E: AsRef<web_sys::Event>>(event: &E) -> Option<NaiveDate> {
    let input = event
        .as_ref()
        .target()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    read_date(&input.value(), DAY_PATTERN)
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
    // Nothing is worked out on a day outside the accepted range (a year half typed): the period stays as it
    // was. Nothing is re-rendered while typing either (a re-render puts the field back to the period shown,
    // under the person's fingers); only on leaving a field that holds such a day are they told which days the
    // fields take.
    let out_of_range = use_state(|| false);
    let on_leave = {
        let out_of_range = out_of_range.clone();
        Callback::from(move |event: FocusEvent| {
            out_of_range
                .set(typed_day(&event).is_some_and(|day| !dates::is_accepted_day(day, today)));
        })
    };
    let on_first = {
        let (on_change, out_of_range) = (props.on_change.clone(), out_of_range.clone());
        Callback::from(move |event: Event| {
            if let Some(first) = typed_day(&event).filter(|day| dates::is_accepted_day(*day, today))
            {
                out_of_range.set(false);
                on_change.emit(InsightPeriod::Custom {
                    first,
                    last: custom_last,
                });
            }
        })
    };
    let on_last = {
        let (on_change, out_of_range) = (props.on_change.clone(), out_of_range.clone());
        Callback::from(move |event: Event| {
            if let Some(last) = typed_day(&event).filter(|day| dates::is_accepted_day(*day, today))
            {
                out_of_range.set(false);
                on_change.emit(InsightPeriod::Custom {
                    first: custom_first,
                    last,
                });
            }
        })
    };
    let earliest = dates::EARLIEST_DAY.to_string();
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
                    <input type="date" id="period-from" value={custom_first.to_string()} min={earliest.clone()}
                        max={today.to_string()} onchange={on_first} onblur={on_leave.clone()}
                        aria-describedby="period-dates-hint" />
                </div>
                <div class="report__field">
                    <label for="period-to">{ "To" }</label>
                    <input type="date" id="period-to" value={custom_last.to_string()} min={earliest.clone()}
                        max={today.to_string()} onchange={on_last} onblur={on_leave}
                        aria-describedby="period-dates-hint" />
                </div>
                <p id="period-dates-hint" class={if *out_of_range { "field__error" } else { "hint" }}
                    role="status" aria-live="polite">
                    if *out_of_range {
                        { format!("Choose days from 1 Jan 1900 to today ({}). The period shown has not changed.", dates::short_date(today)) }
                    }
                </p>
            </div>
        </fieldset>
    }
}
