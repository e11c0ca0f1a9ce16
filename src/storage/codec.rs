//! What the stored documents' own codecs share (`self_check_codec.rs`, `diary_codec.rs`): a value that turns into
//! [`Json`] and back, the readers of plain values and lists, and the rules serde's derived readers follow (a field
//! named twice is an error, unknown fields are ignored, `null` is only an empty `Option`).
//!
//! Why not serde: `json.rs` says. Each codec is held to serde's text in both directions by a property test.

use std::borrow::Cow;
use std::fmt::Write as _;

use chrono::{NaiveDate, NaiveDateTime};

use super::diary::{run_migrations, Migration};
use super::envelope::{older_version, shortened};
use super::json::{write_string, Json};
use super::parser_words::{part_name, short as quoted};
use super::StorageError;
use crate::domain::date_text::{read_date, ISO_DATE_PATTERN};
use crate::domain::diary::time_format;
use crate::domain::enum_set::{Choice, EnumSet};

/// A stored value that turns into JSON and back.
pub(crate) trait Codec: Sized {
    fn to_json(&self) -> Json<'static>;
    fn from_json(json: &Json) -> Result<Self, String>;

    /// Appends the value's JSON text to `out`, the same text as `to_json` gives. The diary's types write
    /// themselves straight into the text: building the tree first made saving a ten-year diary three times slower.
    fn write_json(&self, out: &mut String) {
        self.to_json().write(out);
    }
}

/// The fields of an object, refusing a name given twice (as serde's derived readers do).
pub(crate) fn fields_of<'j, 'a>(
    json: &'j Json<'a>,
) -> Result<&'j [(Cow<'a, str>, Json<'a>)], String> {
    let fields = fields_of_once(json)?;
    for (at, (name, _)) in fields.iter().enumerate() {
        if fields[..at].iter().any(|(earlier, _)| earlier == name) {
            return Err(TWICE.to_string());
        }
    }
    Ok(fields)
}

/// The version and data of a stored envelope, refused as serde's envelope reader refuses it: not an object, a
/// version that is not a whole number, no data, a field named twice.
pub(crate) fn read_envelope<'j, 'a>(
    envelope: &'j Json<'a>,
) -> Result<(u64, &'j Json<'a>), StorageError> {
    let Json::Object(_) = envelope else {
        return Err(StorageError::WrongShape("no version envelope".into()));
    };
    envelope_parts(envelope)
        .map_err(|problem| StorageError::WrongShape(format!("no version envelope: {problem}")))
}

/// `{"version":…,"data":…}`: the whole-number version and the data of an object (other fields are ignored, a field
/// given twice is refused). A stored document and a backup file are both such an envelope.
pub(crate) fn envelope_parts<'j, 'a>(json: &'j Json<'a>) -> Result<(u64, &'j Json<'a>), String> {
    fields_of(json)?;
    let version = u64::from_json(required(json, "version")?)?;
    Ok((version, required(json, "data")?))
}

/// The stored text of a document: the versioned envelope as `envelope::encode_with_lineage` writes it, the lineage
/// (`storage::lineage`) straight after the version and left out when empty.
pub(crate) fn encode_document<D: Codec>(document: &D, version: u32, lineage: &[String]) -> String {
    let mut out = String::with_capacity(256);
    out.push_str("{\"version\":");
    version.write_json(&mut out);
    if !lineage.is_empty() {
        out.push_str(",\"w\":");
        write_list(lineage, &mut out);
    }
    out.push_str(",\"data\":");
    document.write_json(&mut out);
    out.push('}');
    out
}

/// Reads a document's stored text, bringing an older version up with `migrate`, with the same kinds of error as
/// `envelope::decode` (damaged text, no envelope, a newer version, a wrong shape) in words short enough to read, so
/// the caller keeps the text aside. Never guesses.
pub(crate) fn decode_document<'r, D: Codec>(
    raw: &'r str,
    current: u32,
    migrate: impl FnOnce(u64, Json<'r>) -> Result<Json<'r>, StorageError>,
) -> Result<D, StorageError> {
    let read = move || {
        let envelope = Json::parse(raw).map_err(StorageError::Corrupt)?;
        let (version, data) = read_envelope(&envelope)?;
        let migrated;
        let data = match older_version(version, current)? {
            None => data,
            Some(older) => {
                migrated = migrate(older, data.clone())?;
                &migrated
            }
        };
        D::from_json(data).map_err(StorageError::WrongShape)
    };
    read().map_err(readable_error)
}

