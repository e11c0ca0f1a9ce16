//! The passphrase lock: turning it on, changing and removing it, the unlock screen, auto-lock and Hide, and
//! "Headache now" while locked.
pub mod auto_lock_choice;
pub mod change;
pub mod gate;
pub mod hide_button;
pub mod locked_headache_now;
pub mod privacy_screen;
pub mod remove;
pub mod settings;
pub mod turn_on;
pub mod unlock_screen;
