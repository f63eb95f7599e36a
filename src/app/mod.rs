//! The window's state and logic, with no drawing and no egui: the document ([`LabState`]),
//! the commands widgets push ([`Command`]), background jobs, the training run as the
//! window sees it, and the save/close state machine. Each frame the shell
//! ([`crate::window`]) calls [`LabState::poll`], the panels in [`crate::ui`] draw from the
//! state and push commands, and the shell applies them at the end of the frame.

pub mod command;
pub mod data;
pub mod dialog;
pub mod editor;
pub mod eta;
pub mod files;
pub mod frame_timer;
pub mod history;
pub mod insight;
pub mod jobs;
pub mod lesson;
pub mod messages;
pub mod notice;
pub mod outputs;
pub mod replay;
pub mod save_flow;
pub mod sessions;
pub mod start;
pub mod state;
pub mod training;

pub use command::{Command, DialogPurpose, UnsavedChoice};
pub use data::{builtin_description, builtin_name, DataOrigin, DataProblem, DataState};
pub use notice::{Modal, Notice, NoticeKind};
pub use save_flow::SaveFlow;
pub use state::LabState;
pub use training::Phase;
