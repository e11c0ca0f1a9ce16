//! The slim bar that replaces the site header in embed mode (`?embed=1`): the app sits in an iframe
//! on the clinic's page, so it names itself briefly and offers the full app in a tab of its own,
//! where the diary can be kept (an iframe's storage may be partitioned or blocked by the browser).

use yew::prelude::*;

/// Where "Open the full app" leads.
#[derive(Properties, PartialEq)]
pub struct EmbedBarProps {
    /// The full app's start page: `./#/` from the full app itself, `../#/` from the self-check build.
    #[prop_or(AttrValue::Static("./#/"))]
    pub full_app_href: AttrValue,
}

/// Top of the page in embed mode.
#[component]
pub fn EmbedBar(props: &EmbedBarProps) -> Html {
    html! {
        <header class="embed-bar">
            <span class="embed-bar__name">{ "Headache check & diary" }</span>
            <a class="embed-bar__full" href={props.full_app_href.clone()} target="_blank" rel="noopener noreferrer">
                { "Open the full app" }
                <span class="visually-hidden">{ " (opens in a new tab)" }</span>
            </a>
        </header>
    }
}
