//! Native tests of which addresses the app reads as routes: anything the router cannot turn into an address goes
//! to the start page instead of a blank screen.

use headache_diary::platform::hash_is_route;

#[test]
fn hash_is_route_accepts_app_paths() {
    for hash in [
        "#/",
        "#/diary",
        "#/diary/attack/new",
        "#/nowhere",
        "#/check?x=1",
    ] {
        assert!(hash_is_route(hash), "{hash}");
    }
}

#[test]
fn hash_is_route_refuses_what_the_router_cannot_read() {
    for hash in ["", "#", "#top", "#//", "#//evil.example/diary", "diary"] {
        assert!(!hash_is_route(hash), "{hash}");
    }
}
