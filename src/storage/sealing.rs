//! Sealing and opening a diary in the stored format of [`super::sealed`], with a key derived by the browser's
//! WebCrypto (`platform::crypto`). The format's rules (the check text, the additional data binding each blob to
//! its role, the salt and the iteration count) live here and in `sealed.rs`, never in the crypto glue.

use thiserror::Error;

use super::sealed::{Sealed, BODY_AAD, CHECK_AAD, CHECK_PLAINTEXT, ITERATIONS, SALT_BYTES};
use crate::platform::crypto::{self, AesKey, CryptoError};

/// Why sealing or opening did not work. Every message is shown as it is.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SealError {
    /// WebCrypto is missing or refused an operation.
    #[error(transparent)]
    Crypto(#[from] CryptoError),
    /// The passphrase does not open this diary.
    #[error("That passphrase does not open this diary. Nothing was changed; check the spelling and capital letters and try again.")]
    WrongPassphrase,
    /// The passphrase is right but the diary text fails its integrity check: it was damaged or altered.
    #[error("The passphrase is right, but the locked diary is damaged or was altered, so it cannot be opened safely. It has not been changed. If you have a backup, restore it from \"Your data\".")]
    Damaged,
}

/// A derived AES-GCM key and the parameters it came from. Dropping the last clone of this handle is what
/// "locking" means.
#[derive(Clone, Debug, PartialEq)]
pub struct SealKey {
    key: AesKey,
    salt: [u8; SALT_BYTES],
    iterations: u32,
}

impl SealKey {
    /// The salt the key was derived with.
    pub fn salt(&self) -> [u8; SALT_BYTES] {
        self.salt
    }

    /// The PBKDF2 iterations the key was derived with.
    pub fn iterations(&self) -> u32 {
        self.iterations
    }
}

/// Derives the key for `passphrase` with `salt` and `iterations` (PBKDF2-SHA-256; slow on purpose).
pub async fn derive(
    passphrase: &str,
    salt: [u8; SALT_BYTES],
    iterations: u32,
) -> Result<SealKey, SealError> {
    Ok(SealKey {
        key: crypto::derive_key(passphrase, &salt, iterations).await?,
        salt,
        iterations,
    })
}

/// Seals `plaintext` (the plain diary envelope text): a fresh check blob and a fresh body, each with its own
/// new IV.
pub async fn seal(key: &SealKey, plaintext: &str) -> Result<Sealed, SealError> {
    Ok(Sealed {
        iterations: key.iterations,
        salt: key.salt,
        check: crypto::encrypt(&key.key, CHECK_PLAINTEXT, CHECK_AAD).await?,
        body: crypto::encrypt(&key.key, plaintext.as_bytes(), BODY_AAD).await?,
    })
}

/// Whether `key` is the one `sealed` was made with (its check blob opens to the known text).
pub async fn key_fits(key: &SealKey, sealed: &Sealed) -> Result<bool, SealError> {
    if key.salt != sealed.salt || key.iterations != sealed.iterations {
        return Ok(false);
    }
    Ok(crypto::decrypt(&key.key, &sealed.check, CHECK_AAD)
        .await?
        .is_some_and(|text| text == CHECK_PLAINTEXT))
}

/// Opens `sealed` with `key`: the plain diary envelope text. A key that fails the check is
/// [`SealError::WrongPassphrase`]; a body that fails authentication (or is not text) is [`SealError::Damaged`].
pub async fn open(key: &SealKey, sealed: &Sealed) -> Result<String, SealError> {
    if !key_fits(key, sealed).await? {
        // The check failed: a wrong passphrase, unless the body opens with this very key, which means the check
        // block itself was altered: then the text is damaged, and saying "wrong passphrase" would mislead.
        let same_parameters = key.salt == sealed.salt && key.iterations == sealed.iterations;
        if same_parameters
            && crypto::decrypt(&key.key, &sealed.body, BODY_AAD)
                .await?
                .is_some()
        {
            return Err(SealError::Damaged);
        }
        return Err(SealError::WrongPassphrase);
    }
    let bytes = crypto::decrypt(&key.key, &sealed.body, BODY_AAD)
        .await?
        .ok_or(SealError::Damaged)?;
    String::from_utf8(bytes).map_err(|_| SealError::Damaged)
}

/// Derives the key for `passphrase` with `sealed`'s salt and iterations and opens it: the key (to keep for later
/// saves) and the plain diary envelope text.
pub async fn unlock(passphrase: &str, sealed: &Sealed) -> Result<(SealKey, String), SealError> {
    let key = derive(passphrase, sealed.salt, sealed.iterations).await?;
    let text = open(&key, sealed).await?;
    Ok((key, text))
}

/// A key for a new passphrase: a fresh random salt and the standard iteration count.
pub async fn new_key(passphrase: &str) -> Result<SealKey, SealError> {
    let salt = crypto::random_bytes::<SALT_BYTES>()?;
    derive(passphrase, salt, ITERATIONS).await
}
