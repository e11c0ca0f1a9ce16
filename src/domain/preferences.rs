//! The person's app settings, stored on this device only.

use serde::{Deserialize, Serialize};

use super::theme::ThemePreference;

/// Settings that shape how the app looks and behaves.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub theme: ThemePreference,
}
