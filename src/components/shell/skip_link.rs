//! "Skip to content" for keyboard users.
//!
//! A button that moves focus rather than an `href="#main"` link: with hash routing the hash is
//! the route, and an in-page anchor would navigate away from the page.

use yew::prelude::*;

use crate::platform;

/// The first focusable control on every page; visible only when focused. `target_id` is the element that
/// receives focus (it needs `tabindex="-1"`).
/// A plain view function rather than a component: it keeps no state, and every component costs the small
/// self-check build (`check/`) about 0.5 KB (gzip) of Yew's glue code.
pub fn skip_link(target_id: &'static str) -> Html {
    let onclick = Callback::from(move |_: MouseEvent| platform::focus_by_id(target_id));
    html! {
        <button type="button" class="skip-link" {onclick}>{ "Skip to content" }</button>
    }
}
