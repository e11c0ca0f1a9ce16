//! Every address in the app, and what each shows. A leaf: pages and components import it, it
//! imports no component, so `app.rs` can import them all without a circle.

/// Every address in the app. Hash routing (`#/diary`) lets the build sit in any folder of any
/// static host, or inside a clinic's site, with no server rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    /// The self-check, which is a build of its own beside the app ([`SELF_CHECK_HREF`]): links lead there, and
    /// an older `#/check` address (a bookmark, a clinic's link, an installed app's shortcut) is sent there. The
    /// app itself carries no self-check, only its kept result, which both builds read from the same storage.
    Check,
    Diary,
    /// "Headache now" from the installed app's shortcut: logs a headache starting now, then shows the diary.
    Now,
    /// One headache's details: `new` for a past headache, or the attack's id.
    Attack {
        id: String,
    },
    Insights,
    /// Preventive treatments tried, and the read of migraine that resists treatment.
    Treatments,
    /// The print-ready report for the doctor.
    Report,
    Settings,
    /// Downloads, backup and restore, and "Delete all my data".
    Data,
    /// Any other address: a page that says so and leads back to the start.
    NotFound,
}

/// The fixed addresses, each with its path. One table both ways, so reading and writing an address cannot drift.
const FIXED: [(&str, Route); 9] = [
    ("/", Route::Home),
    ("/check", Route::Check),
    ("/diary", Route::Diary),
    ("/now", Route::Now),
    ("/insights", Route::Insights),
    ("/treatments", Route::Treatments),
    ("/report", Route::Report),
    ("/settings", Route::Settings),
    ("/data", Route::Data),
];

/// The self-check build (`check/`), seen from the app's own folder.
pub const SELF_CHECK_HREF: &str = "check/";

/// Where one headache's details live: this prefix and the attack's id (or `new`).
const ATTACK_PREFIX: &str = "/diary/attack/";

impl Route {
    /// The route a path names (`/diary`, `/diary/attack/42`). A query (`?…`) is ignored, and so is a slash at
    /// the end (`/diary/`); anything else unknown is [`Route::NotFound`].
    pub fn from_path(path: &str) -> Route {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let trimmed = match path.trim_end_matches('/') {
            "" => "/",
            trimmed => trimmed,
        };
        if let Some((_, route)) = FIXED.iter().find(|(fixed, _)| *fixed == trimmed) {
            return route.clone();
        }
        match trimmed.strip_prefix(ATTACK_PREFIX) {
            Some(id) if !id.is_empty() && !id.contains('/') => Route::Attack { id: id.to_string() },
            _ => Route::NotFound,
        }
    }

    /// The route's path, as [`Route::from_path`] reads it back.
    pub fn path(&self) -> String {
        match self {
            Route::Attack { id } => format!("{ATTACK_PREFIX}{id}"),
            Route::NotFound => "/404".to_string(),
            fixed => FIXED
                .iter()
                .find(|(_, route)| route == fixed)
                .map_or_else(|| "/".to_string(), |(path, _)| (*path).to_string()),
        }
    }

    /// The link to the route: its path behind `#`, which works from any folder the app is served from; for the
    /// self-check, its own build beside the app.
    pub fn href(&self) -> String {
        match self {
            Route::Check => SELF_CHECK_HREF.to_string(),
            route => format!("#{}", route.path()),
        }
    }
}

/// Whether `route` shows any of the diary.
pub fn shows_diary(route: &Route) -> bool {
    matches!(
        route,
        Route::Diary
            | Route::Now
            | Route::Attack { .. }
            | Route::Insights
            | Route::Treatments
            | Route::Report
            | Route::Data
    )
}
