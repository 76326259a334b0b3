//! `seal` and `seal-token`: the admin's side of the handoff, through the same gate as the web
//! app's worker.

use std::io::{self, Write};
use std::path::Path;

use age::secrecy::{ExposeSecret, SecretString};

use crate::cli::args::SealToArgs;
use crate::cli::error::{written, CliError, Verdict};
use crate::cli::input::{printable_path, read_input, read_passphrase_file, read_secret_from_stdin};
use crate::cli::terminal;
use wsadmin_prep::domain::concur::{Connection, DataCenter, Edition};
use wsadmin_prep::domain::handoff::SealTarget;
use wsadmin_prep::domain::profile::Profile;
use wsadmin_prep::domain::request_token::{parse_rfc3339, rfc3339, TokenValues};
use wsadmin_prep::domain::rules::{self, Finding, Severity, TokenCheck};
use wsadmin_prep::i18n::t;
use wsadmin_prep::worker::seal::{seal_checked, Handover, SealOrder, SealRefusal};

pub struct SealArgs<'a> {
    pub profile: &'a Path,
    pub seal_to: &'a SealToArgs,
    pub activated: bool,
    pub note: Option<String>,
}

pub struct SealTokenArgs<'a> {
    pub app_name: String,
    pub company_name: Option<String>,
    pub app_id: String,
    pub company_uuid: &'a str,
    pub edition: Edition,
    pub generated_at: Option<&'a str>,
    pub data_center: Option<DataCenter>,
    pub seal_to: &'a SealToArgs,
    pub note: Option<String>,
}

pub fn run(args: SealArgs) -> Result<Verdict, CliError> {
    let profile = read_input(args.profile)
        .and_then(|bytes| Profile::from_json(&bytes).map_err(|error| error.to_string()))
        .map_err(|reason| {
            CliError::unusable(t::cli_cannot_use(&printable_path(args.profile)), reason)
        })?;
    let passphrase = read_passphrase(args.seal_to)?;
    let password = read_secret_from_stdin(&t::cli_the_password())
        .map_err(|r| CliError::unusable(t::cli_cannot_seal(), r))?;
    let created_at = super::now_rfc3339();
    finish(SealOrder {
        profile: &profile,
        handover: Handover::Credentials {
            password: password.expose_secret(),
            activated: args.activated,
            created_at: &created_at,
        },
        target: target(args.seal_to, passphrase.as_ref())?,
        // A key on the command line is the admin's own choice, not a link's.
        key_confirmed: true,
        note: args.note,
    })
}

pub fn run_token(args: SealTokenArgs) -> Result<Verdict, CliError> {
    let now = super::now_unix_seconds();
    let generated_at = match args.generated_at {
        None => {
            return Err(CliError::unusable(
                t::cli_cannot_seal(),
                t::cli_give_generated_at(),
            ))
        }
        Some(text) if text.trim().eq_ignore_ascii_case("now") => now,
        Some(text) => parse_rfc3339(text).ok_or_else(|| {
            CliError::unusable(
                t::cli_cannot_seal(),
                t::cli_generated_at_invalid(&format!("{text:?}")),
            )
        })?,
    };
    let profile = Profile {
        connection: Connection::CompanyRequestToken,
        edition: args.edition,
        app_name: args.app_name,
        company_name: args.company_name.filter(|name| !name.trim().is_empty()),
        app_id: Some(args.app_id),
        data_center: args.data_center,
        ..Profile::default()
    };
    let passphrase = read_passphrase(args.seal_to)?;
    let token = read_secret_from_stdin(&t::cli_the_token())
        .map_err(|r| CliError::unusable(t::cli_cannot_seal(), r))?;
    finish(SealOrder {
        profile: &profile,
        handover: Handover::RequestToken {
            values: TokenValues {
                company_uuid: args.company_uuid,
                request_token: token.expose_secret(),
                generated_at,
            },
            now,
        },
        target: target(args.seal_to, passphrase.as_ref())?,
        key_confirmed: true,
        note: args.note,
    })
}

fn read_passphrase(seal_to: &SealToArgs) -> Result<Option<SecretString>, CliError> {
    seal_to
        .passphrase_file
        .as_deref()
        .map(|path| {
            read_passphrase_file(path).map_err(|r| CliError::unusable(t::cli_cannot_seal(), r))
        })
        .transpose()
}

fn target<'a>(
    seal_to: &'a SealToArgs,
    passphrase: Option<&'a SecretString>,
) -> Result<SealTarget<'a>, CliError> {
    match (seal_to.to.as_deref(), passphrase) {
        (Some(recipient), _) => Ok(SealTarget::Recipient(recipient)),
        // A file cannot be mistyped the way a second prompt can: it confirms itself.
        (None, Some(passphrase)) => Ok(SealTarget::Passphrase {
            passphrase: passphrase.expose_secret(),
            confirmation: passphrase.expose_secret(),
        }),
        (None, None) => Err(CliError::unusable(
            t::cli_cannot_seal(),
            t::cli_give_recipient(),
        )),
    }
}

/// Seals, printing the armored packet, or says which rules refused it and why.
fn finish(order: SealOrder) -> Result<Verdict, CliError> {
    match seal_checked(&order) {
        Ok(sealed) => {
            written(io::stdout().write_all(sealed.armored.as_bytes()))?;
            print_warnings(&warnings_of(&order));
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
            Err(CliError::refused(t::cli_not_sealed(), report))
        }
        Err(SealRefusal::Unusable(error)) => Err(CliError::unusable(t::cli_cannot_seal(), error)),
    }
}

/// What is worth a look though it does not stop the seal: the profile's warnings and, on the
/// token route, the token's (TOKEN-EXPIRING).
fn warnings_of(order: &SealOrder) -> Vec<Finding> {
    let mut findings = rules::validate(order.profile);
    if let Handover::RequestToken { values, now } = &order.handover {
        findings.extend(rules::validate_token(&TokenCheck {
            company_uuid: values.company_uuid,
            request_token: values.request_token,
            generated_at: values.generated_at,
            now: *now,
            time_shown: rfc3339,
        }));
    }
    findings.retain(|finding| finding.severity == Severity::Warning);
    findings
}

/// Prints warnings on standard error, one a line, so a script sees them and its output
/// stays the packet (or the profile) alone. The exit status stays 0.
pub fn print_warnings(findings: &[Finding]) {
    for finding in findings
        .iter()
        .filter(|finding| finding.severity == Severity::Warning)
    {
        eprintln!(
            "{} {} {}: {}",
            t::cli_warning(),
            finding.rule,
            finding.field.path(),
            terminal::line(&finding.message)
        );
    }
}
