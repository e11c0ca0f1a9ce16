//! How the app fits the clinic's site: the clinic's accent colour on the page, and the embed mode
//! (`?embed=1`) for an iframe on the clinic's own pages.

use crate::domain::clinic::ClinicConfig;

/// Whether the page was opened as `…/?embed=1` (or `?embed`), for an iframe: the app then leaves
/// out its own header and keeps only a short footer, as the clinic's page around it is the frame.
pub fn embed_requested() -> bool {
    web_sys::window()
        .and_then(|window| window.location().search().ok())
        .is_some_and(|search| query_asks_for_embed(&search))
}

/// `?embed=1`, `?embed`, `?embed=true` among other query parameters; `embed=0` does not.
pub fn query_asks_for_embed(search: &str) -> bool {
    search
        .trim_start_matches('?')
        .split('&')
        .any(|pair| matches!(pair, "embed" | "embed=1" | "embed=true"))
}

/// Puts the clinic's accent colours (already checked for contrast) where `styles/tokens.css` picks
/// them up: `--clinic-accent-light` and `--clinic-accent-dark` on `<html>`. Set through the CSS
/// object model, which the Content-Security-Policy allows (it forbids only inline style markup).
pub fn apply_clinic_accent(clinic: &ClinicConfig) {
    let Ok(Some((light, dark))) = clinic.accent_colours() else {
        return;
    };
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    else {
        return;
    };
    let Ok(root) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) else {
        return;
    };
    let style = root.style();
    // A refused property only leaves the app's own colours showing; nothing to report.
    style
        .set_property("--clinic-accent-light", &light.to_hex())
        .unwrap_or(());
    style
        .set_property("--clinic-accent-dark", &dark.to_hex())
        .unwrap_or(());
}

/// Marks `<html>` for embed mode so the styles can drop the outer margins.
pub fn mark_embedded() {
    if let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        root.class_list().add_1("embedded").unwrap_or(());
    }
}

#[cfg(test)]
mod tests {
    use super::query_asks_for_embed;

    #[test]
    fn embed_query_is_recognised_only_when_switched_on() {
        for yes in ["?embed=1", "?embed", "?lang=en&embed=true", "embed=1"] {
            assert!(query_asks_for_embed(yes), "{yes}");
        }
        for no in ["", "?", "?embed=0", "?embedded=1", "?x=embed=1"] {
            assert!(!query_asks_for_embed(no), "{no}");
        }
    }
}
