//! Library root: every layer is public so that `tests/` can reach it natively and in the browser.
//!
//! Layers, from the inside out: `domain` (pure rules, natively tested), `storage` (the only code
//! touching localStorage), `state` (reducers and contexts), `components` and `pages` (thin views),
//! `app` (the page frame and the switch over `route`). `platform` holds the little browser glue
//! that is neither storage nor view.
pub mod app;
pub mod check_app;
pub mod components;
pub mod domain;
pub mod pages;
pub mod platform;
pub mod route;
pub mod state;
pub mod storage;

/// Every freed block is zeroed, so diary text let go of on lock or Hide does not stay readable in the page's
/// memory (`platform::zeroing_alloc`). In the library so the browser tests run with it too.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: platform::zeroing_alloc::ZeroOnFree = platform::zeroing_alloc::ZeroOnFree;
