//! The "Hide" quick action in the header of every page: one tap or key press blanks the screen (and locks the
//! diary when the lock is on).

use yew::prelude::*;

use crate::state::diary::{DiaryContext, DiaryMsg};

/// Blanks the app at once.
/// A plain view function rather than a component: the header it sits in follows the diary for it.
pub fn hide_button(diary: &DiaryContext) -> Html {
    let label = if diary.lock_is_on() {
        "Hide the screen and lock the diary"
    } else {
        "Hide the screen"
    };
    let diary = diary.clone();
    let onclick = Callback::from(move |_: MouseEvent| diary.dispatch(DiaryMsg::Hide));
    html! {
        <button type="button" class="button button--quiet hide-button" aria-label={label} title={label} {onclick}>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" class="hide-button__icon">
                <path d="M3 3l18 18M10.6 6.1A9.8 9.8 0 0 1 12 6c5 0 8.5 4 9.5 6a13 13 0 0 1-2.9 3.6M6.4 7.4C4.6 8.6 3.3 10.3 2.5 12c1 2 4.5 6 9.5 6 1.6 0 3-.4 4.3-1M9.9 9.9a3 3 0 0 0 4.2 4.2" />
            </svg>
            <span class="hide-button__text">{ "Hide" }</span>
        </button>
    }
}
