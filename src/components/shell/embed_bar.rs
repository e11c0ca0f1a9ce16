//! The slim bar that replaces the site header in embed mode (`?embed=1`): the app sits in an iframe
//! on the clinic's page, so it names itself briefly and offers the full app in a tab of its own,
//! where the diary can be kept (an iframe's storage may be partitioned or blocked by the browser).

use yew::prelude::*;

/// Top of the page in embed mode, and of the self-check build (`check/`) always. `full_app_href` is where "Open
/// the full app" leads: the full app's start page, `./#/` from the full app itself, `../#/` from the self-check
/// build. `new_tab` in a frame, where the diary cannot be kept; a page of its own goes on in the same tab
/// (someone who came from the diary to the self-check goes back to it).
/// A plain view function rather than a component: it keeps no state, and every component costs the small
/// self-check build (`check/`) about 0.5 KB (gzip) of Yew's glue code.
pub fn embed_bar(full_app_href: &'static str, new_tab: bool) -> Html {
    html! {
        <header class="embed-bar">
            <span class="embed-bar__name">{ "Headache check & diary" }</span>
            <a class="embed-bar__full" href={full_app_href} target={new_tab.then_some("_blank")}
                rel={new_tab.then_some("noopener noreferrer")}>
                { "Open the full app" }
                if new_tab {
                    <span class="visually-hidden">{ " (opens in a new tab)" }</span>
                }
            </a>
        </header>
    }
}
