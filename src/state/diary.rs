//! The diary shared through context.
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

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use yew::prelude::*;

use crate::domain::diary::{Applied, Diary, DiaryAction};
use crate::platform;
use crate::platform::crypto::{CryptoError, SealKey};
use crate::platform::idle::IdleWatch;
use crate::state::preferences::use_preferences;
use crate::storage::diary::{apply_to_stored, load_remembered, DiaryUpdateError};
use crate::storage::locked::{self, LockError};
use crate::storage::{local, Document, Loaded, StorageError};

/// Whether the diary is locked with a passphrase, and if so whether it is open in this tab.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum LockPhase {
    /// No passphrase: the diary is stored as plain text.
    #[default]
    Off,
    /// Locked and closed: nothing of the diary is in memory; the diary pages show the unlock screen.
    Locked,
    /// Locked and open in this tab: the key (non-extractable) is held in memory to seal each save.
    Unlocked(SealKey),
}

/// Gives this tab's saves and lock operations their turn, one at a time, in the order they were asked for.
#[derive(Clone, Default)]
pub struct SaveQueue(Rc<QueueInner>);

#[derive(Default)]
struct QueueInner {
    next_ticket: Cell<u64>,
    serving: Cell<u64>,
    waiting: RefCell<Vec<Waker>>,
}

impl PartialEq for SaveQueue {
    /// The queue is plumbing, not state the view shows.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for SaveQueue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SaveQueue")
    }
}

impl SaveQueue {
    /// Takes a place in the queue now (not when first polled), so the order is the order of calls. The
    /// returned future must be awaited to the end: a place never used would hold up everything after it.
    pub fn turn(&self) -> TurnFuture {
        let ticket = self.0.next_ticket.get();
        self.0.next_ticket.set(ticket + 1);
        TurnFuture {
            queue: self.clone(),
            ticket,
        }
    }
}

/// Resolves when it is this place's turn.
pub struct TurnFuture {
    queue: SaveQueue,
    ticket: u64,
}

impl Future for TurnFuture {
    type Output = Turn;

