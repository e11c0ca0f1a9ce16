//! How the app fits the clinic's site: the clinic's accent colour on the page, and the embed mode
//! (`?embed=1`) for an iframe on the clinic's own pages.

use crate::domain::clinic::ClinicConfig;

/// Whether the page was opened as `…/?embed=1` (or `?embed`), for an iframe: the app then leaves
/// out its own header and keeps only a short footer, as the clinic's page around it is the frame.
pub fn embed_requested() -> bool {
    super::window()
        .and_then(|window| window.location().search().ok())
        .is_some_and(|search| query_asks_for_embed(&search))
}

/// Fits the page to the clinic's site once it has started: the clinic's accent, and in embed mode the embedded
/// look and the height reports to the clinic's page. Shared by the full app and the self-check build.
pub fn fit_to_site(embedded: bool) {
    let clinic = ClinicConfig::built_in();
    apply_clinic_accent();
    if embedded {
        mark_embedded();
        report_height_to_parent(clinic.embed_origins);
    }
}

/// `?embed=1`, `?embed`, `?embed=true` among other query parameters; `embed=0` does not.
pub fn query_asks_for_embed(search: &str) -> bool {
    search
        .trim_start_matches('?')
        .split('&')
        .any(|pair| matches!(pair, "embed" | "embed=1" | "embed=true"))
}

/// Puts the clinic's accent colours (checked for contrast when the app was built) where `styles/tokens.css` picks
/// them up: `--clinic-accent-light` and `--clinic-accent-dark` on `<html>`. Set through the CSS
/// object model, which the Content-Security-Policy allows (it forbids only inline style markup).
pub fn apply_clinic_accent() {
    let Some((light, dark)) = ClinicConfig::built_in_accent() else {
        return;
    };
    let Some(root) = super::window()
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
        .set_property("--clinic-accent-light", light)
        .unwrap_or(());
    style
        .set_property("--clinic-accent-dark", dark)
        .unwrap_or(());
}

/// Marks `<html>` for embed mode so the styles can drop the outer margins.
pub fn mark_embedded() {
    if let Some(root) = super::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        root.class_list().add_1("embedded").unwrap_or(());
    }
}

/// The message the clinic's page listens for (README, "Embedding"): `{"type": HEIGHT_MESSAGE, "height": px}`.
pub const HEIGHT_MESSAGE: &str = "headache-app:height";

/// In embed mode, tells the clinic's page the content's height whenever it changes, so the page can size the
/// iframe. Sent with each allowed origin (`embed_origins` in `config/clinic.json`) as `postMessage`'s target
/// origin, so a page of any other origin never receives it; nothing else is sent, and the app reads no message.
pub fn report_height_to_parent(origins: Vec<String>) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = super::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    // Not framed: `parent` is this very window, and there is no one to tell.
    let parent = match window.parent() {
        Ok(Some(parent)) if !js_sys::Object::is(&parent, &window) => parent,
        _ => return,
    };
    let measured = body.clone();
    let send = Closure::<dyn FnMut()>::new(move || {
        // The body's own height: the document's would never shrink below the iframe it is in.
        let height = measured.get_bounding_client_rect().height().ceil();
        let message = js_sys::Object::new();
        let set = |key: &str, value: &wasm_bindgen::JsValue| {
            js_sys::Reflect::set(&message, &key.into(), value).unwrap_or(false)
        };
        set("type", &HEIGHT_MESSAGE.into());
        set("height", &height.into());
        for origin in &origins {
            // A parent of another origin makes the browser drop the message; nothing to handle.
            parent.post_message(&message, origin).unwrap_or(());
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(send.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // Both live as long as the page.
        std::mem::forget(observer);
    }
    send.forget();
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
