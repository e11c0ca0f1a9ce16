//! The clinic's call to action and the emergency number to show, read from the one configuration file
//! `config/clinic.json` at build time; a file that cannot be read falls back to neutral placeholders, never a crash.
//!
//! The same file also says how the app fits the clinic's site: its accent colour (checked for contrast here), its
//! logo, and which sites may show the app in an iframe (`embed_origins`, written into the `frame-ancestors` header
//! by `scripts/post-build.mjs`, which also copies the logo into the build).

use serde::{Deserialize, Serialize};

use super::colour::{Rgb, AA_TEXT};

/// The configuration file's text. `build.rs` checks it with [`ClinicConfig::parse`] and builds the result into the
/// app ([`ClinicConfig::built_in`], in `clinic_built_in.rs`), so changing the clinic needs no code change.
pub const CLINIC_JSON: &str = include_str!("../../config/clinic.json");

/// Who to contact: the clinic that hosts the self-check, and the emergency number shown on urgent results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClinicConfig {
    /// The clinic's name, e.g. "Your headache clinic".
    pub name: String,
    /// The clinic's phone number as people should read it; empty hides the phone link.
    #[serde(default)]
    pub phone: String,
    /// Where to book an appointment (`https://` or `http://` only); empty hides the booking link.
    #[serde(default)]
    pub booking_url: String,
    /// The emergency number to show on "go now" results, e.g. "112" or "911".
    pub emergency_number: String,
    /// The clinic's colour for buttons and links; used only where it keeps text readable (see
    /// [`ClinicConfig::accent_colours`]). The dim theme keeps its own muted colours.
    #[serde(default)]
    pub accent: Option<AccentColours>,
    /// The clinic's logo: a file name in `config/` (`.svg` or `.png`), copied beside the app at build
    /// time and shown in the header; empty for none.
    #[serde(default)]
    pub logo: String,
    /// Sites allowed to show the app in an iframe, as bare origins (`https://www.your-clinic.org`). The
    /// app's own origin is always allowed; no list means no other site may frame it.
    #[serde(default)]
    pub embed_origins: Vec<String>,
}

/// The clinic's accent colour for light pages and for dark pages, each `#rrggbb`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccentColours {
    pub light: String,
    pub dark: String,
}

/// The app's own colours an accent must stand out from, as in `styles/tokens.css` (a test checks they
/// still match): white button text and the page and card backgrounds of the light theme …
const LIGHT_NEIGHBOURS: [&str; 3] = ["#ffffff", "#f6f4ef", "#ffffff"];
/// … and the dark button text and backgrounds of the dark theme.
const DARK_NEIGHBOURS: [&str; 3] = ["#0f1620", "#121519", "#1b1f25"];

/// Why the configuration file could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClinicConfigError {
    /// The file is not valid JSON of the expected shape.
    #[error("config/clinic.json cannot be read: {0}")]
    Unreadable(String),
    /// A required field is empty.
    #[error("config/clinic.json has an empty \"{0}\"")]
    Empty(&'static str),
    /// The emergency number has no digits to dial.
    #[error("config/clinic.json's emergency number \"{0}\" has no digits")]
    NotDialable(String),
    /// An accent colour is not `#rrggbb`, or would make text hard to read (WCAG 1.4.3 AA).
    #[error("config/clinic.json's {theme} accent \"{colour}\" {problem}")]
    Accent {
        theme: &'static str,
        colour: String,
        problem: String,
    },
    /// The logo is not a plain `.svg` or `.png` file name in `config/`.
    #[error("config/clinic.json's logo \"{0}\" must be a .svg or .png file name in config/")]
    Logo(String),
}

impl Default for ClinicConfig {
    /// Neutral placeholders: no real clinic, no phone or booking link, and 112 (which mobile phones in most
    /// countries accept) as the emergency number.
    fn default() -> Self {
        ClinicConfig {
            name: "Your headache clinic".into(),
            phone: String::new(),
            booking_url: String::new(),
            emergency_number: "112".into(),
            accent: None,
            logo: String::new(),
            embed_origins: Vec::new(),
        }
    }
}

impl ClinicConfig {
    /// Parses and checks a configuration text.
    pub fn parse(text: &str) -> Result<ClinicConfig, ClinicConfigError> {
        let config: ClinicConfig = serde_json::from_str(text)
            .map_err(|error| ClinicConfigError::Unreadable(error.to_string()))?;
        if config.name.trim().is_empty() {
            return Err(ClinicConfigError::Empty("name"));
        }
        if config.emergency_number.trim().is_empty() {
            return Err(ClinicConfigError::Empty("emergency_number"));
        }
        if dial_string(&config.emergency_number).is_empty() {
            return Err(ClinicConfigError::NotDialable(config.emergency_number));
        }
        config.accent_colours()?;
        if !config.logo.is_empty() && config.logo_src().is_none() {
            return Err(ClinicConfigError::Logo(config.logo));
        }
        Ok(config)
    }

