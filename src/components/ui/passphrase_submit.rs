//! The submit of every passphrase form (unlock, turn the lock on, change, remove): one run at a time, the form
//! disabled while the slow key derivation works, the passphrase fields emptied afterwards whatever happened, and
//! a refusal shown in words. One hook, so the four forms cannot drift apart.

use std::fmt::Display;
use std::future::Future;

use yew::prelude::*;

use crate::components::ui::passphrase_field::clear_passphrase;

/// The state of one passphrase form's submit.
#[derive(Clone, PartialEq)]
pub struct PassphraseSubmit {
    busy: UseStateHandle<bool>,
    problem: UseStateHandle<Option<String>>,
}

impl PassphraseSubmit {
    /// Whether a run is under way (the form is disabled meanwhile).
    pub fn busy(&self) -> bool {
        *self.busy
    }

    /// What the last try said, in words.
    pub fn problem(&self) -> Option<String> {
        (*self.problem).clone()
    }

    /// Refuses before anything runs (an empty field, two passphrases that differ).
    pub fn refuse(&self, problem: impl Into<String>) {
        self.problem.set(Some(problem.into()));
    }

    /// Forgets the last problem.
    pub fn clear_problem(&self) {
        self.problem.set(None);
    }

    /// Runs `work` unless a run is under way. While it runs the form is busy; afterwards every field in `fields`
    /// is emptied (the passphrase never stays in the page longer than needed), `after` hears whether it worked,
    /// and an error is shown in its own words.
    pub fn run<E, W>(&self, fields: Vec<NodeRef>, work: W, after: impl FnOnce(bool) + 'static)
    where
        E: Display + 'static,
        W: Future<Output = Result<(), E>> + 'static,
    {
        if *self.busy {
            return;
        }
        self.busy.set(true);
        self.problem.set(None);
        let (busy, problem) = (self.busy.clone(), self.problem.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let result = work.await;
            busy.set(false);
            fields.iter().for_each(clear_passphrase);
            if let Err(error) = &result {
                problem.set(Some(error.to_string()));
            }
            after(result.is_ok());
        });
    }
}

/// The submit state for one passphrase form.
#[hook]
pub fn use_passphrase_submit() -> PassphraseSubmit {
    PassphraseSubmit {
        busy: use_state(|| false),
        problem: use_state(|| None::<String>),
    }
}
