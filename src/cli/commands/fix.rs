//! `fix`: every suggestion applied, as the web app's "Fill suggestions" does.

use std::io::{self, Write};
use std::path::Path;

use crate::cli::error::{written, CliError, Verdict};
use crate::cli::input::{printable_path, read_input};
use crate::cli::terminal;
use wsadmin_prep::domain::draft::ProfileEdit;
use wsadmin_prep::domain::profile::Profile;
use wsadmin_prep::domain::rules::{self, Tally};
use wsadmin_prep::i18n::t;

pub fn run(path: &Path, output: Option<&Path>) -> Result<Verdict, CliError> {
    let mut profile = read_input(path)
        .and_then(|bytes| Profile::from_json(&bytes).map_err(|error| error.to_string()))
        .map_err(|reason| CliError::unusable(t::cli_cannot_use(&printable_path(path)), reason))?;
    let before = Tally::of(&rules::validate(&profile));
    profile.apply(ProfileEdit::FillSuggestions);
    let findings = rules::validate(&profile);
    let after = Tally::of(&findings);
    let json = format!("{}\n", terminal::json(&profile.to_json()));
    match output {
        Some(out) => write_replacing(out, json.as_bytes()).map_err(|error| {
            CliError::unusable(t::cli_cannot_write(&printable_path(out)), error)
        })?,
        None => written(io::stdout().lock().write_all(json.as_bytes()))?,
    }
    eprintln!(
        "{}",
        t::cli_fix_summary(&printable_path(path), &before, &after)
    );
    super::seal::print_warnings(&findings);
    for finding in findings
        .iter()
        .filter(|f| f.severity == rules::Severity::Error)
    {
        eprintln!(
            "  {} {}: {}",
            finding.rule,
            finding.field.path(),
            terminal::line(&finding.message)
        );
    }
    Ok(if after.errors == 0 {
        Verdict::Clean
    } else {
        Verdict::HasErrors
    })
}

/// Writes the whole file beside its target, then moves it into place, so that an
/// interrupted write never leaves half a profile where the person's file was. A file being
/// replaced keeps its permissions (a profile kept private stays private); the temporary file
/// is removed if anything fails.
fn write_replacing(path: &Path, contents: &[u8]) -> io::Result<()> {
    let directory = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let (temporary_path, mut temporary) = tempfile_in(directory)?;
    let written = (|| {
        temporary.write_all(contents)?;
        if let Ok(existing) = std::fs::metadata(path) {
            temporary.set_permissions(existing.permissions())?;
        }
        temporary.sync_all()?;
        std::fs::rename(&temporary_path, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary_path);
    }
    written
}

/// A new file in `directory` that no one else is using.
fn tempfile_in(directory: &Path) -> io::Result<(std::path::PathBuf, std::fs::File)> {
    for attempt in 0..100u32 {
        let candidate = directory.join(format!(
            ".wsadmin-prep-fix-{}-{attempt}.tmp",
            std::process::id()
        ));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&candidate)
        {
            Ok(file) => return Ok((candidate, file)),
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(error) => return Err(error),
        }
    }
    Err(io::Error::other(t::cli_no_temporary_file()))
}
