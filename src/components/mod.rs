//! The interface, one folder ("wing") per feature and one component per file. `ui/` holds the few
//! pieces every wing shares. Components read state through the contexts of `state/` and call its
//! commands; they never touch storage.
pub mod attack;
pub mod check;
pub mod data;
pub mod diary;
pub mod insights;
pub mod lock;
pub mod shell;
pub mod treatments;
pub mod ui;
