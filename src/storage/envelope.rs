//! Pure encoding of stored documents: the versioned envelope and migrations. No browser APIs,
//! so every migration is tested natively against fixture files.
//!
//! Every document the app stores is written and read by the storage's own codec (`codec.rs`), which writes the
//! text serde's derives write without serde's code per type in the build. serde's reader and writer stay here
//! ([`serde_decode`], [`serde_encode_with_lineage`]) as the reference the codecs' property tests hold them to, and
//! as the trait's defaults.

use serde::{de::DeserializeOwned, Deserialize, Serialize};
use serde_json::Value;

use super::StorageError;

/// A kind of data the app stores under one localStorage key.
pub trait Document: Serialize + DeserializeOwned {
    /// The localStorage key. Chosen by hand and never derived from a type name, so renaming a
    /// type cannot orphan saved data.
    const KEY: &'static str;
    /// The version this build writes.
    const VERSION: u32;

    /// Brings `data`, stored at `from_version` (always lower than [`Self::VERSION`]), up to the
    /// current shape. Pure: tested natively with a fixture per earlier version.
    fn migrate(from_version: u64, data: Value) -> Result<Value, StorageError>;

    /// The text stored for this document, carrying `lineage` (see `storage::lineage`): serde's
    /// [`serde_encode_with_lineage`] unless the document's own codec writes it (every stored document's does:
    /// `diary_codec.rs`, `self_check_codec.rs`, and `codec::encode_document` for the small ones).
    fn to_stored_text_with_lineage(&self, lineage: &[String]) -> Result<String, StorageError> {
        serde_encode_with_lineage(self, lineage)
    }

    /// The text stored for this document, with no lineage.
    fn to_stored_text(&self) -> Result<String, StorageError> {
        self.to_stored_text_with_lineage(&[])
    }

    /// Reads the text stored under [`Self::KEY`], migrating older versions: serde's [`serde_decode`], unless the
    /// document has a codec of its own.
    fn from_stored_text(raw: &str) -> Result<Self, StorageError> {
        serde_decode(raw)
    }

    /// Whether the text stored under [`Self::KEY`] is a sealed (locked) wrapper rather than this document
    /// ([`super::sealed::is_sealed`]).
    fn is_sealed_text(raw: &str) -> bool {
        super::sealed::is_sealed(raw)
    }
}

#[derive(Serialize)]
struct EnvelopeOut<'a, D> {
    version: u32,
    /// The diary's lineage (`storage::lineage`): stamps of the saves this text builds on. Left out when empty,
    /// and ignored by every reader but the lineage check, so any build reads the text as before.
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    w: &'a [String],
    data: &'a D,
}

/// The envelope as read: `data` is left as raw text, so the current version is decoded
/// straight from the stored string, without an intermediate JSON tree (faster for a large
/// diary, and it keeps the tree deserializer of every stored type out of the wasm bundle).
#[derive(Deserialize)]
struct EnvelopeIn<'a> {
    version: u64,
    #[serde(borrow)]
    data: &'a serde_json::value::RawValue,
}

/// The text stored for `doc`.
pub fn encode<D: Document>(doc: &D) -> Result<String, StorageError> {
    doc.to_stored_text()
}

/// The text stored for `doc`, carrying `lineage` (see `storage::lineage`).
pub fn encode_with_lineage<D: Document>(
    doc: &D,
    lineage: &[String],
) -> Result<String, StorageError> {
    doc.to_stored_text_with_lineage(lineage)
}

/// Reads stored text, migrating older versions. Never guesses: anything it cannot read exactly
/// is an error, so the caller can keep the raw text safe.
pub fn decode<D: Document>(raw: &str) -> Result<D, StorageError> {
    D::from_stored_text(raw)
}

/// The envelope written by serde: what every document's own codec must write too (their property tests compare).
pub fn serde_encode_with_lineage<D: Document>(
    doc: &D,
    lineage: &[String],
) -> Result<String, StorageError> {
    serde_json::to_string(&EnvelopeOut {
        version: D::VERSION,
        w: lineage,
        data: doc,
    })
    .map_err(|error| StorageError::WriteFailed(error.to_string()))
}