/// `decode_document` for a document with a chain of migration `steps` (the diary's, the self-check's): an older
/// save is brought up by them on an owned tree, as the steps take it; only a save from an older build goes this
/// way, once.
pub(crate) fn decode_migrating<D: Codec>(
    raw: &str,
    current: u32,
    steps: &[Migration<Json<'static>>],
) -> Result<D, StorageError> {
    decode_document(raw, current, |from, data| {
        run_migrations(from, u64::from(current), data.into_owned(), steps)
    })
}

/// The storage methods of a small document at its first version (nothing older to migrate from), written and read
/// by this codec: put inside its `impl Document`, with what the document is called in a refusal.
macro_rules! first_version_document {
    ($what:literal) => {
        fn migrate(
            from_version: u64,
            _data: serde_json::Value,
        ) -> Result<serde_json::Value, $crate::storage::StorageError> {
            Err($crate::storage::codec::no_older_version(
                $what,
                from_version,
            ))
        }

        fn to_stored_text_with_lineage(
            &self,
            lineage: &[String],
        ) -> Result<String, $crate::storage::StorageError> {
            Ok($crate::storage::codec::encode_document(
                self,
                Self::VERSION,
                lineage,
            ))
        }

        fn from_stored_text(raw: &str) -> Result<Self, $crate::storage::StorageError> {
            $crate::storage::codec::decode_document(raw, Self::VERSION, |from, _| {
                Err($crate::storage::codec::no_older_version($what, from))
            })
        }
    };
}
pub(crate) use first_version_document;

/// An older version of a document that has none: refused, never guessed at.
pub(crate) fn no_older_version(what: &str, from_version: u64) -> StorageError {
    StorageError::WrongShape(format!("unknown {what} version {from_version}"))
}

/// `error` with its words short enough to read (`envelope::shortened`): a codec's message may quote what it could
/// not read, and in a damaged or hostile save that can be a hundred kilobytes.
fn readable_error(error: StorageError) -> StorageError {
    match error {
        StorageError::Corrupt(detail) => StorageError::Corrupt(shortened(&detail)),
        StorageError::WrongShape(detail) => StorageError::WrongShape(shortened(&detail)),
        other => other,
    }
}

/// The fields of an object, every one named in `known` at most once and no other (`#[serde(deny_unknown_fields)]`:
/// a strict format, where a field this build does not write means the text is not what it wrote).
pub(crate) fn strict_fields<'j, 'a>(
    json: &'j Json<'a>,
    known: &[&str],
) -> Result<&'j [(Cow<'a, str>, Json<'a>)], String> {
    let fields = fields_of(json)?;
    match fields.iter().find(|(name, _)| !known.contains(&&**name)) {
        Some((name, _)) => Err(format!(
            "it has a part named “{}” that this app does not know",
            quoted(name)
        )),
        None => Ok(fields),
    }
}

/// A field that may be missing, read as `default` then (`#[serde(default)]` on a field).
pub(crate) fn optional<T: Codec>(json: &Json, name: &str, default: T) -> Result<T, String> {
    json.field(name).map_or(Ok(default), T::from_json)
}

/// A field that must be there.
pub(crate) fn required<'j, 'a>(json: &'j Json<'a>, name: &str) -> Result<&'j Json<'a>, String> {
    json.field(name).ok_or_else(|| missing(name))
}

/// The refusal of a known field given twice, in `parser_words`' words.
pub(crate) const TWICE: &str = "a part is given twice";

/// The refusal of a missing required field, in `parser_words`' words: the part as a person calls it.
pub(crate) fn missing(name: &str) -> String {
    match name {
        "data" | "version" => format!("it has no {name} part"),
        field => match part_name(field) {
            Some(part) => format!("an entry has no {part}, which it needs"),
            None => "a part the app needs is missing".to_string(),
        },
    }
}

/// A value of the wrong kind, in `parser_words`' words: "it has the text “seven” where a whole number belongs".
pub(crate) fn wrong_kind(json: &Json, belongs: &str) -> String {
    format!("it has {} where {belongs} belongs", found_words(json))
}

