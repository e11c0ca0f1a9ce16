//! The running headache, shown on every page: since when, for how long, and "It's over".

use yew::prelude::*;

use crate::domain::date_text::time_text;
use crate::domain::diary::DiaryAction;
use crate::platform;
use crate::route::Route;
use crate::state::diary::{perform, use_diary};

/// A calm banner while an attack is running; nothing otherwise.
#[component]
pub fn RunningAttack() -> Html {
    let diary = use_diary();
    // Re-render once a minute so the elapsed time stays right.
    let now = use_state(platform::now_local);
    {
        let now = now.clone();
        use_effect_with((), move |_| {
            let ticker = platform::Ticker::every(30_000, move || now.set(platform::now_local()));
            move || drop(ticker)
        });
    }
    let Some(diary) = diary else {
        return Html::default();
    };
    let Some(attack) = diary.diary.running_attack().cloned() else {
        return Html::default();
    };
    let started = time_text(attack.start, "%H:%M");
    let started_day = if attack.start.date() == now.date() {
        String::new()
    } else {
        time_text(attack.start, " on %-d %b")
    };
    let on_over = {
        let diary = diary.clone();
        let id = attack.id;
        Callback::from(move |_: MouseEvent| {
            perform(
                &diary,
                DiaryAction::EndAttack {
                    id,
                    end: platform::now_local(),
                },
                None,
            );
        })
    };
    html! {
        <section class="running-attack" aria-label="Headache in progress">
            <p class="running-attack__text">
                <strong>{ "Headache since " }{ started }{ started_day }</strong>
                <span class="running-attack__elapsed">{ format!(" · {}", attack.duration_label(*now)) }</span>
            </p>
            <div class="running-attack__actions">
                <a href={Route::Attack { id: attack.id.0.to_string() }.href()} class="button button--small">
                    { "Add details" }
                </a>
                <button type="button" class="button button--primary button--small" onclick={on_over}>
                    { "It's over" }
                </button>
            </div>
        </section>
    }
}
