//! The footer on every page: what this app is not, and where the data lives.

use yew::prelude::*;

/// Bottom of every page.
/// A plain view function rather than a component: it keeps no state, and every component costs the small
/// self-check build (`check/`) about 0.5 KB (gzip) of Yew's glue code.
pub fn site_footer() -> Html {
    html! {
        <footer class="site-footer">
            <p class="site-footer__disclaimer">
                <strong>{ "This is not a diagnosis." }</strong>
                { " The self-check is a screening aid and the diary a record for your doctor; neither replaces a medical assessment. " }
                { "If a headache comes on suddenly and severely, or with weakness, confusion, a stiff neck and fever, call your local emergency number now." }
            </p>
            <p class="site-footer__privacy">
                { "Everything you enter stays in this browser on this device. Nothing is sent anywhere." }
            </p>
        </footer>
    }
}
