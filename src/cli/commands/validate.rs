//! `validate`: check a profile file and print its findings.

use std::path::Path;

use crate::cli::args::Format;
use crate::cli::error::{written, CliError, Verdict};
use crate::cli::input::{printable_path, read_input};
use crate::cli::output::{print_json, print_text};
use wsadmin_prep::domain::profile::Profile;
use wsadmin_prep::domain::rules::{self, Tally};

pub fn run(path: &Path, format: Format) -> Result<Verdict, CliError> {
    let profile = read_input(path)
        .and_then(|bytes| Profile::from_json(&bytes).map_err(|error| error.to_string()))
        .map_err(|reason| {
            CliError::unusable(format!("cannot use {}", printable_path(path)), reason)
        })?;
    let findings = rules::validate(&profile);
    let tally = Tally::of(&findings);
    written(match format {
        Format::Json => print_json(&findings, tally),
        Format::Text => print_text(path, &findings, tally),
    })?;
    Ok(if tally.errors == 0 {
        Verdict::Clean
    } else {
        Verdict::HasErrors
    })
}
