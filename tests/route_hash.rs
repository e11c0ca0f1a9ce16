//! Native tests of which addresses the app reads as routes, and of what each route shows: anything the app cannot
//! read as one of its addresses goes to the start page or the "not found" page instead of a blank screen.

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

use headache_diary::route::Route;

#[test]
fn every_route_reads_back_from_its_own_link() {
    for route in [
        Route::Home,
        Route::Diary,
        Route::Now,
        Route::Attack { id: "new".into() },
        Route::Attack {
            id: "1764000000000".into(),
        },
        Route::Insights,
        Route::Treatments,
        Route::Report,
        Route::Settings,
        Route::Data,
        Route::NotFound,
    ] {
        let href = route.href();
        assert!(hash_is_route(&href), "{href}");
        assert_eq!(Route::from_path(&href[1..]), route, "{href}");
    }
}

#[test]
fn the_self_check_link_leads_to_its_own_build_and_its_old_address_still_reads() {
    assert_eq!(Route::Check.href(), "check/");
    assert_eq!(Route::from_path("/check"), Route::Check);
    assert_eq!(Route::Check.path(), "/check");
}

#[test]
fn addresses_read_as_a_person_would_expect() {
    assert_eq!(Route::from_path("/"), Route::Home);
    assert_eq!(Route::from_path(""), Route::Home);
    assert_eq!(Route::from_path("/diary/"), Route::Diary);
    assert_eq!(Route::from_path("/check?x=1"), Route::Check);
    assert_eq!(
        Route::from_path("/diary/attack/42"),
        Route::Attack { id: "42".into() }
    );
    assert_eq!(
        Route::from_path("/diary/attack/42/"),
        Route::Attack { id: "42".into() }
    );
}

#[test]
fn unknown_addresses_are_not_found() {
    for path in [
        "/nowhere",
        "/diary/attack/",
        "/diary/attack/4/2",
        "/diaryx",
        "/DIARY",
        "//evil.example/diary",
    ] {
        assert_eq!(Route::from_path(path), Route::NotFound, "{path}");
    }
}
