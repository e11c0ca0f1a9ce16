//! "Headache now" while the diary is locked, where the person has allowed it in Settings: one tap notes only the
//! start time (kept in the clear until the next unlock puts it in the diary). Without that setting, the home page
//! says why the button is missing rather than leaving a gap.

use chrono::NaiveDateTime;
use yew::prelude::*;

use crate::components::ui::alert::Alert;
use crate::domain::date_text::time_text;
use crate::state::diary::use_diary;
use crate::state::pending_start::{note_start_now, noted_start};
use crate::state::preferences::use_preferences;

#[derive(Properties, PartialEq)]
pub struct LockedHeadacheNowProps {
    /// Say why "Headache now" is missing when the setting is off (the home page; the lock screen needs no such
    /// line).
    #[prop_or_default]
    pub explain_when_off: bool,
}

/// The locked diary's one-tap start, or why it is not offered.
#[component]
pub fn LockedHeadacheNow(props: &LockedHeadacheNowProps) -> Html {
    let handle = use_diary();
    let preferences = use_preferences();
    let noted = use_state(noted_start);
    let problem = use_state(|| None::<String>);
    let locked = handle.as_ref().is_some_and(|h| h.is_locked());
    if !locked {
        return Html::default();
    }
    let allowed = preferences.is_some_and(|p| p.preferences.log_start_while_locked);
    if !allowed {
        return if props.explain_when_off {
            html! {
                <p class="locked-now__why">
                    { "Your diary is locked, so \"Headache now\" waits until you unlock it on the diary page. In Settings you can allow noting a headache's start while the diary is locked." }
                </p>
            }
        } else {
            Html::default()
        };
    }
    let on_tap = {
        let (noted, problem) = (noted.clone(), problem.clone());
        Callback::from(move |_: MouseEvent| match note_start_now() {
            Ok(start) => {
                problem.set(None);
                noted.set(Some(start));
            }
            Err(error) => problem.set(Some(format!(
                "The start could not be noted ({error}). Log it once the diary is open."
            ))),
        })
    };
    let status = |start: NaiveDateTime| {
        format!(
            "Noted: a headache that started at {}. It goes into your diary when you unlock it.",
            time_text(start, "%H:%M on %-d %B")
        )
    };
    html! {
        <section class="locked-now" aria-label="Log a headache while the diary is locked">
            if let Some(start) = *noted {
                <p class="locked-now__status" role="status">{ status(start) }</p>
            } else {
                <button type="button" class="button button--primary button--large locked-now__start" onclick={on_tap}>
                    { "Headache now" }
                </button>
                <p class="hint">{ "Notes only the time. Add the details after you unlock." }</p>
            }
            if let Some(message) = (*problem).clone() {
                { Alert::warning(message) }
            }
        </section>
    }
}
