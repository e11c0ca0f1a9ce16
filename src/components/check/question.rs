//! One self-check question from the engine's data: a `<fieldset><legend>` of radio buttons, or a number field
//! with its `<label for>` and an "I'm not sure" box. Ids are `q-{question id}-…`, so tests can address them.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::screening::{AnswerValue, Answers, Quantity, Question, QuestionKind};

/// The HTML id of a question's fieldset.
pub fn fieldset_id(question: Question) -> String {
    format!("q-{}", question.id())
}

/// One question, rendered from the engine's wording, keyed by its id, with its current answer and answer buttons
/// taken from `answers`. `missing` is whether the person pressed "Next" without answering it; `on_answer` is
/// called with each new answer and `on_clear` when the answer is removed (a number field emptied).
/// A plain view function rather than a component: it keeps no state (a number field's draft lives in
/// [`NumberAnswer`]), and every component costs the small self-check build (`check/`) about 0.5 KB (gzip) of
/// Yew's glue.
pub fn check_question(
    question: Question,
    answers: &Answers,
    missing: bool,
    on_answer: &Callback<(Question, AnswerValue)>,
    on_clear: &Callback<Question>,
) -> Html {
    let id = fieldset_id(question);
    let hint_id = format!("{id}-hint");
    let missing_id = format!("{id}-missing");
    let signs = question.listed_signs();
    let signs_id = format!("{id}-signs");
    let described_by = [
        (!signs.is_empty()).then(|| signs_id.clone()),
        question.hint().map(|_| hint_id.clone()),
        missing.then(|| missing_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let described_by = (!described_by.is_empty()).then_some(described_by);
    // A safety group's opening question lists its signs: answered "No" for the whole list, or opened one by one.
    let sign_list = (!signs.is_empty()).then(|| {
        html! {
            <ul class="check-question__signs" id={signs_id.clone()}>
                { for signs.iter().map(|sign| html! { <li>{ *sign }</li> }) }
            </ul>
        }
    });
    let hint = question.hint().map(|hint| {
        html! { <p class="hint check-question__hint" id={hint_id.clone()}>{ hint }</p> }
    });
    // Always rendered (hidden when not needed): Yew matches unkeyed siblings from the end, so an element that
    // comes and goes would make it rebuild the inputs after it, and a person typing would lose the field.
    let missing_message = html! {
        <p class="check-question__missing" id={missing_id.clone()} hidden={!missing}>
            { "Please answer this question." }
        </p>
    };
    let body = match question.kind() {
        QuestionKind::Number { min, max, unit } => html! {
            <NumberAnswer {question} answer={answers.get(question)} {min} {max} unit={unit.plain_label()}
                described_by={described_by.clone()}
                on_answer={on_answer.clone()} on_clear={on_clear.clone()} />
        },
        kind => {
            let inline = kind == QuestionKind::YesNo;
            let selected = question.selected_choice(answers);
            let options = question.choices_for(answers).into_iter().map(|choice| {
                let input_id = format!("{id}-{}", choice.id);
                let checked = selected == Some(choice.id);
                let on_answer = on_answer.clone();
                let value = choice.value;
                let onchange = Callback::from(move |_: Event| on_answer.emit((question, value)));
                html! {
                    <div class={classes!("radio", "check-question__option", checked.then_some("check-question__option--checked"))}>
                        <input type="radio" id={input_id.clone()} name={id.clone()} value={choice.id}
                            {checked} {onchange} />
                        <label for={input_id}>{ choice.label }</label>
                    </div>
                }
            });
            html! {
                <div class={classes!("check-question__options", inline.then_some("check-question__options--inline"))}>
                    { for options }
                </div>
            }
        }
    };
    html! {
        <fieldset key={question.id()} id={id.clone()}
            class={classes!(
                "fieldset",
                "check-question",
                missing.then_some("check-question--missing"),
                question.group().is_some().then_some("check-question--in-group"),
                (!signs.is_empty()).then_some("check-question--group"),
            )}
            aria-describedby={described_by}
            aria-invalid={missing.then_some("true")}>
            <legend id={format!("{id}-prompt")} class="fieldset__legend check-question__prompt">
                { question.prompt() }
            </legend>
            { sign_list.unwrap_or_default() }
            { hint.unwrap_or_default() }
            { missing_message }
            { body }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct NumberAnswerProps {
    question: Question,
    answer: Option<AnswerValue>,
    min: u32,
    max: u32,
    unit: &'static str,
    described_by: Option<String>,
    on_answer: Callback<(Question, AnswerValue)>,
    on_clear: Callback<Question>,
}

/// A whole number with its unit, or "I'm not sure". What the person typed stays on screen even when it is not
/// (yet) a valid answer, with a message saying what is allowed.
#[component]
fn NumberAnswer(props: &NumberAnswerProps) -> Html {
    let question = props.question;
    let (min, max) = (props.min, props.max);
    let known = match props.answer {
        Some(AnswerValue::Quantity(Quantity::Known(value))) => Some(value),
        _ => None,
    };
    let not_sure = props.answer == Some(AnswerValue::Quantity(Quantity::NotSure));
    let draft = use_state(|| known.map(|value| value.to_string()).unwrap_or_default());
    let input_id = format!("q-{}-input", question.id());
    let unit_id = format!("q-{}-unit", question.id());
    let error_id = format!("q-{}-error", question.id());
    let not_sure_id = format!("q-{}-not-sure", question.id());

    let text = if not_sure {
        String::new()
    } else if draft.is_empty() {
        known.map(|value| value.to_string()).unwrap_or_default()
    } else {
        (*draft).clone()
    };
    let invalid = !text.is_empty() && parse(&text, min, max).is_none();

    let oninput = {
        let draft = draft.clone();
        let on_answer = props.on_answer.clone();
        let on_clear = props.on_clear.clone();
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<HtmlInputElement>().value();
            match parse(&text, min, max) {
                Some(value) => {
                    on_answer.emit((question, AnswerValue::Quantity(Quantity::Known(value))))
                }
                None => on_clear.emit(question),
            }
            draft.set(text);
        })
    };
    let on_not_sure = {
        let draft = draft.clone();
        let on_answer = props.on_answer.clone();
        let on_clear = props.on_clear.clone();
        Callback::from(move |event: Event| {
            if event.target_unchecked_into::<HtmlInputElement>().checked() {
                draft.set(String::new());
                on_answer.emit((question, AnswerValue::Quantity(Quantity::NotSure)));
            } else {
                on_clear.emit(question);
            }
        })
    };
    let described_by = [
        props.described_by.clone(),
        invalid.then(|| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    // Always rendered, hidden when not needed, so the field before it is never rebuilt while the person types.
    let error = html! {
        <p class="check-question__missing" id={error_id.clone()} hidden={!invalid}>
            { format!("Please enter a whole number from {min} to {max}.") }
        </p>
    };
    html! {
        <>
            <div class="check-question__number">
                <input type="text" inputmode="numeric" pattern="[0-9]*" autocomplete="off"
                    id={input_id.clone()} class="check-question__input"
                    value={text} disabled={not_sure}
                    aria-describedby={(!described_by.is_empty()).then_some(described_by)}
                    aria-invalid={invalid.then_some("true")}
                    aria-labelledby={format!("q-{}-prompt {unit_id}", question.id())}
                    {oninput} />
                <label for={input_id} id={unit_id.clone()} class="check-question__unit">{ props.unit }</label>
            </div>
            { error }
            <div class="radio check-question__option check-question__not-sure">
                <input type="checkbox" id={not_sure_id.clone()} checked={not_sure} onchange={on_not_sure} />
                <label for={not_sure_id}>{ "I'm not sure" }</label>
            </div>
        </>
    }
}

/// A whole number in `min..=max`, ignoring spaces around it.
fn parse(text: &str, min: u32, max: u32) -> Option<u32> {
    text.trim()
        .parse::<u32>()
        .ok()
        .filter(|value| (min..=max).contains(value))
}
