//! The browser's WebCrypto (SubtleCrypto), and only what the passphrase lock needs: a PBKDF2-SHA-256 key for
//! AES-GCM-256 that never leaves the browser's crypto engine (non-extractable, held only in memory), random bytes,
//! and encrypting and decrypting one [`Blob`] (IV + ciphertext) with additional data.
//!
//! It knows nothing of the app's stored formats: the sealed diary, its check text and its constants live in
//! `storage::sealed` and `storage::sealing`, which build on this. Nothing here touches localStorage; nothing here
//! ever falls back to a weaker scheme when WebCrypto is missing (the lock is then simply not offered).

use std::rc::Rc;

use js_sys::{Array, Object, Uint8Array};
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// AES-GCM IV length in bytes: the 96 bits the standard recommends (NIST SP 800-38D), random per encryption.
pub const IV_BYTES: usize = 12;

/// One AES-GCM encryption: its IV and the ciphertext with the tag at the end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blob {
    /// The IV, never reused with the same key.
    pub iv: [u8; IV_BYTES],
    /// Ciphertext followed by the 16-byte tag.
    pub ciphertext: Vec<u8>,
}

/// Why WebCrypto did not do what was asked. Every message is shown as it is.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CryptoError {
    /// This browser has no WebCrypto (very old, or not a secure context).
    #[error("This browser cannot encrypt (its Web Crypto is missing or blocked), so the diary lock cannot be used here.")]
    Unavailable,
    /// WebCrypto refused an operation for another reason.
    #[error("The browser's encryption failed ({0}). Nothing was changed.")]
    Failed(String),
}

/// A derived AES-GCM key. Its bytes cannot be read out (non-extractable); dropping the last clone of this
/// handle forgets it.
#[derive(Clone, Debug)]
pub struct AesKey(Rc<web_sys::CryptoKey>);

impl PartialEq for AesKey {
    /// The same key object, not the same bytes (which cannot be read).
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

fn failed(error: JsValue) -> CryptoError {
    let name = js_sys::Reflect::get(&error, &JsValue::from_str("name"))
        .ok()
        .and_then(|name| name.as_string())
        .unwrap_or_else(|| "unknown error".into());
    CryptoError::Failed(name)
}

fn crypto() -> Result<web_sys::Crypto, CryptoError> {
    super::window()
        .ok_or(CryptoError::Unavailable)?
        .crypto()
        .map_err(|_| CryptoError::Unavailable)
}

fn subtle() -> Result<web_sys::SubtleCrypto, CryptoError> {
    let crypto = crypto()?;
    // `crypto.subtle` is undefined outside secure contexts; web_sys would hand back `undefined` as the type.
    let subtle = js_sys::Reflect::get(&crypto, &JsValue::from_str("subtle"))
        .map_err(|_| CryptoError::Unavailable)?;
    if subtle.is_undefined() || subtle.is_null() {
        return Err(CryptoError::Unavailable);
    }
    Ok(crypto.subtle())
}

/// Whether this browser can use the lock at all.
pub fn is_available() -> bool {
    subtle().is_ok()
}

/// `N` bytes from the browser's cryptographic random source.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], CryptoError> {
    let mut bytes = [0u8; N];
    crypto()?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(failed)?;
    Ok(bytes)
}

fn usages(names: &[&str]) -> JsValue {
    names
        .iter()
        .map(|name| JsValue::from_str(name))
        .collect::<Array>()
        .into()
}

/// Derives the AES-GCM-256 key for `passphrase` (PBKDF2-SHA-256, `iterations`, `salt`). Slow on purpose
/// (about half a second at 600,000 iterations) so guessing passphrases from a copied diary is slow too.
pub async fn derive_key(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<AesKey, CryptoError> {
    let subtle = subtle()?;
    let secret = Uint8Array::from(passphrase.as_bytes());
    let base = JsFuture::from(
        subtle
            .import_key_with_str("raw", &secret, "PBKDF2", false, &usages(&["deriveKey"]))
            .map_err(failed)?,
    )
    .await
    .map_err(failed)?;
    let base: web_sys::CryptoKey = base.dyn_into().map_err(failed)?;
    let params = web_sys::Pbkdf2Params::new_with_str(
        "PBKDF2",
        "SHA-256",
        iterations,
        &Uint8Array::from(salt),
    );
    let aes = Object::new();
    js_sys::Reflect::set(&aes, &"name".into(), &"AES-GCM".into()).map_err(failed)?;
    js_sys::Reflect::set(&aes, &"length".into(), &JsValue::from(256)).map_err(failed)?;
    let key = JsFuture::from(
        subtle
            .derive_key_with_object_and_object(
                &params,
                &base,
                &aes,
                // Non-extractable: the key bytes can never be read back out, not even by this app.
                false,
                &usages(&["encrypt", "decrypt"]),
            )
            .map_err(failed)?,
    )
    .await
    .map_err(failed)?;
    Ok(AesKey(Rc::new(key.dyn_into().map_err(failed)?)))
}

fn gcm_params(iv: &[u8; IV_BYTES], aad: &[u8]) -> web_sys::AesGcmParams {
    let params = web_sys::AesGcmParams::new("AES-GCM", &Uint8Array::from(&iv[..]));
    params.set_additional_data(&Uint8Array::from(aad));
    params
}

/// Encrypts `plaintext` under `key` with a fresh random IV.
pub async fn encrypt(key: &AesKey, plaintext: &[u8], aad: &[u8]) -> Result<Blob, CryptoError> {
    let iv = random_bytes::<IV_BYTES>()?;
    let result = JsFuture::from(
        subtle()?
            .encrypt_with_object_and_buffer_source(
                &gcm_params(&iv, aad),
                &key.0,
                &Uint8Array::from(plaintext),
            )
            .map_err(failed)?,
    )
    .await
    .map_err(failed)?;
    Ok(Blob {
        iv,
        ciphertext: Uint8Array::new(&result).to_vec(),
    })
}

/// Decrypts `blob`; `None` when authentication fails (wrong key, or any byte of the IV, ciphertext, tag or
/// additional data changed). AES-GCM checks the tag before giving anything back, so altered text is never
/// decoded to garbage.
pub async fn decrypt(
    key: &AesKey,
    blob: &Blob,
    aad: &[u8],
) -> Result<Option<Vec<u8>>, CryptoError> {
    let promise = subtle()?
        .decrypt_with_object_and_buffer_source(
            &gcm_params(&blob.iv, aad),
            &key.0,
            &Uint8Array::from(&blob.ciphertext[..]),
        )
        .map_err(failed)?;
    match JsFuture::from(promise).await {
        Ok(result) => Ok(Some(Uint8Array::new(&result).to_vec())),
        Err(error) => {
            // WebCrypto reports a failed tag check as an OperationError; anything else is a real failure.
            match failed(error) {
                CryptoError::Failed(name) if name == "OperationError" => Ok(None),
                other => Err(other),
            }
        }
    }
}
