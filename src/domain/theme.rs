//! The person's colour-theme choice and how it resolves against the system setting.
//!
//! Light hurts during a migraine, so the app follows `prefers-color-scheme` unless the person
//! has picked a theme, and a single tap switches between light and dark from any screen.

use serde::{Deserialize, Serialize};

/// What the person chose in settings. `System` follows the device's light/dark setting.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemePreference {
    #[default]
    System,
    Light,
    Dark,
}

/// The theme actually shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl ThemePreference {
    /// Every choice, in the order settings lists them.
    pub const ALL: [ThemePreference; 3] = [Self::System, Self::Light, Self::Dark];

    /// The theme to show, given whether the device currently asks for a dark scheme.
    pub fn resolve(self, system_prefers_dark: bool) -> Theme {
        match self {
            Self::System if system_prefers_dark => Theme::Dark,
            Self::System | Self::Light => Theme::Light,
            Self::Dark => Theme::Dark,
        }
    }

    /// The choice the one-tap switch makes: always an explicit theme, the opposite of what is
    /// shown now (so "System" showing dark switches to an explicit light).
    pub fn toggled(self, system_prefers_dark: bool) -> ThemePreference {
        match self.resolve(system_prefers_dark) {
            Theme::Light => Self::Dark,
            Theme::Dark => Self::Light,
        }
    }

    /// The value written to `<html data-theme>`; `None` leaves the choice to the CSS media query.
    pub fn data_attribute(self) -> Option<&'static str> {
        match self {
            Self::System => None,
            Self::Light => Some("light"),
            Self::Dark => Some("dark"),
        }
    }

    /// How settings names the choice.
    pub fn label(self) -> &'static str {
        match self {
            Self::System => "Same as my device",
            Self::Light => "Light",
            Self::Dark => "Dark (low light)",
        }
    }

    /// A stable identifier for form controls and tests.
    pub fn key(self) -> &'static str {
        match self {
            Self::System => "system",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }
}

impl Theme {
    /// The accessible name of the one-tap switch while this theme is shown.
    pub fn switch_label(self) -> &'static str {
        match self {
            Theme::Light => "Switch to dark theme",
            Theme::Dark => "Switch to light theme",
        }
    }
}
