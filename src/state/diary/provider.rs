//! The diary's provider: loads the diary once, follows other tabs through the storage event, opens the locked
//! diary again when another tab changed it, and locks it after the chosen idle time.

use yew::prelude::*;

use super::commands::follow_stored;
use super::reducer::{DiaryMsg, DiaryState, LockPhase};
use super::DiaryContext;
use crate::domain::diary::Diary;
use crate::platform;
use crate::platform::idle::IdleWatch;
use crate::state::preferences::use_preferences;
use crate::storage::diary::{load_keeping_own_changes, load_remembered};
use crate::storage::Document;

#[derive(Properties, PartialEq)]
pub struct DiaryProviderProps {
    #[prop_or_default]
    pub children: Html,
}

/// Loads the diary once, keeps it in step with other tabs, and locks it again after the chosen idle time.
#[component]
pub fn DiaryProvider(props: &DiaryProviderProps) -> Html {
    let state = use_reducer(|| DiaryState::from_loaded(load_remembered()));
    let preferences = use_preferences();
    {
        let handle = state.clone();
        use_effect_with((), move |_| {
            // Another tab's save may have been made without this tab's latest change (it read storage a moment
            // before that change reached it): the change is made again on top, then the diary is shown.
            let listener = platform::StorageListener::on_key(Diary::KEY, move || {
                if let Ok((loaded, _)) = load_keeping_own_changes() {
                    handle.dispatch(DiaryMsg::Reloaded(loaded));
                }
            });
            move || drop(listener)
        });
    }
    {
        // Another tab changed the locked diary: open it again with the key this tab holds, in turn.
        let handle = state.clone();
        use_effect_with(state.refresh, move |refresh| {
            if let (true, LockPhase::Unlocked(key)) = (*refresh > 0, handle.lock.clone()) {
                let turn = handle.queue.turn();
                wasm_bindgen_futures::spawn_local(async move {
                    let _turn = turn.await;
                    follow_stored(&handle, &key).await;
                });
            }
        });
    }
    {
        let handle = state.clone();
        let open = matches!(state.lock, LockPhase::Unlocked(_));
        let minutes = preferences
            .as_ref()
            .map(|p| p.preferences.auto_lock_minutes())
            .unwrap_or(crate::domain::preferences::DEFAULT_AUTO_LOCK_MINUTES);
        use_effect_with((open, minutes), move |(open, minutes)| {
            let watch = open
                .then(|| {
                    IdleWatch::start(f64::from(*minutes) * 60_000.0, move || {
                        handle.dispatch(DiaryMsg::Lock { reason: None })
                    })
                })
                .flatten();
            move || drop(watch)
        });
    }
    html! {
        <ContextProvider<DiaryContext> context={state}>
            { props.children.clone() }
        </ContextProvider<DiaryContext>>
    }
}
