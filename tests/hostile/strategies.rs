//! proptest strategies over the shared mutations and generated JSON (native only: proptest does not build
//! for wasm).

use std::cell::Cell;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{json, Value};

use super::{mutate_to_string, Mutation};

/// Mutations, drawn like the browser test's PRNG draws them.
pub fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        2 => (any::<u16>(), any::<u8>()).prop_map(|(at, bit)| Mutation::BitFlip { at, bit }),
        1 => (any::<u16>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Insert { at, byte }),
        1 => (any::<u16>(), 0u8..16).prop_map(|(at, len)| Mutation::Delete { at, len }),
        1 => any::<u16>().prop_map(|at| Mutation::Truncate { at }),
        1 => (any::<u16>(), any::<u16>(), any::<u16>())
            .prop_map(|(at, from, len)| Mutation::Splice { at, from, len }),
        1 => any::<u16>().prop_map(|which| Mutation::DuplicateKey { which }),
        2 => (any::<u16>(), any::<u8>(), any::<u8>())
            .prop_map(|(at, token, len)| Mutation::Token { at, token, len }),
        1 => (any::<u16>(), any::<u16>(), any::<bool>())
            .prop_map(|(at, depth, closed)| Mutation::Nest { at, depth, closed }),
    ]
}

/// A fixture, one to four mutations, and the fixture a splice copies from.
pub fn mutated(fixtures: &'static [String]) -> impl Strategy<Value = String> {
    (
        0..fixtures.len(),
        prop::collection::vec(mutation(), 1..=4),
        0..fixtures.len(),
    )
        .prop_map(move |(which, mutations, other)| {
            mutate_to_string(&fixtures[which], &mutations, &fixtures[other])
        })
}

/// Strings that are likely to matter somewhere: dates at and past chrono's limits, impossible dates, the
/// enum words the app uses, odd unicode, long text.
pub fn odd_string() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::sample::select(vec![
            "",
            " ",
            "\u{0}",
            "\u{202e}",
            "\u{feff}",
            "a\u{301}",
            "😀",
            "\u{10ffff}",
            "2026-02-30T10:00",
            "2026-03-01T24:00",
            "-262143-01-01T00:00",
            "+262142-12-31T23:59",
            "-262143-01-01",
            "+262142-12-31",
            "0000-01-01T00:00",
            "2026-03-01T10:00:59.999999999",
            "2026-03-01",
            "2026-03-01T10:00",
            "2026-03-02T10:00",
            "free",
            "ache",
            "triptan",
            "simple",
            "none",
            "some",
            "full",
            "?",
            "left",
            "both",
            "throb",
            "press",
            "nausea",
            "light",
            "dark",
            "system",
            "visual",
            "stress",
            "<script>alert(1)</script>",
        ])
        .prop_map(str::to_string),
        (1usize..300).prop_map(|n| "x".repeat(n)),
        Just("y".repeat(3000)),
    ]
}

/// Object keys: the stored format's short names (so generated values reach deep into the decoder) and junk.
pub fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "version", "data", "diary", "preferences", "self_check", "a", "d", "p", "t", "id", "s", "e",
            "sv", "lo", "q", "au", "k", "min", "sy", "m", "n", "c", "ef", "r", "tr", "ot", "st", "theme",
            "track_cycle", "answers", "step", "kept", "taken_at", "assessment",
        ])
        .prop_map(str::to_string),
        1 => any::<String>(),
    ]
}

pub fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        prop::sample::select(vec![
            json!(0),
            json!(1),
            json!(2),
            json!(10),
            json!(11),
            json!(99),
            json!(-1),
            json!(u64::MAX),
            json!(i64::MIN),
            json!(1.0),
            json!(1e308),
            json!(u32::MAX),
            json!(u64::from(u32::MAX) + 1),
        ]),
    ]
}

/// A JSON value of any shape, up to a few levels deep.
pub fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number(),
        odd_string().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 32, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key(), inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

pub fn version() -> impl Strategy<Value = Value> {
    prop_oneof![
        3 => Just(json!(1)),
        2 => number(),
        1 => json_value(),
    ]
}

/// A valid fixture's JSON with one node (chosen by index over all nodes) replaced by `replacement`.
pub fn replace_node(mut root: Value, index: usize, replacement: Value) -> Value {
    fn visit(value: &mut Value, target: &mut usize, replacement: &mut Option<Value>) {
        if *target == 0 {
            if let Some(new) = replacement.take() {
                *value = new;
            }
            return;
        }
        *target -= 1;
        match value {
            Value::Array(items) => items
                .iter_mut()
                .for_each(|item| visit(item, target, replacement)),
            Value::Object(map) => map
                .values_mut()
                .for_each(|item| visit(item, target, replacement)),
            _ => {}
        }
    }
    fn count(value: &Value) -> usize {
        1 + match value {
            Value::Array(items) => items.iter().map(count).sum(),
            Value::Object(map) => map.values().map(count).sum(),
            _ => 0,
        }
    }
    let mut target = index % count(&root);
    visit(&mut root, &mut target, &mut Some(replacement));
    root
}

