//! The diary's state and its pure reducer: it only takes in results (a change applied, a save done, another tab's
//! diary read). Effects live in `commands.rs`.
//!
//! Why a tab holds a copy of the diary beside the stored one: the screen must answer a tap at once and keep
//! showing what was logged when storage refuses a write (full, disabled), while the stored copy is the truth
//! every change is applied to, so that two open tabs never write over each other.

use std::rc::Rc;

use thiserror::Error;
use yew::prelude::*;

use super::queue::SaveQueue;
use crate::domain::diary::{Diary, DiaryAction, DiaryError};
use crate::storage::diary::DiaryUpdateError;
use crate::storage::locked::LockError;
use crate::storage::sealing::SealKey;
use crate::storage::{Loaded, StorageError};

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

/// Why the last change did not go through, or why the diary closed: values, worded only where shown
/// ([`DiaryProblem`]'s `Display`), so no code ever branches on a message.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum DiaryProblem {
    /// The lock is on and closed.
    #[error("Your diary is locked. Unlock it to make changes.")]
    Locked,
    /// The stored diary cannot be read and the person has not chosen what to do yet.
    #[error("Your saved diary could not be read. Choose what to do with it first.")]
    Unreadable,
    /// The change breaks one of the diary's rules.
    #[error(transparent)]
    Invalid(#[from] DiaryError),
    /// Storage did not take the change (plain diary).
    #[error(transparent)]
    Update(#[from] DiaryUpdateError),
    /// The change is kept in this tab only.
    #[error(transparent)]
    NotSaved(StorageError),
    /// A change to the locked diary was shown but could not be saved; the screen went back to what is stored.
    #[error("This change was not saved. {0}")]
    LockedSaveFailed(LockError),
    /// Storage works again, but kept changes no longer fitted the diary as another tab had changed it.
    #[error("Storage works again and your changes are saved, except {}: the diary was changed in another tab meanwhile ({}).", count_words(.0.len()), join_errors(.0))]
    NotReplayed(Vec<DiaryError>),
    /// The diary was locked for a reason the person did not choose.
    #[error(transparent)]
    LockedBecause(LockReason),
}

impl DiaryProblem {
    /// The diary's own refusal behind this problem, whichever save path met it.
    pub fn refusal(&self) -> Option<&DiaryError> {
        match self {
            DiaryProblem::Invalid(error)
            | DiaryProblem::Update(DiaryUpdateError::Invalid(error)) => Some(error),
            _ => None,
        }
    }
}

/// Why this tab closed the locked diary on its own.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum LockReason {
    /// The key held here no longer opens the stored diary.
    #[error("The passphrase was changed in another tab. Type the new passphrase to unlock.")]
    PassphraseChangedElsewhere,
    /// The stored locked diary could not be opened again.
    #[error(transparent)]
    CannotReopen(LockError),
}

fn count_words(count: usize) -> String {
    if count == 1 {
        "one".to_string()
    } else {
        count.to_string()
    }
}

