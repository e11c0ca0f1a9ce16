//! The stored form of a diary locked with a passphrase, and nothing else: parsing, writing and base64. Pure (no
//! browser APIs), so every refusal is tested natively; sealing and opening are `storage::sealing`, over the
//! encryption of `platform::crypto`.
//!
//! Stored under the diary's own key, in place of the plain envelope:
//!
//! ```json
//! {"version":2,"sealed":{"kdf":"PBKDF2-SHA-256","iterations":600000,"salt":"…","header":"…",
//!   "check":{"iv":"…","ciphertext":"…"},"iv":"…","ciphertext":"…"}}
//! ```
//!
//! `header` (version 2 on) is a checksum of the key derivation's settings (kdf, iterations, salt). They must be
//! read before any key exists, and an altered salt or iteration count gives another key, so without it the
//! check blob would fail exactly as for a wrong passphrase and the person would be told to check their spelling
//! of a passphrase that is right. With it, such damage is named before a passphrase is asked for. It is no
//! defence against someone who recomputes it (nothing key-free can be): it tells damage from a typo. Version 1
//! texts (no header) are still read; every save writes version 2.
//!
//! The body's plaintext is exactly the plain diary envelope text (`{"version":N,"data":…}`), so the diary's own
//! migrations still apply after decryption. The small `check` blob is [`CHECK_PLAINTEXT`] encrypted under the same
//! key with its own IV: it tells a wrong passphrase (the check fails) from a damaged or altered body (the check
//! passes, the body does not). AES-GCM authenticates both, so neither can be decoded to garbage. Each blob is
//! bound to its role by its additional data ([`CHECK_AAD`], [`BODY_AAD`]), so a check cannot be passed off as a
//! body or the other way round.

use thiserror::Error;

use super::codec::{optional, required, strict_fields, Codec};
use super::envelope::shortened;
use super::json::Json;
use super::parser_words::short;

pub use crate::platform::crypto::{Blob, IV_BYTES};

/// The version of the sealed wrapper this build writes (the diary inside carries its own). Version 1, without
/// the header checksum, is still read.
pub const SEALED_VERSION: u64 = 2;
/// The only key derivation this build writes and reads.
pub const KDF: &str = "PBKDF2-SHA-256";
/// PBKDF2 iterations written: OWASP's 2023 figure for PBKDF2-HMAC-SHA-256.
pub const ITERATIONS: u32 = 600_000;
/// The fewest iterations read back: this build never writes fewer, so fewer means the text was altered.
pub const MIN_ITERATIONS: u32 = ITERATIONS;
/// The most iterations read back: far more would freeze the page for minutes on a phone.
pub const MAX_ITERATIONS: u32 = 10_000_000;
/// Salt length in bytes (random per passphrase).
pub const SALT_BYTES: usize = 16;
/// AES-GCM authentication tag length in bytes, at the end of every ciphertext.
pub const TAG_BYTES: usize = 16;
/// The known text the check blob holds.
pub const CHECK_PLAINTEXT: &[u8] = b"headache-diary passphrase check";
/// Additional data authenticated with the check blob.
pub const CHECK_AAD: &[u8] = b"headache-diary.check:1";
/// Additional data authenticated with the diary body.
pub const BODY_AAD: &[u8] = b"headache-diary.diary:1";

/// A sealed diary as stored, fully parsed (nothing decrypted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    /// PBKDF2 iterations the key was derived with.
    pub iterations: u32,
    /// PBKDF2 salt.
    pub salt: [u8; SALT_BYTES],
    /// [`CHECK_PLAINTEXT`] under the key.
    pub check: Blob,
    /// The plain diary envelope text under the key.
    pub body: Blob,
}

/// Why stored text is not a sealed diary this build can open. Every message is shown as it is.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SealedError {
    /// Not a sealed wrapper at all.
    #[error("This is not a locked diary.")]
    NotSealed,
    /// A sealed wrapper, but some part of it is missing or malformed.
    #[error("The locked diary is damaged and cannot be opened ({0}). It has not been changed.")]
    Damaged(String),
    /// Written by a newer build.
    #[error("The locked diary was written by a newer version of this app (version {0}). Reload the page to get the newer app; nothing has been changed.")]
    NewerVersion(u64),
}

