//! "Deleted — Undo": the way back from a delete, announced to screen readers.

use yew::prelude::*;

use crate::state::diary::{perform, DiaryContext, DiaryMsg};

/// Shows the last undoable change with an Undo button, until dismissed or replaced.
/// A plain view function rather than a component: the pages that show it already follow the diary, and every
/// component costs the download Yew's glue code of its own.
pub fn undo_bar(diary: &DiaryContext) -> Html {
    let offer = diary.undo.clone();
    let on_undo = {
        let diary = diary.clone();
        let offer = offer.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(offer) = &offer {
                perform(&diary, offer.action.clone(), None);
            }
        })
    };
    let on_dismiss = {
        let diary = diary.clone();
        Callback::from(move |_: MouseEvent| diary.dispatch(DiaryMsg::DismissUndo))
    };
    html! {
        // The live region is always present, so screen readers announce what appears in it.
        <div class="undo-bar-region" aria-live="polite">
            if let Some(offer) = offer {
                <div class="undo-bar">
                    <p class="undo-bar__message">{ offer.message }</p>
                    <button type="button" class="button button--primary button--small" onclick={on_undo}>{ "Undo" }</button>
                    <button type="button" class="button button--quiet button--small" onclick={on_dismiss}>{ "Dismiss" }</button>
                </div>
            }
        </div>
    }
}
