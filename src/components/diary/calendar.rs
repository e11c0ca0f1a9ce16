//! The month calendar of headache, medicine and period days: a Monday-first table of day buttons with one in
//! the tab order (arrow keys, Home/End and Page Up/Down move between days and months), previous/next month
//! buttons, the month title in a polite live region, a legend, and a day panel opened with Enter, Space or a tap.

use std::rc::Rc;

use chrono::{Datelike, Days, Months, NaiveDate};
use yew::prelude::*;

use crate::components::diary::calendar_day::{day_button_id, CalendarDayCell, DAY_PANEL_ID};
use crate::components::diary::calendar_day_panel::calendar_day_panel;
use crate::components::diary::calendar_legend::calendar_legend;
use crate::domain::dates;
use crate::domain::diary::{Diary, WEEKDAYS};
use crate::platform;
use crate::state::diary::use_diary;

/// Compares a diary by identity: every change makes a new `Rc`, so this says when to rebuild the month.
#[derive(Clone)]
struct SameDiary(Rc<Diary>);

impl PartialEq for SameDiary {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The same day of the month in the month of `first`, or its last day when the month is shorter.
fn same_day_in(first: NaiveDate, day: u32) -> NaiveDate {
    first
        .with_day(day.min(dates::days_in_month(first)))
        .unwrap_or(first)
}

/// Where a key press moves the selection from `date`; `None` for keys the calendar leaves alone.
fn key_target(date: NaiveDate, key: &str) -> Option<NaiveDate> {
    let from_monday = u64::from(date.weekday().num_days_from_monday());
    match key {
        "ArrowLeft" => date.pred_opt(),
        "ArrowRight" => date.succ_opt(),
        "ArrowUp" => date.checked_sub_days(Days::new(7)),
        "ArrowDown" => date.checked_add_days(Days::new(7)),
        "Home" => date.checked_sub_days(Days::new(from_monday)),
        "End" => date.checked_add_days(Days::new(6 - from_monday)),
        "PageUp" => date.checked_sub_months(Months::new(1)),
        "PageDown" => date.checked_add_months(Months::new(1)),
        _ => None,
    }
}

/// What the calendar needs from the diary page.
#[derive(Properties, PartialEq)]
pub struct DiaryCalendarProps {
    /// Whether the day panel offers the period controls (the settings switch).
    pub track_cycle: bool,
}

/// The month calendar of headache, medicine and period days.
#[component]
pub fn DiaryCalendar(props: &DiaryCalendarProps) -> Html {
    let track_cycle = props.track_cycle;
    let context = use_diary();
    let today = platform::now_local().date();
    let month = use_state(|| dates::first_of_month(today));
    // The day in the tab order (roving tabindex); always inside the month shown.
    let selected = use_state(|| today);
    let panel_open = use_state(|| false);
    // Set when the selected day's button should take focus after the next render (keyboard moves).
    let focus_pending = use_mut_ref(|| false);
    let diary = context
        .as_ref()
        .map(|handle| handle.diary.clone())
        .unwrap_or_default();
    let calendar = use_memo(
        (SameDiary(diary.clone()), *month, today),
        |(diary, month, today)| diary.0.month_calendar(*month, *today),
    );
    {
        let focus_pending = focus_pending.clone();
        let id = day_button_id(*selected);
        use_effect(move || {
            if std::mem::take(&mut *focus_pending.borrow_mut()) {
                platform::focus_by_id(&id);
            }
        });
    }
    if context.is_none() {
        return Html::default();
    }

    // Keep the selection inside the month on screen (e.g. after Previous/Next).
    let selected_day = if dates::first_of_month(*selected) == *month {
        *selected
    } else {
        same_day_in(*month, selected.day())
    };

    let move_to = {
        let month = month.clone();
        let selected = selected.clone();
        let focus_pending = focus_pending.clone();
        move |date: NaiveDate, focus: bool| {
            let first = dates::first_of_month(date);
            if first != *month {
                month.set(first);
            }
            selected.set(date);
            *focus_pending.borrow_mut() = focus;
        }
    };
    let on_month = |to: NaiveDate| {
        let move_to = move_to.clone();
        Callback::from(move |_: MouseEvent| move_to(same_day_in(to, selected_day.day()), false))
    };
    let on_previous = on_month(calendar.previous_month());
    let on_next = on_month(calendar.next_month());
    let on_key = {
        let move_to = move_to.clone();
        let panel_open = panel_open.clone();
        let focus_pending = focus_pending.clone();
        Callback::from(move |(date, event): (NaiveDate, KeyboardEvent)| {
            if event.key() == "Escape" && *panel_open {
                event.prevent_default();
                panel_open.set(false);
                *focus_pending.borrow_mut() = true;
                return;
            }
            if let Some(target) = key_target(date, &event.key()) {
                event.prevent_default();
                move_to(target, true);
            }
        })
    };
    let on_pick = {
        let move_to = move_to.clone();
        let panel_open = panel_open.clone();
        Callback::from(move |date: NaiveDate| {
            // A second press on the open day closes its panel, as its aria-expanded says.
            let reopen = !(*panel_open && date == selected_day);
            move_to(date, false);
            panel_open.set(reopen);
        })
    };
    let on_close = {
        let panel_open = panel_open.clone();
        let focus_pending = focus_pending.clone();
        Callback::from(move |_: ()| {
            panel_open.set(false);
            *focus_pending.borrow_mut() = true;
        })
    };

    let headers = WEEKDAYS.iter().map(|(short, long)| {
        html! {
            <th scope="col" class="calendar__weekday">
                <abbr title={*long} aria-label={*long}>{ *short }</abbr>
            </th>
        }
    });
    let weeks = calendar.weeks.iter().map(|week| {
        let cells = week.iter().map(|cell| match cell {
            Some(day) => {
                let date = day.date();
                html! {
                    <CalendarDayCell day={day.clone()} selected={date == selected_day}
                        expanded={*panel_open && date == selected_day}
                        on_pick={on_pick.clone()} on_key={on_key.clone()} />
                }
            }
            None => html! { <td class="calendar__blank"></td> },
        });
        html! { <tr>{ for cells }</tr> }
    });
    let panel_day = calendar
        .days()
        .find(|day| day.date() == selected_day)
        .cloned();
    let panel = panel_day
        .filter(|_| *panel_open)
        .zip(context.as_ref())
        .map(|(day, handle)| calendar_day_panel(handle, &day, track_cycle, &on_close));

    html! {
        <section class="calendar" aria-labelledby="diary-calendar-title">
            <h2 id="diary-calendar-title" class="calendar__heading">{ "Calendar" }</h2>
            <div class="calendar__nav">
                <button type="button" class="button calendar__step" aria-label="Previous month"
                    title="Previous month" onclick={on_previous}>
                    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" class="icon">
                        <path d="M15 5l-7 7 7 7" />
                    </svg>
                </button>
                <h3 id="calendar-month-title" class="calendar__title" aria-live="polite">
                    { calendar.title() }
                </h3>
                <button type="button" class="button calendar__step" aria-label="Next month"
                    title="Next month" onclick={on_next}>
                    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" class="icon">
                        <path d="M9 5l7 7-7 7" />
                    </svg>
                </button>
            </div>
            <p id="calendar-help" class="visually-hidden">
                { "Arrow keys move between days, Page Up and Page Down between months. Enter opens the day." }
            </p>
            <table class="calendar__grid" aria-labelledby="calendar-month-title"
                aria-describedby="calendar-help">
                <thead><tr>{ for headers }</tr></thead>
                <tbody>{ for weeks }</tbody>
            </table>
            <div id={DAY_PANEL_ID} class="calendar__panel-slot">{ panel.unwrap_or_default() }</div>
            { calendar_legend() }
        </section>
    }
}
