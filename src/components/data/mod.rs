//! "Your data": downloads, backup and restore, kept copies, and "Delete all my data".
pub mod delete;
pub mod downloads;
pub mod kept_copies;
pub mod restore;
