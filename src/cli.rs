//! The `wsadmin-prep` command line: the same rules as the web app, for scripts and terminals.

use std::io::{self, BufRead, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anstyle::{AnsiColor, Style};
use clap::{Parser, Subcommand, ValueEnum};

use age::secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroize;

use wsadmin_prep::checklist::{self, CreationRoute};
use wsadmin_prep::handoff::{self, HandoffError, OpenWith, SealTo};
use wsadmin_prep::password;
use wsadmin_prep::profile::{Field, Profile};
use wsadmin_prep::rules::{self, Finding, Severity, Tally};

/// A profile file is a few hundred bytes; this cap only keeps a wrong file (a disk image,
/// a log) from being read into memory whole.
const MAX_INPUT_BYTES: u64 = 16 * 1024 * 1024;

#[derive(Parser)]
#[command(
    name = "wsadmin-prep",
    version,
    about = "Prepare and check an SAP Concur Web Services Administrator (WS Admin) profile, offline",
    long_about = "Prepare and check an SAP Concur Web Services Administrator (WS Admin) profile, offline.\n\n\
        A partner app (expense, travel or invoice integration) signs in to Concur as a dedicated \
        WS Admin user. wsadmin-prep checks that profile against every rule of Concur's enablement \
        guide and its field limits, for Standard and Professional editions. Nothing is sent anywhere.",
    after_help = "Exit status: 0 no errors (warnings allowed), 1 the profile has errors, 2 the input cannot be used.\n\
        The profile file format is described in docs/formats.md."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a profile file against every rule and print the findings with their fixes
    #[command(
        long_about = "Check a profile file against every rule of the enablement guide and Concur's \
            field limits, and print each finding with the field it concerns and a fix.",
        after_help = "Examples:\n  wsadmin-prep validate acme-expensify.json\n  \
            wsadmin-prep validate --format json acme-expensify.json | jq '.findings[].rule'\n\n\
            Exit status: 0 no errors (warnings allowed), 1 the profile has errors, \
            2 the file cannot be used (unreadable, not JSON, not an object, unknown schema or edition)."
    )]
    Validate {
        /// The profile file (JSON, schema wsadmin-prep/profile@1); `-` reads standard input
        file: PathBuf,
        /// How to print the findings: `text` for people, `json` for scripts
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Print the enablement checklist for a profile, as Markdown or JSON
    #[command(
        long_about = "Print the enablement checklist for a profile: creating the WS Admin user \
            (or a Concur Helpdesk ticket), activating it, handing the credentials over, and enabling \
            the app, with Concur's menu paths and the values to enter. It never contains a password.",
        after_help = "Examples:\n  wsadmin-prep checklist acme-expensify.json > checklist.md\n  \
            wsadmin-prep checklist --helpdesk --format json acme-expensify.json\n  \
            wsadmin-prep checklist exported-checklist.json   (keeps its ticks and notes)\n  \
            wsadmin-prep checklist --format link acme-expensify.json   (append to the app's address)\n\n\
            Exit status: 0 printed, 2 the file cannot be used."
    )]
    /// Generate an age identity for receiving handoff packets (the provider's side)
    #[command(
        long_about = "Generate an age X25519 identity for receiving handoff packets. The identity \
            (secret) goes to KEYFILE, or to standard output without -o; the public key (age1…) is \
            printed on standard error: give it to the client's admin.",
        after_help = "Examples:\n  wsadmin-prep keygen -o provider.key\n\n\
            An existing KEYFILE is never overwritten. Exit status: 0 written, 2 cannot write."
    )]
    Keygen {
        /// Where to write the identity file (created with owner-only permissions)
        #[arg(short, long, value_name = "KEYFILE")]
        output: Option<PathBuf>,
    },
    /// Seal the Login ID and a password (read from stdin) for the app provider, with age
    #[command(
        long_about = "Seal the handoff packet (Login ID, password, app, edition) for the app provider \
            with age, ASCII-armored, to standard output. The password is read from standard input, \
            never from an argument. The profile must pass every rule and the password every \
            password rule first.",
        after_help = "Examples:\n  printf '%s' \"$PW\" | wsadmin-prep seal profile.json --password-stdin --to age1… > handoff.age\n  \
            wsadmin-prep seal profile.json --password-stdin --passphrase-file phrase.txt < pw.txt > handoff.age\n\n\
            The packet opens with `age -d -i KEYFILE` (or `age -d` and the passphrase) and with `wsadmin-prep open`.\n\
            Exit status: 0 sealed, 1 the profile or password breaks a rule, 2 unusable input."
    )]
    Seal {
        /// The profile file
        profile: PathBuf,
        /// Read the password from standard input (its first line); required, as a reminder that
        /// it is never an argument
        #[arg(long, required = true)]
        password_stdin: bool,
        /// Seal to the provider's age public key (recommended)
        #[arg(
            long,
            value_name = "age1…",
            conflicts_with = "passphrase_file",
            required_unless_present = "passphrase_file"
        )]
        to: Option<String>,
        /// Seal to the passphrase in this file (scrypt, work factor 18)
        #[arg(long, value_name = "PATH")]
        passphrase_file: Option<PathBuf>,
        /// The account has been activated by logging in once
        #[arg(long)]
        activated: bool,
        /// A note for the provider
        #[arg(long)]
        note: Option<String>,
    },
    /// Open a handoff packet and print its fields (the provider's side)
    #[command(
        long_about = "Open a handoff packet sealed by wsadmin-prep (or by age with a handoff packet \
            inside) and print its fields, the password included.",
        after_help = "Examples:\n  wsadmin-prep open handoff.age --identity provider.key\n  \
            wsadmin-prep open handoff.age --passphrase-file phrase.txt --format json\n\n\
            Exit status: 0 opened, 1 cannot open (wrong key or passphrase, altered packet), 2 unusable input."
    )]
    Open {
        /// The packet (armored or binary age); `-` reads standard input
        packet: PathBuf,
        /// The provider's identity file
        #[arg(
            long,
            value_name = "KEYFILE",
            conflicts_with = "passphrase_file",
            required_unless_present = "passphrase_file"
        )]
        identity: Option<PathBuf>,
        /// A file holding the passphrase
        #[arg(long, value_name = "PATH")]
        passphrase_file: Option<PathBuf>,
        /// `text` for people, `json` for the packet's raw JSON
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    Checklist {
        /// A profile file, a checklist exported as JSON, or a file holding a share link (ticks and notes are kept); `-` reads standard input
        file: PathBuf,
        /// Markdown for people, JSON for tools and re-import
        #[arg(long, value_enum, default_value_t = ChecklistFormat::Md)]
        format: ChecklistFormat,
        /// The profile is created by a Concur Helpdesk ticket (the checklist includes its text)
        #[arg(long)]
        helpdesk: bool,
        /// The date printed at the top [default: today, UTC]
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ChecklistFormat {
    /// Markdown with GitHub task lists, for tickets and e-mail
    Md,
    /// JSON (schema wsadmin-prep/checklist@1), re-importable in the web app
    Json,
    /// A share-link fragment (#checklist=1.…) to append to the web app's address
    Link,
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Validate { file, format } => validate(&file, format),
        Command::Checklist {
            file,
            format,
            helpdesk,
            date,
        } => checklist(&file, format, helpdesk, date),
        Command::Keygen { output } => keygen(output.as_deref()),
        Command::Seal {
            profile,
            password_stdin: _,
            to,
            passphrase_file,
            activated,
            note,
        } => seal(
            &profile,
            to.as_deref(),
            passphrase_file.as_deref(),
            activated,
            note,
        ),
        Command::Open {
            packet,
            identity,
            passphrase_file,
            format,
        } => open(
            &packet,
            identity.as_deref(),
            passphrase_file.as_deref(),
            format,
        ),
    }
}

