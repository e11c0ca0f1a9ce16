//! The app root: providers, the routes and the page frame.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::running_attack::RunningAttack;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::components::skip_link::SkipLink;
use crate::components::storage_notice::StorageNotice;
use crate::pages::{
    attack::AttackPage, check::CheckPage, data::DataPage, diary::DiaryPage, home::HomePage,
    insights::InsightsPage, not_found::NotFoundPage, report::ReportPage, settings::SettingsPage,
};
use crate::state::diary::DiaryProvider;
use crate::state::preferences::PreferencesProvider;

/// Every address in the app. Hash routing (`#/diary`) lets the build sit in any folder of any
/// static host, or inside a clinic's site, with no server rules.
#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/check")]
    Check,
    #[at("/diary")]
    Diary,
    /// One headache's details: `new` for a past headache, or the attack's id.
    #[at("/diary/attack/:id")]
    Attack { id: String },
    #[at("/insights")]
    Insights,
    /// The print-ready report for the doctor.
    #[at("/report")]
    Report,
    #[at("/settings")]
    Settings,
    /// Downloads, backup and restore, and "Delete all my data".
    #[at("/data")]
    Data,
    #[not_found]
    #[at("/404")]
    NotFound,
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <HomePage /> },
        Route::Check => html! { <CheckPage /> },
        Route::Diary => html! { <DiaryPage /> },
        Route::Attack { id } => html! { <AttackPage {id} /> },
        Route::Insights => html! { <InsightsPage /> },
        Route::Report => html! { <ReportPage /> },
        Route::Settings => html! { <SettingsPage /> },
        Route::Data => html! { <DataPage /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}

/// The whole app.
#[component]
pub fn App() -> Html {
    html! {
        <PreferencesProvider>
            <DiaryProvider>
            <HashRouter>
                <SkipLink target_id="main" />
                <SiteHeader />
                <main id="main" class="site-main" tabindex="-1">
                    <RunningAttack />
                    <StorageNotice />
                    <Switch<Route> render={switch} />
                </main>
                <SiteFooter />
            </HashRouter>
            </DiaryProvider>
        </PreferencesProvider>
    }
}
