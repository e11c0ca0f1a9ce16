//! The quiet note that the app was updated since the last visit, shown once and dismissible.

use yew::prelude::*;

use crate::platform::service_worker;
use crate::state::data::started_after_update;

/// Says once, politely, that a new version of the app is running.
///
/// The status region is always there and filled after the first render, so screen readers
/// announce the note. The start is recorded at once, so the note shows on the first start under
/// a new version only. Nothing else changes with an update: the diary and settings stay in
/// localStorage, which updates never touch.
#[component]
pub fn UpdateNote() -> Html {
    let shown = use_state(|| false);
    {
        let shown = shown.clone();
        use_effect_with((), move |_| {
            // A build without a version, or storage that cannot be used: no note, nothing else.
            let updated = service_worker::build_version()
                .is_some_and(|current| started_after_update(&current));
            if updated {
                shown.set(true);
            }
        });
    }
    let on_dismiss = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(false))
    };
    html! {
        <div class="update-note" role="status">
            if *shown {
                <div class="update-note__box">
                    <p class="update-note__text">
                        { "The app was updated. Your diary and settings are unchanged." }
                    </p>
                    <button type="button" class="button button--quiet update-note__dismiss"
                        aria-label="Dismiss the update note" onclick={on_dismiss}>
                        { "Dismiss" }
                    </button>
                </div>
            }
        </div>
    }
}
