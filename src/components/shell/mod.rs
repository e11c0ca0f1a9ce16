//! The page frame around every page: header, footer, notices, skip link, embed bar, theme toggle and the running-headache banner.
pub mod diary_notice;
pub mod embed_bar;
pub mod running_attack;
pub mod site_footer;
pub mod site_header;
pub mod skip_link;
pub mod storage_notice;
pub mod theme_toggle;
pub mod update_note;
