//! `keygen`: the provider's age identity, written to a new file only the owner can read.

use std::io::{self, Write};
use std::path::Path;

use age::secrecy::ExposeSecret;

use crate::cli::error::{CliError, Verdict};
use crate::cli::input::printable_path;
use wsadmin_prep::formats::sealed_packet;
use wsadmin_prep::i18n::t;

pub fn run(output: Option<&Path>) -> Result<Verdict, CliError> {
    let (identity, public) = sealed_packet::generate_identity(&super::now_rfc3339());
    let written = match output {
        Some(path) => write_new_secret_file(path, identity.expose_secret().as_bytes()),
        None => io::stdout().write_all(identity.expose_secret().as_bytes()),
    };
    if let Err(error) = written {
        let target = output
            .map(printable_path)
            .unwrap_or_else(t::cli_standard_output);
        return Err(CliError::unusable(t::cli_cannot_write(&target), error));
    }
    eprintln!("{}", t::cli_public_key(&public));
    Ok(Verdict::Clean)
}

/// Creates a file only the owner can read, refusing to replace an existing one.
fn write_new_secret_file(path: &Path, contents: &[u8]) -> io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(|error| {
        if error.kind() == io::ErrorKind::AlreadyExists {
            io::Error::new(error.kind(), t::cli_already_exists())
        } else {
            error
        }
    })?;
    file.write_all(contents)
}
