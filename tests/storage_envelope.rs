//! Native tests of the versioned storage envelope, using the settings document and fixtures
//! of what earlier builds wrote.

mod common;
use common::*;
use headache_diary::domain::preferences::Preferences;
use headache_diary::domain::theme::ThemePreference;
use headache_diary::storage::{decode, encode, Document, StorageError};

#[test]
fn preferences_v1_fixture_loads_with_its_theme() {
    let prefs: Preferences = decode(&fixture("preferences-v1.json")).expect("v1 loads");
    assert_eq!(prefs.theme, ThemePreference::Dark);
}

#[test]
fn encode_then_decode_gives_back_the_same_settings() {
    let prefs = Preferences {
        theme: ThemePreference::Light,
        track_cycle: false,
        ..Preferences::default()
    };
    let text = encode(&prefs).expect("encodes");
    assert!(
        text.starts_with("{\"version\":1,"),
        "envelope first: {text}"
    );
    assert_eq!(decode::<Preferences>(&text), Ok(prefs));
}

#[test]
fn decode_corrupt_json_is_reported_not_defaulted() {
    let error = decode::<Preferences>("{\"version\":1,\"data\":{\"theme\"").unwrap_err();
    assert!(matches!(error, StorageError::Corrupt(_)), "{error:?}");
}

#[test]
fn decode_json_without_an_envelope_is_wrong_shape() {
    let error = decode::<Preferences>("[1,2,3]").unwrap_err();
    assert!(matches!(error, StorageError::WrongShape(_)), "{error:?}");
}

#[test]
fn decode_unknown_theme_is_wrong_shape_not_silently_system() {
    let error = decode::<Preferences>(r#"{"version":1,"data":{"theme":"purple"}}"#).unwrap_err();
    assert!(matches!(error, StorageError::WrongShape(_)), "{error:?}");
}

#[test]
fn decode_newer_version_names_both_versions() {
    let error = decode::<Preferences>(r#"{"version":7,"data":{}}"#).unwrap_err();
    assert_eq!(
        error,
        StorageError::NewerVersion {
            found: 7,
            supported: Preferences::VERSION
        }
    );
    assert!(error.to_string().contains("version 7"));
}

#[test]
fn decode_version_zero_is_rejected() {
    let error = decode::<Preferences>(r#"{"version":0,"data":{}}"#).unwrap_err();
    assert!(matches!(error, StorageError::WrongShape(_)), "{error:?}");
}

#[test]
fn decode_missing_fields_take_defaults_for_forward_compatible_settings() {
    let prefs: Preferences = decode(r#"{"version":1,"data":{}}"#).expect("loads");
    assert_eq!(prefs, Preferences::default());
}

#[test]
fn settings_saved_before_cycle_tracking_existed_load_with_it_on() {
    let prefs: Preferences = decode(r#"{"version":1,"data":{"theme":"dark"}}"#).expect("loads");
    assert!(prefs.track_cycle);
    assert_eq!(prefs.theme, ThemePreference::Dark);
}
