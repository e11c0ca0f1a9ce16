//! The header on every page: the app's name, the main sections and the theme switch.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::theme_toggle::ThemeToggle;

/// Top of every page.
#[component]
pub fn SiteHeader() -> Html {
    let current = use_route::<Route>();
    let link = |to: Route, text: &'static str| {
        let active = current.as_ref() == Some(&to);
        html! {
            <li>
                <Link<Route> {to} classes={classes!("site-nav__link", active.then_some("site-nav__link--active"))}>
                    { text }
                </Link<Route>>
            </li>
        }
    };
    html! {
        <header class="site-header">
            <div class="site-header__bar">
                <Link<Route> to={Route::Home} classes="brand">
                    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" class="brand__mark">
                        <circle cx="16" cy="16" r="13" />
                        <path d="M9 17c2.5-4 5-4 7 0s4.5 4 7 0" />
                    </svg>
                    <span class="brand__name">{ "Headache check & diary" }</span>
                </Link<Route>>
                <ThemeToggle />
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