/// Dates and times a diary might hold, including ones at and past the calendar's limits and impossible ones.
pub const ODD_TIMES: &[&str] = &[
    "-262143-01-01T00:00",
    "-262143-01-01T10:00",
    "-262143-01-01",
    "+262142-12-31T23:59",
    "+262142-12-31T23:58",
    "+262142-12-31",
    "+262143-01-01T00:00",
    "0000-01-01T00:00",
    "-0001-12-31T23:59",
    "9999-12-31T23:59",
    "1970-01-01T00:00",
    "2026-02-29T10:00",
    "2024-02-29T10:00",
    "2026-02-30",
    "2026-03-01T24:00",
    "2026-03-01T23:60",
    "2026-03-01T10:00:59.999999999",
    "2026-03-01T10:00:60",
    "2026-03-01",
    "2026-03-01T10:00",
    "2026-03-02T21:30",
    "2026-03-03T07:15",
    "2099-01-01T00:00",
];

/// The stored or exported `root` with some of its date and time strings swapped for [`ODD_TIMES`]: reaches the
/// diary's date rules (ends before starts, medicines long before an attack, overlaps, the calendar's limits).
pub fn retimed(mut root: Value, picks: &[(usize, usize)]) -> Value {
    fn is_time(text: &str) -> bool {
        let bytes = text.as_bytes();
        bytes.len() >= 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes[..4].iter().all(u8::is_ascii_digit)
    }
    fn count(value: &Value) -> usize {
        match value {
            Value::String(text) if is_time(text) => 1,
            Value::Array(items) => items.iter().map(count).sum(),
            Value::Object(map) => map.values().map(count).sum(),
            _ => 0,
        }
    }
    /// Replaces the `target`-th time string (in walk order) with `new`.
    fn replace(value: &mut Value, target: &mut usize, new: &str) -> bool {
        match value {
            Value::String(text) if is_time(text) => {
                if *target == 0 {
                    *text = new.to_string();
                    return true;
                }
                *target -= 1;
                false
            }
            Value::Array(items) => items.iter_mut().any(|item| replace(item, target, new)),
            Value::Object(map) => map.values_mut().any(|item| replace(item, target, new)),
            _ => false,
        }
    }
    for &(which, odd) in picks {
        // Counted afresh each time: an odd time written may or may not look like a time any more.
        let times = count(&root);
        if times == 0 {
            break;
        }
        replace(
            &mut root,
            &mut (which % times),
            ODD_TIMES[odd % ODD_TIMES.len()],
        );
    }
    root
}

thread_local! {
    /// Inputs accepted by the test running on this thread (each test runs on its own thread).
    static ACCEPTED: Cell<u32> = const { Cell::new(0) };
}

/// Counts one accepted input for [`run`]'s report.
pub fn count_accepted() {
    ACCEPTED.with(|accepted| accepted.set(accepted.get() + 1));
}

/// The fixtures as JSON trees.
pub fn parse_all(texts: &[String]) -> Vec<Value> {
    texts
        .iter()
        .map(|text| serde_json::from_str(text).expect("fixture json"))
        .collect()
}

