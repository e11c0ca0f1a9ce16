//! Where the person is in the self-check: "Step 3 of 8" and a `<progress>` bar that only reaches the end on the
//! result.

use yew::prelude::*;

use crate::domain::screening::Progress;

/// The progress to show.
#[derive(Properties, PartialEq)]
pub struct CheckProgressProps {
    /// From the engine's `progress(step, answers)`.
    pub progress: Progress,
}

/// A progress bar with its words.
#[component]
pub fn CheckProgress(props: &CheckProgressProps) -> Html {
    let progress = props.progress;
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
