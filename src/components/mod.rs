//! Reusable pieces of the interface, one component per file.
pub mod alert;
pub mod check_emergency;
pub mod check_kept;
pub mod check_pattern;
pub mod check_progress;
pub mod check_question;
pub mod check_result;
pub mod check_step;
pub mod clinic_contact;
pub mod diary_calendar;
pub mod diary_history;
pub mod site_footer;
pub mod site_header;
pub mod skip_link;
pub mod storage_notice;
pub mod theme_toggle;
