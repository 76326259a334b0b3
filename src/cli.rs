//! The `wsadmin-prep` command line: the same rules as the web app, for scripts and terminals.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anstyle::{AnsiColor, Style};
use clap::{Parser, Subcommand, ValueEnum};

use wsadmin_prep::checklist::{self, ChecklistProgress, CreationRoute};
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
        let is_checklist = serde_json::from_slice::<serde_json::Value>(&bytes)
            .ok()
            .and_then(|value| {
                value
                    .get("schema")?
                    .as_str()
                    .map(|s| s == checklist::CHECKLIST_SCHEMA)
            })
            .unwrap_or(false);
        if is_checklist {
            checklist::from_json(&bytes)
        } else {
            Profile::from_json(&bytes)
                .map(|profile| (profile, ChecklistProgress::default()))
                .map_err(|error| error.to_string())
        }
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
