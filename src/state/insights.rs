//! The insights for a period, shared by the insights page and the doctor's report: computed
//! from the diary in context, recomputed only when the diary, the period or the day changes.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use crate::domain::diary::Diary;
use crate::domain::insights::{InsightPeriod, Insights};
use crate::state::diary::use_diary;
use crate::storage::local::{self, Loaded};
use crate::storage::self_check::{KeptResult, SelfCheckDocument};

/// The period shown first: eight weeks is the diary's minimum useful length.
pub const DEFAULT_PERIOD: InsightPeriod = InsightPeriod::LastWeeks(8);

thread_local! {
    /// The period last chosen on the insights page or the report, for this visit only (never stored): the
    /// report opens on the period the person was just looking at, and insights again on the report's.
    static CHOSEN_PERIOD: std::cell::Cell<InsightPeriod> = const { std::cell::Cell::new(DEFAULT_PERIOD) };
}

/// The period shared by insights and the report, and a callback that changes it for both.
#[hook]
pub fn use_chosen_period() -> (InsightPeriod, Callback<InsightPeriod>) {
    let period = use_state(|| CHOSEN_PERIOD.with(std::cell::Cell::get));
    let on_change = {
        let period = period.clone();
        Callback::from(move |choice: InsightPeriod| {
            CHOSEN_PERIOD.with(|chosen| chosen.set(choice));
            period.set(choice);
        })
    };
    (*period, on_change)
}

/// What a page needs to show insights.
pub struct InsightsView {
    pub diary: Rc<Diary>,
    /// `None` when the period has no days up to today.
    pub insights: Rc<Option<Insights>>,
    /// The last self-check result kept on this device: the diary's pattern read never shows a
    /// label when that result found an urgent warning sign.
    pub kept: Rc<Option<KeptResult>>,
}

fn load_kept() -> Option<KeptResult> {
    match local::load::<SelfCheckDocument>() {
        Ok(Loaded::Ready(document)) => document.kept,
        _ => None,
    }
}

/// The last self-check result kept on this device, read once per page visit.
#[hook]
pub fn use_kept_self_check() -> Rc<Option<KeptResult>> {
    use_memo((), |_| load_kept())
}

/// The insights for `period` as of `today`.
#[hook]
pub fn use_insights(period: InsightPeriod, today: NaiveDate) -> InsightsView {
    let diary = use_diary();
    // Read once per page visit: the self-check is not changed from these pages.
    let kept = use_kept_self_check();
    let diary: Rc<Diary> = diary.as_ref().map(|d| d.diary.clone()).unwrap_or_default();
    let assessment = kept.as_ref().as_ref().map(|kept| kept.assessment.clone());
    let insights = use_memo(
        (diary.clone(), period, today),
        move |(diary, period, today)| {
            Insights::compute(diary, *period, *today, assessment.as_ref())
        },
    );
    InsightsView {
        diary,
        insights,
        kept,
    }
}
