//! One pattern for the small documents kept in storage beside the diary (settings, the self-check): load once,
//! save each change the person makes (never on load), keep unreadable stored text aside before the first save, and
//! take the stored copy again when it was replaced as a whole (a restore, "Delete all my data").
//!
//! The diary has its own, richer state (`state::diary`): it is applied to what is stored at each change, because
//! two tabs must never overwrite each other's headaches.

use yew::prelude::*;

use crate::storage::{local, Document, Loaded, StorageError};

/// A reducer state that mirrors one stored document.
pub trait SavedDocument: Reducible + Clone + PartialEq + 'static {
    /// The stored document.
    type Doc: Document;

    /// The state for what storage holds (an unreadable copy gives defaults plus a message).
    fn from_loaded(loaded: Result<Loaded<Self::Doc>, StorageError>) -> Self;
    /// What is saved now.
    fn to_document(&self) -> Self::Doc;
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
    state
}

fn save<S: SavedDocument>(handle: &UseReducerHandle<S>) {
    let had_unreadable = handle.unreadable_raw().is_some();
    match local::save_after_keeping_aside(&handle.to_document(), handle.unreadable_raw()) {
        Ok(()) if had_unreadable => handle.dispatch(S::kept_aside()),
        Ok(()) => {}
        // The change stays in memory; the person is told it was not saved.
        Err(error) => handle.dispatch(S::save_failed(error)),
    }
}

/// Takes the stored document again after it was replaced as a whole (restore, delete all): what is stored now is
/// the truth, and nothing is saved on the way.
pub fn reload_from_storage<S: SavedDocument>(handle: &UseReducerHandle<S>) {
    handle.dispatch(S::reloaded(S::from_loaded(local::load::<S::Doc>())));
}