    /// The accent for light and for dark pages, checked: each must reach 4.5:1 (WCAG 2.2 SC 1.4.3, AA)
    /// against the button text drawn on it and against the page and card backgrounds it is drawn on as
    /// link text. `Ok(None)` when the clinic set no accent.
    pub fn accent_colours(&self) -> Result<Option<(Rgb, Rgb)>, ClinicConfigError> {
        let Some(accent) = &self.accent else {
            return Ok(None);
        };
        let check = |theme: &'static str, colour: &str, neighbours: &[&str; 3]| {
            let problem = |problem: String| ClinicConfigError::Accent {
                theme,
                colour: colour.to_string(),
                problem,
            };
            let rgb =
                Rgb::parse_hex(colour).ok_or_else(|| problem("is not a #rrggbb colour".into()))?;
            for neighbour in neighbours.iter().filter_map(|hex| Rgb::parse_hex(hex)) {
                let ratio = rgb.contrast_with(neighbour);
                if ratio < AA_TEXT {
                    return Err(problem(format!(
                        "has a contrast of only {ratio:.2}:1 with {}; at least 4.5:1 is needed",
                        neighbour.to_hex()
                    )));
                }
            }
            Ok(rgb)
        };
        Ok(Some((
            check("light", &accent.light, &LIGHT_NEIGHBOURS)?,
            check("dark", &accent.dark, &DARK_NEIGHBOURS)?,
        )))
    }

    /// Where the built app finds the logo (`./name.svg`), if one is set and is a plain file name.
    pub fn logo_src(&self) -> Option<String> {
        let name = self.logo.trim();
        let lower = name.to_ascii_lowercase();
        let plain = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            && !name.starts_with('.');
        (plain && (lower.ends_with(".svg") || lower.ends_with(".png"))).then(|| format!("./{name}"))
    }

    /// The `tel:` link for the clinic's phone, if there is a dialable phone number.
    pub fn phone_href(&self) -> Option<String> {
        let digits = dial_string(&self.phone);
        (!digits.is_empty()).then(|| format!("tel:{digits}"))
    }

    /// The `tel:` link for the emergency number.
    pub fn emergency_href(&self) -> String {
        format!("tel:{}", dial_string(&self.emergency_number))
    }

    /// The booking link, only if it is a web address (a `javascript:` or other scheme is never linked).
    pub fn booking_href(&self) -> Option<&str> {
        let url = self.booking_url.trim();
        let lower = url.to_ascii_lowercase();
        (lower.starts_with("https://") || lower.starts_with("http://")).then_some(url)
    }
}

