//! Pain severity 0–10 as eleven big radio buttons in one row (two rows on a phone), with the words for the chosen
//! score (mild / moderate / severe / very severe, from the domain's bands) read out as it changes.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::diary::Severity;

/// What the picker shows and reports.
pub struct SeverityPickerProps {
    /// The group's HTML id; each radio is `{id}-{score}`.
    pub id: &'static str,
    /// The chosen score, if any.
    pub value: Option<u8>,
    /// Called with the new score, or `None` when cleared.
    pub on_change: Callback<Option<u8>>,
}

/// "How bad was it at its worst?" on the 0–10 numeric rating scale.
/// A plain view function rather than a component: it keeps no state, and every component costs the download
/// about 0.5 KB (gzip) of Yew's glue code.
pub fn severity_picker(props: SeverityPickerProps) -> Html {
    let id = props.id;
    let words_id = format!("{id}-words");
    let scale_id = format!("{id}-scale");
    let options = (0..=Severity::MAX).map(|score| {
        let input_id = format!("{id}-{score}");
        let on_change = props.on_change.clone();
        let onchange = Callback::from(move |event: Event| {
            if event.target_unchecked_into::<HtmlInputElement>().checked() {
                on_change.emit(Some(score));
            }
        });
        let band = Severity::new(score)
            .map(|severity| severity.band().css_name())
            .unwrap_or("none");
        html! {
            <li class="severity-picker__item">
                <input type="radio" class="severity-picker__input" name={id} id={input_id.clone()}
                    value={score.to_string()} checked={props.value == Some(score)} {onchange} />
                <label for={input_id} class={classes!("severity-picker__score", format!("severity-picker__score--{band}"))}>
                    { score }
                </label>
            </li>
        }
    });
    let words = props
        .value
        .and_then(|score| Severity::new(score).ok())
        .map(Severity::label)
        .unwrap_or_else(|| "Not chosen yet".to_string());
    let on_clear = {
        let on_change = props.on_change.clone();
        Callback::from(move |_: MouseEvent| on_change.emit(None))
    };
    html! {
        <fieldset id={id} class="fieldset severity-picker"
            aria-describedby={format!("{scale_id} {words_id}")}>
            <legend class="fieldset__legend">{ "How bad is it at its worst?" }</legend>
            <p class="hint severity-picker__scale" id={scale_id}>
                { "0 = no pain, 10 = the worst pain you can imagine." }
            </p>
            <ul class="severity-picker__options" role="list">
                { for options }
            </ul>
            <div class="severity-picker__footer">
                <p class={classes!("severity-picker__words", props.value.is_none().then_some("severity-picker__words--empty"))}
                    id={words_id} aria-live="polite">
                    { words }
                </p>
                <button type="button" class="button button--quiet severity-picker__clear"
                    hidden={props.value.is_none()} onclick={on_clear}>
                    { "Clear" }
                    <span class="visually-hidden">{ " severity" }</span>
                </button>
            </div>
        </fieldset>
    }
}