fn join_errors(errors: &[DiaryError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
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
    /// The last refused or unsaved change, as a value; the view words it.
    pub problem: Option<DiaryProblem>,
    /// Where the refused change was asked for (a control's place name, see [`super::perform_from`]): that control
    /// shows the refusal beside itself, and the notice at the top of the page leaves it out. `None`: the top.
    pub problem_at: Option<&'static str>,
    /// The place of the change asked for last (set before each change), given to a refusal that follows.
    pub(super) acting_from: Option<&'static str>,
    pub undo: Option<UndoOffer>,
    /// The passphrase lock.
    pub lock: LockPhase,
    /// Whether the person blanked the screen ("Hide").
    pub hidden: bool,
    /// Changes made while storage refused them (full), oldest first: replayed one by one on the diary as stored
    /// once a save works again, so a change another tab saved meanwhile is never written over.
    pub(super) unsaved: Vec<DiaryAction>,
    /// Bumped when another tab changed the locked diary, so this tab opens it again with its key.
    pub(super) refresh: u32,
    pub(super) queue: SaveQueue,
    /// A long stored diary is being read after the first paint ([`DiaryState::opening`]): until it is, nothing
    /// shows it ([`super::use_diary`] gives `None`, as outside the provider) and no change is taken.
    pub opening: bool,
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
        refused: Vec<DiaryError>,
    },
    /// A change was refused; nothing changed.
    Refused(DiaryProblem),
    /// The next change is asked for from this place (`None`: no place of its own).
    ActingFrom(Option<&'static str>),
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
    /// The long stored diary, read after the first paint (see [`DiaryState::opening`]).
    Read(Result<Loaded<Diary>, StorageError>),
    /// This tab re-opened the locked diary after another tab changed it.
    Opened(Diary),
    /// Drop the key and the diary from memory; `reason` says why, when it is not the person's own doing.
    Lock {
        reason: Option<LockReason>,
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
            problem_at: None,
            acting_from: None,
            undo: None,
            lock,
            hidden: false,
            unsaved: Vec::new(),
            refresh: 0,
            queue: SaveQueue::default(),
            opening: false,
        }
    }

    /// The state while a long stored diary waits to be read after the first paint (`storage::diary::
    /// read_after_first_paint`): nothing of it in memory yet, nothing shown as if it were empty, no change taken.
    pub fn opening() -> Self {
        Self {
            opening: true,
            ..Self::from_loaded(Ok(Loaded::Missing))
        }
    }

    /// Whether the diary can take changes (not while unreadable data awaits a decision, nor while locked).
    pub fn accepts_changes(&self) -> bool {
        !self.opening
            && !matches!(self.persistence, Persistence::Unreadable { .. })
            && !self.is_locked()
    }

    /// Whether the lock is on and closed: the diary is not in memory.
    pub fn is_locked(&self) -> bool {
        self.lock == LockPhase::Locked
    }

    /// Whether this tab holds changes that storage has not taken (full or blocked): leaving the page would lose
    /// them, so the app asks first.
    pub fn has_unsaved_changes(&self) -> bool {
        !self.unsaved.is_empty()
    }

    /// Whether the diary is stored locked with a passphrase (open or not).
    pub fn lock_is_on(&self) -> bool {
        self.lock != LockPhase::Off
    }

    /// Forgets the diary and the key.
    fn close(&mut self, reason: Option<LockReason>) {
        self.lock = LockPhase::Locked;
        self.diary = Rc::new(Diary::default());
        self.undo = None;
        self.problem = reason.map(DiaryProblem::LockedBecause);
    }
}

impl Reducible for DiaryState {
    type Action = DiaryMsg;

    fn reduce(self: Rc<Self>, msg: Self::Action) -> Rc<Self> {
        // Until the long stored diary is read, only a read of storage moves on: this tab's own read, or another
        // tab's save (the newer text); anything else would act on a diary that is not there yet.
        // "Hide" works from the first frame.
        if self.opening {
            let hidden = match msg {
                DiaryMsg::Hide => true,
                DiaryMsg::Show => false,
                _ => self.hidden,
            };
            let next = match msg {
                DiaryMsg::Read(loaded) => Self::from_loaded(loaded),
                DiaryMsg::Reloaded(loaded) => Self::from_loaded(Ok(loaded)),
                DiaryMsg::Hide | DiaryMsg::Show => (*self).clone(),
                _ => return self,
            };
            return Rc::new(Self { hidden, ..next });
        }
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
            // A diary holding changes that could not be saved must not have them replaced by the stored copy.
            DiaryMsg::Reloaded(_) if matches!(next.persistence, Persistence::MemoryOnly { .. }) => {
                return self
            }
            // While the stored diary is unreadable, this tab still follows storage: another tab may have started
            // a new diary (then this one shows it, and can never start afresh over it) or stored other text.
            DiaryMsg::Reloaded(loaded)
                if matches!(next.persistence, Persistence::Unreadable { .. }) =>
            {
                match loaded {
                    Loaded::Unreadable { raw, error } => {
                        next.persistence = Persistence::Unreadable { raw, error }
                    }
                    Loaded::Missing => {
                        next.persistence = Persistence::Stored;
                        next.diary = Rc::new(Diary::default());
                    }
                    Loaded::Ready(diary) => {
                        next.persistence = Persistence::Stored;
                        next.diary = Rc::new(diary);
                    }
                    Loaded::Sealed { .. } => {
                        next.persistence = Persistence::Stored;
                        next.close(None);
                    }
                }
            }
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
                next.problem = Some(DiaryProblem::NotSaved(reason.clone()));
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
                next.problem = (!refused.is_empty()).then_some(DiaryProblem::NotReplayed(refused));
            }
            DiaryMsg::Refused(problem) => {
                // A change the diary's rules refused belongs beside the control that asked for it; storage or
                // the lock concern the whole diary and are said at the top.
                next.problem_at = match problem {
                    DiaryProblem::Invalid(_)
                    | DiaryProblem::Update(DiaryUpdateError::Invalid(_)) => next.acting_from,
                    _ => None,
                };
                next.problem = Some(problem);
                return next.into();
            }
            DiaryMsg::ActingFrom(place) => next.acting_from = place,
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
            // Another tab's save was read first (the diary is open already, with the newer text).
            DiaryMsg::Read(_) => return self,
        }
        // Any other message that set or cleared the problem: what it says is not a control's refusal.
        if next.problem != self.problem {
            next.problem_at = None;
        }
        next.into()
    }
}