/// The lineage stored in `raw`; empty when it has none or cannot be read (such text is never built on).
/// [`encode_with_lineage`] writes it straight after the version, so only the start of the text is read: a
/// ten-year diary is not scanned again at every load just to find a few stamps.
pub fn lineage_of(raw: &str) -> Vec<String> {
    let Some(rest) = raw.strip_prefix("{\"version\":") else {
        return Vec::new();
    };
    let Some(list) = rest
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .strip_prefix(",\"w\":")
    else {
        return Vec::new();
    };
    // Stamps are letters, digits and dots: the first `]` ends the list.
    list.find(']')
        .and_then(|end| super::json::Json::parse(&list[..=end]).ok())
        .and_then(|json| <Vec<String> as super::codec::Codec>::from_json(&json).ok())
        .unwrap_or_default()
}

/// Reads stored text with serde, migrating older versions; what every document's own codec must read alike.
pub fn serde_decode<D: Document>(raw: &str) -> Result<D, StorageError> {
    // An envelope is always a JSON object; serde would also accept `[version, data]`.
    if !raw.trim_start().starts_with('{') {
        return Err(match serde_json::from_str::<serde::de::IgnoredAny>(raw) {
            Ok(_) => StorageError::WrongShape("no version envelope".into()),
            Err(error) => StorageError::Corrupt(readable(&error)),
        });
    }
    let envelope: EnvelopeIn<'_> = serde_json::from_str(raw).map_err(|error| {
        if error.is_syntax() || error.is_eof() {
            StorageError::Corrupt(readable(&error))
        } else {
            StorageError::WrongShape(format!("no version envelope: {}", readable(&error)))
        }
    })?;
    let migrated;
    let data = match older_version(envelope.version, D::VERSION)? {
        None => envelope.data.get(),
        Some(older) => {
            let tree: Value = serde_json::from_str(envelope.data.get())
                .map_err(|error| StorageError::Corrupt(readable(&error)))?;
            // Back to text, so the current shape is only ever read by one decoder.
            migrated = D::migrate(older, tree)?.to_string();
            &migrated
        }
    };
    serde_json::from_str(data).map_err(|error| StorageError::WrongShape(readable(&error)))
}

/// Where a stored `found` version stands against the `current` one this build writes: `None` when it is current,
/// the older version to migrate from, or an error for a newer version or version 0 (never written). Shared by
/// [`decode`] and the self-check's own codec, so both refuse the same versions in the same words.
pub fn older_version(found: u64, current: u32) -> Result<Option<u64>, StorageError> {
    match found {
        v if v == u64::from(current) => Ok(None),
        v if v > u64::from(current) => Err(StorageError::NewerVersion {
            found: v,
            supported: current,
        }),
        0 => Err(StorageError::WrongShape(
            "version 0 was never written".into(),
        )),
        older => Ok(Some(older)),
    }
}

/// The longest word of the parser's message kept whole, and the longest message, in characters.
const WORD_MAX_CHARS: usize = 60;
const DETAIL_MAX_CHARS: usize = 300;

/// serde's message in plain words (`storage::parser_words`), short enough to read: it may quote what it could
/// not read (a bad date), and in a damaged or hostile file that can be a hundred kilobytes, which would bury the
/// sentence around it.
pub(crate) fn readable(error: &serde_json::Error) -> String {
    shortened(&super::parser_words::in_words(error))
}

/// A message about stored text, short enough to read: each very long word (a hostile value quoted back) cut to
/// its start, and the whole cut at [`DETAIL_MAX_CHARS`]. Used for serde's messages and the codecs' alike.
pub(crate) fn shortened(message: &str) -> String {
    let words: Vec<String> = message
        .split(' ')
        .map(|word| {
            if word.chars().count() > WORD_MAX_CHARS {
                let start: String = word.chars().take(WORD_MAX_CHARS / 2).collect();
                format!("{start}…")
            } else {
                word.to_string()
            }
        })
        .collect();
    let detail = words.join(" ");
    if detail.chars().count() > DETAIL_MAX_CHARS {
        let start: String = detail.chars().take(DETAIL_MAX_CHARS).collect();
        format!("{start}…")
    } else {
        detail
    }
}
