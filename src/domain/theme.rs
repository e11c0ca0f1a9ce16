//! The person's colour-theme choice and how it resolves against the system setting.
//!
//! Light hurts during a migraine, so the app follows `prefers-color-scheme` unless the person
//! has picked a theme, a single tap switches between light and a dark theme from any screen,
//! and settings offer a third, dimmer theme for a dark room.

use serde::{Deserialize, Serialize};

/// What the person chose in settings. `System` follows the device's light/dark setting.
///
/// Stored as a lowercase word (`"system"`, `"light"`, `"dark"`, `"dim"`); the first three are
/// what earlier versions stored, so their settings load unchanged.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemePreference {
    #[default]
    System,
    Light,
    Dark,
    /// Very low luminance, text well below white, muted accents: photophobia is one of the
    /// ICHD-3 1.1 criterion D symptoms, and even a dark theme can glare in a dark room.
    Dim,
}

/// The theme actually shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    Dim,
}

impl ThemePreference {
    /// Every choice, in the order settings lists them (brightest to dimmest after "device").
    pub const ALL: [ThemePreference; 4] = [Self::System, Self::Light, Self::Dark, Self::Dim];

    /// The theme to show, given whether the device currently asks for a dark scheme.
    pub fn resolve(self, system_prefers_dark: bool) -> Theme {
        match self {
            Self::System if system_prefers_dark => Theme::Dark,
            Self::System | Self::Light => Theme::Light,
            Self::Dark => Theme::Dark,
            Self::Dim => Theme::Dim,
        }
    }

    /// The choice the one-tap switch makes: always an explicit theme, the opposite of what is
    /// shown now (so "System" showing dark switches to an explicit light).
    // Two states, not a light → dark → dim cycle: someone in pain taps to get the light out of
    // their eyes and must get the same result every time, without reading which step of a cycle
    // they are on. A cycle would also make a stray second tap from dark go dimmer and a third
    // flash full light. Dim is a considered choice for a dark room, made once in settings and
    // kept; from dim (as from dark) the switch goes to light, which its label and icon say.
    pub fn toggled(self, system_prefers_dark: bool) -> ThemePreference {
        match self.resolve(system_prefers_dark) {
            Theme::Light => Self::Dark,
            Theme::Dark | Theme::Dim => Self::Light,
        }
    }

    /// The value written to `<html data-theme>`; `None` leaves the choice to the CSS media query.
    pub fn data_attribute(self) -> Option<&'static str> {
        match self {
            Self::System => None,
            Self::Light => Some("light"),
            Self::Dark => Some("dark"),
            Self::Dim => Some("dim"),
        }
    }

    /// How settings names the choice.
    pub fn label(self) -> &'static str {
        match self {
            Self::System => "Same as my device",
            Self::Light => "Light",
            Self::Dark => "Dark (low light)",
            Self::Dim => "Dim (darkest, for a dark room)",
        }
    }

    /// A sentence settings can show under the choice, where one helps.
    pub fn hint(self) -> Option<&'static str> {
        match self {
            // Every text colour in dim still meets WCAG AA (4.5:1), hence "stays readable".
            Self::Dim => Some(
                "Very little light from the screen and soft colours, for a dark room or when \
                 light hurts. Text stays readable.",
            ),
            Self::System | Self::Light | Self::Dark => None,
        }
    }

    /// A stable identifier for form controls and tests.
    pub fn key(self) -> &'static str {
        match self {
            Self::System => "system",
            Self::Light => "light",
            Self::Dark => "dark",
            Self::Dim => "dim",
        }
    }
}

impl Theme {
    /// The accessible name of the one-tap switch while this theme is shown.
    pub fn switch_label(self) -> &'static str {
        match self {
            Theme::Light => "Switch to dark theme",
            Theme::Dark | Theme::Dim => "Switch to light theme",
        }
    }
}