fn now_rfc3339() -> String {
    humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string()
}

fn unusable(what: &str, reason: impl std::fmt::Display) -> ExitCode {
    eprintln!("wsadmin-prep: {what}: {reason}");
    ExitCode::from(2)
}

fn keygen(output: Option<&Path>) -> ExitCode {
    let (identity, public) = handoff::generate_identity(&now_rfc3339());
    let written = match output {
        Some(path) => write_new_secret_file(path, identity.expose_secret().as_bytes()),
        None => io::stdout().write_all(identity.expose_secret().as_bytes()),
    };
    if let Err(error) = written {
        let target = output
            .map(printable_path)
            .unwrap_or_else(|| "standard output".into());
        return unusable(&format!("cannot write {target}"), error);
    }
    eprintln!("Public key: {public}");
    ExitCode::SUCCESS
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
            io::Error::new(
                error.kind(),
                "it already exists; choose another name, nothing was overwritten",
            )
        } else {
            error
        }
    })?;
    file.write_all(contents)
}

/// The first line of standard input, without its line ending; the rest is ignored.
fn read_password_from_stdin() -> Result<SecretString, String> {
    let mut line = String::new();
    io::stdin()
        .lock()
        .take(4096)
        .read_line(&mut line)
        .map_err(|error| format!("cannot read the password from standard input: {error}"))?;
    let password = line.trim_end_matches(['\n', '\r']).to_owned();
    line.zeroize();
    if password.is_empty() {
        return Err("no password on standard input".into());
    }
    Ok(SecretString::from(password))
}

