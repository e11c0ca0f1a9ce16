//! Entry point: install the crash screen, then render the app into `#app`.

use headache_diary::app::App;
use headache_diary::platform::{self, crash_screen};

fn main() {
    crash_screen::install();
    platform::install_hash_guard();
    let root = platform::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(crash_screen::APP_ROOT_ID))
        .expect("index.html has an #app element");
    // Replace the prerendered first screen (or "Loading…") with the app's own render of it, keeping what was
    // chosen there.
    platform::first_screen::take_over(&root);
    yew::Renderer::<App>::with_root(root).render();
    // Once the app is under way: the worker's downloads then never hold up the first screen.
    platform::service_worker::register();
}
