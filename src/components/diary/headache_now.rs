//! "Headache now": starts an attack in one tap, or a few minutes or hours ago in one tap.

use chrono::Duration;
use yew::prelude::*;

use crate::domain::diary::DiaryAction;
use crate::platform;
use crate::state::diary::{perform, DiaryContext};

/// How long ago the headache began, as offered on the quick buttons.
const EARLIER: [(i64, &str); 4] = [
    (15, "15 min ago"),
    (30, "30 min ago"),
    (60, "1 h ago"),
    (120, "2 h ago"),
];

/// The one-tap start. Hidden while an attack is running (the running banner shows instead).
/// A plain view function rather than a component: the pages that show it already follow the diary.
pub fn headache_now(diary: &DiaryContext) -> Html {
    if diary.diary.running_attack().is_some() || !diary.accepts_changes() {
        return Html::default();
    }
    let start_minutes_ago = {
        let diary = diary.clone();
        move |minutes: i64| {
            let diary = diary.clone();
            Callback::from(move |_: MouseEvent| {
                let start = platform::now_local() - Duration::minutes(minutes);
                let id = platform::new_attack_id();
                perform(&diary, DiaryAction::StartAttack { id, start }, None);
            })
        }
    };
    html! {
        <section class="headache-now" aria-label="Log a headache">
            <button type="button" class="button button--primary button--large headache-now__start"
                onclick={start_minutes_ago(0)}>
                { "Headache now" }
            </button>
            <div class="headache-now__earlier">
                <span class="headache-now__earlier-label">{ "Started earlier:" }</span>
                { for EARLIER.iter().map(|&(minutes, label)| html! {
                    <button type="button" class="button button--small"
                        aria-label={format!("Headache started {label}")}
                        onclick={start_minutes_ago(minutes)}>
                        { label }
                    </button>
                }) }
            </div>
        </section>
    }
}
