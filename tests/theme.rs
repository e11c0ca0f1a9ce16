//! Native tests of the theme preference model.
use headache_diary::domain::theme::{Theme, ThemePreference};

#[test]
fn system_preference_follows_the_device() {
    assert_eq!(ThemePreference::System.resolve(true), Theme::Dark);
    assert_eq!(ThemePreference::System.resolve(false), Theme::Light);
}

#[test]
fn explicit_preference_ignores_the_device() {
    assert_eq!(ThemePreference::Light.resolve(true), Theme::Light);
    assert_eq!(ThemePreference::Dark.resolve(false), Theme::Dark);
}

#[test]
fn toggle_switches_to_the_opposite_of_what_is_shown() {
    assert_eq!(
        ThemePreference::System.toggled(true),
        ThemePreference::Light
    );
    assert_eq!(
        ThemePreference::System.toggled(false),
        ThemePreference::Dark
    );
    assert_eq!(ThemePreference::Dark.toggled(false), ThemePreference::Light);
    assert_eq!(ThemePreference::Light.toggled(true), ThemePreference::Dark);
}

#[test]
fn switch_label_names_the_theme_it_will_switch_to() {
    assert_eq!(Theme::Light.switch_label(), "Switch to dark theme");
    assert_eq!(Theme::Dark.switch_label(), "Switch to light theme");
}

#[test]
fn system_preference_sets_no_data_attribute() {
    assert_eq!(ThemePreference::System.data_attribute(), None);
    assert_eq!(ThemePreference::Dark.data_attribute(), Some("dark"));
}

#[test]
fn preference_is_stored_as_a_lowercase_word() {
    let json = serde_json::to_string(&ThemePreference::Dark).expect("serialises");
    assert_eq!(json, "\"dark\"");
    let back: ThemePreference = serde_json::from_str("\"system\"").expect("parses");
    assert_eq!(back, ThemePreference::System);
}