/// What a value is, as `parser_words` names what serde found.
fn found_words(json: &Json) -> String {
    match json {
        Json::String(text) => format!("the text “{}”", quoted(text)),
        Json::Number(number) => format!("the number {}", quoted(number)),
        Json::Bool(_) => "a yes/no value".to_string(),
        Json::Null => "an empty value".to_string(),
        Json::Array(_) => "a list".to_string(),
        Json::Object(_) => "a group of fields".to_string(),
    }
}

/// A value in a message: short, as text may be long or hostile.
pub(crate) fn short(json: &Json) -> String {
    match json {
        Json::String(text) => format!("“{}”", quoted(text)),
        other => found_words(other),
    }
}

/// A unit enum stored as its name. Encoding matches every variant, so a variant added to the type and not here
/// stops the build.
macro_rules! named_enum {
    ($type:ident { $($variant:ident = $name:literal),* $(,)? }) => {
        impl $crate::storage::codec::Codec for $type {
            fn to_json(&self) -> $crate::storage::json::Json<'static> {
                $crate::storage::json::Json::String(match self { $($type::$variant => $name,)* }.into())
            }
            fn write_json(&self, out: &mut String) {
                // The names need no escaping.
                out.push('"');
                out.push_str(match self { $($type::$variant => $name,)* });
                out.push('"');
            }
            fn from_json(json: &$crate::storage::json::Json) -> Result<Self, String> {
                match json {
                    $($crate::storage::json::Json::String(name) if name == $name => Ok($type::$variant),)*
                    $crate::storage::json::Json::String(_) => Err(format!(
                        "{} is not one of the choices this app knows",
                        $crate::storage::codec::short(json)
                    )),
                    _ => Err($crate::storage::codec::wrong_kind(json, "one of the app's choices")),
                }
            }
        }
    };
}
pub(crate) use named_enum;

/// A unit enum stored as its code: the domain's `code()` names each variant (one table, which the CSV export
/// uses too) and `ALL` lists them for reading.
macro_rules! coded_enum {
    ($($type:ident),* $(,)?) => {$(
        impl $crate::storage::codec::Codec for $type {
            fn to_json(&self) -> $crate::storage::json::Json<'static> {
                $crate::storage::json::Json::String(self.code().into())
            }
            fn write_json(&self, out: &mut String) {
                // Codes need no escaping.
                out.push('"');
                out.push_str(self.code());
                out.push('"');
            }
            fn from_json(json: &$crate::storage::json::Json<'_>) -> Result<Self, String> {
                match json {
                    $crate::storage::json::Json::String(name) => $type::ALL
                        .into_iter()
                        .find(|value| value.code() == name)
                        .ok_or_else(|| {
                            format!(
                                "{} is not one of the choices this app knows",
                                $crate::storage::codec::short(json)
                            )
                        }),
                    _ => Err($crate::storage::codec::wrong_kind(json, "one of the app's choices")),
                }
            }
        }
    )*};
}
pub(crate) use coded_enum;

impl<T: Codec> Codec for Option<T> {
    fn to_json(&self) -> Json<'static> {
        self.as_ref().map_or(Json::Null, Codec::to_json)
    }
    fn write_json(&self, out: &mut String) {
        match self {
            Some(value) => value.write_json(out),
            None => out.push_str("null"),
        }
    }
    fn from_json(json: &Json) -> Result<Self, String> {
        match json {
            Json::Null => Ok(None),
            other => T::from_json(other).map(Some),
        }
    }
}

/// A list of values, from a slice (so a long list is written without a copy).
pub(crate) fn list_to_json<T: Codec>(items: &[T]) -> Json<'static> {
    Json::Array(items.iter().map(Codec::to_json).collect())
}

/// Appends a list of values as JSON text.
pub(crate) fn write_list<'a, T: Codec + 'a>(
    items: impl IntoIterator<Item = &'a T>,
    out: &mut String,
) {
    out.push('[');
    for (at, item) in items.into_iter().enumerate() {
        if at > 0 {
            out.push(',');
        }
        item.write_json(out);
    }
    out.push(']');
}

impl<T: Codec> Codec for Vec<T> {
    fn to_json(&self) -> Json<'static> {
        list_to_json(self)
    }
    fn write_json(&self, out: &mut String) {
        write_list(self, out);
    }
    fn from_json(json: &Json) -> Result<Self, String> {
        // A plain loop: `collect` into a `Result` costs each element type its own adapter in the small
        // self-check build.
        let items = list(json)?;
        let mut read = Vec::with_capacity(items.len());
        for item in items {
            read.push(T::from_json(item)?);
        }
        Ok(read)
    }
}