/// The check blob as stored: base64 texts.
struct BlobText {
    iv: String,
    ciphertext: String,
}

/// The wrapper's `sealed` part as stored, before its base64 is read and its settings checked.
struct SealedText {
    kdf: String,
    iterations: u64,
    salt: String,
    header: Option<String>,
    check: BlobText,
    iv: String,
    ciphertext: String,
}

/// Whether `raw` is a sealed wrapper (well-formed or not): a JSON object with one top-level `sealed` key that is
/// not `null`. A plain diary whose notes mention "sealed" is not one: only the top level is looked at.
pub fn is_sealed(raw: &str) -> bool {
    sealed_tree(raw).is_some()
}

/// The parsed text, if it is a sealed wrapper.
fn sealed_tree(raw: &str) -> Option<Json<'_>> {
    // The substring test skips the JSON scan for every plain diary that never mentions the word.
    if !(raw.contains("\"sealed\"") && raw.trim_start().starts_with('{')) {
        return None;
    }
    Json::parse(raw)
        .ok()
        .filter(|json| sealed_part(json).is_some())
}

/// The value of the one top-level `sealed` key, unless it is `null` (what serde's probe, an optional field, read).
fn sealed_part<'j, 'a>(json: &'j Json<'a>) -> Option<&'j Json<'a>> {
    let Json::Object(fields) = json else {
        return None;
    };
    let mut named = fields.iter().filter(|(name, _)| name == "sealed");
    match (named.next(), named.next()) {
        (Some((_, value)), None) if *value != Json::Null => Some(value),
        _ => None,
    }
}

/// A required text field of a strict part.
fn text_field(json: &Json, name: &str) -> Result<String, String> {
    String::from_json(required(json, name)?)
}

fn damaged(what: impl Into<String>) -> SealedError {
    SealedError::Damaged(what.into())
}

fn bytes<const N: usize>(text: &str, what: &str) -> Result<[u8; N], SealedError> {
    base64_decode(text)
        .and_then(|decoded| <[u8; N]>::try_from(decoded).ok())
        .ok_or_else(|| damaged(format!("its {what} is not {N} bytes of base64")))
}

fn ciphertext(text: &str, what: &str) -> Result<Vec<u8>, SealedError> {
    match base64_decode(text) {
        Some(decoded) if decoded.len() >= TAG_BYTES => Ok(decoded),
        Some(_) => Err(damaged(format!("its {what} is too short"))),
        None => Err(damaged(format!("its {what} is not base64"))),
    }
}

/// Reads a sealed wrapper. Strict: unknown fields, another KDF, an iteration count this build would not write,
/// or any base64 or length error is refused, never guessed at.
pub fn parse(raw: &str) -> Result<Sealed, SealedError> {
    let outer = sealed_tree(raw).ok_or(SealedError::NotSealed)?;
    let read = || -> Result<(u64, SealedText), String> {
        strict_fields(&outer, &["version", "sealed"])?;
        let version = u64::from_json(required(&outer, "version")?)?;
        let sealed = required(&outer, "sealed")?;
        strict_fields(
            sealed,
            &[
                "kdf",
                "iterations",
                "salt",
                "header",
                "check",
                "iv",
                "ciphertext",
            ],
        )?;
        let check = required(sealed, "check")?;
        strict_fields(check, &["iv", "ciphertext"])?;
        Ok((
            version,
            SealedText {
                kdf: text_field(sealed, "kdf")?,
                iterations: u64::from_json(required(sealed, "iterations")?)?,
                salt: text_field(sealed, "salt")?,
                header: optional(sealed, "header", None)?,
                check: BlobText {
                    iv: text_field(check, "iv")?,
                    ciphertext: text_field(check, "ciphertext")?,
                },
                iv: text_field(sealed, "iv")?,
                ciphertext: text_field(sealed, "ciphertext")?,
            },
        ))
    };
    let (version, text) = read().map_err(|problem| damaged(shortened(&problem)))?;
    match version {
        1 | SEALED_VERSION => {}
        version if version > SEALED_VERSION => return Err(SealedError::NewerVersion(version)),
        version => return Err(damaged(format!("version {version} is unknown"))),
    }
    match (version, &text.header) {
        (1, None) => {}
        (1, Some(_)) => return Err(damaged("version 1 has no header checksum")),
        (_, None) => return Err(damaged("its header checksum is missing")),
        (_, Some(header)) => {
            if *header != header_checksum(&text.kdf, text.iterations, &text.salt) {
                return Err(damaged(
                    "its salt or iteration count was altered, so no passphrase can open it",
                ));
            }
        }
    }
    if text.kdf != KDF {
        return Err(damaged(format!(
            "key derivation “{}” is unknown",
            short(&text.kdf)
        )));
    }
    let iterations = u32::try_from(text.iterations)
        .ok()
        .filter(|n| (MIN_ITERATIONS..=MAX_ITERATIONS).contains(n))
        .ok_or_else(|| damaged(format!("{} iterations is out of range", text.iterations)))?;
    Ok(Sealed {
        iterations,
        salt: bytes(&text.salt, "salt")?,
        check: Blob {
            iv: bytes(&text.check.iv, "check IV")?,
            ciphertext: ciphertext(&text.check.ciphertext, "check")?,
        },
        body: Blob {
            iv: bytes(&text.iv, "IV")?,
            ciphertext: ciphertext(&text.ciphertext, "ciphertext")?,
        },
    })
}

