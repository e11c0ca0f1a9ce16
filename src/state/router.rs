//! Which page shows: the route the address's hash names, read at start and again on every change.
//!
//! Our own few lines rather than a router crate: the app has nine fixed addresses and one with a parameter
//! ([`Route`]), links are plain `<a href="#/…">` that the browser follows by itself (so a new tab, Back and
//! Forward all work with no code), and a generic router's matching, history and link component cost the
//! full app's download about 21 KB (gzip -9 of the WebAssembly: 508.9 → 488.1 KB).

use yew::prelude::*;

use crate::platform;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct RouterProps {
    #[prop_or_default]
    pub children: Html,
}

/// Hands the current route to everything inside it, and re-renders it when the address changes.
#[component]
pub fn RouteProvider(props: &RouterProps) -> Html {
    let route = use_state(current_route);
    {
        let route = route.setter();
        use_effect_with((), move |()| {
            let listener = platform::on_route_change(move || route.set(current_route()));
            move || drop(listener)
        });
    }
    html! {
        <ContextProvider<Route> context={(*route).clone()}>
            { props.children.clone() }
        </ContextProvider<Route>>
    }
}

/// The route the address names now.
fn current_route() -> Route {
    Route::from_path(&platform::route_path())
}

/// The route showing; the start page outside a [`RouteProvider`] (a component tested on its own).
#[hook]
pub fn use_route() -> Route {
    use_context::<Route>().unwrap_or(Route::Home)
}

/// Goes to `route` as a link would, so Back returns to the page being left.
pub fn go_to(route: &Route) {
    platform::push_route(&route.href());
}

/// Goes to `route` in place of the page being left, which Back then skips (`#/now` must never run twice).
pub fn replace_with(route: &Route) {
    platform::replace_route(&route.href());
}
