//! "Skip to content" for keyboard users.
//!
//! A button that moves focus rather than an `href="#main"` link: with hash routing the hash is
//! the route, and an in-page anchor would navigate away from the page.

use yew::prelude::*;

use crate::platform;

#[derive(Properties, PartialEq)]
pub struct SkipLinkProps {
    /// The id of the element that receives focus (it needs `tabindex="-1"`).
    pub target_id: AttrValue,
}

/// The first focusable control on every page; visible only when focused.
#[component]
pub fn SkipLink(props: &SkipLinkProps) -> Html {
    let target_id = props.target_id.clone();
    let onclick = Callback::from(move |_: MouseEvent| platform::focus_by_id(&target_id));
    html! {
        <button type="button" class="skip-link" {onclick}>{ "Skip to content" }</button>
    }
}
