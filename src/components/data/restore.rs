//! "Restore from a backup": choose a file, see what it holds next to the diary kept here, choose merge or
//! replace, confirm. The file is checked completely before anything is written; any problem is shown in an
//! alert and changes nothing.
//!
//! A backup made while the diary lock was on holds the diary sealed; it asks for that backup's passphrase, and a
//! wrong one is refused with nothing written. While the lock is on here, the restored diary is sealed with this
//! diary's key (`state::diary::restore_locked`).

use std::rc::Rc;

use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::components::ui::alert::{Alert, AlertTone};
use crate::components::ui::passphrase_field::{clear_passphrase, read_passphrase, PassphraseField};
use crate::domain::export::summary::{counted, entries_words, range_words};
use crate::domain::export::{date_range, BackupPreview};
use crate::domain::preferences::Preferences;
use crate::platform;
use crate::state::diary::{reload, restore_locked, use_diary, DiaryContext, LockPhase};
use crate::state::preferences::{use_preferences, PreferencesAction};
use crate::storage::backup::{
    parse_backup_file, restore, Backup, BackupError, BackupFile, Mode, Restored, SealedBackup,
    BACKUP_MAX_BYTES,
};
use crate::storage::locked::open_backup;
use crate::storage::{local, Loaded};

/// A backup that passed every check, with what it would bring.
#[derive(Clone)]
struct Chosen {
    file_name: String,
    backup: Rc<Backup>,
    /// `Err`: the backup cannot be merged with this diary (only replace is offered).
    preview: Result<BackupPreview, String>,
}

impl Chosen {
    /// A checked backup ready to preview against `current`, and the mode to offer first.
    fn new(
        file_name: String,
        backup: Backup,
        current: &crate::domain::diary::Diary,
        readable: bool,
    ) -> (Self, Mode) {
        let preview = BackupPreview::new(current, &backup.diary).map_err(|error| error.to_string());
        let mode = if preview.is_ok() && readable {
            Mode::Merge
        } else {
            Mode::Replace
        };
        let chosen = Chosen {
            file_name,
            backup: Rc::new(backup),
            preview,
        };
        (chosen, mode)
    }
}

/// A backup whose diary is sealed, waiting for its passphrase.
#[derive(Clone)]
struct Locked {
    file_name: String,
    file: SealedBackup,
}

