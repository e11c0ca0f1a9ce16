//! On a migraine result (ICHD-3 1.1, 1.2, 1.3, 1.5) with no urgent warning sign: three optional questions about
//! preventive treatments tried and the days headaches stop the person (EHF 2020's measures of migraine that
//! resists treatment). Answering them can add one piece of advice: a specialist can discuss treatments for
//! migraine that has not responded. No drug is named.

use yew::prelude::*;

use crate::components::check::question::CheckQuestion;
use crate::domain::screening::{AnswerValue, Answers, Question, Step};

#[derive(Properties, PartialEq)]
pub struct TreatmentFollowUpProps {
    /// Every answer so far.
    pub answers: Answers,
    /// Called with each new answer.
    pub on_answer: Callback<(Question, AnswerValue)>,
    /// Called when an answer is removed.
    pub on_clear: Callback<Question>,
}

/// "One more thing, if you have had treatment": the result's own questions.
#[component]
pub fn TreatmentFollowUp(props: &TreatmentFollowUpProps) -> Html {
    let answers = &props.answers;
    let items = Step::Result.questions(answers).into_iter().map(|question| {
        html! {
            <CheckQuestion key={question.id()} {question}
                answer={answers.get(question)}
                choices={question.choices_for(answers)}
                selected={question.selected_choice(answers)}
                missing={false}
                on_answer={props.on_answer.clone()}
                on_clear={props.on_clear.clone()} />
        }
    });
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
