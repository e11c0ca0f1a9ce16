//! The self-check on its own, built as `check/` beside the app (`src/bin/check.rs`): what a clinic links to, or
//! shows in an iframe with `?embed=1`, and where the full app's "Self-check" links lead (the full app carries no
//! self-check of its own: about 50 KB gzip less for everyone who keeps a diary). A frame of its own with no
//! router, no diary and no settings, so a visitor on a phone downloads only the self-check. Its result links to
//! the full app for the diary; its kept result is in the same browser storage, where the full app's report reads
//! it.

use yew::prelude::*;

use crate::components::shell::embed_bar::embed_bar;
use crate::components::shell::site_footer::site_footer;
use crate::components::shell::skip_link::skip_link;
use crate::pages::check::check_page;
use crate::platform;

/// The full app, seen from `check/`.
const FULL_APP: &str = "../#/";

/// The self-check build's root.
#[component]
pub fn CheckApp() -> Html {
    let embedded = *use_memo((), |()| platform::clinic_site::embed_requested());
    use_effect_with((), move |()| {
        platform::first_screen::mark_ready();
        platform::clinic_site::fit_to_site(embedded);
    });
    html! {
        <>
            { skip_link("main") }
            { embed_bar(FULL_APP, embedded) }
            <main id="main" class="site-main" tabindex="-1">
                { check_page() }
            </main>
            { site_footer() }
        </>
    }
}