fn read_passphrase_file(path: &Path) -> Result<SecretString, String> {
    let mut text = std::fs::read_to_string(path).map_err(|error| {
        format!(
            "cannot read the passphrase file {}: {error}",
            printable_path(path)
        )
    })?;
    let passphrase = text.trim_end_matches(['\n', '\r']).to_owned();
    text.zeroize();
    if passphrase.is_empty() {
        return Err(format!(
            "the passphrase file {} is empty",
            printable_path(path)
        ));
    }
    Ok(SecretString::from(passphrase))
}

fn seal(
    profile_path: &Path,
    to: Option<&str>,
    passphrase_file: Option<&Path>,
    activated: bool,
    note: Option<String>,
) -> ExitCode {
    let profile = match read_input(profile_path)
        .and_then(|bytes| Profile::from_json(&bytes).map_err(|error| error.to_string()))
    {
        Ok(profile) => profile,
        Err(reason) => {
            return unusable(
                &format!("cannot use {}", printable_path(profile_path)),
                reason,
            )
        }
    };
    let seal_to = match (to, passphrase_file) {
        (Some(recipient), _) => match handoff::parse_recipient(recipient) {
            Ok(recipient) => SealTo::Recipient(recipient),
            Err(error) => return unusable("cannot seal", error),
        },
        (None, Some(path)) => match read_passphrase_file(path) {
            Ok(passphrase) => SealTo::Passphrase(passphrase),
            Err(reason) => return unusable("cannot seal", reason),
        },
        (None, None) => return unusable("cannot seal", "give --to or --passphrase-file"),
    };
    let password = match read_password_from_stdin() {
        Ok(password) => password,
        Err(reason) => return unusable("cannot seal", reason),
    };
    let strength = password::estimate(password.expose_secret(), &profile);
    let mut findings = rules::validate(&profile);
    findings.extend(rules::validate_password(&rules::PasswordCheck {
        profile: &profile,
        password: password.expose_secret(),
        policy: &profile.password_policy,
        strength: Some(&strength),
    }));
    findings.retain(|finding| finding.severity == Severity::Error);
    if !findings.is_empty() {
        eprintln!(
            "wsadmin-prep: not sealed: {} error(s) to fix first",
            findings.len()
        );
        for finding in &findings {
            eprintln!(
                "  {} {}: {}",
                finding.rule,
                finding.field.path(),
                finding.message
            );
        }
        return ExitCode::from(1);
    }
    let packet = handoff::packet_for(
        &profile,
        password.expose_secret(),
        &now_rfc3339(),
        activated,
        note,
    );
    match handoff::seal_and_check(&packet, &seal_to) {
        Ok(armored) => match io::stdout().write_all(armored.as_bytes()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => unusable("cannot write the packet", error),
        },
        Err(error) => unusable("cannot seal", error),
    }
}

