//! One page per route.
pub mod attack;
pub mod check;
pub mod data;
pub mod diary;
pub mod home;
pub mod insights;
pub mod not_found;
pub mod now;
pub mod report;
pub mod settings;
pub mod treatments;
