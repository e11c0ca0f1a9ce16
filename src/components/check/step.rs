//! One screen of the self-check's questions: progress, the step's heading (focused when the step changes), its
//! questions from the engine, a message naming any unanswered question, and Back / Next.

use yew::prelude::*;

use crate::components::check::progress::check_progress;
use crate::components::check::question::check_question;
use crate::components::ui::alert::Alert;
use crate::domain::screening::{progress, AnswerValue, Answers, Question, Step};

/// The id of the heading that takes focus when a screen of the self-check opens.
pub const SCREEN_TITLE_ID: &str = "check-screen-title";

/// What a step screen needs.
pub struct CheckStepProps<'a> {
    /// The step to show (never `Step::Result`).
    pub step: Step,
    /// Every answer so far.
    pub answers: &'a Answers,
    /// The questions named after a blocked "Next".
    pub unanswered: &'a [Question],
    /// Called with each new answer.
    pub on_answer: Callback<(Question, AnswerValue)>,
    /// Called when an answer is removed.
    pub on_clear: Callback<Question>,
    /// "Next" (or "See my result").
    pub on_next: Callback<()>,
    /// "Back".
    pub on_back: Callback<()>,
}

/// One step of questions.
/// A plain view function rather than a component: it keeps no state, and every component costs the small
/// self-check build (`check/`) about 0.5 KB (gzip) of Yew's glue code.
pub fn check_step(props: CheckStepProps) -> Html {
    let step = props.step;
    let answers = props.answers;
    let questions = step.questions(answers);
    let is_last = step.next(answers) == Some(Step::Result);
    let has_previous = step.previous(answers).is_some();

    let onsubmit = {
        let on_next = props.on_next.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            on_next.emit(());
        })
    };
    let on_back = {
        let on_back = props.on_back.clone();
        Callback::from(move |_: MouseEvent| on_back.emit(()))
    };

    let blocked = (!props.unanswered.is_empty()).then(|| {
        let count = props.unanswered.len();
        let message = if count == 1 {
            "Please answer this question before going on:".to_string()
        } else {
            format!("Please answer these {count} questions before going on:")
        };
        html! {
            { Alert::warning(message).with_details(html! {
                <ul class="check-step__unanswered">
                    { for props.unanswered.iter().map(|q| html! { <li>{ q.prompt() }</li> }) }
                </ul>
            }) }
        }
    });

    let items = questions.into_iter().map(|question| {
        let missing = props.unanswered.contains(&question);
        check_question(
            question,
            answers,
            missing,
            &props.on_answer,
            &props.on_clear,
        )
    });

    html! {
        <section key="check-step" class="check-step" aria-labelledby={SCREEN_TITLE_ID} data-step={step.id()}>
            { check_progress(progress(step, answers)) }
            <h2 id={SCREEN_TITLE_ID} class="check-step__title" tabindex="-1">{ step.title() }</h2>
            <p class="lead check-step__intro">{ step.intro(answers) }</p>
            <form class="form check-step__form" novalidate=true {onsubmit}>
                <div class="check-step__questions">{ for items }</div>
                // A stable slot, so the message coming and going never rebuilds the questions around it.
                <div class="check-step__blocked">{ for blocked }</div>
                <div class="check-nav">
                    if has_previous {
                        <button type="button" class="button check-nav__back" onclick={on_back}>{ "Back" }</button>
                    }
                    <button type="submit" class="button button--primary check-nav__next">
                        { if is_last { "See my result" } else { "Next" } }
                    </button>
                </div>
            </form>
        </section>
    }
}
