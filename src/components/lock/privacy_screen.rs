//! "Hide": blanks the whole app to a calm, neutral screen that says nothing about headaches, with one button to
//! come back. While hidden nothing of the app is in the page at all (not merely covered). With the lock on,
//! hiding also locks, so coming back asks for the passphrase on the diary pages.

use yew::prelude::*;

use crate::platform;
use crate::state::diary::{use_diary, DiaryMsg};

/// The tab title while hidden.
const HIDDEN_TITLE: &str = "Paused";
/// The tab title otherwise (as in index.html).
const APP_TITLE: &str = "Headache check & diary";

#[derive(Properties, PartialEq)]
pub struct PrivacyScreenProps {
    #[prop_or_default]
    pub children: Html,
}

/// The app, or the neutral screen while hidden.
#[component]
pub fn PrivacyScreen(props: &PrivacyScreenProps) -> Html {
    let diary = use_diary();
    let hidden = diary.as_ref().is_some_and(|handle| handle.hidden);
    let was_hidden = use_mut_ref(|| false);
    use_effect_with(hidden, move |hidden| {
        // Keyboard and screen-reader users land on the one button there is, and back at the top afterwards
        // (only on a change: opening the app must not move focus).
        if *hidden != *was_hidden.borrow() {
            platform::focus_by_id(if *hidden { "privacy-return" } else { "main" });
            // The tab's title would still say what the app is; a neutral one while hidden.
            if let Some(document) = crate::platform::window().and_then(|window| window.document()) {
                document.set_title(if *hidden { HIDDEN_TITLE } else { APP_TITLE });
            }
        }
        *was_hidden.borrow_mut() = *hidden;
    });
    if !hidden {
        return props.children.clone();
    }
    let onclick = Callback::from(move |_: MouseEvent| {
        if let Some(handle) = &diary {
            handle.dispatch(DiaryMsg::Show);
        }
    });
    html! {
        <main class="privacy-screen">
            <button type="button" id="privacy-return" class="button privacy-screen__return" {onclick}>
                { "Continue" }
            </button>
        </main>
    }
}
