//! The `wsadmin-prep` command line: the same rules as the web app, for scripts and
//! terminals. Arguments (`args`), one module per command (`commands`), and one error type
//! whose exit status `main` maps here, in one place.

mod args;
mod commands;
mod error;
mod input;
mod output;
mod terminal;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use args::{Cli, Command};
use commands::seal::{SealArgs, SealTokenArgs};
use error::Verdict;
use wsadmin_prep::domain::checklist::CreationRoute;
use wsadmin_prep::i18n::{self, Lang};

pub fn main() -> ExitCode {
    // The language is needed before clap reads the arguments, so that its help and its
    // errors' summaries are in it; `--lang`'s own value is checked by clap just after.
    i18n::set(
        language_asked(std::env::args_os().skip(1))
            .unwrap_or_else(|| Lang::from_environment(|name| std::env::var(name).ok())),
    );
    let matches = args::with_translated_summaries(Cli::command()).get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit());
    let outcome = match cli.command {
        Command::Validate { files, format } => commands::validate::run(&files, format),
        Command::Checklist {
            file,
            format,
            helpdesk,
            app_center,
            date,
            ticket_lang,
        } => {
            let route = match (helpdesk, app_center) {
                (true, _) => Some(CreationRoute::Helpdesk),
                (_, true) => Some(CreationRoute::AppCenter),
                _ => None,
            };
            commands::checklist::run(&file, format, route, date, ticket_lang.map(Lang::from))
        }
        Command::Fix { file, output } => commands::fix::run(&file, output.as_deref()),
        Command::Keygen { output } => commands::keygen::run(output.as_deref()),
        Command::Seal {
            profile,
            password_stdin: _,
            seal_to,
            activated,
            note,
        } => commands::seal::run(SealArgs {
            profile: &profile,
            seal_to: &seal_to,
            activated,
            note,
        }),
        Command::SealToken {
            app_name,
            company_name,
            app_id,
            company_uuid,
            company_uuid_file,
            edition,
            generated_at,
            data_center,
            token_stdin: _,
            seal_to,
            note,
        } => input::company_uuid(company_uuid, company_uuid_file.as_deref()).and_then(
            |company_uuid| {
                commands::seal::run_token(SealTokenArgs {
                    app_name,
                    company_name,
                    app_id,
                    company_uuid: &company_uuid,
                    edition: edition.into(),
                    generated_at: generated_at.as_deref(),
                    data_center: data_center.map(Into::into),
                    seal_to: &seal_to,
                    note,
                })
            },
        ),
        Command::Open {
            packet,
            identity,
            passphrase_file,
            format,
        } => commands::open::run(
            &packet,
            identity.as_deref(),
            passphrase_file.as_deref(),
            format,
        ),
    };
    match outcome {
        Ok(Verdict::Clean) => ExitCode::SUCCESS,
        Ok(Verdict::HasErrors) => ExitCode::from(1),
        Err(error) => {
            error.report();
            ExitCode::from(error.exit_code())
        }
    }
}

/// The language `--lang` names (`--lang de` or `--lang=de`), if it names one; the last one
/// given wins, as clap takes it. Arguments are read as the OS gives them: a file name that
/// is not UTF-8 is no language, and must reach clap, which reports it, unharmed.
fn language_asked(args: impl Iterator<Item = std::ffi::OsString>) -> Option<Lang> {
    let mut asked = None;
    let mut args = args.take_while(|arg| arg != "--");
    while let Some(arg) = args.next() {
        let value = match arg.to_str().and_then(|arg| arg.strip_prefix("--lang")) {
            Some("") => args.next(),
            Some(rest) => rest.strip_prefix('=').map(Into::into),
            None => None,
        };
        if let Some(lang) = value
            .as_ref()
            .and_then(|value| value.to_str())
            .and_then(Lang::from_tag)
        {
            asked = Some(lang);
        }
    }
    asked
}
