//! "Restore from a backup": choose a file, see what it holds next to the diary kept here, choose merge or
//! replace, confirm. The file is checked completely before anything is written; any problem is shown in an
//! alert and changes nothing. The steps are one value (`state::restore::RestoreStep`); this view only dispatches.
//!
//! A backup made while the diary lock was on holds the diary sealed; it asks for that backup's passphrase, and a
//! wrong one is refused with nothing written. While the lock is on here, the restored diary is sealed with this
//! diary's key (`state::data::restore_here`).

use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::components::ui::alert::Alert;
use crate::components::ui::passphrase_field::{clear_passphrase, read_passphrase, PassphraseField};
use crate::domain::export::date_range;
use crate::domain::export::summary::{counted, entries_words, range_words};
use crate::platform;
use crate::state::data::{
    open_locked_backup, read_backup_file, restore_here, BackupError, BackupFile, Mode,
    BACKUP_MAX_BYTES,
};
use crate::state::diary::use_diary;
use crate::state::preferences::use_preferences;
use crate::state::restore::{Chosen, RestoreAction, RestoreProblem, RestoreStep};

#[derive(Properties, PartialEq)]
pub struct DataRestoreProps {
    /// Called after a restore wrote to storage.
    pub on_restored: Callback<()>,
}

/// The restore section of "Your data".
#[component]
pub fn DataRestore(props: &DataRestoreProps) -> Html {
    let diary = use_diary();
    let preferences = use_preferences();
    let step = use_reducer(RestoreStep::default);
    let input = use_node_ref();
    let passphrase = use_node_ref();

    let current = diary
        .as_ref()
        .map(|handle| handle.diary.clone())
        .unwrap_or_default();
    let readable = diary.as_ref().is_none_or(|handle| handle.accepts_changes());
    let lock_on = diary.as_ref().is_some_and(|handle| handle.lock_is_on());

    let onchange = {
        let (step, current) = (step.clone(), current.clone());
        Callback::from(move |event: Event| {
            let Some(file) = event
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .and_then(|input| input.files())
                .and_then(|files| files.get(0))
            else {
                return step.dispatch(RestoreAction::Cancel);
            };
            // Refused before reading, so a huge file never reaches memory.
            if file.size() > BACKUP_MAX_BYTES as f64 {
                return step.dispatch(RestoreAction::Refused(RestoreProblem::Refused(
                    BackupError::TooLarge {
                        bytes: file.size() as usize,
                        max: BACKUP_MAX_BYTES,
                    },
                )));
            }
            step.dispatch(RestoreAction::Reading);
            let (step, current) = (step.clone(), current.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = JsFuture::from(file.text()).await;
                let Some(text) = text.ok().and_then(|value| value.as_string()) else {
                    return step.dispatch(RestoreAction::Refused(RestoreProblem::FileUnreadable));
                };
                let today = platform::now_local().date();
                step.dispatch(match read_backup_file(&text, file.size() as usize, today) {
                    Err(error) => RestoreAction::Refused(RestoreProblem::Refused(error)),
                    Ok(BackupFile::Plain(backup)) => {
                        RestoreAction::Picked(Chosen::new(file.name(), backup, &current, readable))
                    }
                    Ok(BackupFile::Sealed(sealed)) => RestoreAction::Sealed {
                        file_name: file.name(),
                        file: Box::new(sealed),
                    },
                });
            });
        })
    };

    let clear_input = {
        let input = input.clone();
        move || {
            if let Some(element) = input.cast::<web_sys::HtmlInputElement>() {
                element.set_value("");
            }
        }
    };

    let on_cancel = {
        let step = step.clone();
        let clear_input = clear_input.clone();
        Callback::from(move |_: MouseEvent| {
            step.dispatch(RestoreAction::Cancel);
            clear_input();
        })
    };

    let on_open_locked = {
        let (step, passphrase, current) = (step.clone(), passphrase.clone(), current.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let RestoreStep::LockedFile {
                file_name,
                file,
                opening: false,
                ..
            } = (*step).clone()
            else {
                return;
            };
            let typed = read_passphrase(&passphrase);
            if typed.is_empty() {
                return step.dispatch(RestoreAction::NotOpened(RestoreProblem::PassphraseMissing));
            }
            step.dispatch(RestoreAction::Opening);
            let (step, passphrase, current) = (step.clone(), passphrase.clone(), current.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = open_locked_backup(&typed, *file, platform::now_local().date()).await;
                clear_passphrase(&passphrase);
                step.dispatch(match result {
                    Err(error) => RestoreAction::NotOpened(RestoreProblem::NotOpened(error)),
                    Ok(backup) => RestoreAction::Opened(
                        Chosen::new(file_name, backup, &current, readable).opened_from_lock(),
                    ),
                });
            });
        })
    };

    let on_confirm = {
        let step = step.clone();
        let (diary, preferences, on_restored) = (
            diary.clone(),
            preferences.clone(),
            props.on_restored.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let RestoreStep::Preview { chosen, mode, .. } = (*step).clone() else {
                return;
            };
            step.dispatch(RestoreAction::Applying);
            let (step, diary, preferences, on_restored, clear_input) = (
                step.clone(),
                diary.clone(),
                preferences.clone(),
                on_restored.clone(),
                clear_input.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let result =
                    restore_here(diary.as_ref(), preferences.as_ref(), &chosen.backup, mode).await;
                match result {
                    Err(error) => step.dispatch(RestoreAction::NotRestored(
                        RestoreProblem::NotRestored(error),
                    )),
                    Ok(restored) => {
                        step.dispatch(RestoreAction::Restored {
                            file_name: chosen.file_name.clone(),
                            restored: Box::new(restored),
                        });
                        clear_input();
                        on_restored.emit(());
                    }
                }
            });
        })
    };

    let dismiss = {
        let step = step.clone();
        Callback::from(move |_| step.dispatch(RestoreAction::Dismiss))
    };

    let (shown_chosen, shown_mode, applying) = match &*step {
        RestoreStep::Preview { chosen, mode, .. } => (Some(chosen.clone()), Some(*mode), false),
        RestoreStep::Applying { chosen, mode } => (Some(chosen.clone()), Some(*mode), true),
        _ => (None, None, false),
    };
    let choice = |value: Mode,
                  id: &'static str,
                  label: &'static str,
                  hint: String,
                  enabled: bool| {
        let step = step.clone();
        let onchange = Callback::from(move |_: Event| step.dispatch(RestoreAction::SetMode(value)));
        html! {
            <div class="data-restore__choice">
                <div class="radio">
                    <input type="radio" name="restore-mode" {id} checked={shown_mode == Some(value)}
                        disabled={!enabled} {onchange} />
                    <label for={id}>{ label }</label>
                </div>
                <p class="hint data-restore__choice-hint">{ hint }</p>
            </div>
        }
    };

    let preview = shown_chosen.map(|picked| {
        let backup = &picked.backup;
        let holds = entries_words(
            backup.diary.attacks().len(),
            backup.diary.day_notes().len(),
            backup.diary.periods().len(),
        );
        let range = date_range(&backup.diary)
            .map(|(first, last)| format!(", from {}", range_words(first, last)))
            .unwrap_or_default();
        let treatments = match backup.diary.treatments().len() {
            0 => None,
            1 => Some("1 preventive treatment".to_string()),
            n => Some(format!("{n} preventive treatments")),
        };
        let extras = [
            treatments.as_deref(),
            backup.preferences.is_some().then_some("settings"),
            backup
                .self_check
                .as_ref()
                .and_then(|check| check.kept.as_ref())
                .map(|_| "a self-check result"),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>();
        let extras = if extras.is_empty() {
            String::new()
        } else {
            format!(" It also has {}.", extras.join(" and "))
        };
        let (duplicates, merge_hint, can_merge) = match &picked.preview {
            Ok(preview) => {
                let dupes = preview.duplicate_attacks + preview.duplicate_day_notes + preview.duplicate_periods;
                let (attacks, notes, periods) = preview.merge_adds;
                let clashes = preview.merge_skips().saturating_sub(dupes);
                let duplicates = if dupes == 0 && clashes == 0 {
                    "Nothing in it is in your diary yet.".to_string()
                } else {
                    let mut words = String::new();
                    if dupes > 0 {
                        words.push_str(&format!(
                            "Already in your diary: {} (same time or same day).",
                            entries_words(
                                preview.duplicate_attacks,
                                preview.duplicate_day_notes,
                                preview.duplicate_periods
                            )
                        ));
                    }
                    if clashes > 0 {
                        if !words.is_empty() {
                            words.push(' ');
                        }
                        words.push_str(&format!(
                            "{} overlap entries you have.",
                            counted(clashes, "other entry", "other entries")
                        ));
                    }
                    words
                };
                (
                    duplicates,
                    format!(
                        "Keeps everything you have and adds {}{}. Where both have an entry for the same time or day, yours is kept.",
                        entries_words(attacks, notes, periods),
                        match preview.merge_adds_treatments {
                            0 => String::new(),
                            1 => ", and 1 treatment".to_string(),
                            n => format!(", and {n} treatments"),
                        }
                    ),
                    picked.can_merge(),
                )
            }
            Err(reason) => (
                format!("It cannot be added to your diary: {reason}"),
                "Not possible with this backup.".to_string(),
                false,
            ),
        };
        let merge_hint = if picked.diary_readable {
            merge_hint
        } else {
            "Not possible: your saved diary cannot be read just now.".to_string()
        };
        let replace_hint = format!(
            "Your diary becomes exactly the backup ({}). A copy of your current diary ({}) is kept in this browser first.",
            holds,
            entries_words(current.attacks().len(), current.day_notes().len(), current.periods().len())
        );
        let confirm_text = match (applying, shown_mode) {
            (true, _) => "Restoring…",
            (false, Some(Mode::Replace)) => "Replace my diary",
            (false, _) => "Add to my diary",
        };
        html! {
            <section class="data-restore__preview" aria-labelledby="restore-preview-title">
                <h3 id="restore-preview-title" class="data-restore__preview-title">
                    { format!("In {}", picked.file_name) }
                </h3>
                <p>{ format!("{holds}{range}.{extras}") }</p>
                if picked.was_locked && !lock_on {
                    <p class="data-restore__warning" id="restore-unlocked-warning">
                        { "This backup was locked with a passphrase, but the diary in this browser is not locked: restored here, it will be stored unencrypted. To keep it encrypted, turn the lock on in Settings first, then restore." }
                    </p>
                }
                <p>{ duplicates }</p>
                <fieldset class="fieldset data-restore__modes">
                    <legend class="fieldset__legend">{ "What should happen to your diary?" }</legend>
                    { choice(Mode::Merge, "restore-merge", "Add to my diary (merge)", merge_hint, can_merge) }
                    { choice(Mode::Replace, "restore-replace", "Replace my diary", replace_hint, true) }
                </fieldset>
                <div class="data-actions">
                    <button type="button" class="button button--primary" onclick={on_confirm.clone()}
                        disabled={applying}>
                        { confirm_text }
                    </button>
                    <button type="button" class="button" onclick={on_cancel.clone()}>{ "Cancel" }</button>
                </div>
            </section>
        }
    });

    let locked_prompt = match &*step {
        RestoreStep::LockedFile {
            file_name, opening, ..
        } => Some(html! {
            <form class="form data-restore__locked" onsubmit={on_open_locked.clone()}>
                <h3 class="data-restore__preview-title">{ format!("{file_name} is locked") }</h3>
                <p>{ "The diary in this backup was locked with a passphrase when it was made. Type that passphrase to see what it holds. Nothing changes until you confirm." }</p>
                { PassphraseField::current("restore-passphrase", "The backup's passphrase", passphrase.clone()).disabled(*opening) }
                <div class="data-actions">
                    <button type="submit" class="button button--primary" disabled={*opening}>
                        { if *opening { "Opening…" } else { "Open the backup" } }
                    </button>
                    <button type="button" class="button" onclick={on_cancel.clone()}>{ "Cancel" }</button>
                </div>
                <p class="hint" role="status" aria-live="polite">
                    if *opening { { "Checking the passphrase. This takes a moment." } }
                </p>
            </form>
        }),
        _ => None,
    };

    let problem = match &*step {
        RestoreStep::Failed(problem) => Some(problem.to_string()),
        RestoreStep::LockedFile { problem, .. } | RestoreStep::Preview { problem, .. } => {
            problem.as_ref().map(ToString::to_string)
        }
        _ => None,
    };
    let done = match &*step {
        RestoreStep::Done {
            file_name,
            holds: (attacks, notes, periods),
            kept_aside,
        } => Some(format!(
            "Restored from {file_name}. Your diary now holds {}.{}",
            entries_words(*attacks, *notes, *periods),
            if *kept_aside {
                " What was stored before is kept in this browser: see \"Copies kept before a restore\" below."
            } else {
                ""
            }
        )),
        _ => None,
    };

    html! {
        <div class="data-restore">
            if let Some(message) = problem {
                { Alert::danger(message).dismissable(dismiss) }
            }
            <div class="data-restore__file">
                <label for="restore-file" class="data-restore__label">{ "Backup file (.json)" }</label>
                <input type="file" id="restore-file" class="data-restore__input"
                    accept=".json,application/json" ref={input} {onchange}
                    aria-describedby="restore-file-hint" />
                <p id="restore-file-hint" class="hint">
                    { "Nothing changes until you have seen what the file holds and confirmed." }
                </p>
            </div>
            <div aria-live="polite">
                if *step == RestoreStep::Reading {
                    <p>{ "Reading the file…" }</p>
                }
                if let Some(message) = done {
                    <p class="data-restore__done">{ message }</p>
                }
                { for locked_prompt }
                { for preview }
            </div>
        </div>
    }
}
