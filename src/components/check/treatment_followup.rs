//! On a migraine result (ICHD-3 1.1, 1.2, 1.3, 1.5) with no urgent warning sign: three optional questions about
//! preventive treatments tried and the days headaches stop the person (EHF 2020's measures of migraine that
//! resists treatment). Answering them can add one piece of advice: a specialist can discuss treatments for
//! migraine that has not responded. No drug is named.

use yew::prelude::*;

use crate::components::check::question::check_question;
use crate::domain::screening::{AnswerValue, Answers, Question, Step};

/// "One more thing, if you have had treatment": the result's own questions, given every answer so far;
/// `on_answer` is called with each new answer and `on_clear` when one is removed.
/// A plain view function rather than a component: it keeps no state, and every component costs the small
/// self-check build (`check/`) about 0.5 KB (gzip) of Yew's glue code.
pub fn treatment_followup(
    answers: &Answers,
    on_answer: &Callback<(Question, AnswerValue)>,
    on_clear: &Callback<Question>,
) -> Html {
    let items = Step::Result
        .questions(answers)
        .into_iter()
        .map(|question| check_question(question, answers, false, on_answer, on_clear));
    html! {
        <section class="check-result__section check-followup" aria-labelledby="check-followup-title">
            <h3 id="check-followup-title">{ "If you have had treatment to prevent migraine" }</h3>
            <p class="hint">{ "Optional. Your answers here can change the advice above; they never change the result." }</p>
            <form class="form check-followup__form" novalidate=true onsubmit={Callback::from(|event: SubmitEvent| event.prevent_default())}>
                { for items }
            </form>
        </section>
    }
}
