//! The JSON parser's refusals told in plain words. serde's messages are written for programmers ("invalid type:
//! map, expected struct PartsIn at line 1 column 9464"); a person restoring a backup or meeting unreadable data
//! needs to know what kind of thing is wrong, not the parser's vocabulary or a column number. The diary's own
//! rules (broken in the data) already speak in words and pass through unchanged. Pure, tested natively.

use serde_json::error::Category;

/// The longest quoted value kept whole in a message, in characters.
const QUOTE_MAX_CHARS: usize = 30;

/// What is wrong, as a phrase to put inside a sentence (no capital, no full stop).
pub fn in_words(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let message = without_position(&message);
    match error.classify() {
        Category::Eof => "the text ends before the data does".to_string(),
        Category::Syntax => {
            "a character is out of place, so the text is not valid JSON".to_string()
        }
        Category::Io => "it could not be read".to_string(),
        Category::Data => data_words(message),
    }
}

/// serde's message without its " at line 1 column 2345" tail.
fn without_position(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(at) => &message[..at],
        None => message,
    }
}

fn data_words(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!(
            "it has {} where {} belongs",
            found_words(found),
            expected_words(expected)
        );
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!(
            "it has {} where {} belongs, and that is out of range",
            found_words(found),
            expected_words(expected)
        );
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        return match unquote(rest) {
            whole @ ("data" | "version" | "diary") => format!("it has no {whole} part"),
            field => match part_name(field) {
                Some(part) => format!("an entry has no {part}, which it needs"),
                None => "a part the app needs is missing".to_string(),
            },
        };
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let value = unquote(rest.split(", expected").next().unwrap_or(rest));
        return format!(
            "“{}” is not one of the choices this app knows",
            short(value)
        );
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let value = unquote(rest.split(", expected").next().unwrap_or(rest));
        return format!(
            "it has a part named “{}” that this app does not know",
            short(value)
        );
    }
    if message.starts_with("invalid length ") {
        return "a list or group has the wrong number of items".to_string();
    }
    if message.starts_with("duplicate field ") {
        return "a part is given twice".to_string();
    }
    if message.starts_with("recursion limit exceeded") {
        return "the data is nested far deeper than any diary".to_string();
    }
    // The app's own refusals (a broken diary rule, an impossible date) are already in words.
    message.to_string()
}

/// What the parser found, e.g. `string "x"`, ``integer `-1` ``, `map`.
fn found_words(found: &str) -> String {
    if let Some(text) = found.strip_prefix("string ") {
        return format!("the text “{}”", short(text.trim_matches('"')));
    }
    for prefix in ["integer ", "floating point "] {
        if let Some(number) = found.strip_prefix(prefix) {
            return format!("the number {}", short(number.trim_matches('`')));
        }
    }
    if found.starts_with("boolean") {
        return "a yes/no value".to_string();
    }
    match found {
        "map" => "a group of fields",
        "sequence" => "a list",
        "null" | "unit" | "unit value" => "an empty value",
        "character" => "a single character",
        _ => "a value of another kind",
    }
    .to_string()
}

/// What was expected, in words.
fn expected_words(expected: &str) -> &'static str {
    let expected = expected.trim();
    if expected.starts_with("struct ") || expected == "a map" || expected.starts_with("a map") {
        return "a group of fields";
    }
    if expected.starts_with("a sequence") || expected.starts_with("tuple") {
        return "a list";
    }
    if expected.contains("string") {
        return "text";
    }
    if expected.contains("bool") {
        return "a yes/no value";
    }
    if [
        "u8",
        "u16",
        "u32",
        "u64",
        "usize",
        "i32",
        "i64",
        "an integer",
    ]
    .contains(&expected)
    {
        return "a whole number";
    }
    if ["f32", "f64", "a number"].contains(&expected) {
        return "a number";
    }
    if expected.starts_with("variant") || expected.starts_with("one of") {
        return "one of the app's choices";
    }
    "something else"
}

/// The stored name of a part, as a person would call it (the diary stores short names to stay small).
pub(crate) fn part_name(field: &str) -> Option<&'static str> {
    Some(match field {
        "s" => "start time",
        "e" => "end time",
        "id" => "entry number",
        "d" => "date",
        "k" => "kind of day",
        "n" => "name",
        "t" => "time",
        "c" => "medicine class",
        _ => return None,
    })
}

fn unquote(text: &str) -> &str {
    text.trim().trim_matches('`')
}

pub(crate) fn short(text: &str) -> String {
    if text.chars().count() > QUOTE_MAX_CHARS {
        let start: String = text.chars().take(QUOTE_MAX_CHARS).collect();
        format!("{start}…")
    } else {
        text.to_string()
    }
}
