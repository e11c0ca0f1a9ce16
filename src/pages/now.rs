//! `#/now`, the installed app's "Headache now" shortcut: logs a headache starting now (unless one is already
//! running) and opens the diary, replacing this address so Back or a reload never logs a second one. With the
//! lock on, the lock screen comes first and the headache is logged once the diary is open.

use yew::prelude::*;

use crate::domain::diary::DiaryAction;
use crate::platform;
use crate::route::Route;
use crate::state::diary::{perform, use_diary};
use crate::state::router;

/// The shortcut's page: nothing to see but a line while it works.
#[component]
pub fn NowPage() -> Html {
    let diary = use_diary();
    let done = use_mut_ref(|| false);
    let ready = diary.as_ref().is_some_and(|d| d.accepts_changes());
    {
        let diary = diary.clone();
        use_effect_with(ready, move |ready| {
            if *ready && !*done.borrow() {
                *done.borrow_mut() = true;
                if let Some(diary) = diary {
                    if diary.diary.running_attack().is_none() {
                        let start = platform::now_local();
                        let id = platform::new_attack_id();
                        perform(&diary, DiaryAction::StartAttack { id, start }, None);
                    }
                }
                router::replace_with(&Route::Diary);
            }
        });
    }
    html! {
        <div class="page">
            <h1 class="page__title">{ "Headache now" }</h1>
            <p>{ "Logging a headache that starts now…" }</p>
        </div>
    }
}
