//! Small pieces of browser glue that are not storage: the theme attribute, the system colour
//! scheme, and the crash screen. Kept here so components stay free of raw DOM calls.
pub mod crash_screen;

/// Whether the device currently asks for a dark colour scheme.
pub fn system_prefers_dark() -> bool {
    web_sys::window()
        .and_then(|window| window.match_media("(prefers-color-scheme: dark)").ok())
        .flatten()
        .is_some_and(|query| query.matches())
}

/// Sets `<html data-theme=…>`, or removes it so the CSS follows the device.
pub fn apply_theme_attribute(value: Option<&str>) {
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    else {
        return;
    };
    // Failing to set an attribute only leaves the previous theme showing; nothing to report.
    match value {
        Some(theme) => root.set_attribute("data-theme", theme).unwrap_or(()),
        None => root.remove_attribute("data-theme").unwrap_or(()),
    }
}
