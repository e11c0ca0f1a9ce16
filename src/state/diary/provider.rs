//! The diary's provider: loads the diary once (a long one just after the first paint), follows other tabs through
//! the storage event, opens the locked diary again when another tab changed it, and locks it after the chosen idle
//! time.

use yew::prelude::*;

use super::commands::follow_stored;
use super::reducer::{DiaryMsg, DiaryState, LockPhase};
use super::DiaryContext;
use crate::domain::diary::Diary;
use crate::platform;
use crate::platform::idle::IdleWatch;
use crate::state::preferences::use_preferences;
use crate::storage::diary::{
    forget_in_memory, load_keeping_own_changes, load_remembered, read_after_first_paint,
};
use crate::storage::Document;

#[derive(Properties, PartialEq)]
pub struct DiaryProviderProps {
    #[prop_or_default]
    pub children: Html,
}

/// Loads the diary once, keeps it in step with other tabs, and locks it again after the chosen idle time.
#[component]
pub fn DiaryProvider(props: &DiaryProviderProps) -> Html {
    let state = use_reducer(|| {
        if read_after_first_paint() {
            DiaryState::opening()
        } else {
            DiaryState::from_loaded(load_remembered())
        }
    });
    let preferences = use_preferences();
    {
        // A long diary is read once the page has first been painted, so the header, the page heading and its
        // links show as soon as an empty diary's would; what is below them follows in the next frame. Read then,
        // not earlier: storage may have changed meanwhile (another tab's save arrives as `Reloaded` and wins).
        let handle = state.dispatcher();
        let opening = state.opening;
        use_effect_with((), move |_| {
            if opening {
                platform::after_next_paint(move || {
                    handle.dispatch(DiaryMsg::Read(load_remembered()))
                });
            }
        });
    }
    {
        // Long-lived closures hold only the dispatcher, never a handle: a handle carries the diary as it was when
        // it was cloned, and a listener kept for the page's whole life would keep that diary in memory after the
        // lock (see `platform::zeroing_alloc`).
        let handle = state.dispatcher();
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
        // The lock turned on, or the diary locked: no copy of its text remembered from before stays in memory.
        let phase = match state.lock {
            LockPhase::Off => 0u8,
            LockPhase::Unlocked(_) => 1,
            LockPhase::Locked => 2,
        };
        use_effect_with(phase, |phase| {
            if *phase > 0 {
                forget_in_memory();
            }
        });
    }
    {
        let handle = state.dispatcher();
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
    {
        // Changes kept in this tab only: a reload, closing the tab or a link to another page (the self-check is
        // its own build, check/) would lose them, so the browser asks before the page goes.
        let unsaved = state.has_unsaved_changes();
        use_effect_with(unsaved, |unsaved| {
            let guard = unsaved.then(platform::ask_before_leaving).flatten();
            move || drop(guard)
        });
    }
    html! {
        <ContextProvider<DiaryContext> context={state}>
            { props.children.clone() }
        </ContextProvider<DiaryContext>>
    }
}
