//! Why a command stopped, and the exit status each reason gives. `main` maps them in one
//! place, so every command exits the same way for the same kind of trouble.

use std::fmt;
use std::io;

/// A command's outcome when it ran to the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Exit 0.
    Clean,
    /// Exit 1: what was checked breaks a rule (and the report said which).
    HasErrors,
}

/// Why a command stopped early.
#[derive(Debug)]
pub enum CliError {
    /// Exit 2: the input cannot be used at all (unreadable, not the right format, a key
    /// that does not parse).
    Unusable { what: String, reason: String },
    /// Exit 1: a rule refuses what was asked (a weak password, a wrong key); the message
    /// says which.
    Refused { what: String, reason: String },
    /// Exit 2: the output could not be written (other than a reader that went away).
    Output(io::Error),
}

impl CliError {
    pub fn unusable(what: impl Into<String>, reason: impl fmt::Display) -> CliError {
        CliError::Unusable {
            what: what.into(),
            reason: reason.to_string(),
        }
    }

    pub fn refused(what: impl Into<String>, reason: impl fmt::Display) -> CliError {
        CliError::Refused {
            what: what.into(),
            reason: reason.to_string(),
        }
    }

    /// Says on standard error why the command stopped. The reason may quote a file's text
    /// (serde names an unknown field as it was written), so it goes out escaped.
    pub fn report(&self) {
        eprintln!("wsadmin-prep: {}", super::terminal::text(&self.to_string()));
    }

    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Refused { .. } => 1,
            CliError::Unusable { .. } | CliError::Output(_) => 2,
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Unusable { what, reason } | CliError::Refused { what, reason } => {
                f.write_str(&wsadmin_prep::i18n::t::pair(what, reason))
            }
            CliError::Output(error) => {
                f.write_str(&wsadmin_prep::i18n::t::cli_output_failed(error))
            }
        }
    }
}

/// Writing the output failed. A reader that went away (`| head`) is not an error: what it
/// read was right, so the command's own verdict stands.
pub fn written(result: io::Result<()>) -> Result<(), CliError> {
    match result {
        Err(error) if error.kind() != io::ErrorKind::BrokenPipe => Err(CliError::Output(error)),
        _ => Ok(()),
    }
}
