//! Reading and writing documents in the browser's localStorage, through `gloo_storage::LocalStorage`, behind one
//! availability probe. The only file that touches localStorage.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsValue;

use super::{Document, StorageError};
use crate::domain::stable_sort;

/// What a load found.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded<D> {
    /// Nothing stored yet: a first visit.
    Missing,
    /// The stored document, migrated to the current version.
    Ready(D),
    /// Something is stored but cannot be read. `raw` is exactly what is stored; it must be kept
    /// aside (see [`keep_aside`]) before anything is saved under the same key.
    Unreadable { raw: String, error: StorageError },
    /// The document is locked with a passphrase (see `storage::sealed`). `raw` is exactly what is stored. Never
    /// to be mistaken for "nothing stored" or "unreadable": it is the person's data, waiting for their passphrase.
    Sealed { raw: String },
}

/// The one availability probe. gloo's `LocalStorage::raw()` panics (`expect_throw`) when site data is blocked
/// (private mode, a browser setting): asking `window.localStorage` first, fallibly, turns that into
/// [`StorageError::Unavailable`], so the app explains the problem instead of crashing.
fn available() -> Result<(), StorageError> {
    match crate::platform::window().map(|window| window.local_storage()) {
        Some(Ok(Some(_))) => Ok(()),
        _ => Err(StorageError::Unavailable),
    }
}

/// Whether this browser lets the app store anything at all. Natively (the build's prerender step) storage is
/// an empty one: the first screens are rendered as a first visit sees them.
pub fn is_available() -> bool {
    !IN_BROWSER || available().is_ok()
}

/// Whether there is a browser to store in. Natively every read finds nothing and every write is dropped: only the
/// prerender step renders natively, and it must see a first visit and change nothing.
const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

/// The raw text stored under `key`, if any: byte for byte, so unreadable text can still be kept aside exactly.
pub fn read_raw(key: &str) -> Result<Option<String>, StorageError> {
    if !IN_BROWSER {
        return Ok(None);
    }
    available()?;
    LocalStorage::raw()
        .get_item(key)
        .map_err(|_| StorageError::Unavailable)
}

/// How long the text stored under `key` is (in UTF-16 code units, as the browser holds it) and whether it contains
/// `word`, asked of the browser without copying the text into the app; `None` when nothing is stored or storage is
/// unavailable. Reading a ten-year diary's 434 KB into the app takes a while on a slow phone; this does not.
pub fn stored_text_facts(key: &str, word: &str) -> Option<(u32, bool)> {
    use wasm_bindgen::JsCast;
    if !IN_BROWSER || available().is_err() {
        return None;
    }
    let storage = LocalStorage::raw();
    // web_sys's `get_item` hands back a Rust `String`, a copy of the whole text: called by name, the text stays a
    // JavaScript string, whose length and search run in the browser.
    let get_item = js_sys::Reflect::get(&storage, &JsValue::from_str("getItem"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let value = get_item.call1(&storage, &JsValue::from_str(key)).ok()?;
    let text = value.dyn_ref::<js_sys::JsString>()?;
    Some((text.length(), text.includes(word, 0)))
}

/// Stores `text` under `key` exactly as it is (it may not even be JSON: kept-aside unreadable text), telling a
/// full quota apart from other refusals.
pub fn write_raw(key: &str, text: &str) -> Result<(), StorageError> {
    if !IN_BROWSER {
        return Ok(());
    }
    available()?;
    LocalStorage::raw()
        .set_item(key, text)
        .map_err(|error| write_error(&js_error_name(&error)))
}

/// Removes `key`. Used only for data the person chose to delete.
pub fn remove(key: &str) -> Result<(), StorageError> {
    if !IN_BROWSER {
        return Ok(());
    }
    available()?;
    LocalStorage::delete(key);
    Ok(())
}

/// Every stored key that starts with `prefix`, sorted.
pub fn keys_starting_with(prefix: &str) -> Result<Vec<String>, StorageError> {
    if !IN_BROWSER {
        return Ok(Vec::new());
    }
    available()?;
    let storage = LocalStorage::raw();
    let mut keys: Vec<String> = (0..LocalStorage::length())
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| key.starts_with(prefix))
        .collect();
    stable_sort::sort_by(&mut keys, |a, b| a.cmp(b));
    Ok(keys)
}

fn js_error_name(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|name| name.as_string())
        .unwrap_or_default()
}

fn write_error(name: &str) -> StorageError {
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StorageError::QuotaExceeded
    } else {
        StorageError::WriteFailed(if name.is_empty() {
            "unknown error".into()
        } else {
            name.to_string()
        })
    }
}

/// Loads document `D`. `Err` only when storage itself is unavailable.
pub fn load<D: Document>() -> Result<Loaded<D>, StorageError> {
    Ok(classify(read_raw(D::KEY)?))
}

/// What the stored text `raw` (as read under `D::KEY`) holds.
pub fn classify<D: Document>(raw: Option<String>) -> Loaded<D> {
    match raw {
        None => Loaded::Missing,
        // Checked first: a sealed diary would otherwise fail to decode and look damaged.
        Some(raw) if D::is_sealed_text(&raw) => Loaded::Sealed { raw },
        Some(raw) => match D::from_stored_text(&raw) {
            Ok(doc) => Loaded::Ready(doc),
            Err(error) => Loaded::Unreadable { raw, error },
        },
    }
}

/// Saves document `D` in its current version.
pub fn save<D: Document>(doc: &D) -> Result<(), StorageError> {
    write_raw(D::KEY, &doc.to_stored_text()?)
}

/// The key under which the first unreadable text for `key` is kept; later ones get `-2`, `-3`, ….
pub fn aside_key(key: &str) -> String {
    format!("{key}.unreadable")
}

/// The `n`-th key for unreadable text of `key` (1 is [`aside_key`]).
fn nth_aside_key(key: &str, n: usize) -> String {
    if n <= 1 {
        aside_key(key)
    } else {
        format!("{key}.unreadable-{n}")
    }
}

/// Whether `stored_key` holds unreadable text kept aside (under any of the names [`keep_aside`] gives).
pub fn is_aside_key(stored_key: &str) -> bool {
    stored_key
        .split_once(".unreadable")
        .is_some_and(|(_, rest)| {
            rest.is_empty()
                || rest
                    .strip_prefix('-')
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// Copies unreadable text to a key of its own so a later save cannot destroy it, and returns that key. An
/// earlier copy is never replaced: each different unreadable text gets a new name (`.unreadable`, then
/// `.unreadable-2`, …); the same text kept before is not copied twice.
pub fn keep_aside(key: &str, raw: &str) -> Result<String, StorageError> {
    let mut n = 1;
    loop {
        let aside = nth_aside_key(key, n);
        match read_raw(&aside)? {
            None => {
                write_raw(&aside, raw)?;
                return Ok(aside);
            }
            Some(kept) if kept == raw => return Ok(aside),
            Some(_) => n += 1,
        }
    }
}

/// Saves `doc`, first keeping `unreadable` (what was stored but could not be read, if
/// anything) aside under its own key. If that copy cannot be made, nothing is saved: the
/// unreadable text is never written over.
pub fn save_after_keeping_aside<D: Document>(
    doc: &D,
    unreadable: Option<&str>,
) -> Result<(), StorageError> {
    if let Some(raw) = unreadable {
        keep_aside(D::KEY, raw)?;
    }
    save(doc)
}
