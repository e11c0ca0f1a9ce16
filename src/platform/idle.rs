//! Notices when the person has stopped using the page: no pointer, key or touch input for a chosen time, or the
//! tab hidden for longer than that. Used by the diary lock to lock itself; stops watching when dropped.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::call_window;

/// What counts as the person being there.
const ACTIVITY_EVENTS: [&str; 5] = [
    "pointerdown",
    "pointermove",
    "keydown",
    "touchstart",
    "wheel",
];

/// How often the idle time is checked, at most. Short enough that locking is never more than a few seconds
/// late; a check is one subtraction.
const CHECK_EVERY_MS: i32 = 5_000;

/// Watches for inactivity; calls `on_idle` once, then stops until a new watch is started.
pub struct IdleWatch {
    activity: Closure<dyn Fn()>,
    visibility: Closure<dyn Fn()>,
    /// The timer id exactly as `setInterval` returned it: kept as a JS value, not an `i32`, because a test
    /// clock (Playwright's) hands out ids beyond `i32`, and a truncated id would leave the timer running after
    /// its closure is gone.
    interval: wasm_bindgen::JsValue,
    _check: Closure<dyn Fn()>,
}

impl IdleWatch {
    /// Starts watching: `on_idle` runs after `idle_ms` milliseconds without input, or when the tab comes back
    /// after being hidden that long. `None` if the browser refused a listener or the timer.
    pub fn start(idle_ms: f64, on_idle: impl Fn() + 'static) -> Option<IdleWatch> {
        let window = super::window()?;
        let last_active = Rc::new(Cell::new(js_sys::Date::now()));
        let fired = Rc::new(Cell::new(false));
        let on_idle = Rc::new(on_idle);

        // Runs `on_idle` once when the idle time is up (timers are slowed in hidden tabs, so the check is on
        // the clock, not on the timer having run on time).
        let check = {
            let (last_active, fired, on_idle) =
                (last_active.clone(), fired.clone(), on_idle.clone());
            Rc::new(move || {
                if !fired.get() && js_sys::Date::now() - last_active.get() >= idle_ms {
                    fired.set(true);
                    // After this callback returns: `on_idle` usually drops this very watch, and a closure must
                    // not be dropped while it runs.
                    let on_idle = on_idle.clone();
                    wasm_bindgen_futures::spawn_local(async move { on_idle() });
                }
            })
        };
        let activity = {
            let last_active = last_active.clone();
            Closure::<dyn Fn()>::new(move || last_active.set(js_sys::Date::now()))
        };
        // Hidden time counts as idle: coming back to the tab checks at once.
        let visibility = {
            let check = check.clone();
            Closure::<dyn Fn()>::new(move || check())
        };
        let check_closure = Closure::<dyn Fn()>::new(move || check());

        for event in ACTIVITY_EVENTS {
            window
                .add_event_listener_with_callback(event, activity.as_ref().unchecked_ref())
                .ok()?;
        }
        window
            .document()?
            .add_event_listener_with_callback(
                "visibilitychange",
                visibility.as_ref().unchecked_ref(),
            )
            .ok()?;
        let every = wasm_bindgen::JsValue::from(CHECK_EVERY_MS.min(idle_ms.max(1.0) as i32));
        let interval = call_window(
            "setInterval",
            &js_sys::Array::of2(check_closure.as_ref(), &every),
        )?;
        Some(IdleWatch {
            activity,
            visibility,
            interval,
            _check: check_closure,
        })
    }
}

impl Drop for IdleWatch {
    fn drop(&mut self) {
        let Some(window) = super::window() else {
            return;
        };
        // A failed clear would leave a timer calling a dropped closure; a destructor can do nothing better.
        drop(call_window(
            "clearInterval",
            &js_sys::Array::of1(&self.interval),
        ));
        // A listener that cannot be removed only keeps updating a clock nobody reads.
        for event in ACTIVITY_EVENTS {
            window
                .remove_event_listener_with_callback(event, self.activity.as_ref().unchecked_ref())
                .unwrap_or(());
        }
        if let Some(document) = window.document() {
            document
                .remove_event_listener_with_callback(
                    "visibilitychange",
                    self.visibility.as_ref().unchecked_ref(),
                )
                .unwrap_or(());
        }
    }
}
