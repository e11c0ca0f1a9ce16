//! What a headache day entry can also say, in one tap each: whether the headache stopped the person's usual
//! activities (EHF 2020's debilitating day), and the acute medicines taken that day ("Took something"), from the
//! same quick picks as the headache form. Medicines noted here count as medicine days for overuse (ICHD-3 8.2)
//! exactly like those on a headache. Shown for a day marked "headache" (today's log and the calendar's day panel).

use chrono::{NaiveDate, NaiveTime};
use yew::prelude::*;

use crate::domain::date_text::date_text;
use crate::domain::diary::{DiaryAction, MedicineDose};
use crate::platform;
use crate::state::diary::{perform_from, DiaryContext};

/// "Did it stop you?" and "Took something" for `date`, a day with a "headache" note. `place` is the panel's place
/// name, so a refusal shows beside it; `id` prefixes the HTML ids (two panels may show at once).
/// A plain view function rather than a component: both panels that show it already follow the diary.
pub fn day_extras(
    handle: &DiaryContext,
    date: NaiveDate,
    place: &'static str,
    id: &'static str,
) -> Html {
    let Some(note) = handle.diary.day_note(date).cloned() else {
        return Html::default();
    };
    let stopped = note.stopped_activities;
    let set_stopped = |value: bool| {
        let handle = handle.clone();
        // Tapping the answer already given clears it.
        let next = if stopped == Some(value) {
            None
        } else {
            Some(value)
        };
        Callback::from(move |_: MouseEvent| {
            perform_from(
                &handle,
                place,
                DiaryAction::SetDayStopped {
                    date,
                    stopped: next,
                },
                None,
            )
        })
    };
    // A dose taken today is stamped now; on an earlier day, at midday (the day is what counts for overuse).
    let now = platform::now_local();
    let taken_at = if date == now.date() {
        now
    } else {
        date.and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or(NaiveTime::MIN))
    };
    let words = if date == now.date() {
        "today".to_string()
    } else {
        date_text(date, "on %-d %B")
    };
    let picks = handle.diary.quick_medicines().into_iter().map(|pick| {
        let handle = handle.clone();
        let medicines = note.medicines.clone();
        let name = pick.name.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let mut dose = MedicineDose::new(pick.name.clone(), pick.class, taken_at);
            dose.dose = pick.dose.clone();
            let mut medicines = medicines.clone();
            medicines.push(dose);
            perform_from(
                &handle,
                place,
                DiaryAction::SetDayMedicines {
                    date,
                    medicines,
                },
                None,
            );
        });
        html! {
            <button type="button" class="button button--small" {onclick}>{ format!("+ {name}") }</button>
        }
    });
    let taken = note.medicines.iter().enumerate().map(|(index, dose)| {
        let handle = handle.clone();
        let mut rest = note.medicines.clone();
        rest.remove(index);
        let label = format!("Remove {} {words}", dose.name);
        let onclick = Callback::from(move |_: MouseEvent| {
            perform_from(
                &handle,
                place,
                DiaryAction::SetDayMedicines {
                    date,
                    medicines: rest.clone(),
                },
                None,
            )
        });
        html! {
            <li class="day-extras__dose">
                <span>{ dose.name.clone() }
                    if !dose.dose.is_empty() { { format!(" ({})", dose.dose) } }
                    <span class="day-extras__class">{ format!(" · {}", dose.class.label()) }</span>
                </span>
                <button type="button" class="button button--quiet button--small" aria-label={label} {onclick}>{ "Remove" }</button>
            </li>
        }
    });
    let stopped_id = format!("{id}-stopped");
    let took_id = format!("{id}-took");
    html! {
        <div class="day-extras">
            <fieldset class="day-extras__group" id={stopped_id}>
                <legend>{ "Did it stop you doing your usual things?" }</legend>
                <div class="day-log__row">
                    <button type="button" class="button button--small" aria-pressed={(stopped == Some(true)).to_string()}
                        onclick={set_stopped(true)}>{ "Yes, it stopped me" }</button>
                    <button type="button" class="button button--small" aria-pressed={(stopped == Some(false)).to_string()}
                        onclick={set_stopped(false)}>{ "No" }</button>
                </div>
            </fieldset>
            <fieldset class="day-extras__group" id={took_id}>
                <legend>{ format!("Took something {words}:") }</legend>
                if !note.medicines.is_empty() {
                    <ul class="day-extras__doses" role="list">{ for taken }</ul>
                }
                <div class="day-log__row">{ for picks }</div>
            </fieldset>
        </div>
    }
}
