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

#[test]
fn dim_preference_shows_dim_whatever_the_device() {
    assert_eq!(ThemePreference::Dim.resolve(false), Theme::Dim);
    assert_eq!(ThemePreference::Dim.resolve(true), Theme::Dim);
    assert_eq!(ThemePreference::Dim.data_attribute(), Some("dim"));
}

#[test]
fn toggle_from_dim_offers_light_and_never_cycles_through_dim() {
    assert_eq!(ThemePreference::Dim.toggled(true), ThemePreference::Light);
    assert_eq!(ThemePreference::Dim.toggled(false), ThemePreference::Light);
    assert_eq!(Theme::Dim.switch_label(), "Switch to light theme");
    // Two taps from light end where they started, so a person never lands on dim by surprise.
    let twice = ThemePreference::Light.toggled(false).toggled(false);
    assert_eq!(twice, ThemePreference::Light);
}

#[test]
fn settings_list_every_theme_once_with_a_distinct_key_and_label() {
    let keys: Vec<_> = ThemePreference::ALL.iter().map(|t| t.key()).collect();
    assert_eq!(keys, ["system", "light", "dark", "dim"]);
    let mut labels: Vec<_> = ThemePreference::ALL.iter().map(|t| t.label()).collect();
    labels.sort_unstable();
    labels.dedup();
    assert_eq!(labels.len(), ThemePreference::ALL.len());
    assert!(ThemePreference::Dim.hint().is_some());
}

#[test]
fn stored_words_from_before_dim_still_load_and_dim_round_trips() {
    for (word, expected) in [
        ("\"system\"", ThemePreference::System),
        ("\"light\"", ThemePreference::Light),
        ("\"dark\"", ThemePreference::Dark),
        ("\"dim\"", ThemePreference::Dim),
    ] {
        let parsed: ThemePreference = serde_json::from_str(word).expect("parses");
        assert_eq!(parsed, expected);
    }
    let json = serde_json::to_string(&ThemePreference::Dim).expect("serialises");
    assert_eq!(json, "\"dim\"");
}
