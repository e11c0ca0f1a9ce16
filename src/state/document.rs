//! One pattern for the small documents kept in storage beside the diary (settings, the self-check): load once,
//! save each change the person makes (never on load), keep unreadable stored text aside before the first save, and
//! take the stored copy again when it was replaced as a whole (a restore, "Delete all my data").
//!
//! Two tabs share one stored copy, so a save writes only the fields this tab changed, onto the document as stored
//! at that moment, and each tab follows the other's saves through the storage event: a stale tab never puts back
//! what another tab changed or deleted.
//!
//! The diary has its own, richer state (`state::diary`): it is applied to what is stored at each change, because
//! two tabs must never overwrite each other's headaches.

use yew::prelude::*;

use crate::platform;
use crate::storage::{local, Document, Loaded, StorageError};

/// A reducer state that mirrors one stored document.
pub trait SavedDocument: Reducible + Clone + PartialEq + 'static {
    /// The stored document.
    type Doc: Document;

    /// The state for what storage holds (an unreadable copy gives defaults plus a message).
    fn from_loaded(loaded: Result<Loaded<Self::Doc>, StorageError>) -> Self;
    /// What is saved now, when nothing readable is stored.
    fn to_document(&self) -> Self::Doc;
    /// The fields this tab changed since its last save, written onto `stored` (the document as stored now).
    fn merged_onto(&self, stored: Self::Doc) -> Self::Doc;
    /// Stored text that could not be read and is not yet kept aside.
    fn unreadable_raw(&self) -> Option<&str>;
    /// Counts the person's changes; only these are saved.
    fn revision(&self) -> u32;
    /// The action saying the unreadable text is now kept aside.
    fn kept_aside() -> Self::Action;
    /// The action saying a save failed (the change stays in memory).
    fn save_failed(error: StorageError) -> Self::Action;
    /// The action that takes the stored document again, whatever this tab held.
    fn reloaded(state: Self) -> Self::Action;
    /// The action after a save: `saved` is the document now stored; nothing is left to save.
    fn saved(saved: Self::Doc) -> Self::Action;
    /// The action when another tab saved `stored`; this tab's own unsaved changes (if any) stay on top.
    fn followed(stored: Self::Doc) -> Self::Action;
}

/// Loads `S`'s document once and saves each change the person makes.
#[hook]
pub fn use_saved_document<S: SavedDocument>() -> UseReducerHandle<S> {
    let state = use_reducer(|| S::from_loaded(local::load::<S::Doc>()));
    {
        let handle = state.clone();
        use_effect_with(state.revision(), move |revision| {
            if *revision > 0 {
                save(&handle);
            }
        });
    }
    {
        let handle = state.clone();
        use_effect_with((), move |()| {
            let listener = platform::StorageListener::on_key(S::Doc::KEY, move || {
                if let Ok(Loaded::Ready(stored)) = local::load::<S::Doc>() {
                    handle.dispatch(S::followed(stored));
                }
            });
            move || drop(listener)
        });
    }
    state
}

fn save<S: SavedDocument>(handle: &UseReducerHandle<S>) {
    // Read what is stored now: another tab may have saved since this one last read.
    let (stored, unreadable_now) = match local::load::<S::Doc>() {
        Ok(Loaded::Ready(stored)) => (Some(stored), None),
        Ok(Loaded::Unreadable { raw, .. } | Loaded::Sealed { raw }) => (None, Some(raw)),
        Ok(Loaded::Missing) | Err(_) => (None, None),
    };
    let merged = match stored {
        Some(stored) => handle.merged_onto(stored),
        None => handle.to_document(),
    };
    // Whatever unreadable text is stored now (this tab's first read, or another tab's since) is kept aside first.
    let unreadable = unreadable_now.or_else(|| handle.unreadable_raw().map(str::to_string));
    match local::save_after_keeping_aside(&merged, unreadable.as_deref()) {
        Ok(()) => {
            if handle.unreadable_raw().is_some() {
                handle.dispatch(S::kept_aside());
            }
            handle.dispatch(S::saved(merged));
        }
        // The change stays in memory; the person is told it was not saved.
        Err(error) => handle.dispatch(S::save_failed(error)),
    }
}

/// Takes the stored document again after it was replaced as a whole (restore, delete all): what is stored now is
/// the truth, and nothing is saved on the way.
pub fn reload_from_storage<S: SavedDocument>(handle: &UseReducerHandle<S>) {
    handle.dispatch(S::reloaded(S::from_loaded(local::load::<S::Doc>())));
}
