//! The one error type of the core. Every variant is something a user can read and act on;
//! `code()` gives the stable identifier the shell and the UI switch on.

use std::path::Path;

/// Where in a CSV file something was refused: the line a text editor shows and the row a
/// spreadsheet shows, which differ after a quoted cell that spans several lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvPlace {
    pub line: u64,
    pub row: u64,
}

impl CsvPlace {
    /// A place where line and row are the same (the header, anything before a multi-line cell).
    pub fn line(line: u64) -> CsvPlace {
        CsvPlace { line, row: line }
    }
}

impl std::fmt::Display for CsvPlace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.row == self.line {
            write!(f, "line {}", self.line)
        } else {
            write!(f, "line {} (row {} in a spreadsheet)", self.line, self.row)
        }
    }
}

/// What went wrong, in words a user can act on.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{field} must be a finite number, got {value}")]
    NotFinite { field: &'static str, value: String },
    #[error("{field} must be between {min} and {max}, got {value}")]
    OutOfRange {
        field: &'static str,
        value: f64,
        min: f64,
        max: f64,
    },
    #[error("{field} is not a number: {value:?}")]
    NotANumber { field: &'static str, value: String },
    #[error("{field} must not be empty")]
    Empty { field: &'static str },
    #[error("{field} is {len} characters long; at most {max} are allowed")]
    TooLong {
        field: &'static str,
        len: usize,
        max: usize,
    },
    #[error("{field} contains a control character (U+{code:04X}); remove it and try again")]
    ControlCharacter { field: &'static str, code: u32 },
    #[error("{field} is not valid: {reason}")]
    Invalid { field: &'static str, reason: String },
    #[error("there is no area named {name:?} on this canvas (its areas: {known})")]
    UnknownArea { name: String, known: String },
    #[error("there is no area with id {0} on this canvas")]
    UnknownAreaId(String),
    #[error("an area named {0:?} already exists on this canvas")]
    DuplicateArea(String),
    #[error("there is no initiative with id {0} on this canvas")]
    UnknownInitiative(String),
    #[error("an initiative with id {0} already exists on this canvas")]
    DuplicateInitiative(String),
    #[error("there is no snapshot named {0:?} on this canvas")]
    UnknownSnapshot(String),
    #[error("a snapshot named {0:?} already exists on this canvas; choose another name")]
    DuplicateSnapshot(String),
    #[error("cannot compare {0:?} with itself; name two different states")]
    CompareWithItself(String),
    #[error("{0:?} has not answered the self-assessment on this canvas")]
    UnknownParticipant(String),
    #[error("no voting round is open; start one first")]
    NoVoting,
    #[error("{0} has already voted in this round. Replace that ballot?")]
    AlreadyVoted(String),
    #[error("no live session runs on this canvas")]
    NoLiveSession,
    #[error("a live session already runs on this canvas")]
    LiveSessionExists,
    #[error("there is no participant {0} in the live session")]
    UnknownLiveParticipant(String),
    #[error("not now: {action} is not possible during {phase}")]
    WrongPhase {
        action: &'static str,
        phase: &'static str,
    },
    #[error("the votes of this round are already revealed; start a new round to vote again")]
    VotingClosed,
    #[error("there is no change number {0} in the decision log to give a reason for")]
    UnknownChange(i32),
    #[error("nothing to undo")]
    NothingToUndo,
    #[error("nothing to redo")]
    NothingToRedo,
    #[error("{path}: no such file")]
    NotFound { path: String },
    #[error("{path}: already exists; choose another file name")]
    AlreadyExists { path: String },
    #[error("{path}: not a Stratmap canvas (it is not a SQLite database)")]
    NotSqlite { path: String },
    #[error("{path}: a SQLite database, but not a Stratmap canvas")]
    ForeignDatabase { path: String },
    #[error("{path}: the canvas file is damaged ({detail})")]
    Corrupt { path: String, detail: String },
    #[error(
        "{path}: made by a newer Stratmap (file version {found}, this app reads up to {supported}); \
         update Stratmap to open it. The file was left untouched"
    )]
    NewerVersion {
        path: String,
        found: i64,
        supported: i64,
    },
    #[error(
        "{path}: open for editing elsewhere (another Stratmap window or command holds it); \
         close it there and try again"
    )]
    OpenElsewhere { path: String },
    #[error("{path}: read-only; it can be viewed and exported, not changed")]
    ReadOnly { path: String },
    #[error(
        "{path}: the file was moved or deleted since it was opened; nothing was changed. \
         Use Save a copy… to keep your work, or open the file where it is now"
    )]
    MovedOrDeleted { path: String },
    #[error("{path}: the disk is full; nothing was written. Free some space and try again")]
    DiskFull { path: String },
    /// A row (or the header, or the file at a line) refused.
    #[error("CSV {at}: {message}")]
    CsvRow { at: CsvPlace, message: String },
    /// A cell refused: where, its column (`C "Position"`) and what was expected.
    #[error("CSV {at}, column {column}: {message}")]
    CsvCell {
        at: CsvPlace,
        column: String,
        message: String,
    },
    #[error("CSV: {0}")]
    Csv(String),
    #[error("JSON: {0}")]
    Json(String),
    #[error("PNG: {0}")]
    Png(String),
    #[error("export failed: {0}")]
    Render(String),
    #[error("unsupported document format {found:?}; this version reads \"stratmap/1\"")]
    WrongFormat { found: String },
    #[error("{path}: {message}")]
    Io { path: String, message: String },
    #[error("storage error: {0}")]
    Storage(String),
}

