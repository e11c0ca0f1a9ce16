//! One headache's form: times, severity, aura, medicines and triggers.
pub mod aura;
pub mod medicine_editor;
pub mod medicines;
pub mod severity_picker;
pub mod times;
pub mod triggers;
