//! One day of the month grid: a button named by the day's full description, showing the day number, the
//! severity as a number on its band colour (a tick for a headache-free day, nothing and a dashed edge for a day
//! with nothing logged), a pill mark for medicine, a drop for a period day, an outline for today.

use chrono::{Datelike, NaiveDate};
use yew::prelude::*;

use crate::domain::date_text::date_text;
use crate::domain::diary::{CalendarDay, DayHeadache};

/// The id of the element the day buttons open (`aria-controls`).
pub const DAY_PANEL_ID: &str = "calendar-day-panel";

/// The HTML id of a day's button.
pub fn day_button_id(date: NaiveDate) -> String {
    format!("calendar-day-{}", date_text(date, "%Y-%m-%d"))
}

/// The accessible name of a day: the domain's description, plus "today" or "still to come".
pub fn day_label(day: &CalendarDay) -> String {
    let mut label = day.status.describe();
    if day.is_today {
        label.push_str("; today");
    } else if day.is_future {
        label.push_str("; still to come");
    }
    label
}

/// What a day cell needs.
#[derive(Properties, PartialEq)]
pub struct CalendarDayCellProps {
    /// The day and what the diary says about it.
    pub day: CalendarDay,
    /// Whether it is the day in the tab order.
    pub selected: bool,
    /// Whether its panel is open.
    pub expanded: bool,
    /// Called with the date on a tap, Enter or Space.
    pub on_pick: Callback<NaiveDate>,
    /// Called with the date and the event on each key press (arrow keys etc.).
    pub on_key: Callback<(NaiveDate, KeyboardEvent)>,
}

/// One day of the month grid, as a table cell holding its button.
#[component]
pub fn CalendarDayCell(props: &CalendarDayCellProps) -> Html {
    let day = &props.day;
    let date = day.date();
    let status = &day.status;
    let (kind, mark) = match status.headache {
        DayHeadache::Attack { severity } | DayHeadache::Headache { severity } => (
            "headache",
            severity.map_or_else(|| "•".to_string(), |s| s.value().to_string()),
        ),
        DayHeadache::HeadacheFree => ("free", "✓".to_string()),
        DayHeadache::Unknown => ("unknown", String::new()),
    };
    let band = day
        .band
        .map(|band| format!("calendar-day--{}", band.css_name()));
    let class = classes!(
        "calendar-day",
        format!("calendar-day--{kind}"),
        band,
        day.is_today.then_some("calendar-day--today"),
        day.is_future.then_some("calendar-day--future"),
        status.period_day.then_some("calendar-day--period"),
    );
    let onclick = {
        let on_pick = props.on_pick.clone();
        Callback::from(move |_: MouseEvent| on_pick.emit(date))
    };
    let onkeydown = {
        let on_key = props.on_key.clone();
        Callback::from(move |event: KeyboardEvent| on_key.emit((date, event)))
    };
    html! {
        <td class="calendar__cell">
            <button type="button" id={day_button_id(date)} {class}
                tabindex={if props.selected { "0" } else { "-1" }}
                aria-label={day_label(day)}
                aria-current={day.is_today.then_some("date")}
                aria-expanded={if props.expanded { "true" } else { "false" }}
                aria-controls={DAY_PANEL_ID}
                {onclick} {onkeydown}>
                // The number is drawn by CSS (`content: attr(data-day)`): the visible text is then only the
                // severity mark, which the name contains, where "3" + "7" read as "37" would not be in it.
                <span class="calendar-day__number" aria-hidden="true" data-day={date.day().to_string()}></span>
                <span class="calendar-day__mark" aria-hidden="true">{ mark }</span>
                if status.has_medicine() {
                    <span class="calendar-day__medicine pill-mark" aria-hidden="true"></span>
                }
                if status.period_day {
                    <span class={classes!("calendar-day__period", status.period_start.then_some("calendar-day__period--start"))}
                        aria-hidden="true"></span>
                }
            </button>
        </td>
    }
}
