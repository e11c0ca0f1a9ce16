//! Where the person is in the self-check: "Step 3 of 8" and a `<progress>` bar that only reaches the end on the
//! result.

use yew::prelude::*;

use crate::domain::screening::Progress;

/// A progress bar with its words, for the engine's `progress(step, answers)`.
/// A plain view function rather than a component: it keeps no state, and every component costs the small
/// self-check build (`check/`) about 0.5 KB (gzip) of Yew's glue code.
pub fn check_progress(progress: Progress) -> Html {
    let words = format!("Step {} of {}", progress.step_number(), progress.total);
    html! {
        <div class="check-progress">
            <p class="check-progress__text" id="check-progress-text">{ words.clone() }</p>
            <progress class="check-progress__bar" max="100" value={progress.percent().to_string()}
                aria-labelledby="check-progress-text" aria-valuetext={words}>
            </progress>
        </div>
    }
}
