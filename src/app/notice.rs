//! What the app tells the user: the status-bar notice and the dialogs over the window.

use super::command::Command;
use std::path::PathBuf;

/// How serious a notice is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    /// Something happened.
    Info,
    /// Worth a look (a diagnostic).
    Warning,
    /// Something failed.
    Error,
}

/// The last message for the status bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// How serious.
    pub kind: NoticeKind,
    /// The text.
    pub text: String,
}

/// A dialog over the window.
#[derive(Debug, Clone, PartialEq)]
pub enum Modal {
    /// Something failed; says what and what to do.
    Error {
        /// Short title.
        title: String,
        /// The message.
        message: String,
    },
    /// "Save changes?" before `then`.
    Unsaved {
        /// The command to carry out afterwards.
        then: Box<Command>,
    },
    /// A session reads its data from outside its folder: read it?
    OutsideData {
        /// The session file.
        session: PathBuf,
        /// The data file it names (links and `..` resolved).
        data: PathBuf,
        /// Whether the session is a crash recovery.
        recovered: bool,
    },
    /// An autosaved session was found after a crash.
    Recovery {
        /// The autosave file.
        path: PathBuf,
    },
}