/// A set of choices, stored as a `BTreeSet` of them was: its list in order, a value listed twice read once.
impl<T: Codec + Choice> Codec for EnumSet<T> {
    fn to_json(&self) -> Json<'static> {
        Json::Array(self.iter().map(Codec::to_json).collect())
    }
    fn write_json(&self, out: &mut String) {
        write_list(self, out);
    }
    fn from_json(json: &Json) -> Result<Self, String> {
        let mut read = EnumSet::new();
        for item in list(json)? {
            read.insert(T::from_json(item)?);
        }
        Ok(read)
    }
}

fn list<'j, 'a>(json: &'j Json<'a>) -> Result<&'j [Json<'a>], String> {
    match json {
        Json::Array(items) => Ok(items),
        other => Err(wrong_kind(other, "a list")),
    }
}

/// A whole number in the type's range, written as serde_json writes it and read only from an integer's digits (a
/// fraction, an exponent or a sign is refused, as serde refuses them for an unsigned field).
macro_rules! whole_number {
    ($($type:ty),*) => {$(
        impl Codec for $type {
            fn to_json(&self) -> Json<'static> {
                Json::Number(self.to_string().into())
            }
            fn write_json(&self, out: &mut String) {
                write!(out, "{self}").expect("writing to a String");
            }
            fn from_json(json: &Json) -> Result<Self, String> {
                match json {
                    Json::Number(number) => number.parse().map_err(|_| {
                        format!("{}, and that is out of range", wrong_kind(json, "a whole number"))
                    }),
                    other => Err(wrong_kind(other, "a whole number")),
                }
            }
        }
    )*};
}
whole_number!(u8, u32, u64);

impl Codec for bool {
    fn to_json(&self) -> Json<'static> {
        Json::Bool(*self)
    }
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
    fn from_json(json: &Json) -> Result<Self, String> {
        match json {
            Json::Bool(value) => Ok(*value),
            other => Err(wrong_kind(other, "a yes/no value")),
        }
    }
}

impl Codec for String {
    fn to_json(&self) -> Json<'static> {
        Json::String(self.clone().into())
    }
    fn write_json(&self, out: &mut String) {
        write_string(self, out);
    }
    fn from_json(json: &Json) -> Result<Self, String> {
        match json {
            Json::String(text) => Ok(text.to_string()),
            other => Err(wrong_kind(other, "text")),
        }
    }
}

/// A date as chrono's serde writes and reads it (its `Display` and `FromStr`): `2026-03-01`.
impl Codec for NaiveDate {
    fn to_json(&self) -> Json<'static> {
        Json::String(self.to_string().into())
    }
    fn from_json(json: &Json) -> Result<Self, String> {
        match json {
            Json::String(text) => read_date(text, ISO_DATE_PATTERN)
                .ok_or_else(|| format!("{} is not a date", short(json))),
            other => Err(wrong_kind(other, "a date")),
        }
    }
}

/// Whether a field with a default is at its default and so left out of the text (`skip_serializing_if`).
pub(crate) trait Omitted {
    fn omitted(&self) -> bool;
}

impl<T> Omitted for Option<T> {
    fn omitted(&self) -> bool {
        self.is_none()
    }
}

impl<T> Omitted for Vec<T> {
    fn omitted(&self) -> bool {
        self.is_empty()
    }
}

impl<T: Choice> Omitted for EnumSet<T> {
    fn omitted(&self) -> bool {
        self.is_empty()
    }
}

impl Omitted for String {
    fn omitted(&self) -> bool {
        self.is_empty()
    }
}

impl Omitted for bool {
    fn omitted(&self) -> bool {
        !*self
    }
}

/// The fields of an object; a known field given twice is refused by [`read_once`] (serde ignores unknown ones, even
/// twice).
pub(crate) fn fields_of_once<'j, 'a>(
    json: &'j Json<'a>,
) -> Result<&'j [(Cow<'a, str>, Json<'a>)], String> {
    match json {
        Json::Object(fields) => Ok(fields),
        other => Err(wrong_kind(other, "a group of fields")),
    }
}

/// The tree of a value that writes its text straight out (the app never needs it: saving writes text, and reading
/// builds the value from the parsed tree).
pub(crate) fn tree_of<T: Codec>(value: &T) -> Json<'static> {
    let mut text = String::new();
    value.write_json(&mut text);
    Json::parse(&text)
        .expect("the codec writes JSON")
        .into_owned()
}