impl Error {
    /// The field an input refusal is about, in the words of its message ("title", "owner",
    /// "canvas title"…), so a front end shows it beside that field; `None` for other errors.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            Error::NotFinite { field, .. }
            | Error::OutOfRange { field, .. }
            | Error::NotANumber { field, .. }
            | Error::Empty { field }
            | Error::TooLong { field, .. }
            | Error::ControlCharacter { field, .. }
            | Error::Invalid { field, .. } => Some(field),
            _ => None,
        }
    }

    /// Stable machine-readable code for the shell/UI boundary.
    pub fn code(&self) -> &'static str {
        match self {
            Error::NotFinite { .. }
            | Error::OutOfRange { .. }
            | Error::NotANumber { .. }
            | Error::Empty { .. }
            | Error::TooLong { .. }
            | Error::ControlCharacter { .. }
            | Error::Invalid { .. } => "invalid_input",
            Error::UnknownArea { .. }
            | Error::UnknownAreaId(_)
            | Error::UnknownInitiative(_)
            | Error::UnknownSnapshot(_)
            | Error::UnknownParticipant(_)
            | Error::UnknownChange(_) => "not_found",
            Error::NoVoting | Error::VotingClosed => "voting",
            Error::AlreadyVoted(_) => "already_voted",
            Error::NoLiveSession | Error::LiveSessionExists | Error::WrongPhase { .. } => "live",
            Error::UnknownLiveParticipant(_) => "not_found",
            Error::DuplicateArea(_)
            | Error::DuplicateInitiative(_)
            | Error::DuplicateSnapshot(_) => "duplicate",
            Error::CompareWithItself(_) => "invalid_input",
            Error::NothingToUndo | Error::NothingToRedo => "nothing_to_do",
            Error::NotFound { .. } => "file_not_found",
            Error::AlreadyExists { .. } => "file_exists",
            Error::NotSqlite { .. } | Error::ForeignDatabase { .. } => "not_a_canvas",
            Error::Corrupt { .. } => "corrupt",
            Error::NewerVersion { .. } => "newer_version",
            Error::OpenElsewhere { .. } => "open_elsewhere",
            Error::ReadOnly { .. } => "read_only",
            Error::MovedOrDeleted { .. } => "moved_or_deleted",
            Error::DiskFull { .. } => "disk_full",
            Error::CsvRow { .. } | Error::CsvCell { .. } | Error::Csv(_) => "bad_csv",
            Error::Json(_) | Error::WrongFormat { .. } => "bad_json",
            Error::Png(_) => "bad_png",
            Error::Render(_) => "render",
            Error::Io { .. } => "io",
            Error::Storage(_) => "storage",
        }
    }

    /// An I/O failure on `path`; a full disk gets its own variant because the user can fix it.
    pub fn io(path: &Path, err: &std::io::Error) -> Self {
        if err.kind() == std::io::ErrorKind::StorageFull
            || err.kind() == std::io::ErrorKind::QuotaExceeded
        {
            return Error::DiskFull {
                path: path.display().to_string(),
            };
        }
        Error::Io {
            path: path.display().to_string(),
            message: err.to_string(),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
