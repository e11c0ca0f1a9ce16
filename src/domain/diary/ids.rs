//! Attack identifiers: made outside the domain (the UI's clock and randomness) and passed in, so two browser
//! tabs adding entries at the same moment never hand out the same number from a shared counter.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Identifies one attack for its whole life (edit, delete, undo, other tabs).
///
/// Any unique number works; the UI is expected to build it from the wall clock in milliseconds and a few
/// random bits (e.g. `millis * 1024 + random(0..1024)`), which keeps ids unique across tabs and devices
/// while staying well inside the 2^53 range that JavaScript numbers hold exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AttackId(pub u64);

impl fmt::Display for AttackId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}
