//! The self-check on its own, built as `check/` beside the app (`src/bin/check.rs`): what a clinic links to, or
//! shows in an iframe with `?embed=1`. The same page, components and rules as the full app's `#/check`, in a
//! frame of its own with no router, no diary and no settings, so a visitor on a phone downloads only the
//! self-check. Its result links to the full app for the diary.

use yew::prelude::*;

use crate::components::shell::embed_bar::EmbedBar;
use crate::components::shell::site_footer::SiteFooter;
use crate::components::shell::skip_link::SkipLink;
use crate::pages::check::CheckPage;
use crate::platform;

/// The full app, seen from `check/`.
const FULL_APP: &str = "../#/";
/// The full app's diary, seen from `check/`.
const FULL_APP_DIARY: &str = "../#/diary";

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
            <SkipLink target_id="main" />
            <EmbedBar full_app_href={FULL_APP} />
            <main id="main" class="site-main" tabindex="-1">
                <CheckPage diary_href={FULL_APP_DIARY} />
            </main>
            <SiteFooter />
        </>
    }
}