/// The characters a phone dials: digits, and a leading `+`.
fn dial_string(number: &str) -> String {
    let trimmed = number.trim();
    let plus = if trimmed.starts_with('+') { "+" } else { "" };
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        String::new()
    } else {
        format!("{plus}{digits}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_config_file_parses_with_placeholder_clinic() {
        let config = ClinicConfig::parse(CLINIC_JSON).expect("config/clinic.json is valid");
        assert_eq!(config.name, "Your headache clinic");
        assert!(!config.emergency_number.is_empty());
        // What build.rs built in is this very file, as parsed and checked here.
        assert_eq!(ClinicConfig::built_in(), config);
        let (light, dark) = config
            .accent_colours()
            .expect("checked")
            .expect("an accent is set");
        assert_eq!(
            ClinicConfig::built_in_accent(),
            Some((light.to_hex().as_str(), dark.to_hex().as_str()))
        );
    }

    #[test]
    fn parse_full_config_gives_tel_and_booking_links() {
        let config = ClinicConfig::parse(
            r#"{"name":"North Clinic","phone":"+44 (0)20 7946 0000","booking_url":" https://clinic.example/book ","emergency_number":"999"}"#,
        )
        .expect("valid");
        assert_eq!(config.phone_href().as_deref(), Some("tel:+4402079460000"));
        assert_eq!(config.emergency_href(), "tel:999");
        assert_eq!(config.booking_href(), Some("https://clinic.example/book"));
    }

    #[test]
    fn parse_without_phone_or_booking_hides_both_links() {
        let config =
            ClinicConfig::parse(r#"{"name":"A clinic","emergency_number":"911"}"#).expect("valid");
        assert_eq!(config.phone_href(), None);
        assert_eq!(config.booking_href(), None);
    }

    #[test]
    fn booking_link_that_is_not_a_web_address_is_never_linked() {
        let config = ClinicConfig {
            booking_url: "javascript:alert(1)".into(),
            ..ClinicConfig::default()
        };
        assert_eq!(config.booking_href(), None);
    }

    #[test]
    fn parse_broken_or_incomplete_config_is_an_error() {
        assert!(matches!(
            ClinicConfig::parse("{"),
            Err(ClinicConfigError::Unreadable(_))
        ));
        assert!(matches!(
            ClinicConfig::parse(r#"{"name":"A","emergency_number":"112","fax":"1"}"#),
            Err(ClinicConfigError::Unreadable(_))
        ));
        assert_eq!(
            ClinicConfig::parse(r#"{"name":" ","emergency_number":"112"}"#),
            Err(ClinicConfigError::Empty("name"))
        );
        assert_eq!(
            ClinicConfig::parse(r#"{"name":"A","emergency_number":"call us"}"#),
            Err(ClinicConfigError::NotDialable("call us".into()))
        );
    }

    #[test]
    fn accent_that_keeps_text_readable_is_accepted_in_both_themes() {
        let config = ClinicConfig::parse(
            r##"{"name":"A","emergency_number":"112","accent":{"light":"#1d5c4a","dark":"#8fd3bd"}}"##,
        )
        .expect("valid");
        let (light, dark) = config.accent_colours().expect("checked").expect("set");
        assert_eq!(light.to_hex(), "#1d5c4a");
        assert_eq!(dark.to_hex(), "#8fd3bd");
    }

    #[test]
    fn accent_too_pale_for_white_button_text_is_refused_with_its_ratio() {
        let error = ClinicConfig::parse(
            r##"{"name":"A","emergency_number":"112","accent":{"light":"#ff9900","dark":"#8fd3bd"}}"##,
        )
        .expect_err("pale orange under white text fails AA");
        let message = error.to_string();
        assert!(message.contains("light accent \"#ff9900\""), "{message}");
        assert!(message.contains(":1 with #ffffff"), "{message}");
    }

    #[test]
    fn accent_too_dark_for_the_dark_theme_or_not_a_colour_is_refused() {
        assert!(matches!(
            ClinicConfig::parse(
                r##"{"name":"A","emergency_number":"112","accent":{"light":"#1d5c4a","dark":"#1d5c4a"}}"##
            ),
            Err(ClinicConfigError::Accent { theme: "dark", .. })
        ));
        assert!(matches!(
            ClinicConfig::parse(
                r##"{"name":"A","emergency_number":"112","accent":{"light":"teal","dark":"#8fd3bd"}}"##
            ),
            Err(ClinicConfigError::Accent { theme: "light", .. })
        ));
    }

    #[test]
    fn logo_must_be_a_plain_svg_or_png_name() {
        let with_logo = |logo: &str| ClinicConfig {
            logo: logo.into(),
            ..ClinicConfig::default()
        };
        assert_eq!(
            with_logo("clinic-logo.svg").logo_src().as_deref(),
            Some("./clinic-logo.svg")
        );
        assert_eq!(
            with_logo("Logo_2.PNG").logo_src().as_deref(),
            Some("./Logo_2.PNG")
        );
        for bad in [
            "../secret.svg",
            "logo.gif",
            "javascript:alert(1).svg",
            ".svg",
            "a b.svg",
            "https://x/logo.svg",
        ] {
            assert_eq!(with_logo(bad).logo_src(), None, "{bad}");
        }
        assert!(matches!(
            ClinicConfig::parse(r#"{"name":"A","emergency_number":"112","logo":"logo.gif"}"#),
            Err(ClinicConfigError::Logo(_))
        ));
    }

    #[test]
    fn accent_neighbours_are_the_colours_in_tokens_css() {
        // If the themes' colours change, the accent check must change with them.
        let tokens = include_str!("../../styles/tokens.css");
        for hex in LIGHT_NEIGHBOURS.iter().chain(DARK_NEIGHBOURS.iter()) {
            assert!(
                tokens.contains(hex),
                "{hex} is no longer in styles/tokens.css"
            );
        }
    }

    #[test]
    fn default_config_is_a_safe_fallback_with_an_emergency_number() {
        let config = ClinicConfig::default();
        assert_eq!(config.name, "Your headache clinic");
        assert_eq!(config.emergency_href(), "tel:112");
        assert_eq!(config.phone_href(), None);
    }
}
