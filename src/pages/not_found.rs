//! Shown for an address the app does not know.

use yew::prelude::*;

use crate::route::Route;

/// A calm way back home.
/// A plain view function rather than a component: it keeps no state, and every component costs the download
/// about 0.5 KB (gzip) of Yew's glue code.
pub fn not_found_page() -> Html {
    html! {
        <div class="page">
            <h1 class="page__title">{ "Page not found" }</h1>
            <p class="lead">{ "This address does not lead anywhere in the app." }</p>
            <p><a href={Route::Home.href()} class="button button--primary">{ "Go to the start page" }</a></p>
        </div>
    }
}
