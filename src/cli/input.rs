//! Reading what the commands are given: files (or standard input for `-`), secrets from
//! files and standard input, each with a size cap, and paths made safe to print.

use std::io::{self, BufRead, Read};
use std::path::Path;

use age::secrecy::SecretString;
use wsadmin_prep::i18n::t;
use zeroize::Zeroize;

/// A profile file is a few hundred bytes; this cap only keeps a wrong file (a disk image,
/// a log) from being read into memory whole.
const MAX_INPUT_BYTES: u64 = 16 * 1024 * 1024;

/// Reads a file, or standard input for `-`, refusing more than 16 MiB.
pub fn read_input(path: &Path) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    let read = if path == Path::new("-") {
        io::stdin()
            .take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path)
            .and_then(|file| file.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes))
    };
    read.map_err(|error| error.to_string())?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(t::cli_input_too_large(&(MAX_INPUT_BYTES / 1024 / 1024)));
    }
    Ok(bytes)
}

/// A key or passphrase file is a few hundred bytes; this cap keeps `/dev/zero` or a wrong
/// file from filling memory.
const MAX_SECRET_FILE_BYTES: u64 = 64 * 1024;

/// The first line of standard input (a password, a token), without its line ending; the
/// rest is ignored. A terminal is refused: the secret would be echoed on the screen as it
/// is typed.
pub fn read_secret_from_stdin(what: &str) -> Result<SecretString, String> {
    use std::io::IsTerminal;
    if io::stdin().is_terminal() {
        return Err(t::cli_stdin_terminal(&what));
    }
    let mut line = String::new();
    io::stdin()
        .lock()
        .take(4096)
        .read_line(&mut line)
        .map_err(|error| t::cli_stdin_unreadable(&what, &error))?;
    let secret = line.trim_end_matches(['\n', '\r']).to_owned();
    line.zeroize();
    if secret.is_empty() {
        return Err(t::cli_stdin_empty(&what));
    }
    Ok(SecretString::from(secret))
}

/// A passphrase file's first line (as `age` writes none, a trailing line ending is dropped).
pub fn read_passphrase_file(path: &Path) -> Result<SecretString, String> {
    let mut text = read_secret_file(path)
        .map_err(|error| t::cli_passphrase_file_unreadable(&printable_path(path), &error))?;
    let passphrase = text.trim_end_matches(['\n', '\r']).to_owned();
    text.zeroize();
    if passphrase.is_empty() {
        return Err(t::cli_passphrase_file_empty(&printable_path(path)));
    }
    Ok(SecretString::from(passphrase))
}

/// A secret file's text, refusing more than 64 KiB.
pub fn read_secret_file(path: &Path) -> io::Result<String> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_SECRET_FILE_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_SECRET_FILE_BYTES {
        bytes.zeroize();
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            t::cli_secret_file_too_large(),
        ));
    }
    String::from_utf8(bytes).map_err(|error| {
        let mut bytes = error.into_bytes();
        bytes.zeroize();
        io::Error::new(io::ErrorKind::InvalidData, t::cli_secret_file_not_utf8())
    })
}

/// The path as typed, with control characters escaped so a hostile file name cannot
/// drive the terminal.
pub fn printable_path(path: &Path) -> String {
    super::terminal::line(&path.display().to_string()).into_owned()
}

/// The Company UUID, from `--company-uuid` or the first line of `--company-uuid-file`.
pub fn company_uuid(
    given: Option<String>,
    file: Option<&Path>,
) -> Result<String, super::error::CliError> {
    match (given, file) {
        (Some(uuid), _) => Ok(uuid),
        (None, Some(path)) => {
            let text = read_secret_file(path).map_err(|error| {
                super::error::CliError::unusable(
                    t::cli_uuid_file_unreadable(&printable_path(path)),
                    error,
                )
            })?;
            Ok(text.lines().next().unwrap_or_default().trim().to_owned())
        }
        (None, None) => Err(super::error::CliError::unusable(
            t::cli_cannot_seal(),
            t::cli_give_uuid(),
        )),
    }
}
