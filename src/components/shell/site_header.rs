//! The header on every page: the app's name, the main sections, the theme switch and "Hide".

use yew::prelude::*;

use crate::components::lock::hide_button::hide_button;
use crate::components::shell::theme_toggle::ThemeToggle;
use crate::domain::clinic::ClinicConfig;
use crate::route::Route;
use crate::state::diary::use_diary_even_while_opening;
use crate::state::router::use_route;

/// Top of every page.
#[component]
pub fn SiteHeader() -> Html {
    let current = use_route();
    // "Hide" works while a long diary is still being read, too.
    let diary = use_diary_even_while_opening();
    let link = |to: Route, text: &'static str| {
        let active = current == to;
        html! {
            <li>
                <a href={to.href()} class={classes!("site-nav__link", active.then_some("site-nav__link--active"))}
                    aria-current={active.then_some("page")}>
                    { text }
                </a>
            </li>
        }
    };
    let clinic = use_memo((), |()| ClinicConfig::built_in());
    // The clinic's logo (config/clinic.json), named by the clinic's name: it says whose app this is.
    let logo = clinic.logo_src().map(|src| {
        html! { <img class="brand__clinic-logo" {src} alt={clinic.name.clone()} /> }
    });
    html! {
        <header class="site-header">
            <div class="site-header__bar">
                { for logo }
                <a href={Route::Home.href()} class="brand">
                    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" class="brand__mark">
                        <circle cx="16" cy="16" r="13" />
                        <path d="M9 17c2.5-4 5-4 7 0s4.5 4 7 0" />
                    </svg>
                    <span class="brand__name">{ "Headache check & diary" }</span>
                </a>
                <div class="site-header__actions">
                    { for diary.as_ref().map(hide_button) }
                    <ThemeToggle />
                </div>
            </div>
            <nav class="site-nav" aria-label="Main">
                <ul class="site-nav__list">
                    { link(Route::Check, "Self-check") }
                    { link(Route::Diary, "Diary") }
                    { link(Route::Insights, "Insights") }
                    { link(Route::Settings, "Settings") }
                </ul>
            </nav>
        </header>
    }
}
