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
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            theme: ThemePreference::System,
            track_cycle: true,
        }
    }
}
