//! The month calendar of headache, medicine and period days. (placeholder until built).

use yew::prelude::*;

/// The month calendar of headache, medicine and period days.
#[component]
pub fn DiaryCalendar() -> Html {
    Html::default()
}