/// The text stored for `sealed`. [`parse`] reads it back exactly. Written by hand rather than through serde: every
/// value is base64 or a number, so nothing needs escaping and nothing can fail.
pub fn to_text(sealed: &Sealed) -> String {
    let salt = base64_encode(&sealed.salt);
    format!(
        "{{\"version\":{SEALED_VERSION},\"sealed\":{{\"kdf\":\"{KDF}\",\"iterations\":{},\"salt\":\"{}\",\"header\":\"{}\",\"check\":{{\"iv\":\"{}\",\"ciphertext\":\"{}\"}},\"iv\":\"{}\",\"ciphertext\":\"{}\"}}}}",
        sealed.iterations,
        salt,
        header_checksum(KDF, u64::from(sealed.iterations), &salt),
        base64_encode(&sealed.check.iv),
        base64_encode(&sealed.check.ciphertext),
        base64_encode(&sealed.body.iv),
        base64_encode(&sealed.body.ciphertext),
    )
}

/// The checksum of the key derivation's settings, as stored text: FNV-1a (64 bits) over `kdf:iterations:salt`,
/// in base64. A checksum, not a secret: see the module's notes.
pub fn header_checksum(kdf: &str, iterations: u64, salt_text: &str) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0100_0000_01b3;
    let hash = format!("{kdf}:{iterations}:{salt_text}")
        .bytes()
        .fold(OFFSET, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(PRIME)
        });
    base64_encode(&hash.to_be_bytes())
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding (RFC 4648 §4).
pub fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (index, shift) in [18u32, 12, 6, 0].into_iter().enumerate() {
            if index <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn sextet(c: u8) -> Option<u32> {
    ALPHABET
        .iter()
        .position(|&a| a == c)
        .and_then(|p| u32::try_from(p).ok())
}

/// Decodes standard padded base64; `None` for anything else (wrong length, stray characters or padding, unused
/// bits set), so one text has exactly one reading.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let input = text.as_bytes();
    if !input.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(input.len() / 4 * 3);
    let groups = input.len() / 4;
    for (group_index, group) in input.chunks(4).enumerate() {
        let last = group_index + 1 == groups;
        let padding = group.iter().rev().take_while(|&&c| c == b'=').count();
        if padding > 2 || (padding > 0 && !last) {
            return None;
        }
        let mut n = 0u32;
        for &c in &group[..4 - padding] {
            n = (n << 6) | sextet(c)?;
        }
        n <<= 6 * padding as u32;
        let decoded = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        let keep = 3 - padding;
        // Canonical only: the bits a padded group leaves unused must be zero.
        if decoded[keep..].iter().any(|&b| b != 0) {
            return None;
        }
        out.extend_from_slice(&decoded[..keep]);
    }
    Some(out)
}
