//! The sealed (passphrase-locked) diary format, natively: what is written reads back exactly, and everything
//! that is not exactly a sealed diary this build wrote is refused without a panic.
// Native only: proptest is a native dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

use headache_diary::storage::sealed::{
    base64_decode, base64_encode, is_sealed, parse, to_text, Blob, Sealed, SealedError, ITERATIONS,
    IV_BYTES, MAX_ITERATIONS, SALT_BYTES, TAG_BYTES,
};
use proptest::prelude::*;

fn sample() -> Sealed {
    Sealed {
        iterations: ITERATIONS,
        salt: [7; SALT_BYTES],
        check: Blob {
            iv: [1; IV_BYTES],
            ciphertext: vec![9; 31 + TAG_BYTES],
        },
        body: Blob {
            iv: [2; IV_BYTES],
            ciphertext: (0..=255).collect(),
        },
    }
}

fn damaged(text: &str) -> bool {
    matches!(parse(text), Err(SealedError::Damaged(_)))
}

#[test]
fn base64_matches_the_rfc_4648_test_vectors() {
    let vectors = [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ];
    for (plain, encoded) in vectors {
        assert_eq!(base64_encode(plain.as_bytes()), encoded);
        assert_eq!(base64_decode(encoded).as_deref(), Some(plain.as_bytes()));
    }
}

#[test]
fn base64_decode_refuses_anything_not_canonical() {
    for bad in [
        "Zg=", "Zg", "Z===", "Zh==", "Zm9=", "Zm9v====", "Zg==Zg==", "Zm 9", "Zm9v\n", "Zm-_",
    ] {
        assert_eq!(base64_decode(bad), None, "{bad:?}");
    }
}

#[test]
fn sealed_text_reads_back_exactly() {
    let text = to_text(&sample());
    assert!(text.starts_with(
        "{\"version\":2,\"sealed\":{\"kdf\":\"PBKDF2-SHA-256\",\"iterations\":600000,"
    ));
    assert!(is_sealed(&text));
    assert_eq!(parse(&text), Ok(sample()));
}

/// A version 1 text, as builds before the header checksum wrote it.
fn version_one(sealed: &Sealed) -> String {
    let text = to_text(sealed);
    let header = text
        .split("\"header\":\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a header");
    text.replacen("\"version\":2", "\"version\":1", 1).replacen(
        &format!("\"header\":\"{header}\","),
        "",
        1,
    )
}

#[test]
fn a_version_one_text_without_the_header_checksum_still_reads() {
    let text = version_one(&sample());
    assert!(!text.contains("header"), "{text}");
    assert_eq!(parse(&text), Ok(sample()));
    // A header on a version 1 text, or none on version 2, is not what any build wrote.
    assert!(damaged(&text.replacen(
        "\"kdf\"",
        "\"header\":\"AAAAAAAAAAA=\",\"kdf\"",
        1
    )));
    assert!(damaged(&text.replacen("\"version\":1", "\"version\":2", 1)));
}

#[test]
fn an_altered_salt_or_iteration_count_is_called_damaged_before_any_passphrase() {
    let base = to_text(&sample());
    let salt = base64_encode(&[7; SALT_BYTES]);
    for altered in [
        base.replace(&salt, &base64_encode(&[8; SALT_BYTES])),
        base.replace("600000", "700000"),
    ] {
        let message = parse(&altered).expect_err("refused").to_string();
        assert!(
            message.contains("salt or iteration count was altered"),
            "{message}"
        );
        assert!(message.contains("It has not been changed"), "{message}");
    }
}

#[test]
fn a_plain_diary_that_mentions_sealed_is_not_sealed() {
    let plain =
        r#"{"version":1,"data":{"a":[{"id":1,"s":"2026-11-01T08:00","n":"\"sealed\": yes"}]}}"#;
    assert!(!is_sealed(plain));
    assert_eq!(parse(plain), Err(SealedError::NotSealed));
    assert!(!is_sealed("[\"sealed\"]"));
    assert!(!is_sealed(""));
}