/// Restores into the diary as stored: sealed with this diary's key while the lock is open, plain otherwise.
async fn restore_here(
    diary: Option<DiaryContext>,
    backup: Rc<Backup>,
    mode: Mode,
) -> Result<Restored, BackupError> {
    match &diary {
        Some(handle) if matches!(handle.lock, LockPhase::Unlocked(_)) => {
            restore_locked(handle, &backup, mode).await
        }
        _ => {
            let restored = restore(&backup, mode, platform::now_local())?;
            if let Some(handle) = &diary {
                reload(handle);
            }
            Ok(restored)
        }
    }
}

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
    let chosen = use_state(|| None::<Chosen>);
    let reading = use_state(|| false);
    let problem = use_state(|| None::<String>);
    let done = use_state(|| None::<String>);
    let mode = use_state(|| Mode::Merge);
    let input = use_node_ref();
    let locked_file = use_state(|| None::<Locked>);
    let opening = use_state(|| false);
    let passphrase = use_node_ref();

    let current = diary
        .as_ref()
        .map(|handle| handle.diary.clone())
        .unwrap_or_default();
    let readable = diary.as_ref().is_none_or(|handle| handle.accepts_changes());

    let onchange = {
        let (chosen, reading, problem, done, mode) = (
            chosen.clone(),
            reading.clone(),
            problem.clone(),
            done.clone(),
            mode.clone(),
        );
        let current = current.clone();
        let locked_file = locked_file.clone();
        Callback::from(move |event: Event| {
            chosen.set(None);
            locked_file.set(None);
            done.set(None);
            problem.set(None);
            let Some(file) = event
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .and_then(|input| input.files())
                .and_then(|files| files.get(0))
            else {
                return;
            };
            // Refused before reading, so a huge file never reaches memory.
            if file.size() > BACKUP_MAX_BYTES as f64 {
                problem.set(Some(
                    BackupError::TooLarge {
                        bytes: file.size() as usize,
                        max: BACKUP_MAX_BYTES,
                    }
                    .to_string(),
                ));
                return;
            }
            reading.set(true);
            let (chosen, reading, problem, mode, current, locked_file) = (
                chosen.clone(),
                reading.clone(),
                problem.clone(),
                mode.clone(),
                current.clone(),
                locked_file.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let text = JsFuture::from(file.text()).await;
                reading.set(false);
                let text = match text.ok().and_then(|value| value.as_string()) {
                    Some(text) => text,
                    None => {
                        problem.set(Some(
                            "The browser could not read this file. Nothing was changed.".into(),
                        ));
                        return;
                    }
                };
                match parse_backup_file(&text) {
                    Err(error) => problem.set(Some(error.to_string())),
                    Ok(BackupFile::Plain(backup)) => {
                        let (picked, first_mode) =
                            Chosen::new(file.name(), backup, &current, readable);
                        mode.set(first_mode);
                        chosen.set(Some(picked));
                    }
                    Ok(BackupFile::Sealed(sealed)) => locked_file.set(Some(Locked {
                        file_name: file.name(),
                        file: sealed,
                    })),
                }
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
        let (chosen, locked_file) = (chosen.clone(), locked_file.clone());
        let clear_input = clear_input.clone();
        Callback::from(move |_: MouseEvent| {
            chosen.set(None);
            locked_file.set(None);
            clear_input();
        })
    };

    let on_open_locked = {
        let (chosen, locked_file, opening, problem, mode, passphrase) = (
            chosen.clone(),
            locked_file.clone(),
            opening.clone(),
            problem.clone(),
            mode.clone(),
            passphrase.clone(),
        );
        let current = current.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(waiting) = (*locked_file).clone() else {
                return;
            };
            if *opening {
                return;
            }
            let typed = read_passphrase(&passphrase);
            if typed.is_empty() {
                return problem.set(Some("Type the backup's passphrase first.".into()));
            }
            opening.set(true);
            problem.set(None);
            let (chosen, locked_file, opening, problem, mode, passphrase, current) = (
                chosen.clone(),
                locked_file.clone(),
                opening.clone(),
                problem.clone(),
                mode.clone(),
                passphrase.clone(),
                current.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let result = open_backup(&typed, waiting.file).await;
                opening.set(false);
                clear_passphrase(&passphrase);
                match result {
                    Err(error) => problem.set(Some(format!(
                        "{error} (This is the backup's passphrase, which may differ from today's.)"
                    ))),
                    Ok(backup) => {
                        let (picked, first_mode) =
                            Chosen::new(waiting.file_name, backup, &current, readable);
                        mode.set(first_mode);
                        locked_file.set(None);
                        chosen.set(Some(picked));
                    }
                }
            });
        })
    };

    let on_confirm = {
        let (chosen, problem, done, mode) =
            (chosen.clone(), problem.clone(), done.clone(), mode.clone());
        let (diary, preferences, on_restored) = (
            diary.clone(),
            preferences.clone(),
            props.on_restored.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(picked) = (*chosen).clone() else {
                return;
            };
            let (chosen, problem, done, diary, preferences, on_restored, clear_input) = (
                chosen.clone(),
                problem.clone(),
                done.clone(),
                diary.clone(),
                preferences.clone(),
                on_restored.clone(),
                clear_input.clone(),
            );
            let mode = *mode;
            wasm_bindgen_futures::spawn_local(async move {
                match restore_here(diary, picked.backup.clone(), mode).await {
                    Err(error) => problem.set(Some(error.to_string())),
                    Ok(restored) => {
                        if let (Some(handle), Ok(Loaded::Ready(stored))) =
                            (&preferences, local::load::<Preferences>())
                        {
                            handle.dispatch(PreferencesAction::SetTheme(stored.theme));
                            handle.dispatch(PreferencesAction::SetTrackCycle(stored.track_cycle));
                        }
                        let kept = if restored.kept_aside.is_empty() {
                            String::new()
                        } else {
                            " What was stored before is kept in this browser: see \"Copies kept before a restore\" below.".to_string()
                        };
                        done.set(Some(format!(
                            "Restored from {}. Your diary now holds {}.{kept}",
                            picked.file_name,
                            entries_words(
                                restored.diary.attacks().len(),
                                restored.diary.day_notes().len(),
                                restored.diary.periods().len()
                            )
                        )));
                        problem.set(None);
                        chosen.set(None);
                        clear_input();
                        on_restored.emit(());
                    }
                }
            });
        })
    };

    let dismiss = {
        let problem = problem.clone();
        Callback::from(move |_| problem.set(None))
    };

    let choice =
        |value: Mode, id: &'static str, label: &'static str, hint: String, enabled: bool| {
            let mode_handle = mode.clone();
            let onchange = Callback::from(move |_: Event| mode_handle.set(value));
            html! {
                <div class="data-restore__choice">
                    <div class="radio">
                        <input type="radio" name="restore-mode" {id} checked={*mode == value}
                            disabled={!enabled} {onchange} />
                        <label for={id}>{ label }</label>
                    </div>
                    <p class="hint data-restore__choice-hint">{ hint }</p>
                </div>
            }
        };

    let preview = (*chosen).clone().map(|picked| {
        let backup = &picked.backup;
        let holds = entries_words(
            backup.diary.attacks().len(),
            backup.diary.day_notes().len(),
            backup.diary.periods().len(),
        );
        let range = date_range(&backup.diary)
            .map(|(first, last)| format!(", from {}", range_words(first, last)))
            .unwrap_or_default();
        let extras = [
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
                        "Keeps everything you have and adds {}. Where both have an entry for the same time or day, yours is kept.",
                        entries_words(attacks, notes, periods)
                    ),
                    readable,
                )
            }
            Err(reason) => (
                format!("It cannot be added to your diary: {reason}"),
                "Not possible with this backup.".to_string(),
                false,
            ),
        };
        let merge_hint = if readable {
            merge_hint
        } else {
            "Not possible: your saved diary cannot be read just now.".to_string()
        };
        let replace_hint = format!(
            "Your diary becomes exactly the backup ({}). A copy of your current diary ({}) is kept in this browser first.",
            holds,
            entries_words(current.attacks().len(), current.day_notes().len(), current.periods().len())
        );
        let confirm_text = match *mode {
            Mode::Merge => "Add to my diary",
            Mode::Replace => "Replace my diary",
        };
        html! {
            <section class="data-restore__preview" aria-labelledby="restore-preview-title">
                <h3 id="restore-preview-title" class="data-restore__preview-title">
                    { format!("In {}", picked.file_name) }
                </h3>
                <p>{ format!("{holds}{range}.{extras}") }</p>
                <p>{ duplicates }</p>
                <fieldset class="fieldset data-restore__modes">
                    <legend class="fieldset__legend">{ "What should happen to your diary?" }</legend>
                    { choice(Mode::Merge, "restore-merge", "Add to my diary (merge)", merge_hint, can_merge) }
                    { choice(Mode::Replace, "restore-replace", "Replace my diary", replace_hint, true) }
                </fieldset>
                <div class="data-actions">
                    <button type="button" class="button button--primary" onclick={on_confirm.clone()}>
                        { confirm_text }
                    </button>
                    <button type="button" class="button" onclick={on_cancel.clone()}>{ "Cancel" }</button>
                </div>
            </section>
        }
    });

    let locked_prompt = (*locked_file).clone().map(|waiting| {
        html! {
            <form class="form data-restore__locked" onsubmit={on_open_locked.clone()}>
                <h3 class="data-restore__preview-title">{ format!("{} is locked", waiting.file_name) }</h3>
                <p>{ "The diary in this backup was locked with a passphrase when it was made. Type that passphrase to see what it holds. Nothing changes until you confirm." }</p>
                <PassphraseField id="restore-passphrase" label="The backup's passphrase"
                    autocomplete="current-password" input_ref={passphrase.clone()} disabled={*opening} />
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
        }
    });

    html! {
        <div class="data-restore">
            if let Some(message) = (*problem).clone() {
                <Alert message={message} tone={AlertTone::Danger} on_dismiss={dismiss} />
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
                if *reading {
                    <p>{ "Reading the file…" }</p>
                }
                if let Some(message) = (*done).clone() {
                    <p class="data-restore__done">{ message }</p>
                }
                { for locked_prompt }
                { for preview }
            </div>
        </div>
    }
}
