//! The only code that touches localStorage.
//!
//! Every stored document sits in a versioned envelope (`{"version": N, "data": …}`) and is
//! brought up to date by pure migration functions. A document that cannot be read is reported as
//! [`Loaded::Unreadable`] with its raw text, and is never written over until that text has been
//! kept aside: a failed load must never turn into a silent wipe of someone's diary.
//!
//! Reads and writes go through `gloo-storage`'s `LocalStorage` (in `local.rs` only), behind one availability
//! probe: gloo throws a JavaScript exception when storage is disabled (private mode, blocked site data), which
//! would crash the app instead of letting it explain the problem and carry on in memory.
pub mod app_version;
pub mod backup;
pub(crate) mod codec;
pub mod diary;
pub mod diary_codec;
pub mod envelope;
mod error;
pub mod json;
pub mod lineage;
pub mod local;
pub mod locked;
pub mod parser_words;
pub mod pending_start;
pub mod preferences;
pub mod sealed;
pub mod sealing;
pub mod self_check;
pub mod self_check_codec;

pub use envelope::{
    decode, encode, encode_with_lineage, lineage_of, serde_decode, serde_encode_with_lineage,
    Document,
};
pub use error::StorageError;
pub use local::Loaded;
