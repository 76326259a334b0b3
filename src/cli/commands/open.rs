//! `open`: the provider's side of the handoff.

use std::io::{self, Write};
use std::path::Path;

use age::secrecy::{ExposeSecret, SecretString};

use crate::cli::args::Format;
use crate::cli::error::{written, CliError, Verdict};
use crate::cli::input::{printable_path, read_input, read_passphrase_file, read_secret_file};
use crate::cli::terminal;
use wsadmin_prep::domain::request_token::TokenTime;
use wsadmin_prep::formats::sealed_packet::{self, HandoffError, OpenWith, OpenedPacket};
use wsadmin_prep::i18n::{m, t};

pub fn run(
    packet_path: &Path,
    identity: Option<&Path>,
    passphrase_file: Option<&Path>,
    format: Format,
) -> Result<Verdict, CliError> {
    let sealed = read_input(packet_path).map_err(|reason| {
        CliError::unusable(t::cli_cannot_read(&printable_path(packet_path)), reason)
    })?;
    let with = match (identity, passphrase_file) {
        (Some(path), _) => {
            let text = read_secret_file(path)
                .map(SecretString::from)
                .map_err(|error| {
                    CliError::unusable(t::cli_cannot_read(&printable_path(path)), error)
                })?;
            let identity = sealed_packet::parse_identity(text.expose_secret())
                .map_err(|error| CliError::unusable(printable_path(path), error))?;
            OpenWith::Identity(identity)
        }
        (None, Some(path)) => OpenWith::Passphrase(
            read_passphrase_file(path)
                .map_err(|reason| CliError::unusable(t::cli_cannot_open(), reason))?,
        ),
        (None, None) => {
            return Err(CliError::unusable(
                t::cli_cannot_open(),
                t::cli_give_identity(),
            ))
        }
    };
    let what = t::cli_cannot_open_path(&printable_path(packet_path));
    let packet = sealed_packet::open_any(&sealed, &with).map_err(|error| match error {
        HandoffError::NotAPacket(_) => CliError::unusable(what.clone(), error),
        error => CliError::refused(what.clone(), error),
    })?;
    // A token packet says where its token stands now; the opener has checked its times.
    let token_time = packet
        .token_time(super::now_unix_seconds())
        .map_err(|problem| CliError::refused(what.clone(), problem))?;
    let mut out = io::stdout().lock();
    written(match format {
        Format::Json => {
            let mut json = match &packet {
                OpenedPacket::Credentials(packet) => serde_json::to_value(packet),
                OpenedPacket::RequestToken(packet) => serde_json::to_value(packet),
            }
            .expect("a packet always serializes");
            if let (Some(time), Some(object)) = (token_time, json.as_object_mut()) {
                let seconds_left = match time {
                    TokenTime::Valid { left } | TokenTime::Expiring { left } => left,
                    TokenTime::Expired { .. } => 0,
                };
                object.insert("expired".into(), time.is_expired().into());
                object.insert("seconds_left".into(), seconds_left.into());
            }
            let json = serde_json::to_string_pretty(&json).map_err(io::Error::from);
            json.and_then(|json| writeln!(out, "{}", terminal::json(&json)))
        }
        Format::Text => {
            let time = token_time.map(|time| (m::OPENED_TIME_LEFT.text(), time.to_string()));
            let lines: Vec<(String, String)> = packet
                .display_fields()
                .into_iter()
                .map(|field| (field.label, terminal::line(&field.value).into_owned()))
                .chain(time)
                .collect();
            // The values line up after the longest label, whatever the language's labels.
            let width = lines.iter().map(|(label, _)| label.chars().count()).max();
            lines.iter().try_for_each(|(label, value)| {
                writeln!(out, "{label:<width$} {value}", width = width.unwrap_or(0))
            })
        }
    })?;
    match token_time {
        Some(time @ TokenTime::Expired { .. }) => Err(CliError::refused(
            t::cli_the_token_in(&printable_path(packet_path)),
            time,
        )),
        _ => Ok(Verdict::Clean),
    }
}
