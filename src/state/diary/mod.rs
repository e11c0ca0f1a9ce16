//! The diary shared through context, split by job: the reducer and its state (`reducer.rs`), the commands views
//! call (`commands.rs`), this tab's save queue (`queue.rs`) and the provider (`provider.rs`).
//!
//! Every change goes through [`perform`], which applies a [`DiaryAction`] to the diary as
//! stored *now* and saves it (see `storage::diary::apply_to_stored`), so two tabs cannot
//! overwrite each other. The reducer itself is pure: it only takes in results.
//!
//! Where the stored diary cannot be read, nothing is ever written until the person has been
//! told, offered the raw text as a download, and has chosen to start again (the raw text is
//! then kept aside under its own key first).
//!
//! With the passphrase lock on ([`LockPhase`]), nothing of the diary is in memory until it is unlocked, and the
//! key lives only in memory while it is. Each change is shown at once, then saved asynchronously through
//! `storage::locked::apply` (read, open, apply, seal with a fresh IV, write only if unchanged). This tab's saves
//! and lock operations take turns in one [`SaveQueue`], so two quick taps never race each other.

mod commands;
mod provider;
mod queue;
mod reducer;

use yew::prelude::*;

pub use commands::{
    change_passphrase, perform, perform_from, reload, remove_lock, restore_locked, start_afresh,
    turn_on_lock, unlock,
};
pub use provider::{DiaryProvider, DiaryProviderProps};
// The rule a new passphrase must meet, for the lock forms to check before the slow key derivation.
pub use crate::storage::locked::{check_new_passphrase, LockError, MIN_PASSPHRASE_CHARS};
pub use queue::{SaveQueue, Turn, TurnFuture};
pub use reducer::{
    DiaryMsg, DiaryProblem, DiaryState, LockPhase, LockReason, Persistence, UndoOffer,
};

/// The handle components use to read the diary and change it.
pub type DiaryContext = UseReducerHandle<DiaryState>;

/// The diary context; `None` outside [`DiaryProvider`], and while a long stored diary is read after the first paint
/// ([`DiaryState::opening`]): every view already shows nothing of the diary without one, rather than an empty diary.
#[hook]
pub fn use_diary() -> Option<DiaryContext> {
    use_context::<DiaryContext>().filter(|handle| !handle.opening)
}

/// The diary context even while a long stored diary is still being read: only for what needs nothing of the diary
/// and must be there from the first frame ("Hide", whose place in the header must not move).
#[hook]
pub fn use_diary_even_while_opening() -> Option<DiaryContext> {
    use_context::<DiaryContext>()
}
