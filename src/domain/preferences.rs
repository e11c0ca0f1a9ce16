//! The person's app settings, stored on this device only.

use serde::{Deserialize, Serialize};

use super::theme::ThemePreference;

/// Settings that shape how the app looks and behaves.
///
/// New fields must have a default (`#[serde(default)]` on the struct) so settings saved by an
/// earlier build still load without a version change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub theme: ThemePreference,
    /// Whether the diary offers period logging and cycle days. On unless switched off, since
    /// a menstrual pattern (ICHD-3 A1.1) needs logging from the start; people it does not
    /// concern switch it off in settings.
    pub track_cycle: bool,
    /// Minutes without input after which a diary locked with a passphrase locks itself again (one of
    /// [`AUTO_LOCK_CHOICES`]). Only used while the lock is on. Left out of the stored text while it is the
    /// default, so settings that never touched the lock are stored exactly as before it existed.
    #[serde(skip_serializing_if = "is_default_auto_lock")]
    pub auto_lock_minutes: u32,
    /// With the lock on, the lock screen and the home page still offer "Headache now": only the start time is
    /// stored, unencrypted, until the next unlock moves it into the locked diary. Off unless the person turns it
    /// on (Settings says plainly what it stores).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub log_start_while_locked: bool,
}

/// The idle times offered for the diary lock, in minutes.
pub const AUTO_LOCK_CHOICES: [u32; 4] = [1, 5, 15, 60];

/// The idle time before the diary locks itself, unless the person chose another.
pub const DEFAULT_AUTO_LOCK_MINUTES: u32 = 5;

fn is_default_auto_lock(minutes: &u32) -> bool {
    *minutes == DEFAULT_AUTO_LOCK_MINUTES
}

impl Preferences {
    /// The idle time to use: the stored choice if it is one offered, else the default (a hand-edited or damaged
    /// value never means "never lock").
    pub fn auto_lock_minutes(&self) -> u32 {
        if AUTO_LOCK_CHOICES.contains(&self.auto_lock_minutes) {
            self.auto_lock_minutes
        } else {
            DEFAULT_AUTO_LOCK_MINUTES
        }
    }
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            theme: ThemePreference::System,
            track_cycle: true,
            auto_lock_minutes: DEFAULT_AUTO_LOCK_MINUTES,
            log_start_while_locked: false,
        }
    }
}
