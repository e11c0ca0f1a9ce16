//! The steps of "Restore from a backup", as one value: nothing chosen, reading the file, a file refused, a locked
//! file waiting for its passphrase, a preview waiting for confirmation, the restore under way, done. Each step
//! holds exactly what it needs (a preview cannot exist without a checked backup, a passphrase prompt without a
//! sealed file), so impossible mixtures cannot be represented. The reducer is pure; the view dispatches results.

use std::rc::Rc;

use yew::Reducible;

use crate::domain::diary::{Diary, DiaryError};
use crate::domain::export::BackupPreview;
use crate::state::data::{Backup, BackupError, Mode, OpenBackupError, Restored, SealedBackup};

/// A backup that passed every check, with what it would bring.
#[derive(Debug, Clone, PartialEq)]
pub struct Chosen {
    /// The file's name, as chosen.
    pub file_name: String,
    /// The checked backup.
    pub backup: Rc<Backup>,
    /// What a merge would do; `Err`: the backup cannot be merged with this diary (only replace is offered).
    pub preview: Result<BackupPreview, DiaryError>,
    /// Whether the diary here can be read (merge needs it).
    pub diary_readable: bool,
    /// Whether the backup's diary was locked with a passphrase (and opened with it just now).
    pub was_locked: bool,
}

impl Chosen {
    /// A checked backup, previewed against `current`.
    pub fn new(file_name: String, backup: Backup, current: &Diary, diary_readable: bool) -> Self {
        Chosen {
            preview: BackupPreview::new(current, &backup.diary),
            file_name,
            backup: Rc::new(backup),
            diary_readable,
            was_locked: false,
        }
    }

    /// The same, for a backup whose diary was locked and has just been opened with its passphrase.
    pub fn opened_from_lock(mut self) -> Self {
        self.was_locked = true;
        self
    }

    /// Whether merging is possible.
    pub fn can_merge(&self) -> bool {
        self.preview.is_ok() && self.diary_readable
    }

    /// The mode to offer first: merge where it is possible, replace otherwise.
    pub fn first_mode(&self) -> Mode {
        if self.can_merge() {
            Mode::Merge
        } else {
            Mode::Replace
        }
    }
}

/// What went wrong on the way; worded by `Display` where it is shown. Nothing was changed in every case.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RestoreProblem {
    /// The browser could not read the chosen file.
    #[error("The browser could not read this file. Nothing was changed.")]
    FileUnreadable,
    /// The file is not a backup this app can restore (too large, damaged, of another app, …).
    #[error(transparent)]
    Refused(BackupError),
    /// No passphrase was typed for a locked backup.
    #[error("Type the backup's passphrase first.")]
    PassphraseMissing,
    /// The locked backup did not open, or cannot be restored.
    #[error(transparent)]
    NotOpened(OpenBackupError),
    /// The restore itself did not go through.
    #[error(transparent)]
    NotRestored(BackupError),
}

/// Where "Restore from a backup" stands.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum RestoreStep {
    /// Nothing chosen yet (or the last choice was cancelled).
    #[default]
    NothingChosen,
    /// The chosen file is being read.
    Reading,
    /// The chosen file was refused before anything was shown.
    Failed(RestoreProblem),
    /// A backup whose diary is sealed, waiting for that backup's passphrase.
    LockedFile {
        /// The file's name.
        file_name: String,
        /// The sealed backup, checked but not opened (boxed: it is far larger than the other steps).
        file: Box<SealedBackup>,
        /// Whether the passphrase is being checked.
        opening: bool,
        /// Why the last try did not open it.
        problem: Option<RestoreProblem>,
    },
    /// What the backup holds, and the choice of merge or replace.
    Preview {
        /// The checked backup.
        chosen: Chosen,
        /// The mode chosen.
        mode: Mode,
        /// Why the last confirmation did not restore.
        problem: Option<RestoreProblem>,
    },
    /// The restore is under way.
    Applying {
        /// The backup being restored.
        chosen: Chosen,
        /// How.
        mode: Mode,
    },
    /// Restored.
    Done {
        /// The file restored from.
        file_name: String,
        /// The diary as now stored: headaches, day entries, periods.
        holds: (usize, usize, usize),
        /// Whether what was stored before was kept aside.
        kept_aside: bool,
    },
}

