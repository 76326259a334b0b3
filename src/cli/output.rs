//! How findings are printed: grouped by field for people, or as JSON for scripts.

use std::io::{self, Write};
use std::path::Path;

use anstyle::{AnsiColor, Style};

use super::input::printable_path;
use super::terminal;
use wsadmin_prep::domain::profile::{Connection, Field};
use wsadmin_prep::domain::rules::{Finding, Severity, Tally};
use wsadmin_prep::i18n::t;

pub fn print_json(findings: &[Finding], tally: Tally) -> io::Result<()> {
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
    let json = serde_json::to_string_pretty(&report).map_err(io::Error::from)?;
    writeln!(io::stdout().lock(), "{}", terminal::json(&json))
}

/// Findings grouped by field, in the order of the form. Colour only reaches a terminal:
/// anstream strips it from pipes and files and honours NO_COLOR.
pub fn print_text(
    path: &Path,
    connection: Connection,
    findings: &[Finding],
    tally: Tally,
) -> io::Result<()> {
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
        writeln!(
            out,
            "{}",
            match connection {
                Connection::WsAdminUser => t::cli_ready_ws(),
                Connection::CompanyRequestToken => t::cli_ready_token(),
            }
        )?;
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
            let (severity, word) = match finding.severity {
                Severity::Error => (AnsiColor::Red.on_default().bold(), t::cli_error()),
                Severity::Warning => (AnsiColor::Yellow.on_default().bold(), t::cli_warning()),
            };
            writeln!(
                out,
                "  {severity}{word:<7}{severity:#} {dim}{}{dim:#}  {}",
                finding.rule,
                terminal::line(&finding.message)
            )?;
            writeln!(
                out,
                "          {} {}",
                t::cli_fix(),
                terminal::line(&finding.fix.text)
            )?;
        }
    }
    Ok(())
}
