//! The "Your last self-check" card at the top of the self-check: the date, the headline and the patterns of the
//! kept result, with View and Delete (Delete asks once more, because it cannot be undone).

use yew::prelude::*;

use crate::state::self_check::KeptResult;

/// The kept result and what can be done with it.
#[derive(Properties, PartialEq)]
pub struct CheckKeptProps {
    /// The stored result.
    pub kept: KeptResult,
    /// "View".
    pub on_view: Callback<()>,
    /// "Yes, delete it".
    pub on_delete: Callback<()>,
}

/// A short card about the last result.
#[component]
pub fn CheckKept(props: &CheckKeptProps) -> Html {
    let confirming = use_state(|| false);
    let assessment = &props.kept.assessment;
    let patterns: Vec<&str> = assessment
        .patterns()
        .iter()
        .filter(|finding| finding.pattern.is_headache_pattern())
        .map(|finding| finding.pattern.plain_name())
        .collect();
    let summary = if patterns.is_empty() {
        assessment.triage().headline().to_string()
    } else {
        format!(
            "{}. {}",
            assessment.triage().headline(),
            patterns.join(", ")
        )
    };
    let on_view = {
        let on_view = props.on_view.clone();
        Callback::from(move |_: MouseEvent| on_view.emit(()))
    };
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let delete = {
        let on_delete = props.on_delete.clone();
        Callback::from(move |_: MouseEvent| on_delete.emit(()))
    };
    html! {
        <section class="check-kept" aria-labelledby="check-kept-title">
            <h2 id="check-kept-title" class="check-kept__title">
                { format!("Your last self-check, {}", props.kept.date_label()) }
            </h2>
            <p class="check-kept__summary">{ summary }</p>
            if *confirming {
                <p class="check-kept__confirm" role="status">{ "Delete this result from this device? This cannot be undone." }</p>
                <div class="check-kept__actions">
                    <button type="button" class="button button--danger" onclick={delete}>{ "Yes, delete it" }</button>
                    <button type="button" class="button" onclick={keep}>{ "No, keep it" }</button>
                </div>
            } else {
                <div class="check-kept__actions">
                    <button type="button" class="button button--primary" onclick={on_view}>{ "View" }</button>
                    <button type="button" class="button" onclick={ask}>{ "Delete" }</button>
                </div>
            }
        </section>
    }
}