fn open(
    packet_path: &Path,
    identity: Option<&Path>,
    passphrase_file: Option<&Path>,
    format: Format,
) -> ExitCode {
    let sealed = match read_input(packet_path) {
        Ok(bytes) => bytes,
        Err(reason) => {
            return unusable(
                &format!("cannot read {}", printable_path(packet_path)),
                reason,
            )
        }
    };
    let with = match (identity, passphrase_file) {
        (Some(path), _) => {
            let text = match std::fs::read_to_string(path) {
                Ok(text) => SecretString::from(text),
                Err(error) => {
                    return unusable(&format!("cannot read {}", printable_path(path)), error)
                }
            };
            match handoff::parse_identity(text.expose_secret()) {
                Ok(identity) => OpenWith::Identity(identity),
                Err(error) => return unusable(&printable_path(path), error),
            }
        }
        (None, Some(path)) => match read_passphrase_file(path) {
            Ok(passphrase) => OpenWith::Passphrase(passphrase),
            Err(reason) => return unusable("cannot open", reason),
        },
        (None, None) => return unusable("cannot open", "give --identity or --passphrase-file"),
    };
    let packet = match handoff::open(&sealed, &with) {
        Ok(packet) => packet,
        Err(error @ HandoffError::NotAPacket(_)) => {
            return unusable(
                &format!("cannot open {}", printable_path(packet_path)),
                error,
            )
        }
        Err(error) => {
            eprintln!(
                "wsadmin-prep: cannot open {}: {error}",
                printable_path(packet_path)
            );
            return ExitCode::from(1);
        }
    };
    let mut out = io::stdout().lock();
    let written = match format {
        Format::Json => serde_json::to_writer_pretty(&mut out, &packet)
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out)),
        Format::Text => {
            let lines = [
                ("App", packet.app_name.as_str()),
                ("Edition", packet.edition.title()),
                ("Login ID", packet.login_id.as_str()),
                ("Password", packet.password.as_str()),
                (
                    "Activated",
                    if packet.activated {
                        "yes"
                    } else {
                        "not yet: log in once first"
                    },
                ),
                (
                    "Company domain",
                    packet.company_domain.as_deref().unwrap_or(""),
                ),
                ("Sealed at", packet.created_at.as_str()),
                ("Note", packet.note.as_deref().unwrap_or("")),
            ];
            lines
                .iter()
                .filter(|(_, value)| !value.is_empty())
                .try_for_each(|(label, value)| {
                    writeln!(out, "{label:<15} {}", value.escape_debug())
                })
        }
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => unusable("cannot write", error),
    }
}

fn checklist(
    path: &Path,
    format: ChecklistFormat,
    helpdesk: bool,
    date: Option<String>,
) -> ExitCode {
    let loaded = read_input(path).and_then(|bytes| {
        let text = String::from_utf8_lossy(&bytes);
        if let Some(at) = text.find("#checklist=") {
            let fragment = text[at..].split_whitespace().next().unwrap_or_default();
            return checklist::link::decode(fragment).map_err(|error| error.to_string());
        }
        checklist::from_checklist_or_profile(&bytes)
    });
    let (profile, mut ticks) = match loaded {
        Ok(loaded) => loaded,
        Err(reason) => {
            eprintln!(
                "wsadmin-prep: cannot use {}: {reason}",
                printable_path(path)
            );
            return ExitCode::from(2);
        }
    };
    if helpdesk {
        ticks.route = CreationRoute::Helpdesk;
    }
    let date = date.unwrap_or_else(|| {
        humantime::format_rfc3339(std::time::SystemTime::now()).to_string()[..10].to_owned()
    });
    let document = match format {
        ChecklistFormat::Md => checklist::to_markdown(&profile, &ticks, &date),
        ChecklistFormat::Json => checklist::to_json(&profile, &ticks, &date),
        ChecklistFormat::Link => format!("#{}", checklist::link::encode(&profile, &ticks)),
    };
    let mut out = io::stdout().lock();
    match writeln!(out, "{document}") {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("wsadmin-prep: cannot write the checklist: {error}");
            ExitCode::from(2)
        }
    }
}

