//! Native tests of the parser's refusals told in plain words (`storage::parser_words`), through the stored-data
//! decoder a person meets when their diary cannot be read.

use headache_diary::domain::diary::Diary;
use headache_diary::domain::preferences::Preferences;
use headache_diary::storage::{decode, StorageError};

fn refusal<D: headache_diary::storage::Document + std::fmt::Debug>(raw: &str) -> String {
    let error: StorageError = decode::<D>(raw).expect_err("refused");
    error.to_string()
}

fn diary_with(data: &str) -> String {
    refusal::<Diary>(&format!(r#"{{"version":1,"data":{data}}}"#))
}

#[test]
fn a_wrong_kind_of_value_is_named_in_words() {
    let message = diary_with(r#"{"a":[{"id":"seven","s":"2026-03-01T10:00"}]}"#);
    assert!(
        message.contains("the text “seven” where a whole number belongs"),
        "{message}"
    );
    let message = diary_with(r#"{"a":{"id":1}}"#);
    assert!(
        message.contains("a group of fields where a list belongs"),
        "{message}"
    );
}

#[test]
fn a_missing_part_is_named_as_a_person_calls_it() {
    let message = diary_with(r#"{"a":[{"id":1}]}"#);
    assert!(message.contains("an entry has no start time"), "{message}");
}

#[test]
fn an_unknown_choice_is_quoted_short() {
    let message = refusal::<Preferences>(&format!(
        r#"{{"version":1,"data":{{"theme":"{}"}}}}"#,
        "p".repeat(500)
    ));
    assert!(
        message.contains("is not one of the choices this app knows"),
        "{message}"
    );
    assert!(message.chars().count() < 250, "{message}");
}

#[test]
fn broken_text_says_so_without_a_position() {
    let message = refusal::<Diary>(r#"{"version":1,"data":{"a":[1,}}"#);
    assert!(message.contains("a character is out of place"), "{message}");
    let message = refusal::<Diary>(r#"{"version":1,"data":{"a":["#);
    assert!(message.contains("ends before the data does"), "{message}");
}

#[test]
fn no_refusal_uses_the_parsers_words() {
    let cases = [
        r#"{"version":1,"data":{"a":[{"id":-1,"s":"2026-03-01T10:00"}]}}"#,
        r#"{"version":1,"data":{"a":[{"id":1,"s":"2026-03-01T10:00","lo":["top"]}]}}"#,
        r#"{"version":1,"data":{"a":[{"id":1,"s":"2026-03-01T10:00","sv":true}]}}"#,
        r#"{"version":1,"data":{"a":[{"id":1,"s":"2026-03-01T10:00"},{"id":1,"s":"2026-03-02T10:00"}]}}"#,
        r#"{"version":1,"data":{"a":[{"id":1,"s":"2026-03-01T10:00","e":"2026-03-01T12:00"},{"id":2,"s":"2026-03-01T11:00"}]}}"#,
        r#"{"version":1,"data":{"d":[{"d":"2026-03-01"}]}}"#,
        r#"{"version":1,"data":{"a":[{"id":1,"s":"2026-03-01T10:00"}]} x"#,
        r#"{"version":null,"data":{}}"#,
    ];
    for raw in cases {
        let message = refusal::<Diary>(raw);
        for jargon in [
            "invalid",
            "expected",
            "missing field",
            "unknown variant",
            "line 1",
            "column",
            "u64",
            "struct",
            "EOF",
            "Please try again",
            "edit that entry",
        ] {
            assert!(!message.contains(jargon), "{jargon} in: {message}");
        }
    }
}