/// What happens to the restore steps.
#[derive(Debug, Clone, PartialEq)]
pub enum RestoreAction {
    /// A file was chosen and is being read.
    Reading,
    /// The file was refused.
    Refused(RestoreProblem),
    /// The file holds a plain backup, checked.
    Picked(Chosen),
    /// The file holds a sealed diary.
    Sealed {
        /// The file's name.
        file_name: String,
        /// The sealed backup (boxed: it is far larger than the other actions).
        file: Box<SealedBackup>,
    },
    /// The passphrase is being checked.
    Opening,
    /// The locked backup opened.
    Opened(Chosen),
    /// The locked backup did not open.
    NotOpened(RestoreProblem),
    /// Merge or replace was chosen.
    SetMode(Mode),
    /// The person confirmed.
    Applying,
    /// The restore went through.
    Restored {
        /// The file restored from.
        file_name: String,
        /// What was restored.
        restored: Box<Restored>,
    },
    /// The restore did not go through.
    NotRestored(RestoreProblem),
    /// Back to nothing chosen.
    Cancel,
    /// The person closed the message.
    Dismiss,
}

impl Reducible for RestoreStep {
    type Action = RestoreAction;

    fn reduce(self: Rc<Self>, action: RestoreAction) -> Rc<Self> {
        let current = (*self).clone();
        let next = match (current, action) {
            (_, RestoreAction::Reading) => RestoreStep::Reading,
            (_, RestoreAction::Refused(problem)) => RestoreStep::Failed(problem),
            (_, RestoreAction::Picked(chosen)) | (_, RestoreAction::Opened(chosen)) => {
                RestoreStep::Preview {
                    mode: chosen.first_mode(),
                    chosen,
                    problem: None,
                }
            }
            (_, RestoreAction::Sealed { file_name, file }) => RestoreStep::LockedFile {
                file_name,
                file,
                opening: false,
                problem: None,
            },
            (
                RestoreStep::LockedFile {
                    file_name, file, ..
                },
                RestoreAction::Opening,
            ) => RestoreStep::LockedFile {
                file_name,
                file,
                opening: true,
                problem: None,
            },
            (
                RestoreStep::LockedFile {
                    file_name, file, ..
                },
                RestoreAction::NotOpened(problem),
            ) => RestoreStep::LockedFile {
                file_name,
                file,
                opening: false,
                problem: Some(problem),
            },
            (RestoreStep::Preview { chosen, mode, .. }, RestoreAction::SetMode(wanted)) => {
                // Merge only where it is possible; the radio is disabled, this keeps the state honest too.
                let mode = if wanted == Mode::Merge && !chosen.can_merge() {
                    mode
                } else {
                    wanted
                };
                RestoreStep::Preview {
                    chosen,
                    mode,
                    problem: None,
                }
            }
            (RestoreStep::Preview { chosen, mode, .. }, RestoreAction::Applying) => {
                RestoreStep::Applying { chosen, mode }
            }
            (
                _,
                RestoreAction::Restored {
                    file_name,
                    restored,
                },
            ) => RestoreStep::Done {
                file_name,
                holds: (
                    restored.diary.attacks().len(),
                    restored.diary.day_notes().len(),
                    restored.diary.periods().len(),
                ),
                kept_aside: !restored.kept_aside.is_empty(),
            },
            (RestoreStep::Applying { chosen, mode }, RestoreAction::NotRestored(problem)) => {
                RestoreStep::Preview {
                    chosen,
                    mode,
                    problem: Some(problem),
                }
            }
            (_, RestoreAction::Cancel) => RestoreStep::NothingChosen,
            (RestoreStep::Failed(_), RestoreAction::Dismiss) => RestoreStep::NothingChosen,
            (
                RestoreStep::LockedFile {
                    file_name,
                    file,
                    opening,
                    ..
                },
                RestoreAction::Dismiss,
            ) => RestoreStep::LockedFile {
                file_name,
                file,
                opening,
                problem: None,
            },
            (RestoreStep::Preview { chosen, mode, .. }, RestoreAction::Dismiss) => {
                RestoreStep::Preview {
                    chosen,
                    mode,
                    problem: None,
                }
            }
            // Anything else arrives out of turn (a result for a step the person has left): ignored.
            _ => return self,
        };
        Rc::new(next)
    }
}