fn validate(path: &Path, format: Format) -> ExitCode {
    let profile = match read_input(path)
        .and_then(|bytes| Profile::from_json(&bytes).map_err(|error| error.to_string()))
    {
        Ok(profile) => profile,
        Err(reason) => {
            eprintln!(
                "wsadmin-prep: cannot use {}: {reason}",
                printable_path(path)
            );
            return ExitCode::from(2);
        }
    };
    let findings = rules::validate(&profile);
    let tally = Tally::of(&findings);
    let written = match format {
        Format::Json => print_json(&findings, tally),
        Format::Text => print_text(path, &findings, tally),
    };
    if let Err(error) = written {
        // A closed pipe (`| head`) is not worth a message; anything else is.
        if error.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("wsadmin-prep: cannot write the report: {error}");
        }
        return ExitCode::from(2);
    }
    if tally.errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn read_input(path: &Path) -> Result<Vec<u8>, String> {
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
        return Err(format!(
            "the file is larger than {} MiB; a profile file is a few hundred bytes",
            MAX_INPUT_BYTES / 1024 / 1024
        ));
    }
    Ok(bytes)
}

fn print_json(findings: &[Finding], tally: Tally) -> io::Result<()> {
    #[derive(serde::Serialize)]
    struct Report<'a> {
        ok: bool,
        errors: usize,
        warnings: usize,
        findings: &'a [Finding],
    }
    let report = Report {
        ok: tally.errors == 0,
        errors: tally.errors,
        warnings: tally.warnings,
        findings,
    };
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &report)?;
    writeln!(out)
}

/// Findings grouped by field, in the order of the form. Colour only reaches a terminal:
/// anstream strips it from pipes and files and honours NO_COLOR.
fn print_text(path: &Path, findings: &[Finding], tally: Tally) -> io::Result<()> {
    let mut out = anstream::stdout().lock();
    let bold = Style::new().bold();
    let dim = Style::new().dimmed();
    let verdict = if tally.errors == 0 {
        AnsiColor::Green.on_default().bold()
    } else {
        AnsiColor::Red.on_default().bold()
    };
    let name = printable_path(path);
    writeln!(out, "{bold}{name}{bold:#}: {verdict}{tally}{verdict:#}")?;
    if findings.is_empty() {
        writeln!(out, "Ready to create in Concur.")?;
        return Ok(());
    }
    for field in Field::ALL {
        let here: Vec<&Finding> = findings.iter().filter(|f| f.field == field).collect();
        if here.is_empty() {
            continue;
        }
        writeln!(
            out,
            "\n{bold}{}{bold:#} {dim}({}){dim:#}",
            field.label(),
            field.path()
        )?;
        for finding in here {
            let severity = match finding.severity {
                Severity::Error => AnsiColor::Red.on_default().bold(),
                Severity::Warning => AnsiColor::Yellow.on_default().bold(),
            };
            writeln!(
                out,
                "  {severity}{:<7}{severity:#} {dim}{}{dim:#}  {}",
                finding.severity.as_str(),
                finding.rule,
                finding.message
            )?;
            writeln!(out, "          fix: {}", finding.fix.text)?;
        }
    }
    Ok(())
}

/// The path as typed, with control characters escaped so a hostile file name cannot
/// drive the terminal.
fn printable_path(path: &Path) -> String {
    path.display()
        .to_string()
        .chars()
        .flat_map(|c| {
            if c.is_control() {
                c.escape_default().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect()
}
