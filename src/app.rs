//! The app root: providers, the routes and the page frame.

use yew::prelude::*;

use crate::components::lock::gate::unlock_instead;
use crate::components::lock::privacy_screen::PrivacyScreen;
use crate::components::shell::diary_notice::DiaryNotice;
use crate::components::shell::embed_bar::embed_bar;
use crate::components::shell::running_attack::RunningAttack;
use crate::components::shell::site_footer::site_footer;
use crate::components::shell::site_header::SiteHeader;
use crate::components::shell::skip_link::skip_link;
use crate::components::shell::update_note::UpdateNote;
use crate::pages::{
    attack::AttackPage, data::DataPage, diary::diary_page, home::home_page, insights::InsightsPage,
    not_found::not_found_page, now::NowPage, report::ReportPage, settings::settings_page,
    treatments::TreatmentsPage,
};
use crate::platform;
use crate::route::{Route, SELF_CHECK_HREF};
use crate::state::diary::{use_diary, DiaryProvider};
use crate::state::pending_start::use_merge_pending_start;
use crate::state::preferences::{use_preferences, PreferencesProvider};
use crate::state::router::{use_route, RouteProvider};

/// The page the address names, or the unlock screen in its place.
#[component]
fn CurrentPage() -> Html {
    let route = use_route();
    let preferences = use_preferences();
    let diary = use_diary();
    // Here because the page chooser stays mounted whichever page shows: a start noted while the diary was locked
    // goes into it once it is open.
    use_merge_pending_start();
    // The self-check is its own build beside the app: an old `#/check` address goes on there.
    use_effect_with(route.clone(), |route| {
        if *route == Route::Check {
            platform::leave_for(SELF_CHECK_HREF);
        }
    });
    if let Some(unlock) = unlock_instead(diary.as_ref(), &route) {
        return unlock;
    }
    match route {
        Route::Home => home_page(diary.as_ref()),
        Route::Check => self_check_elsewhere(),
        Route::Diary => diary_page(diary.as_ref(), preferences.as_ref()),
        Route::Now => html! { <NowPage /> },
        Route::Attack { id } => html! { <AttackPage {id} /> },
        Route::Insights => html! { <InsightsPage /> },
        Route::Treatments => html! { <TreatmentsPage /> },
        Route::Report => html! { <ReportPage /> },
        Route::Settings => settings_page(preferences.as_ref()),
        Route::Data => html! { <DataPage /> },
        Route::NotFound => not_found_page(),
    }
}

/// Shown for the moment before an old `#/check` address has gone on to the self-check build (and for good where
/// a sandboxed frame refuses to move on): a link to the same place.
fn self_check_elsewhere() -> Html {
    html! {
        <div class="page">
            <h1 class="page__title">{ "The self-check" }</h1>
            <p class="lead">{ "The self-check opens on a page of its own." }</p>
            <a href={SELF_CHECK_HREF} class="button button--primary">{ "Open the self-check" }</a>
        </div>
    }
}

/// The whole app. Opened as `?embed=1` (in an iframe on the clinic's site) it leaves out its own
/// header, whose navigation and brand the clinic's page replaces, and links to the full app instead.
#[component]
pub fn App() -> Html {
    let embedded = *use_memo((), |()| platform::clinic_site::embed_requested());
    use_effect_with((), move |()| {
        platform::first_screen::mark_ready();
        platform::clinic_site::fit_to_site(embedded);
    });
    html! {
        <PreferencesProvider>
            <DiaryProvider>
            <RouteProvider>
                <PrivacyScreen>
                { skip_link("main") }
                if embedded {
                    { embed_bar("./#/", true) }
                } else {
                    <SiteHeader />
                }
                <main id="main" class="site-main" tabindex="-1">
                    <RunningAttack />
                    <DiaryNotice />
                    <UpdateNote />
                    <CurrentPage />
                </main>
                { site_footer() }
                </PrivacyScreen>
            </RouteProvider>
            </DiaryProvider>
        </PreferencesProvider>
    }
}
