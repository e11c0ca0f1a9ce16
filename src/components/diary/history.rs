//! The list of past headaches, newest first, grouped by month: two filters, a row per attack that links to its
//! edit form, delete with undo (offered by the diary page's undo bar), and only the newest few months (and at
//! most a hundred rows) rendered until the person asks for older ones, so a ten-year diary (~1,700 attacks) and a
//! near-daily one with 10,000 entries both open quickly.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use crate::components::diary::history_filters::{history_filters, HistoryFiltersProps};
use crate::components::diary::history_row::{HistoryRow, HistoryRowData};
use crate::domain::date_text::{date_text, time_text};
use crate::domain::diary::{Diary, DiaryAction, HistoryFilter};
use crate::platform;
use crate::state::diary::{perform, use_diary};

/// How many months are rendered at first, and how many more each "Show older" adds.
pub const HISTORY_MONTHS_STEP: usize = 3;

/// The most rows rendered at first, and how many more each "Show older" adds: a person logging several
/// headaches a day fills three months with hundreds of rows, and each row is a component to build.
pub const HISTORY_ROWS_STEP: usize = 100;

/// The part of a month's list on screen: the month, and how many of its newest rows.
struct ShownMonth<'a> {
    month: &'a MonthIndex,
    rows: usize,
}

/// The months (whole, or the newest part of the last one) shown after `steps` presses of "Show older" plus the
/// first screen: at most `steps × 3` months and `steps × 100` rows.
fn shown_months(index: &[MonthIndex], steps: usize) -> Vec<ShownMonth<'_>> {
    let mut rows_left = steps * HISTORY_ROWS_STEP;
    index
        .iter()
        .take(steps * HISTORY_MONTHS_STEP)
        .map_while(|month| {
            if rows_left == 0 {
                return None;
            }
            let rows = month.attacks.len().min(rows_left);
            rows_left -= rows;
            Some(ShownMonth { month, rows })
        })
        .collect()
}

/// The id of the history heading (focus lands here when a deleted row leaves nothing to focus).
pub const HISTORY_HEADING_ID: &str = "diary-history-title";

/// Compares a diary by identity, not content: every change makes a new `Rc`, so a pointer check is enough to
/// know when to recompute, and it costs nothing even for ten years of entries.
#[derive(Clone)]
struct SameDiary(Rc<Diary>);

