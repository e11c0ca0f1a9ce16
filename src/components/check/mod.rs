//! The self-check: its steps and questions, the emergency screen, the result and its treatment follow-up.
pub mod emergency;
pub mod kept;
pub mod pattern;
pub mod progress;
pub mod question;
pub mod result;
pub mod step;
pub mod treatment_followup;
