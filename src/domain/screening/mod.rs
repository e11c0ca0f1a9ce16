//! The self-check screening engine (being written).
