//! The start page: the two jobs the app does, and what to do in an emergency.

use yew::prelude::*;

use crate::components::diary::headache_now::headache_now;
use crate::components::lock::locked_headache_now::LockedHeadacheNow;
use crate::route::Route;
use crate::state::diary::DiaryContext;

/// Offers the self-check and the diary, and "Headache now" once `diary` is read.
/// A plain view function rather than a component: it keeps no state, and every component costs the download
/// about 0.5 KB (gzip) of Yew's glue code.
pub fn home_page(diary: Option<&DiaryContext>) -> Html {
    html! {
        <div class="page home">
            <h1 class="page__title">{ "Headaches: understand them, keep track of them" }</h1>
            <p class="lead">
                { "Two tools, both private: nothing you enter leaves this device." }
            </p>
            { for diary.map(headache_now) }
            <LockedHeadacheNow explain_when_off=true />
            <div class="choice-grid">
                <a href={Route::Check.href()} class="choice-card">
                    <span class="choice-card__title">{ "Check my headaches" }</span>
                    <span class="choice-card__text">
                        { "Plain questions, about a minute or two. Warning signs first, then which headache pattern yours fit, and what to do next." }
                    </span>
                    <span class="choice-card__cta" aria-hidden="true">{ "Start the self-check →" }</span>
                </a>
                <a href={Route::Diary.href()} class="choice-card">
                    <span class="choice-card__title">{ "My headache diary" }</span>
                    <span class="choice-card__text">
                        { "Log a headache in one tap, add details when you can, and bring a clear record to your doctor." }
                    </span>
                    <span class="choice-card__cta" aria-hidden="true">{ "Open the diary →" }</span>
                </a>
            </div>
            <aside class="urgent-note" aria-label="When to get help now">
                <h2 class="urgent-note__title">{ "Get help now if" }</h2>
                <p>
                    { "a headache reaches its worst within a minute, or comes with weakness, numbness, trouble speaking or seeing, confusion, a seizure, or fever with a stiff neck. Call your local emergency number; do not wait for this app." }
                </p>
            </aside>
        </div>
    }
}
