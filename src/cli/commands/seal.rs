//! `seal`: the admin's side of the handoff, through the same gate as the web app's worker.

use std::io::{self, Write};
use std::path::Path;

use age::secrecy::ExposeSecret;

use crate::cli::error::{written, CliError, Verdict};
use crate::cli::input::{
    printable_path, read_input, read_passphrase_file, read_password_from_stdin,
};
use wsadmin_prep::domain::handoff::SealTarget;
use wsadmin_prep::domain::profile::Profile;
use wsadmin_prep::worker::seal::{seal_checked, SealOrder, SealRefusal};

pub struct SealArgs<'a> {
    pub profile: &'a Path,
    pub to: Option<&'a str>,
    pub passphrase_file: Option<&'a Path>,
    pub activated: bool,
    pub note: Option<String>,
}

pub fn run(args: SealArgs) -> Result<Verdict, CliError> {
    let profile = read_input(args.profile)
        .and_then(|bytes| Profile::from_json(&bytes).map_err(|error| error.to_string()))
        .map_err(|reason| {
            CliError::unusable(
                format!("cannot use {}", printable_path(args.profile)),
                reason,
            )
        })?;
    let passphrase = match args.passphrase_file {
        Some(path) => {
            Some(read_passphrase_file(path).map_err(|r| CliError::unusable("cannot seal", r))?)
        }
        None => None,
    };
    let target = match (args.to, &passphrase) {
        (Some(recipient), _) => SealTarget::Recipient(recipient),
        // A file cannot be mistyped the way a second prompt can: it confirms itself.
        (None, Some(passphrase)) => SealTarget::Passphrase {
            passphrase: passphrase.expose_secret(),
            confirmation: passphrase.expose_secret(),
        },
        (None, None) => {
            return Err(CliError::unusable(
                "cannot seal",
                "give --to or --passphrase-file",
            ))
        }
    };
    let password = read_password_from_stdin().map_err(|r| CliError::unusable("cannot seal", r))?;
    let order = SealOrder {
        profile: &profile,
        password: password.expose_secret(),
        target,
        // A key on the command line is the admin's own choice, not a link's.
        key_confirmed: true,
        activated: args.activated,
        note: args.note,
        created_at: &super::now_rfc3339(),
    };
    match seal_checked(&order) {
        Ok(sealed) => {
            written(io::stdout().write_all(sealed.armored.as_bytes()))?;
            Ok(Verdict::Clean)
        }
        Err(SealRefusal::Blocked { blockers, findings }) => {
            let mut report = String::new();
            for blocker in &blockers {
                report.push_str(&format!("\n  - {blocker}"));
            }
            for finding in &findings {
                report.push_str(&format!(
                    "\n    {} {}: {}",
                    finding.rule,
                    finding.field.path(),
                    finding.message
                ));
            }
            Err(CliError::refused("not sealed", report))
        }
        Err(SealRefusal::Unusable(error)) => Err(CliError::unusable("cannot seal", error)),
    }
}
