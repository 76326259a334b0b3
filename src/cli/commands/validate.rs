//! `validate`: check profile files and print their findings. One file prints its report
//! as it always has; several print a report each and a summary, and exit with the worst
//! status among them.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::cli::args::Format;
use crate::cli::error::{written, CliError, Verdict};
use crate::cli::input::{printable_path, read_input};
use crate::cli::output::{print_json, print_text};
use crate::cli::terminal;
use wsadmin_prep::domain::profile::{Connection, Profile};
use wsadmin_prep::domain::rules::{self, Finding, Tally};
use wsadmin_prep::i18n::{self, t};

pub fn run(paths: &[PathBuf], format: Format) -> Result<Verdict, CliError> {
    // JSON is for scripts: its messages are English in every language (docs/formats.md).
    if let Format::Json = format {
        i18n::activate(None);
    }
    if let [path] = paths {
        let (connection, findings, tally) = check(path)?;
        written(match format {
            Format::Json => print_json(&findings, tally),
            Format::Text => print_text(path, connection, &findings, tally),
        })?;
        return Ok(verdict(tally));
    }
    let (mut clean, mut with_errors, mut unusable) = (0usize, 0usize, 0usize);
    for path in paths {
        match check(path) {
            Ok((connection, findings, tally)) => {
                if tally.errors == 0 {
                    clean += 1;
                } else {
                    with_errors += 1;
                }
                written(match format {
                    Format::Json => print_json_line(path, Ok((&findings, tally))),
                    Format::Text => print_text(path, connection, &findings, tally)
                        .and_then(|()| writeln!(io::stdout().lock())),
                })?;
            }
            Err(error) => {
                unusable += 1;
                error.report();
                if let Format::Json = format {
                    written(print_json_line(path, Err(&error.to_string())))?;
                }
            }
        }
    }
    if let Format::Text = format {
        written(writeln!(
            io::stdout().lock(),
            "{}",
            t::cli_files_summary(&paths.len(), &clean, &with_errors, &unusable)
        ))?;
    }
    match (unusable, with_errors) {
        (0, 0) => Ok(Verdict::Clean),
        (0, _) => Ok(Verdict::HasErrors),
        (count, _) => Err(CliError::unusable(
            "validate",
            t::cli_files_unusable(count, &paths.len()),
        )),
    }
}

fn check(path: &Path) -> Result<(Connection, Vec<Finding>, Tally), CliError> {
    let profile = read_input(path)
        .and_then(|bytes| Profile::from_json(&bytes).map_err(|error| error.to_string()))
        .map_err(|reason| CliError::unusable(t::cli_cannot_use(&printable_path(path)), reason))?;
    let findings = rules::validate(&profile);
    let tally = Tally::of(&findings);
    Ok((profile.connection, findings, tally))
}

fn verdict(tally: Tally) -> Verdict {
    if tally.errors == 0 {
        Verdict::Clean
    } else {
        Verdict::HasErrors
    }
}

/// One file's report as a line of JSON: `{"file", "ok", "errors", "warnings", "findings"}`,
/// or `{"file", "unusable"}` for a file that cannot be read as a profile.
fn print_json_line(path: &Path, report: Result<(&[Finding], Tally), &str>) -> io::Result<()> {
    let line = match report {
        Ok((findings, tally)) => serde_json::json!({
            "file": path.display().to_string(),
            "ok": tally.errors == 0,
            "errors": tally.errors,
            "warnings": tally.warnings,
            "findings": findings,
        }),
        Err(reason) => serde_json::json!({
            "file": path.display().to_string(),
            "unusable": reason,
        }),
    };
    writeln!(io::stdout().lock(), "{}", terminal::json(&line.to_string()))
}