/// What the reader before the storage codec (serde's probe of an optional `sealed` field) told apart, and any
/// build's self-check key is checked the same way, so a sealed text is never taken for damaged data.
#[test]
fn a_sealed_wrapper_has_one_top_level_sealed_key_that_is_not_null() {
    for (text, sealed) in [
        ("{\"sealed\":{\"v\":1}}", true),
        ("{\"sealed\":1,\"x\":1,\"x\":2}", true),
        (" {\"version\":2,\"sealed\":null}", false),
        ("{\"sealed\":1,\"sealed\":2}", false),
        (
            "{\"version\":2,\"data\":{\"note\":\"\\\"sealed\\\"\"}}",
            false,
        ),
        ("{\"version\":2,\"data\":{\"inner\":{\"sealed\":1}}}", false),
        ("[\"sealed\"]", false),
        ("{\"sealed\":", false),
        ("{}", false),
    ] {
        assert_eq!(is_sealed(text), sealed, "{text}");
    }
}

#[test]
fn a_null_header_reads_as_none_and_a_part_given_twice_is_damaged() {
    let text = version_one(&sample());
    let with_null_header = text.replacen("\"salt\":", "\"header\":null,\"salt\":", 1);
    assert_eq!(parse(&with_null_header), Ok(sample()));
    let twice = text.replacen("\"salt\":", "\"kdf\":\"PBKDF2-SHA-256\",\"salt\":", 1);
    assert!(damaged(&twice), "{twice}");
    let check_twice = to_text(&sample()).replacen("\"check\":{", "\"check\":{\"iv\":\"AAAA\",", 1);
    assert!(damaged(&check_twice), "{check_twice}");
}

#[test]
fn a_wrapper_with_a_sealed_key_is_sealed_even_when_damaged() {
    // Seen as locked (never as "no diary" or as plain data to start afresh over), and refused as damaged.
    let text = r#"{"version":1,"sealed":{"kdf":"PBKDF2-SHA-256"}}"#;
    assert!(is_sealed(text));
    assert!(damaged(text));
}

#[test]
fn fewer_iterations_than_written_or_absurdly_many_are_refused() {
    let base = to_text(&sample());
    assert!(damaged(&base.replace("600000", "1000")));
    assert!(damaged(&base.replace("600000", "599999")));
    assert!(damaged(&base.replace(
        "600000",
        &(u64::from(MAX_ITERATIONS) + 1).to_string()
    )));
    assert!(damaged(&base.replace("600000", "-5")));
    // More than this build writes is read (a later build may raise it), when the text says so consistently.
    let more = Sealed {
        iterations: 1_200_000,
        ..sample()
    };
    assert_eq!(parse(&to_text(&more)), Ok(more.clone()));
    assert_eq!(parse(&version_one(&more)), Ok(more));
}

#[test]
fn another_key_derivation_is_refused() {
    let text = to_text(&sample()).replace("PBKDF2-SHA-256", "PBKDF2-SHA-1");
    assert!(damaged(&text));
}

#[test]
fn wrong_lengths_bad_base64_and_extra_fields_are_refused() {
    let base = to_text(&sample());
    let salt = base64_encode(&[7; SALT_BYTES]);
    assert!(
        damaged(&base.replace(&salt, &base64_encode(&[7; 8]))),
        "short salt"
    );
    let iv = base64_encode(&[2; IV_BYTES]);
    assert!(
        damaged(&base.replace(&iv, &base64_encode(&[2; 16]))),
        "long IV"
    );
    let check = base64_encode(&[9; 31 + TAG_BYTES]);
    assert!(
        damaged(&base.replace(&check, &base64_encode(&[9; TAG_BYTES - 1]))),
        "no room for a tag"
    );
    assert!(damaged(&base.replace(&check, "not base64!")), "bad base64");
    assert!(
        damaged(&base.replace("\"kdf\"", "\"extra\":1,\"kdf\"")),
        "unknown field"
    );
    assert!(
        damaged(&base.replacen("{\"version\":2,", "{\"version\":2,\"data\":{},", 1)),
        "two documents in one"
    );
}