    fn poll(self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<Turn> {
        if self.queue.0.serving.get() == self.ticket {
            Poll::Ready(Turn(self.queue.clone()))
        } else {
            self.queue
                .0
                .waiting
                .borrow_mut()
                .push(context.waker().clone());
            Poll::Pending
        }
    }
}

/// Holds the turn; the next place goes when this is dropped.
pub struct Turn(SaveQueue);

impl Drop for Turn {
    fn drop(&mut self) {
        let inner = &self.0 .0;
        inner.serving.set(inner.serving.get() + 1);
        let waiting: Vec<Waker> = inner.waiting.borrow_mut().drain(..).collect();
        for waker in waiting {
            waker.wake();
        }
    }
}

/// Where the diary in memory stands with respect to storage.
#[derive(Debug, Clone, PartialEq)]
pub enum Persistence {
    /// In step with localStorage.
    Stored,
    /// Stored data could not be read: the app shows it can't, and writes nothing.
    Unreadable { raw: String, error: StorageError },
    /// Changes are kept in this tab only (storage unavailable, full, or the person chose to
    /// go on without their unreadable data); each change retries saving.
    MemoryOnly { reason: StorageError },
}

/// An action that can be undone, with the words the undo bar shows.
#[derive(Debug, Clone, PartialEq)]
pub struct UndoOffer {
    pub message: String,
    pub action: DiaryAction,
}

/// The diary and what the person should be told about it.
#[derive(Debug, Clone, PartialEq)]
pub struct DiaryState {
    pub diary: Rc<Diary>,
    pub persistence: Persistence,
    /// The last refused or unsaved change, in words.
    pub problem: Option<String>,
    pub undo: Option<UndoOffer>,
    /// The passphrase lock.
    pub lock: LockPhase,
    /// Whether the person blanked the screen ("Hide").
    pub hidden: bool,
    /// Changes made while storage refused them (full), oldest first: replayed one by one on the diary as stored
    /// once a save works again, so a change another tab saved meanwhile is never written over.
    unsaved: Vec<DiaryAction>,
    /// Bumped when another tab changed the locked diary, so this tab opens it again with its key.
    refresh: u32,
    queue: SaveQueue,
}

/// What can happen to the diary state.
pub enum DiaryMsg {
    /// A change went through (and was saved if `Stored`).
    Changed {
        diary: Diary,
        // Boxed: an undo offer can hold a whole attack, and most changes have none.
        undo: Option<Box<UndoOffer>>,
    },
    /// Another tab changed the stored diary.
    Reloaded(Loaded<Diary>),
    /// A change was valid but could not be saved: keep it in memory and say so. `unsaved` is every change
    /// not yet stored, oldest first.
    KeptInMemory {
        diary: Diary,
        reason: StorageError,
        unsaved: Vec<DiaryAction>,
    },
    /// Storage took every change kept in this tab again: the tab is back in step with the stored diary.
    /// `refused` names kept changes that no longer fitted the stored diary (changed in another tab).
    BackInStep {
        diary: Diary,
        undo: Option<Box<UndoOffer>>,
        refused: Vec<String>,
    },
    /// A change was refused; nothing changed.
    Refused(String),
    /// The person chose to start a new diary; the unreadable text is (or could not be) kept aside.
    StartedAfresh {
        aside_failed: Option<StorageError>,
    },
    DismissProblem,
    DismissUndo,
    /// The locked diary was opened (unlocked, locked just now, or its passphrase changed) with `key`.
    Unlocked {
        key: SealKey,
        diary: Diary,
    },
    /// A locked save went through: the diary as now stored (this tab's change on top of every other tab's).
    Saved(Diary),
    /// This tab re-opened the locked diary after another tab changed it.
    Opened(Diary),
    /// Drop the key and the diary from memory; `reason` says why, when it is not the person's own doing.
    Lock {
        reason: Option<String>,
    },
    /// The lock was removed: the diary is stored as plain text again.
    LockRemoved(Diary),
    /// Blank the screen (and lock, when the lock is on).
    Hide,
    /// Show the app again after [`DiaryMsg::Hide`].
    Show,
}

impl DiaryState {
    /// The state for what storage holds when the app opens.
    pub fn from_loaded(loaded: Result<Loaded<Diary>, StorageError>) -> Self {
        let lock = match &loaded {
            Ok(Loaded::Sealed { .. }) => LockPhase::Locked,
            _ => LockPhase::Off,
        };
        let (diary, persistence) = match loaded {
            // Nothing of a locked diary is read until the person unlocks it.
            Ok(Loaded::Sealed { .. }) => (Diary::default(), Persistence::Stored),
            Ok(Loaded::Missing) => (Diary::default(), Persistence::Stored),
            Ok(Loaded::Ready(diary)) => (diary, Persistence::Stored),
            Ok(Loaded::Unreadable { raw, error }) => {
                (Diary::default(), Persistence::Unreadable { raw, error })
            }
            Err(reason) => (Diary::default(), Persistence::MemoryOnly { reason }),
        };
        Self {
            diary: Rc::new(diary),
            persistence,
            problem: None,
            undo: None,
            lock,
            hidden: false,
            unsaved: Vec::new(),
            refresh: 0,
            queue: SaveQueue::default(),
        }
    }

    /// Whether the diary can take changes (not while unreadable data awaits a decision, nor while locked).
    pub fn accepts_changes(&self) -> bool {
        !matches!(self.persistence, Persistence::Unreadable { .. }) && !self.is_locked()
    }

    /// Whether the lock is on and closed: the diary is not in memory.
    pub fn is_locked(&self) -> bool {
        self.lock == LockPhase::Locked
    }

    /// Whether the diary is stored locked with a passphrase (open or not).
    pub fn lock_is_on(&self) -> bool {
        self.lock != LockPhase::Off
    }

