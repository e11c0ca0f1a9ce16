//! The settings, the start noted while locked and the version last seen, written and read by the storage codec (`storage::codec`) instead
//! of serde, held to serde's text in both directions: every combination of settings and any moment are written byte
//! for byte as `serde_json` writes them and read back by both; a damaged save the codec reads is read the same by
//! serde, and when both refuse it they refuse it for the same kind of reason.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod hostile;

use std::sync::LazyLock;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use common::fixture;
use headache_diary::domain::preferences::{Preferences, AUTO_LOCK_CHOICES};
use headache_diary::domain::theme::ThemePreference;
use headache_diary::storage::app_version::SeenVersion;
use headache_diary::storage::pending_start::PendingStart;
use headache_diary::storage::{serde_decode, serde_encode_with_lineage, Document};
use hostile::strategies::{codec_reads_as_serde_does, mutated, refusal_kind, run};
use proptest::prelude::*;

const CASES: u32 = 500;
const MUTATED_CASES: u32 = 3_000;

fn settings() -> impl Strategy<Value = Preferences> {
    (
        prop::sample::select(vec![
            ThemePreference::System,
            ThemePreference::Light,
            ThemePreference::Dark,
            ThemePreference::Dim,
        ]),
        any::<bool>(),
        prop_oneof![
            prop::sample::select(AUTO_LOCK_CHOICES.to_vec()),
            any::<u32>()
        ],
        any::<bool>(),
    )
        .prop_map(
            |(theme, track_cycle, auto_lock_minutes, log_start_while_locked)| Preferences {
                theme,
                track_cycle,
                auto_lock_minutes,
                log_start_while_locked,
            },
        )
}

fn a_moment() -> impl Strategy<Value = NaiveDateTime> {
    (
        0i32..=9999,
        1u32..=366,
        0u32..86_400,
        prop_oneof![Just(0u32), 0u32..1_000_000_000],
    )
        .prop_filter_map("a real day", |(year, ordinal, seconds, nanos)| {
            let day = NaiveDate::from_yo_opt(year, ordinal)?;
            let time = NaiveTime::from_num_seconds_from_midnight_opt(seconds, nanos)?;
            Some(NaiveDateTime::new(day, time))
        })
}

static STORED_SETTINGS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let changed = Preferences {
        theme: ThemePreference::Dim,
        track_cycle: false,
        auto_lock_minutes: 15,
        log_start_while_locked: true,
    };
    vec![
        fixture("preferences-v1.json"),
        serde_encode_with_lineage(&changed, &[]).expect("serde writes it"),
    ]
});

static STORED_STARTS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let start = NaiveDate::from_ymd_opt(2026, 3, 1)
        .and_then(|day| day.and_hms_opt(8, 15, 0))
        .expect("a moment");
    vec![serde_encode_with_lineage(&PendingStart { start }, &[]).expect("serde writes it")]
});

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn settings_are_written_as_serde_writes_them_and_each_reads_the_others_text(settings in settings()) {
        let by_serde = serde_encode_with_lineage(&settings, &[]).expect("serde writes it");
        let by_codec = settings.to_stored_text().expect("the codec writes it");
        prop_assert_eq!(&by_codec, &by_serde);
        prop_assert_eq!(Preferences::from_stored_text(&by_serde).expect("the codec reads serde's text"), settings.clone());
        prop_assert_eq!(serde_decode::<Preferences>(&by_codec).expect("serde reads the codec's text"), settings);
    }

    #[test]
    fn the_version_last_seen_is_written_as_serde_writes_it(version in any::<String>()) {
        let seen = SeenVersion { version };
        let by_serde = serde_encode_with_lineage(&seen, &[]).expect("serde writes it");
        let by_codec = seen.to_stored_text().expect("the codec writes it");
        prop_assert_eq!(&by_codec, &by_serde);
        prop_assert_eq!(SeenVersion::from_stored_text(&by_serde).expect("the codec reads serde's text"), seen.clone());
        prop_assert_eq!(serde_decode::<SeenVersion>(&by_codec).expect("serde reads the codec's text"), seen);
    }

    #[test]
    fn a_start_noted_while_locked_is_written_as_serde_writes_it(start in a_moment()) {
        let noted = PendingStart { start };
        let by_serde = serde_encode_with_lineage(&noted, &[]).expect("serde writes it");
        let by_codec = noted.to_stored_text().expect("the codec writes it");
        prop_assert_eq!(&by_codec, &by_serde);
        prop_assert_eq!(PendingStart::from_stored_text(&by_serde).expect("the codec reads serde's text"), noted);
        prop_assert_eq!(serde_decode::<PendingStart>(&by_codec).expect("serde reads the codec's text"), noted);
    }
}