#[test]
fn a_newer_or_unknown_wrapper_version_is_refused() {
    let base = to_text(&sample());
    assert_eq!(
        parse(&base.replacen("\"version\":2", "\"version\":3", 1)),
        Err(SealedError::NewerVersion(3))
    );
    assert!(damaged(&base.replacen("\"version\":2", "\"version\":0", 1)));
    assert!(damaged(&base.replacen("\"version\":2,", "", 1)));
}

#[test]
fn refusal_messages_say_nothing_was_changed() {
    let message = parse(r#"{"version":1,"sealed":{}}"#)
        .expect_err("damaged")
        .to_string();
    assert!(message.contains("has not been changed"), "{message}");
}

fn any_sealed() -> impl Strategy<Value = Sealed> {
    (
        600_000u32..=MAX_ITERATIONS,
        any::<[u8; SALT_BYTES]>(),
        any::<[u8; IV_BYTES]>(),
        proptest::collection::vec(any::<u8>(), TAG_BYTES..80),
        any::<[u8; IV_BYTES]>(),
        proptest::collection::vec(any::<u8>(), TAG_BYTES..400),
    )
        .prop_map(|(iterations, salt, check_iv, check, iv, body)| Sealed {
            iterations,
            salt,
            check: Blob {
                iv: check_iv,
                ciphertext: check,
            },
            body: Blob {
                iv,
                ciphertext: body,
            },
        })
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics_the_sealed_parser(text in ".*") {
        let sealed = is_sealed(&text);
        let parsed = parse(&text);
        // Only text that looks sealed can parse.
        prop_assert!(sealed || parsed == Err(SealedError::NotSealed));
        let _decoded = base64_decode(&text);
    }

    #[test]
    fn json_shaped_text_never_panics_the_sealed_parser(
        version in any::<i64>(),
        kdf in ".{0,20}",
        iterations in any::<i64>(),
        salt in "[A-Za-z0-9+/=]{0,30}",
        iv in "[A-Za-z0-9+/=]{0,30}",
        ciphertext in "[A-Za-z0-9+/=]{0,60}",
    ) {
        let text = format!(
            r#"{{"version":{version},"sealed":{{"kdf":{},"iterations":{iterations},"salt":"{salt}","check":{{"iv":"{iv}","ciphertext":"{ciphertext}"}},"iv":"{iv}","ciphertext":"{ciphertext}"}}}}"#,
            serde_json::Value::from(kdf),
        );
        prop_assert!(is_sealed(&text));
        prop_assert!(parse(&text) != Err(SealedError::NotSealed));
    }

    #[test]
    fn any_sealed_diary_reads_back_exactly(sealed in any_sealed()) {
        prop_assert_eq!(parse(&to_text(&sealed)), Ok(sealed));
    }

    #[test]
    fn base64_round_trips_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        prop_assert_eq!(base64_decode(&base64_encode(&bytes)), Some(bytes));
    }
}

#[test]
fn a_backup_with_a_sealed_diary_asks_for_its_passphrase_and_keeps_the_rest_checked() {
    use headache_diary::storage::backup::{
        parse_backup, parse_backup_file, BackupError, BackupFile,
    };
    let text = format!(
        r#"{{"version":1,"data":{{"diary":{},"preferences":{{"version":1,"data":{{"theme":"dark"}}}}}}}}"#,
        to_text(&sample())
    );
    assert_eq!(parse_backup(&text), Err(BackupError::NeedsPassphrase));
    let Ok(BackupFile::Sealed(file)) = parse_backup_file(&text) else {
        panic!("a sealed backup");
    };
    assert_eq!(file.sealed, sample());
    assert!(file.preferences.is_some());

    let damaged_part = text.replace("600000", "5");
    assert!(matches!(
        parse_backup_file(&damaged_part),
        Err(BackupError::InvalidPart { part: "diary", .. })
    ));
}
