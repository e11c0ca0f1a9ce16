//! Every address in the app, and what each shows. A leaf: pages and components import it, it
//! imports no component, so `app.rs` can import them all without a circle.

use yew_router::prelude::*;

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
    /// "Headache now" from the installed app's shortcut: logs a headache starting now, then shows the diary.
    #[at("/now")]
    Now,
    /// One headache's details: `new` for a past headache, or the attack's id.
    #[at("/diary/attack/:id")]
    Attack { id: String },
    #[at("/insights")]
    Insights,
    /// Preventive treatments tried, and the read of migraine that resists treatment.
    #[at("/treatments")]
    Treatments,
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
