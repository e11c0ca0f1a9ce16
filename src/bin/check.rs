//! Entry point of the self-check build (`check/`): the crash screen, then the self-check alone into `#app`.

use headache_diary::check_app::CheckApp;
use headache_diary::platform::{self, crash_screen};

fn main() {
    crash_screen::install();
    let root = platform::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(crash_screen::APP_ROOT_ID))
        .expect("check/index.html has an #app element");
    // Replace the prerendered first screen with the app's own render of it, keeping what was chosen there.
    platform::first_screen::take_over(&root);
    yew::Renderer::<CheckApp>::with_root(root).render();
}
