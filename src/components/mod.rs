//! Reusable pieces of the interface, one component per file.
pub mod alert;
pub mod site_footer;
pub mod site_header;
pub mod skip_link;
pub mod storage_notice;
pub mod theme_toggle;