/// Appends `"key":` to an object's text, after a comma unless it is the first field.
pub(crate) fn write_key(key: &str, first: &mut bool, out: &mut String) {
    if !std::mem::take(first) {
        out.push(',');
    }
    out.push('"');
    out.push_str(key);
    out.push_str("\":");
}

/// Reads one known field into its slot, refusing it a second time.
pub(crate) fn read_once<T>(
    slot: &mut Option<T>,
    value: &Json,
    read: fn(&Json) -> Result<T, String>,
) -> Result<(), String> {
    if slot.is_some() {
        return Err(TWICE.to_string());
    }
    *slot = Some(read(value)?);
    Ok(())
}

/// A struct stored with short field names. `required` fields must be there; `omitted` ones take their default
/// when missing and are left out when at it. `via` names a module with `write_json` / `from_json` for a field stored
/// in its own way (times). Encoding takes the struct apart field by field, so a field added to the type and not
/// listed here stops the build instead of going unsaved.
macro_rules! compact_struct {
    ($type:ident { $($field:ident : $key:literal $kind:ident $(via $via:ident)?),* $(,)? }) => {
        impl $crate::storage::codec::Codec for $type {
            fn to_json(&self) -> $crate::storage::json::Json<'static> {
                $crate::storage::codec::tree_of(self)
            }
            fn write_json(&self, out: &mut String) {
                let $type { $($field),* } = self;
                let mut first = true;
                out.push('{');
                $(compact_struct!(@write out, first, $field, $key, $kind $(, $via)?);)*
                out.push('}');
            }
            fn from_json(json: &$crate::storage::json::Json) -> Result<Self, String> {
                let fields = $crate::storage::codec::fields_of_once(json)?;
                $(let mut $field = None;)*
                for (name, value) in fields {
                    match &**name {
                        $($key => $crate::storage::codec::read_once(&mut $field, value, compact_struct!(@reader $($via)?))?,)*
                        _ => {}
                    }
                }
                Ok($type { $($field: compact_struct!(@finish $field, $key, $kind)),* })
            }
        }
    };
    (@write $out:ident, $first:ident, $field:ident, $key:literal, required) => {
        $crate::storage::codec::write_key($key, &mut $first, $out);
        $crate::storage::codec::Codec::write_json($field, $out);
    };
    (@write $out:ident, $first:ident, $field:ident, $key:literal, required, $via:ident) => {
        $crate::storage::codec::write_key($key, &mut $first, $out);
        $crate::storage::codec::$via::write_json($field, $out);
    };
    (@write $out:ident, $first:ident, $field:ident, $key:literal, omitted $(, $via:ident)?) => {
        if !$crate::storage::codec::Omitted::omitted($field) {
            compact_struct!(@write $out, $first, $field, $key, required $(, $via)?);
        }
    };
    (@reader) => { $crate::storage::codec::Codec::from_json };
    (@reader $via:ident) => { $crate::storage::codec::$via::from_json };
    (@finish $field:ident, $key:literal, required) => {
        $field.ok_or_else(|| $crate::storage::codec::missing($key))?
    };
    (@finish $field:ident, $key:literal, omitted) => {
        $field.unwrap_or_default()
    };
}
pub(crate) use compact_struct;

/// A time as `time_format` stores it.
pub(crate) mod time {
    use super::*;

    pub fn write_json(time: &NaiveDateTime, out: &mut String) {
        // Times hold only digits, dashes, colons, a T and a dot: nothing to escape.
        out.push('"');
        out.push_str(&time_format::to_text(time));
        out.push('"');
    }

    pub fn from_json(json: &Json) -> Result<NaiveDateTime, String> {
        match json {
            Json::String(text) => time_format::from_text(text)
                .ok_or_else(|| format!("{} is not a date and time", short(json))),
            other => Err(wrong_kind(other, "a time")),
        }
    }
}

/// An optional time as `time_format::option` stores it.
pub(crate) mod optional_time {
    use super::*;

    pub fn write_json(time: &Option<NaiveDateTime>, out: &mut String) {
        match time {
            Some(time) => super::time::write_json(time, out),
            None => out.push_str("null"),
        }
    }

    pub fn from_json(json: &Json) -> Result<Option<NaiveDateTime>, String> {
        match json {
            Json::Null => Ok(None),
            other => super::time::from_json(other).map(Some),
        }
    }
}
