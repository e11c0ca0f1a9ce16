//! Pure export and import of the diary: CSV tables a spreadsheet or a doctor can read, and the preview and merge
//! of a backup against the diary already kept. No browser calls: storage reads and writes live in
//! `storage::backup`, so every rule here is tested natively.

mod merge;
pub mod summary;
mod tables;

pub use merge::{date_range, merge, BackupPreview, Merged};
pub use tables::{
    attacks_csv, day_entries_csv, neutralise_formula, treatments_csv, ATTACK_COLUMNS,
    DAY_ENTRY_COLUMNS, TREATMENT_COLUMNS,
};
