//! "Skip to content" for keyboard users.
//!
//! A button that moves focus rather than an `href="#main"` link: with hash routing the hash is
//! the route, and an in-page anchor would navigate away from the page.

use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SkipLinkProps {
    /// The id of the element that receives focus (it needs `tabindex="-1"`).
    pub target_id: AttrValue,
}

/// The first focusable control on every page; visible only when focused.
#[component]
pub fn SkipLink(props: &SkipLinkProps) -> Html {
    let target_id = props.target_id.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        let target = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.get_element_by_id(&target_id))
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(target) = target {
            // A failed focus leaves the person where they were; nothing to report.
            target.focus().unwrap_or(());
        }
    });
    html! {
        <button type="button" class="skip-link" {onclick}>{ "Skip to content" }</button>
    }
}
