//! The clinic's configuration built into the app: `config/clinic.json` as `build.rs` checked it with
//! [`ClinicConfig::parse`] at build time, kept as constants so start-up parses no JSON and recomputes no contrast.

use super::clinic::{AccentColours, ClinicConfig};

include!(concat!(env!("OUT_DIR"), "/clinic_built_in.rs"));

impl ClinicConfig {
    /// The configuration built into the app, or [`ClinicConfig::default`] if the file could not be used (the
    /// build then warned): a broken clinic file must never hide the emergency number.
    pub fn built_in() -> ClinicConfig {
        ClinicConfig {
            name: BUILT_IN_NAME.into(),
            phone: BUILT_IN_PHONE.into(),
            booking_url: BUILT_IN_BOOKING_URL.into(),
            emergency_number: BUILT_IN_EMERGENCY_NUMBER.into(),
            accent: BUILT_IN_ACCENT.map(|(light, dark)| AccentColours {
                light: light.into(),
                dark: dark.into(),
            }),
            logo: BUILT_IN_LOGO.into(),
            embed_origins: BUILT_IN_EMBED_ORIGINS
                .iter()
                .map(|&origin| origin.into())
                .collect(),
        }
    }

    /// The built-in accent for light and for dark pages as `#rrggbb`, already checked for contrast at build
    /// time; `None` when the clinic set none.
    pub fn built_in_accent() -> Option<(&'static str, &'static str)> {
        BUILT_IN_ACCENT
    }
}
