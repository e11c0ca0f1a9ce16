//! Settings shared through context: loaded once from storage, saved after each change the
//! person makes (never on load, so an unreadable stored copy is not overwritten by defaults).

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::preferences::Preferences;
use crate::domain::theme::ThemePreference;
use crate::platform;
use crate::state::document::{use_saved_document, SavedDocument};
use crate::storage::{Loaded, StorageError};

/// The settings in use and what storage said about them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PreferencesState {
    pub preferences: Preferences,
    /// A storage problem the person should hear about.
    pub problem: Option<StorageError>,
    /// Stored settings that could not be read, to be kept aside before the first save.
    unreadable_raw: Option<String>,
    /// Counts the person's changes; only these are saved.
    revision: u32,
    /// The fields changed here since the last save: only these are written onto the stored settings.
    changed: ChangedFields,
}

/// Which settings this tab changed since it last saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct ChangedFields {
    theme: bool,
    track_cycle: bool,
    auto_lock_minutes: bool,
    log_start_while_locked: bool,
}

/// What can happen to the settings.
pub enum PreferencesAction {
    SetTheme(ThemePreference),
    SetTrackCycle(bool),
    /// The idle time (minutes) before a locked diary locks itself again.
    SetAutoLockMinutes(u32),
    /// Whether "Headache now" is offered while the diary is locked (only the start time stored in the clear).
    SetLogStartWhileLocked(bool),
    KeptAside,
    SaveFailed(StorageError),
    DismissProblem,
    /// The stored settings were replaced as a whole (restore, delete all): this is what storage holds now.
    Reloaded(Box<PreferencesState>),
    /// These settings are now stored; nothing is left to save.
    Saved(Preferences),
    /// Another tab stored these settings.
    Followed(Preferences),
}

impl PreferencesState {
    /// The state for what storage holds. An unreadable copy gives defaults plus a message, and
    /// is remembered so it can be kept aside before anything is written.
    pub fn from_loaded(loaded: Result<Loaded<Preferences>, StorageError>) -> Self {
        match loaded {
            Ok(Loaded::Missing) => Self::default(),
            Ok(Loaded::Ready(preferences)) => Self {
                preferences,
                ..Self::default()
            },
            Ok(Loaded::Unreadable { raw, error }) => Self {
                problem: Some(error),
                unreadable_raw: Some(raw),
                ..Self::default()
            },
            // This build never seals settings; text that looks sealed is kept aside like unreadable text.
            Ok(Loaded::Sealed { raw }) => Self {
                problem: Some(StorageError::WrongShape("it is locked".into())),
                unreadable_raw: Some(raw),
                ..Self::default()
            },
            Err(error) => Self {
                problem: Some(error),
                ..Self::default()
            },
        }
    }
}

impl Reducible for PreferencesState {
    type Action = PreferencesAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            PreferencesAction::SetTheme(theme) => {
                if next.preferences.theme == theme {
                    return self;
                }
                next.preferences.theme = theme;
                next.changed.theme = true;
                next.revision += 1;
            }
            PreferencesAction::SetTrackCycle(on) => {
                if next.preferences.track_cycle == on {
                    return self;
                }
                next.preferences.track_cycle = on;
                next.changed.track_cycle = true;
                next.revision += 1;
            }
            PreferencesAction::SetAutoLockMinutes(minutes) => {
                if next.preferences.auto_lock_minutes == minutes {
                    return self;
                }
                next.preferences.auto_lock_minutes = minutes;
                next.changed.auto_lock_minutes = true;
                next.revision += 1;
            }
            PreferencesAction::SetLogStartWhileLocked(on) => {
                if next.preferences.log_start_while_locked == on {
                    return self;
                }
                next.preferences.log_start_while_locked = on;
                next.changed.log_start_while_locked = true;
                next.revision += 1;
            }
            PreferencesAction::KeptAside => next.unreadable_raw = None,
            PreferencesAction::SaveFailed(error) => next.problem = Some(error),
            PreferencesAction::DismissProblem => next.problem = None,
            // Keeps counting revisions from here, so the reload is never mistaken for a change to save.
            PreferencesAction::Saved(saved) => {
                next.preferences = saved;
                next.changed = ChangedFields::default();
            }
            PreferencesAction::Followed(stored) => {
                next.preferences = next.merged_onto(stored);
            }
            PreferencesAction::Reloaded(stored) => {
                next = PreferencesState {
                    revision: next.revision,
                    ..*stored
                }
            }
        }
        next.into()
    }
}

/// The handle components use to read and change settings.
pub type PreferencesContext = UseReducerHandle<PreferencesState>;

#[derive(Properties, PartialEq)]
pub struct PreferencesProviderProps {
    #[prop_or_default]
    pub children: Html,
}

impl SavedDocument for PreferencesState {
    type Doc = Preferences;

    fn from_loaded(loaded: Result<Loaded<Preferences>, StorageError>) -> Self {
        PreferencesState::from_loaded(loaded)
    }
    fn to_document(&self) -> Preferences {
        self.preferences.clone()
    }
    fn merged_onto(&self, mut stored: Preferences) -> Preferences {
        if self.changed.theme {
            stored.theme = self.preferences.theme;
        }
        if self.changed.track_cycle {
            stored.track_cycle = self.preferences.track_cycle;
        }
        if self.changed.auto_lock_minutes {
            stored.auto_lock_minutes = self.preferences.auto_lock_minutes;
        }
        if self.changed.log_start_while_locked {
            stored.log_start_while_locked = self.preferences.log_start_while_locked;
        }
        stored
    }
    fn unreadable_raw(&self) -> Option<&str> {
        self.unreadable_raw.as_deref()
    }
    fn revision(&self) -> u32 {
        self.revision
    }
    fn kept_aside() -> PreferencesAction {
        PreferencesAction::KeptAside
    }
    fn save_failed(error: StorageError) -> PreferencesAction {
        PreferencesAction::SaveFailed(error)
    }
    fn reloaded(state: Self) -> PreferencesAction {
        PreferencesAction::Reloaded(Box::new(state))
    }
    fn saved(saved: Preferences) -> PreferencesAction {
        PreferencesAction::Saved(saved)
    }
    fn followed(stored: Preferences) -> PreferencesAction {
        PreferencesAction::Followed(stored)
    }
}

/// Loads settings, applies the theme to the page and saves each change.
#[component]
pub fn PreferencesProvider(props: &PreferencesProviderProps) -> Html {
    let state = use_saved_document::<PreferencesState>();

    use_effect_with(state.preferences.theme, |theme| {
        platform::apply_theme_attribute(theme.data_attribute());
    });

    html! {
        <ContextProvider<PreferencesContext> context={state}>
            { props.children.clone() }
        </ContextProvider<PreferencesContext>>
    }
}

/// The settings context; `None` only outside [`PreferencesProvider`], where components
/// leave out the controls that need it rather than crash.
#[hook]
pub fn use_preferences() -> Option<PreferencesContext> {
    use_context::<PreferencesContext>()
}

/// Whether periods are logged and cycle days shown: the person's switch, and on where there are no settings
/// (outside the provider), as it is by default.
pub fn tracks_cycle(preferences: Option<&PreferencesContext>) -> bool {
    preferences.is_none_or(|handle| handle.preferences.track_cycle)
}