#[test]
fn damaged_settings_are_never_read_differently_from_serde() {
    run(
        "damaged settings, codec against serde",
        "read by both alike",
        MUTATED_CASES,
        mutated(&STORED_SETTINGS),
        |text| codec_reads_as_serde_does::<Preferences>(&text),
    );
}

#[test]
fn a_damaged_noted_start_is_never_read_differently_from_serde() {
    run(
        "damaged noted starts, codec against serde",
        "read by both alike",
        MUTATED_CASES,
        mutated(&STORED_STARTS),
        |text| codec_reads_as_serde_does::<PendingStart>(&text),
    );
}

#[test]
fn missing_settings_take_their_defaults_and_unknown_ones_are_ignored_as_serde_does() {
    for text in [
        r#"{"version":1,"data":{}}"#,
        r#"{"version":1,"data":{"theme":"dark","later":{"x":[1]}}}"#,
        r#"{"version":1,"data":{"track_cycle":false,"auto_lock_minutes":60}}"#,
    ] {
        assert_eq!(
            Preferences::from_stored_text(text).expect("the codec reads it"),
            serde_decode::<Preferences>(text).expect("serde reads it"),
            "{text}"
        );
    }
    for text in [
        r#"{"version":1,"data":{"theme":"sepia"}}"#,
        r#"{"version":1,"data":{"theme":null}}"#,
        r#"{"version":1,"data":{"theme":"dark","theme":"dim"}}"#,
        r#"{"version":1,"data":{"auto_lock_minutes":-5}}"#,
        r#"{"version":2,"data":{}}"#,
    ] {
        let by_codec = Preferences::from_stored_text(text).expect_err(text);
        let by_serde = serde_decode::<Preferences>(text).expect_err(text);
        assert_eq!(
            refusal_kind(&by_codec),
            refusal_kind(&by_serde),
            "{text}: {by_codec}"
        );
    }
}

#[test]
fn a_text_holding_half_a_character_is_refused_as_damaged_even_in_a_part_the_app_ignores() {
    // Found by the damaged-settings property: serde skips the unknown part and reads the rest; the codec refuses
    // the save as damaged (it is then kept aside) and says why in words.
    for text in [
        r##"{"version":1,"data":{"theme":"dim","#track_cycle":"\ud800","auto_lock_minutes":15}}"##,
        r#"{"version":1,"data":{"theme":"dim","later":["\udc00"]}}"#,
        r#"{"version":1,"data":{"theme":"\ud800"}}"#,
    ] {
        let refusal = Preferences::from_stored_text(text).expect_err(text);
        assert_eq!(refusal_kind(&refusal), "damaged", "{text}");
        assert!(
            refusal.to_string().contains("half of a character"),
            "{text}: {refusal}"
        );
    }
    let paired = r#"{"version":1,"data":{"theme":"dim","later":"\ud83d\ude00"}}"#;
    assert_eq!(
        Preferences::from_stored_text(paired).expect("a whole character is read"),
        serde_decode::<Preferences>(paired).expect("serde reads it")
    );
}