    /// Forgets the diary and the key.
    fn close(&mut self, reason: Option<String>) {
        self.lock = LockPhase::Locked;
        self.diary = Rc::new(Diary::default());
        self.undo = None;
        self.problem = reason;
    }
}

impl Reducible for DiaryState {
    type Action = DiaryMsg;

    fn reduce(self: Rc<Self>, msg: Self::Action) -> Rc<Self> {
        let mut next = (*self).clone();
        // A result that arrives after the diary was locked (a save still under way, an idle lock) must not
        // bring the diary back into memory.
        if next.is_locked()
            && matches!(
                msg,
                DiaryMsg::Changed { .. }
                    | DiaryMsg::KeptInMemory { .. }
                    | DiaryMsg::BackInStep { .. }
                    | DiaryMsg::Saved(_)
                    | DiaryMsg::Opened(_)
            )
        {
            return self;
        }
        match msg {
            DiaryMsg::Changed { diary, undo } => {
                next.diary = Rc::new(diary);
                next.undo = undo.map(|offer| *offer);
                next.problem = None;
            }
            // Only a diary in step with storage follows other tabs: one holding changes that
            // could not be saved must not have them replaced by the stored copy.
            DiaryMsg::Reloaded(_) if next.persistence != Persistence::Stored => return self,
            DiaryMsg::Reloaded(loaded) => match loaded {
                // Gone (deleted in another tab) or plain again (the lock removed there): no lock here either.
                Loaded::Missing => {
                    next.lock = LockPhase::Off;
                    next.diary = Rc::new(Diary::default());
                }
                Loaded::Ready(diary) => {
                    next.lock = LockPhase::Off;
                    next.diary = Rc::new(diary);
                }
                Loaded::Unreadable { raw, error } => {
                    next.lock = LockPhase::Off;
                    next.persistence = Persistence::Unreadable { raw, error };
                }
                // Open here: read it again with the key held (see `DiaryProvider`); otherwise it is now locked.
                Loaded::Sealed { .. } => match next.lock {
                    LockPhase::Unlocked(_) => next.refresh = next.refresh.wrapping_add(1),
                    LockPhase::Locked => return self,
                    LockPhase::Off => next.close(None),
                },
            },
            DiaryMsg::KeptInMemory {
                diary,
                reason,
                unsaved,
            } => {
                next.diary = Rc::new(diary);
                next.problem = Some(reason.to_string());
                next.persistence = Persistence::MemoryOnly { reason };
                next.unsaved = unsaved;
            }
            DiaryMsg::BackInStep {
                diary,
                undo,
                refused,
            } => {
                next.diary = Rc::new(diary);
                next.persistence = Persistence::Stored;
                next.unsaved.clear();
                next.undo = undo.map(|offer| *offer);
                next.problem = (!refused.is_empty()).then(|| {
                    format!(
                        "Storage works again and your changes are saved, except {}: the diary was changed in another \
                         tab meanwhile ({}).",
                        if refused.len() == 1 { "one".to_string() } else { refused.len().to_string() },
                        refused.join("; ")
                    )
                });
            }
            DiaryMsg::Refused(message) => next.problem = Some(message),
            DiaryMsg::StartedAfresh { aside_failed } => {
                next.diary = Rc::new(Diary::default());
                next.unsaved.clear();
                next.persistence = match aside_failed {
                    None => Persistence::Stored,
                    Some(reason) => Persistence::MemoryOnly { reason },
                };
            }
            DiaryMsg::DismissProblem => next.problem = None,
            DiaryMsg::DismissUndo => next.undo = None,
            DiaryMsg::Unlocked { key, diary } => {
                next.lock = LockPhase::Unlocked(key);
                next.diary = Rc::new(diary);
                next.persistence = Persistence::Stored;
                next.problem = None;
                next.undo = None;
            }
            DiaryMsg::Saved(diary) | DiaryMsg::Opened(diary) => {
                if !matches!(next.lock, LockPhase::Unlocked(_)) {
                    return self;
                }
                next.diary = Rc::new(diary);
            }
            DiaryMsg::Lock { reason } => {
                if next.lock == LockPhase::Off {
                    return self;
                }
                next.close(reason);
            }
            DiaryMsg::LockRemoved(diary) => {
                next.lock = LockPhase::Off;
                next.diary = Rc::new(diary);
                next.persistence = Persistence::Stored;
            }
            DiaryMsg::Hide => {
                next.hidden = true;
                if next.lock != LockPhase::Off {
                    next.close(None);
                }
            }
            DiaryMsg::Show => next.hidden = false,
        }
        next.into()
    }
}

/// The handle components use to read the diary and change it.
pub type DiaryContext = UseReducerHandle<DiaryState>;

/// Applies `action` now, saving it, and offers Undo when there is something to undo.
/// `undo_message` is what the undo bar says ("Headache of 3 May deleted").
pub fn perform(handle: &DiaryContext, action: DiaryAction, undo_message: Option<String>) {
    let now = platform::now_local();
    let offer = |applied: &Applied| {
        applied
            .undo()
            .zip(undo_message.clone())
            .map(|(action, message)| Box::new(UndoOffer { message, action }))
    };
    match (&handle.lock, &handle.persistence) {
        (LockPhase::Locked, _) => handle.dispatch(DiaryMsg::Refused(
            "Your diary is locked. Unlock it to make changes.".into(),
        )),
        (LockPhase::Unlocked(key), _) => perform_locked(handle, key.clone(), action, now, &offer),
        (LockPhase::Off, Persistence::Unreadable { .. }) => handle.dispatch(DiaryMsg::Refused(
            "Your saved diary could not be read. Choose what to do with it first.".into(),
        )),
        (LockPhase::Off, Persistence::Stored) => match apply_to_stored(action.clone(), now) {
            Ok((diary, applied)) => handle.dispatch(DiaryMsg::Changed {
                undo: offer(&applied),
                diary,
            }),
            Err(DiaryUpdateError::NotSaved(reason)) => {
                keep_in_memory(handle, action, now, reason, &offer)
            }
            // Locked in another tab meanwhile: follow it (the storage event may not have arrived yet).
            Err(error @ DiaryUpdateError::Locked) => {
                if let Ok(loaded) = load_remembered() {
                    handle.dispatch(DiaryMsg::Reloaded(loaded));
                }
                handle.dispatch(DiaryMsg::Refused(error.to_string()));
            }
            Err(error) => handle.dispatch(DiaryMsg::Refused(error.to_string())),
        },
        (LockPhase::Off, Persistence::MemoryOnly { reason }) => {
            keep_in_memory(handle, action, now, reason.clone(), &offer)
        }
    }
}

/// The locked path: checked and shown at once on this tab's copy (so the screen answers the tap straight
/// away), then saved in turn on top of the stored diary. If the save fails, the person is told and the screen
/// goes back to what is stored, so nothing unsaved is shown as saved.
fn perform_locked(
    handle: &DiaryContext,
    key: SealKey,
    action: DiaryAction,
    now: chrono::NaiveDateTime,
    offer: &dyn Fn(&Applied) -> Option<Box<UndoOffer>>,
) {
    let mut shown = (*handle.diary).clone();
    let applied = match action.clone().apply(&mut shown, now) {
        Ok(applied) => applied,
        Err(error) => return handle.dispatch(DiaryMsg::Refused(error.to_string())),
    };
    handle.dispatch(DiaryMsg::Changed {
        undo: offer(&applied),
        diary: shown,
    });
    if !applied.changed() {
        return;
    }
    let (handle, turn) = (handle.clone(), handle.queue.turn());
    wasm_bindgen_futures::spawn_local(async move {
        let _turn = turn.await;
        match locked::apply(&key, action, now).await {
            Ok((diary, _)) => handle.dispatch(DiaryMsg::Saved(diary)),
            Err(error) => {
                follow_stored(&handle, &key).await;
                handle.dispatch(DiaryMsg::Refused(format!(
                    "This change was not saved. {error}"
                )));
            }
        }
    });
}

/// Brings this tab's open copy back in step with the stored locked diary. A key that no longer fits (the
/// passphrase was changed in another tab) locks this tab; a diary no longer locked is followed as plain.
async fn follow_stored(handle: &DiaryContext, key: &SealKey) {
    match locked::open_stored(key).await {
        Ok(diary) => handle.dispatch(DiaryMsg::Opened(diary)),
        Err(LockError::Crypto(CryptoError::WrongPassphrase)) => handle.dispatch(DiaryMsg::Lock {
            reason: Some(
                "The passphrase was changed in another tab. Type the new passphrase to unlock."
                    .into(),
            ),
        }),
        Err(LockError::NotLocked) => {
            if let Ok(loaded) = load_remembered() {
                handle.dispatch(DiaryMsg::Reloaded(loaded));
            }
        }
        Err(error) => handle.dispatch(DiaryMsg::Lock {
            reason: Some(error.to_string()),
        }),
    }
}

/// Opens the locked diary with `passphrase`. A wrong passphrase or damaged text is an error and nothing is
/// written or changed.
pub async fn unlock(handle: &DiaryContext, passphrase: &str) -> Result<(), LockError> {
    let _turn = handle.queue.turn().await;
    let (key, diary) = locked::unlock(passphrase).await?;
    handle.dispatch(DiaryMsg::Unlocked { key, diary });
    Ok(())
}

/// Turns the lock on with a new passphrase; the diary stays open in this tab.
pub async fn turn_on_lock(handle: &DiaryContext, passphrase: &str) -> Result<(), LockError> {
    let _turn = handle.queue.turn().await;
    let (key, diary) = locked::lock(passphrase).await?;
    handle.dispatch(DiaryMsg::Unlocked { key, diary });
    Ok(())
}

/// Replaces the passphrase (a new salt and key) once `current` has opened the diary.
pub async fn change_passphrase(
    handle: &DiaryContext,
    current: &str,
    new: &str,
) -> Result<(), LockError> {
    let _turn = handle.queue.turn().await;
    let (key, diary) = locked::change_passphrase(current, new).await?;
    handle.dispatch(DiaryMsg::Unlocked { key, diary });
    Ok(())
}

/// Removes the lock once `current` has opened the diary: it is stored as plain text again.
pub async fn remove_lock(handle: &DiaryContext, current: &str) -> Result<(), LockError> {
    let _turn = handle.queue.turn().await;
    let diary = locked::remove_lock(current).await?;
    handle.dispatch(DiaryMsg::LockRemoved(diary));
    Ok(())
}

/// Restores a backup into the locked, open diary (sealed with the key held), in turn with this tab's saves.
pub async fn restore_locked(
    handle: &DiaryContext,
    backup: &crate::storage::backup::Backup,
    mode: crate::storage::backup::Mode,
) -> Result<crate::storage::backup::Restored, crate::storage::backup::BackupError> {
    let _turn = handle.queue.turn().await;
    let LockPhase::Unlocked(key) = &handle.lock else {
        return Err(crate::storage::backup::BackupError::Locked);
    };
    let restored = locked::restore(key, backup, mode, platform::now_local()).await?;
    handle.dispatch(DiaryMsg::DismissUndo);
    handle.dispatch(DiaryMsg::Opened(restored.diary.clone()));
    Ok(restored)
}

/// Applies `action` to this tab's copy and tries to save that whole copy; on success the
/// diary is back in step with storage.
fn keep_in_memory(
    handle: &DiaryContext,
    action: DiaryAction,
    now: chrono::NaiveDateTime,
    reason: StorageError,
    offer: &dyn Fn(&Applied) -> Option<Box<UndoOffer>>,
) {
    // Locked in another tab meanwhile: a plain save would write the diary in the clear over the locked one.
    if local::read_raw(Diary::KEY)
        .ok()
        .flatten()
        .is_some_and(|raw| crate::storage::sealed::is_sealed(&raw))
    {
        return handle.dispatch(DiaryMsg::Refused(DiaryUpdateError::Locked.to_string()));
    }
    let mut diary = (*handle.diary).clone();
    let applied = match action.clone().apply(&mut diary, now) {
        Err(error) => return handle.dispatch(DiaryMsg::Refused(error.to_string())),
        Ok(applied) => applied,
    };
    let mut unsaved = handle.unsaved.clone();
    if applied.changed() {
        unsaved.push(action);
    }
    if reason == StorageError::Unavailable {
        return handle.dispatch(DiaryMsg::KeptInMemory {
            diary,
            reason,
            unsaved,
        });
    }
    // Never this tab's whole copy over the stored diary: each kept change, in order, on the diary as stored now.
    let mut refused = Vec::new();
    let mut stored = None;
    for (done, kept) in unsaved.iter().enumerate() {
        match apply_to_stored(kept.clone(), now) {
            Ok((now_stored, _)) => stored = Some(now_stored),
            Err(DiaryUpdateError::NotSaved(reason)) => {
                return handle.dispatch(DiaryMsg::KeptInMemory {
                    diary,
                    reason,
                    unsaved: unsaved[done..].to_vec(),
                });
            }
            // The stored diary cannot be read or is now locked: nothing is written; keep everything here.
            Err(error @ (DiaryUpdateError::StoredUnreadable(_) | DiaryUpdateError::Locked)) => {
                handle.dispatch(DiaryMsg::KeptInMemory {
                    diary,
                    reason,
                    unsaved: unsaved[done..].to_vec(),
                });
                return handle.dispatch(DiaryMsg::Refused(error.to_string()));
            }
            Err(DiaryUpdateError::Invalid(error)) => refused.push(error.to_string()),
        }
    }
    let diary = match stored {
        Some(diary) => diary,
        // Nothing had to be replayed: this tab's copy holds nothing unsaved, so it stands unless storage
        // has a readable newer diary.
        None => match load_remembered() {
            Ok(Loaded::Ready(stored)) => stored,
            _ => diary,
        },
    };
    handle.dispatch(DiaryMsg::BackInStep {
        diary,
        undo: offer(&applied),
        refused,
    });
}

/// Starts a new, empty diary after keeping the unreadable text aside under its own key.
pub fn start_afresh(handle: &DiaryContext) {
    let Persistence::Unreadable { raw, .. } = &handle.persistence else {
        return;
    };
    // Only once the unreadable text is safe under its own key may the diary's key be reused.
    let aside_failed = local::save_after_keeping_aside(&Diary::default(), Some(raw)).err();
    handle.dispatch(DiaryMsg::StartedAfresh { aside_failed });
}

/// Brings this tab back in step with storage after the stored diary was replaced or removed as a whole (a
/// restore, "Delete all my data"): what is stored now is the truth, whatever this tab held before, and any
/// pending undo or message belongs to the diary that is gone.
pub fn reload(handle: &DiaryContext) {
    match load_remembered() {
        Ok(loaded) => {
            handle.dispatch(DiaryMsg::StartedAfresh { aside_failed: None });
            handle.dispatch(DiaryMsg::Reloaded(loaded));
        }
        Err(reason) => handle.dispatch(DiaryMsg::StartedAfresh {
            aside_failed: Some(reason),
        }),
    }
    handle.dispatch(DiaryMsg::DismissUndo);
    handle.dispatch(DiaryMsg::DismissProblem);
}

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
            let listener = platform::StorageListener::on_key(Diary::KEY, move || {
                if let Ok(loaded) = load_remembered() {
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

/// The diary context; `None` only outside [`DiaryProvider`].
#[hook]
pub fn use_diary() -> Option<DiaryContext> {
    use_context::<DiaryContext>()
}