impl PartialEq for SameDiary {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// One month of the filtered history: its first day, heading and the positions of its attacks in
/// `Diary::attacks()`, newest first.
struct MonthIndex {
    month: NaiveDate,
    title: String,
    attacks: Vec<usize>,
}

/// The filtered history as positions into the diary's attack list (cheap to keep; rows are built only for the
/// months on screen).
fn index_history(diary: &Diary, filter: HistoryFilter) -> Vec<MonthIndex> {
    let attacks = diary.attacks();
    diary
        .history(filter)
        .into_iter()
        .map(|group| MonthIndex {
            month: group.month,
            title: group.title(),
            // Attacks never overlap, so starts are unique and sorted: a binary search finds each one.
            attacks: group
                .attacks
                .iter()
                .map(|attack| attacks.partition_point(|other| other.start < attack.start))
                .collect(),
        })
        .collect()
}

/// The person's past headaches, newest first, grouped by month.
#[component]
pub fn DiaryHistory() -> Html {
    let context = use_diary();
    let filter = use_state(HistoryFilter::default);
    let steps_shown = use_state(|| 1usize);
    // The id of the element to focus after the next render (after a delete removes the focused button).
    let pending_focus = use_mut_ref(|| None::<String>);
    let diary = context
        .as_ref()
        .map(|handle| handle.diary.clone())
        .unwrap_or_default();
    let index = use_memo((SameDiary(diary.clone()), *filter), |(diary, filter)| {
        index_history(&diary.0, *filter)
    });
    {
        let pending_focus = pending_focus.clone();
        use_effect(move || {
            if let Some(id) = pending_focus.borrow_mut().take() {
                platform::focus_by_id(&id);
            }
        });
    }

    let Some(handle) = context else {
        return Html::default();
    };

    let total: usize = index.iter().map(|month| month.attacks.len()).sum();
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |next: HistoryFilter| filter.set(next))
    };
    let on_show_older = {
        let steps_shown = steps_shown.clone();
        Callback::from(move |_: MouseEvent| steps_shown.set(*steps_shown + 1))
    };

    let now = platform::now_local();
    let shown = shown_months(&index, *steps_shown);
    // The rows on screen, in order, so a delete can hand focus to the row that takes the deleted one's place.
    let on_screen: Vec<usize> = shown
        .iter()
        .flat_map(|part| part.month.attacks[..part.rows].iter().copied())
        .collect();
    let hidden_rows = total - on_screen.len();
    let on_delete = {
        let handle = handle.clone();
        let pending_focus = pending_focus.clone();
        let diary = diary.clone();
        Callback::from(move |position: usize| {
            let Some(attack) = diary.attacks().get(position) else {
                return;
            };
            let at = on_screen.iter().position(|&p| p == position);
            let neighbour = at
                .and_then(|at| {
                    on_screen
                        .get(at + 1)
                        .or_else(|| at.checked_sub(1).and_then(|before| on_screen.get(before)))
                })
                .and_then(|&p| diary.attacks().get(p))
                .map(|next| HistoryRowData::delete_button_id(next.id));
            *pending_focus.borrow_mut() =
                Some(neighbour.unwrap_or_else(|| HISTORY_HEADING_ID.to_string()));
            let message = format!("Headache of {} deleted", time_text(attack.start, "%-d %B"));
            perform(
                &handle,
                DiaryAction::DeleteAttack { id: attack.id },
                Some(message),
            );
        })
    };

    let months = shown.iter().map(|part| {
        let month = part.month;
        let rows = month.attacks[..part.rows].iter().filter_map(|&position| {
            let attack = diary.attacks().get(position)?;
            let same_day = |other: Option<usize>| {
                other
                    .and_then(|p| diary.attacks().get(p))
                    .is_some_and(|other| other.first_day() == attack.first_day())
            };
            let shares_day = same_day(position.checked_sub(1)) || same_day(position.checked_add(1));
            let data = HistoryRowData::new(&diary, attack, now, shares_day);
            Some(html! {
                <HistoryRow key={attack.id.0.to_string()} {data} {position} on_delete={on_delete.clone()} />
            })
        });
        let heading_id = format!("history-month-{}", date_text(month.month, "%Y-%m"));
        html! {
            <section key={heading_id.clone()} class="history__month" aria-labelledby={heading_id.clone()}>
                <h3 id={heading_id} class="history__month-title">{ &month.title }</h3>
                <ul class="history__list" role="list">{ for rows }</ul>
            </section>
        }
    });

    let status = if diary.attacks().is_empty() {
        "No headaches logged yet.".to_string()
    } else if total == 0 {
        "None match these filters.".to_string()
    } else if *filter == HistoryFilter::default() {
        format!("{} logged.", headaches(total))
    } else {
        format!(
            "{} of {} match these filters.",
            headaches(total),
            diary.attacks().len()
        )
    };

    html! {
        <section class="history" aria-labelledby={HISTORY_HEADING_ID}>
            <h2 id={HISTORY_HEADING_ID} class="history__title" tabindex="-1">{ "History" }</h2>
            { history_filters(HistoryFiltersProps { filter: *filter, on_filter }) }
            <p class="history__status" aria-live="polite">{ status }</p>
            { for months }
            if hidden_rows > 0 {
                <p class="history__more">
                    <button type="button" class="button history__older" onclick={on_show_older}>
                        { "Show older" }
                    </button>
                    <span class="hint history__more-hint">
                        { if hidden_rows == 1 { " 1 older headache".to_string() } else { format!(" {hidden_rows} older headaches") } }
                    </span>
                </p>
            }
        </section>
    }
}

fn headaches(count: usize) -> String {
    if count == 1 {
        "1 headache".to_string()
    } else {
        format!("{count} headaches")
    }
}
