//! `checklist`: the enablement checklist of a profile, a checklist JSON or a share link,
//! as Markdown, JSON or a link.

use std::io::{self, Write};
use std::path::Path;

use crate::cli::args::ChecklistFormat;
use crate::cli::error::{written, CliError, Verdict};
use crate::cli::input::{printable_path, read_input};
use crate::cli::terminal;
use wsadmin_prep::domain::checklist::{helpdesk_ticket, CreationRoute};
use wsadmin_prep::domain::profile::Profile;
use wsadmin_prep::domain::workspace::DraftId;
use wsadmin_prep::formats::{checklist_json, markdown, share_link};
use wsadmin_prep::i18n::{self, t, Lang};

pub fn run(
    path: &Path,
    format: ChecklistFormat,
    route: Option<CreationRoute>,
    date: Option<String>,
    ticket_lang: Option<Lang>,
) -> Result<Verdict, CliError> {
    let loaded = read_input(path).and_then(|bytes| {
        let text = String::from_utf8_lossy(&bytes);
        if let Some(at) = text.find("#checklist=") {
            let fragment = text[at..].split_whitespace().next().unwrap_or_default();
            return share_link::decode(fragment).map_err(|error| error.to_string());
        }
        checklist_json::from_checklist_or_profile(&bytes).map_err(|error| error.to_string())
    });
    let (profile, mut ticks) = loaded
        .map_err(|reason| CliError::unusable(t::cli_cannot_use(&printable_path(path)), reason))?;
    if let Some(notice) = ticks.set_aside_notice() {
        eprintln!("{}: {}", printable_path(path), terminal::line(&notice));
    }
    if let Some(route) = route {
        if !CreationRoute::choices(profile.connection).contains(&route) {
            let why = match route {
                CreationRoute::Helpdesk => t::cli_helpdesk_is_for_ws(),
                _ => t::cli_app_center_is_for_token(),
            };
            return Err(CliError::unusable(
                t::cli_cannot_make_checklist(),
                t::cli_no_such_route(&profile.connection.title(), &why),
            ));
        }
        ticks.route = route;
    }
    let date = date.unwrap_or_else(|| {
        humantime::format_rfc3339(std::time::SystemTime::now()).to_string()[..10].to_owned()
    });
    // A link or JSON export carries a share identity, so a copy that comes back to the web
    // app updates the draft it came from.
    if !matches!(format, ChecklistFormat::Md) {
        ticks
            .share_id
            .get_or_insert_with(|| DraftId::fresh().as_str().to_owned());
    }
    let document = match format {
        ChecklistFormat::Md => {
            let ticket = |profile: &Profile| match ticket_lang {
                Some(lang) => i18n::with_lang(lang, || helpdesk_ticket(profile)),
                None => helpdesk_ticket(profile),
            };
            let markdown = markdown::to_markdown_with_ticket(&profile, &ticks, &date, &ticket);
            terminal::text(&markdown).into_owned()
        }
        ChecklistFormat::Json => {
            terminal::json(&checklist_json::to_json(&profile, &ticks, &date)).into_owned()
        }
        ChecklistFormat::Link => {
            ticks.prepared_on = Some(date.clone());
            ticks.made_in = Some(i18n::lang());
            format!("#{}", share_link::encode(&profile, &ticks))
        }
    };
    written(writeln!(io::stdout().lock(), "{document}"))?;
    Ok(Verdict::Clean)
}
