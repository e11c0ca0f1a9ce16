//! The build's prerender step (Trunk.toml, pre_build): renders the app's first screens natively with Yew's own
//! server renderer, the same components the browser runs, as a first visit sees them (natively, storage is empty
//! and there is no browser: `platform::window` and `storage::local`). Writes one HTML fragment per screen into
//! the folder given (default `target/prerender`); `scripts/prerender-inject.mjs` puts them into the built page,
//! where they show at once, before the app's WebAssembly has arrived.
//!
//! Usage: cargo run --example prerender -- [DIR]

// The server renderer exists natively only; built for the browser (clippy's wasm layer) this does nothing.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::PathBuf;

    use headache_diary::app::App;
    use headache_diary::check_app::CheckApp;

    /// The full app's first screen prerendered: its home page (the self-check is only in `check/`).
    const HOME: &str = "home.html";
    /// The self-check build's first screen (`check/`).
    const CHECK_APP: &str = "check-app.html";

    pub fn main() {
        let dir = std::env::args()
            .nth(1)
            .map_or_else(|| PathBuf::from("target/prerender"), PathBuf::from);
        std::fs::create_dir_all(&dir).expect("the prerender folder can be made");
        let html = render::<App>("/");
        std::fs::write(dir.join(HOME), html).expect("the prerendered screen can be written");
        let html = render::<CheckApp>("/");
        std::fs::write(dir.join(CHECK_APP), html).expect("the prerendered screen can be written");
    }

    /// Renders `C` at `route`, on Yew's own runtime, to HTML.
    fn render<C>(route: &'static str) -> String
    where
        C: yew::BaseComponent,
        C::Properties: Default,
    {
        let runtime = yew::platform::Runtime::default();
        let (sender, receiver) = std::sync::mpsc::channel();
        runtime.spawn_pinned(move || async move {
            headache_diary::platform::set_prerender_path(route);
            let html = yew::LocalServerRenderer::<C>::new()
                .hydratable(false)
                .render()
                .await;
            sender
                .send(html)
                .expect("the main thread waits for the page");
        });
        receiver.recv().expect("the page renders")
    }
}
