//! What was typed on a headache's form when the diary locked (the lock turned on in another tab, auto-lock,
//! Hide): kept in this tab's memory only, and given back to the same form once the diary is unlocked here, so a
//! lock never throws away unsaved typing. Nothing here is ever stored.
//!
//! Why a thread-local and not component state: the lock replaces the pages with the unlock screen, so the form
//! is taken down; what it held has to outlive it. The lock gate notes the lock as it renders, before the form's
//! clean-up runs, so the form can tell a lock from the person leaving the form (which keeps nothing).

use std::cell::{Cell, RefCell};

use super::attack_form::AttackDraft;

thread_local! {
    static LOCKED: Cell<bool> = const { Cell::new(false) };
    static KEPT: RefCell<Option<(String, AttackDraft)>> = const { RefCell::new(None) };
}

/// Called by the lock gate on every render: whether the diary is locked in this tab now.
pub fn note_locked(locked: bool) {
    LOCKED.with(|cell| cell.set(locked));
}

/// Keeps `draft`, the form open at route id `form` (`new` or the headache's id), if the form is closing because
/// the diary locked. Returns whether it was kept.
pub fn keep_if_locking(form: &str, draft: AttackDraft) -> bool {
    if !LOCKED.with(Cell::get) {
        return false;
    }
    KEPT.with(|kept| *kept.borrow_mut() = Some((form.to_string(), draft)));
    true
}

/// The typing kept for the form at route id `form`, taken out (it is given back once). Nothing while the diary is
/// still locked.
pub fn take(form: &str) -> Option<AttackDraft> {
    if LOCKED.with(Cell::get) {
        return None;
    }
    KEPT.with(|kept| {
        let mut kept = kept.borrow_mut();
        match kept.as_ref() {
            Some((kept_for, _)) if kept_for == form => kept.take().map(|(_, draft)| draft),
            _ => None,
        }
    })
}
