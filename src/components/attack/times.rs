//! When the headache started and ended, as two `datetime-local` fields. An empty end means it is still going: the
//! form then says "Still going" and offers "Ended just now" (end = now, adjustable before saving). A headache over
//! midnight or several days is one entry.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What the time fields show and report.
pub struct AttackTimesProps {
    /// The start as typed (`datetime-local` value).
    pub start: AttrValue,
    /// The end as typed; empty while still going.
    pub end: AttrValue,
    /// A problem with the start, from Save.
    pub start_problem: Option<AttrValue>,
    /// A problem with the end, from Save.
    pub end_problem: Option<AttrValue>,
    /// Called with the new start text.
    pub on_start: Callback<String>,
    /// Called with the new end text (empty: still going).
    pub on_end: Callback<String>,
    /// "Ended just now": fill in the end time (saved with the form).
    pub on_over: Callback<()>,
}

/// The "When" part of the attack form.
/// A plain view function rather than a component: it keeps no state, and every component costs the download
/// about 0.5 KB (gzip) of Yew's glue code.
pub fn attack_times(props: &AttackTimesProps) -> Html {
    let running = props.end.trim().is_empty();
    let text_callback = |callback: &Callback<String>| {
        let callback = callback.clone();
        Callback::from(move |event: InputEvent| {
            callback.emit(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_over = {
        let on_over = props.on_over.clone();
        Callback::from(move |_: MouseEvent| on_over.emit(()))
    };
    let on_still_going = {
        let on_end = props.on_end.clone();
        Callback::from(move |_: MouseEvent| on_end.emit(String::new()))
    };
    let end_described = ["attack-end-status", "attack-end-error"]
        .iter()
        .take(if props.end_problem.is_some() { 2 } else { 1 })
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        <fieldset class="fieldset attack-times">
            <legend class="fieldset__legend">{ "When" }</legend>
            <div class="field">
                <label class="field__label" for="attack-start">{ "Started" }</label>
                <input type="datetime-local" class="field__input" id="attack-start" required=true
                    value={props.start.clone()} oninput={text_callback(&props.on_start)}
                    aria-invalid={props.start_problem.is_some().then_some("true")}
                    aria-describedby={props.start_problem.is_some().then_some("attack-start-error")} />
                // Always rendered, hidden when empty, so the field is never rebuilt while the person types.
                <p class="field__error" id="attack-start-error" hidden={props.start_problem.is_none()}>
                    { props.start_problem.clone().unwrap_or_default() }
                </p>
            </div>
            <div class="field">
                <label class="field__label" for="attack-end">{ "Ended" }</label>
                <p class={classes!("attack-times__status", running.then_some("attack-times__status--running"))}
                    id="attack-end-status" aria-live="polite">
                    { if running { "Still going. Leave this empty until it is over." } else { "Over." } }
                </p>
                <div class="attack-times__end">
                    <input type="datetime-local" class="field__input" id="attack-end"
                        value={props.end.clone()} oninput={text_callback(&props.on_end)}
                        aria-invalid={props.end_problem.is_some().then_some("true")}
                        aria-describedby={end_described} />
                    <button type="button" class="button button--primary attack-times__over"
                        hidden={!running} onclick={on_over}>
                        { "Ended just now" }
                    </button>
                    <button type="button" class="button attack-times__still-going"
                        hidden={running} onclick={on_still_going}>
                        { "Still going" }
                    </button>
                </div>
                <p class="field__error" id="attack-end-error" hidden={props.end_problem.is_none()}>
                    { props.end_problem.clone().unwrap_or_default() }
                </p>
            </div>
        </fieldset>
    }
}
