//! Shared app state: reducers and the context providers that hand them to components.
pub mod attack_form;
pub mod data;
pub mod diary;
pub mod document;
pub mod insights;
pub mod kept_form;
pub mod pending_start;
pub mod preferences;
pub mod restore;
pub mod router;
pub mod self_check;
pub mod treatment_form;