/// Runs `property` over `cases` inputs from `strategy`, failing with the smallest failing input; prints how
/// many inputs it ran and how many were accepted (`accepted` names what was), and returns the number of inputs.
pub fn run<S: Strategy>(
    name: &str,
    accepted: &str,
    cases: u32,
    strategy: S,
    property: impl Fn(S::Value) -> Result<(), TestCaseError>,
) -> u32 {
    // `HOSTILE_CASES_TIMES=50 cargo test` runs each property fifty times as often: the way to look for a rare
    // input before CI meets it by chance (each run draws new inputs).
    let cases = cases.saturating_mul(
        std::env::var("HOSTILE_CASES_TIMES")
            .ok()
            .and_then(|times| times.parse().ok())
            .unwrap_or(1),
    );
    let count = Cell::new(0u32);
    ACCEPTED.with(|accepted| accepted.set(0));
    let mut runner = TestRunner::new(Config {
        cases,
        max_shrink_iters: 2_000,
        // Failures are reported with the smallest input; nothing is written next to the sources.
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&strategy, |input| {
        count.set(count.get() + 1);
        property(input)
    });
    if let Err(failure) = result {
        panic!("{name}: {failure}");
    }
    println!(
        "{name}: {} inputs, 0 panics, {} {accepted}",
        count.get(),
        ACCEPTED.with(Cell::get)
    );
    assert!(count.get() >= cases, "{name} ran only {}", count.get());
    count.get()
}

/// One fixture (of `parsed`) with one node swapped for generated JSON.
pub fn swapped(parsed: &'static [Value]) -> impl Strategy<Value = String> {
    (0..parsed.len(), any::<usize>(), json_value()).prop_map(move |(which, index, value)| {
        replace_node(parsed[which].clone(), index, value).to_string()
    })
}

/// One fixture (of `parsed`) with one to three of its times made odd.
pub fn retimed_fixture(parsed: &'static [Value]) -> impl Strategy<Value = String> {
    (
        0..parsed.len(),
        prop::collection::vec((any::<usize>(), any::<usize>()), 1..4),
    )
        .prop_map(move |(which, picks)| retimed(parsed[which].clone(), &picks).to_string())
}

/// `wrap` around up to 20,000 nested objects or lists holding `inner`.
pub fn deeply_nested(
    inner: &'static str,
    wrap: fn(&str) -> String,
) -> impl Strategy<Value = String> {
    (1usize..20_000, any::<bool>()).prop_map(move |(depth, object)| {
        let (open, close) = if object { ("{\"a\":", "}") } else { ("[", "]") };
        wrap(&format!(
            "{}{inner}{}",
            open.repeat(depth),
            close.repeat(depth)
        ))
    })
}

/// The same kind of refusal, whatever the words.
pub fn refusal_kind(error: &headache_diary::storage::StorageError) -> &'static str {
    use headache_diary::storage::StorageError;
    match error {
        StorageError::Corrupt(_) => "damaged",
        StorageError::WrongShape(_) => "wrong shape",
        StorageError::NewerVersion { .. } => "newer",
        _ => "other",
    }
}

/// A document's own codec against serde on `text`: the same document when the codec reads it (counted as
/// accepted), the same kind of refusal when both refuse. serde reads as it goes and names the first thing it
/// meets; the codec reads the whole text first, so text that is not JSON at all is always called damaged. Four
/// differences are the codec's on purpose: serde also reads a struct written as a list of its fields
/// (`"data":[]`), which no build ever wrote; serde migrates an older version through a tree that keeps only the
/// last of a part given twice (dropping the first without a word), which the codec refuses; serde calls a
/// number too large for a float (1e400) damaged text where the codec, which keeps numbers as written, refuses it
/// where a whole number belongs; and serde skips a text holding half of a character (a `\ud800` escape without
/// its pair) in a part it ignores, where the codec calls any such text damaged: Rust text cannot hold half a
/// character, so no build (serde's or the codec's) ever wrote one, and the save is kept aside, not lost.
pub fn codec_reads_as_serde_does<D>(text: &str) -> Result<(), TestCaseError>
where
    D: headache_diary::storage::Document + PartialEq + std::fmt::Debug,
{
    use headache_diary::storage::json::{Json, HALF_A_CHARACTER};
    use headache_diary::storage::{serde_decode, StorageError};
    match (D::from_stored_text(text), serde_decode::<D>(text)) {
        (Ok(by_codec), by_serde) => {
            prop_assert_eq!(Ok(by_codec), by_serde, "text: {}", text);
            count_accepted();
        }
        (Err(by_codec), Ok(_)) => prop_assert!(
            (text.contains('[') && by_codec.to_string().contains("a list where"))
                || Json::parse(text).is_ok_and(|json| names_a_part_twice(&json))
                || Json::parse(text).is_err_and(|problem| problem.contains(HALF_A_CHARACTER)),
            "only serde read: {} ({})",
            text,
            by_codec
        ),
        (Err(by_codec), Err(by_serde)) => {
            let expected = if Json::parse(text).is_err() {
                "damaged"
            } else if matches!(by_serde, StorageError::Corrupt(_)) {
                "wrong shape"
            } else {
                refusal_kind(&by_serde)
            };
            prop_assert_eq!(
                refusal_kind(&by_codec),
                expected,
                "text: {}\ncodec: {}\nserde: {}",
                text,
                by_codec,
                by_serde
            );
        }
    }
    Ok(())
}

/// Whether an object anywhere in `json` gives a name twice.
fn names_a_part_twice(json: &headache_diary::storage::json::Json<'_>) -> bool {
    use headache_diary::storage::json::Json;
    match json {
        Json::Object(fields) => {
            fields
                .iter()
                .enumerate()
                .any(|(at, (name, _))| fields[..at].iter().any(|(earlier, _)| earlier == name))
                || fields.iter().any(|(_, value)| names_a_part_twice(value))
        }
        Json::Array(items) => items.iter().any(names_a_part_twice),
        _ => false,
    }
}
