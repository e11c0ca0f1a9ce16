//! The clinic's call to action and the emergency number to show, read from the one configuration file
//! `config/clinic.json` at build time; a file that cannot be read falls back to neutral placeholders, never a crash.

use serde::{Deserialize, Serialize};

/// The configuration file's text, built into the app so that changing the clinic needs no code change.
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
}

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
        Ok(config)
    }

    /// The configuration built into the app, or [`ClinicConfig::default`] if the file cannot be used: a broken
    /// clinic file must never hide the emergency number.
    pub fn built_in() -> ClinicConfig {
        ClinicConfig::parse(CLINIC_JSON).unwrap_or_default()
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
        assert_eq!(ClinicConfig::built_in(), config);
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
    fn default_config_is_a_safe_fallback_with_an_emergency_number() {
        let config = ClinicConfig::default();
        assert_eq!(config.name, "Your headache clinic");
        assert_eq!(config.emergency_href(), "tel:112");
        assert_eq!(config.phone_href(), None);
    }
}
