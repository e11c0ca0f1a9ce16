//! The diary shared through context.
//!
//! Every change goes through [`perform`], which applies a [`DiaryAction`] to the diary as
//! stored *now* and saves it (see `storage::diary::apply_to_stored`), so two tabs cannot
//! overwrite each other. The reducer itself is pure: it only takes in results.
//!
//! Where the stored diary cannot be read, nothing is ever written until the person has been
//! told, offered the raw text as a download, and has chosen to start again (the raw text is
//! then kept aside under its own key first).

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::diary::{Applied, Diary, DiaryAction};
use crate::platform;
use crate::storage::diary::{apply_to_stored, DiaryUpdateError};
use crate::storage::{local, Document, Loaded, StorageError};

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
    /// A change was valid but could not be saved: keep it in memory and say so.
    KeptInMemory {
        diary: Diary,
        reason: StorageError,
    },
    /// A change was refused; nothing changed.
    Refused(String),
    /// The person chose to start a new diary; the unreadable text is (or could not be) kept aside.
    StartedAfresh {
        aside_failed: Option<StorageError>,
    },
    DismissProblem,
    DismissUndo,
}

impl DiaryState {
    /// The state for what storage holds when the app opens.
    pub fn from_loaded(loaded: Result<Loaded<Diary>, StorageError>) -> Self {
        let (diary, persistence) = match loaded {
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
        }
    }

    /// Whether the diary can take changes (not while unreadable data awaits a decision).
    pub fn accepts_changes(&self) -> bool {
        !matches!(self.persistence, Persistence::Unreadable { .. })
    }
}

impl Reducible for DiaryState {
    type Action = DiaryMsg;

    fn reduce(self: Rc<Self>, msg: Self::Action) -> Rc<Self> {
        let mut next = (*self).clone();
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
                Loaded::Missing => next.diary = Rc::new(Diary::default()),
                Loaded::Ready(diary) => next.diary = Rc::new(diary),
                Loaded::Unreadable { raw, error } => {
                    next.persistence = Persistence::Unreadable { raw, error };
                }
            },
            DiaryMsg::KeptInMemory { diary, reason } => {
                next.diary = Rc::new(diary);
                next.problem = Some(reason.to_string());
                next.persistence = Persistence::MemoryOnly { reason };
            }
            DiaryMsg::Refused(message) => next.problem = Some(message),
            DiaryMsg::StartedAfresh { aside_failed } => {
                next.diary = Rc::new(Diary::default());
                next.persistence = match aside_failed {
                    None => Persistence::Stored,
                    Some(reason) => Persistence::MemoryOnly { reason },
                };
            }
            DiaryMsg::DismissProblem => next.problem = None,
            DiaryMsg::DismissUndo => next.undo = None,
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
    match &handle.persistence {
        Persistence::Unreadable { .. } => handle.dispatch(DiaryMsg::Refused(
            "Your saved diary could not be read. Choose what to do with it first.".into(),
        )),
        Persistence::Stored => match apply_to_stored(action.clone(), now) {
            Ok((diary, applied)) => handle.dispatch(DiaryMsg::Changed {
                undo: offer(&applied),
                diary,
            }),
            Err(DiaryUpdateError::NotSaved(reason)) => {
                keep_in_memory(handle, action, now, reason, &offer)
            }
            Err(error) => handle.dispatch(DiaryMsg::Refused(error.to_string())),
        },
        Persistence::MemoryOnly { reason } => {
            keep_in_memory(handle, action, now, reason.clone(), &offer)
        }
    }
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
    let mut diary = (*handle.diary).clone();
    match action.apply(&mut diary, now) {
        Err(error) => handle.dispatch(DiaryMsg::Refused(error.to_string())),
        Ok(applied) => match local::save(&diary) {
            Ok(()) if reason != StorageError::Unavailable => handle.dispatch(DiaryMsg::Changed {
                undo: offer(&applied),
                diary,
            }),
            Ok(()) | Err(_) => handle.dispatch(DiaryMsg::KeptInMemory { diary, reason }),
        },
    }
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
    match local::load::<Diary>() {
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

/// Loads the diary once and keeps it in step with other tabs.
#[component]
pub fn DiaryProvider(props: &DiaryProviderProps) -> Html {
    let state = use_reducer(|| DiaryState::from_loaded(local::load::<Diary>()));
    {
        let handle = state.clone();
        use_effect_with((), move |_| {
            let listener = platform::StorageListener::on_key(Diary::KEY, move || {
                if let Ok(loaded) = local::load::<Diary>() {
                    handle.dispatch(DiaryMsg::Reloaded(loaded));
                }
            });
            move || drop(listener)
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
