//! The rules on what Concur's Company Request Token dialog shows (the Company UUID and the
//! token) and on the token's time, checked at the handoff. The token is a secret: no
//! message quotes it.

use super::{advice, hit_if, not_a_uuid, one, Check, Field, Fix, FixAction, Rule, Severity};
use crate::domain::concur::COMPANY_REQUEST_TOKEN_MENU;
use crate::domain::request_token::{expires_at, span, TokenTime};
use crate::i18n::m;

/// No request token is anywhere near this long; a longer paste is something else.
pub const REQUEST_TOKEN_MAX_CHARS: usize = 2048;
/// A generation time this far after the clock's now is a typo or a wrong clock, not skew.
pub const CLOCK_SKEW_SECS: i64 = 5 * 60;

const NEW_TOKEN: &str = "Generate a new token for the same App ID";

pub static TOKEN_RULES: &[Rule] = &[
    Rule {
        id: "COMPANY-UUID-FORMAT",
        severity: Severity::Error,
        field: Field::CompanyUuid,
        why: m::WHY_COMPANY_UUID_FORMAT,
        source: "Concur, Company Request Token: the dialog shows the Company UUID beside the token",
        check: Check::Token(|c| {
            let typed = c.company_uuid;
            if typed.is_empty() {
                return one(
                    "The Company UUID is missing".into(),
                    advice("Copy the Company UUID from the dialog that showed the token"),
                );
            }
            not_a_uuid(Field::CompanyUuid, "Company UUID", typed, "Copy the Company UUID again from the dialog: 8-4-4-4-12 hexadecimal digits")
        }),
    },
    Rule {
        id: "TOKEN-REQUIRED",
        severity: Severity::Error,
        field: Field::RequestToken,
        why: m::WHY_TOKEN_REQUIRED,
        source: "Concur, Company Request Token: the dialog shows the token once",
        check: Check::Token(|c| {
            hit_if(
                c.request_token.is_empty(),
                "The Company Request Token is missing".into(),
                advice(&format!("Paste the token from the dialog; if it is closed, generate a new one ({COMPANY_REQUEST_TOKEN_MENU})")),
            )
        }),
    },
    Rule {
        id: "TOKEN-PASTE",
        severity: Severity::Error,
        field: Field::RequestToken,
        why: m::WHY_TOKEN_PASTE,
        source: "Concur, Company Request Token: the token is copied from the dialog as shown",
        check: Check::Token(|c| {
            let token = c.request_token;
            let length = token.chars().count();
            if length > REQUEST_TOKEN_MAX_CHARS {
                return one(
                    format!("The token has {length} characters, far more than a request token; something else was pasted"),
                    advice("Copy the token alone from the dialog"),
                );
            }
            if token.trim() != token || token.contains(char::is_whitespace) {
                let what = if token.contains(['\n', '\r']) { "line breaks" } else { "spaces" };
                return one(
                    format!("The token has {what} in or around it, which a copied token never has"),
                    Fix { text: "Remove the spaces and line breaks".into(), action: Some(FixAction::RemoveWhitespace(Field::RequestToken)) },
                );
            }
            match token.chars().find(|c| !c.is_ascii_graphic()) {
                Some(other) => one(
                    // Named by code point only: the character is part of a secret.
                    format!("The token contains the character U+{:04X}, which a copied token never has", other as u32),
                    advice("Copy the token again from the dialog, straight into this field (not through a word processor)"),
                ),
                None => vec![],
            }
        }),
    },
    Rule {
        id: "TOKEN-FUTURE",
        severity: Severity::Error,
        field: Field::TokenGeneratedAt,
        why: m::WHY_TOKEN_FUTURE,
        source: "Concur, Company Request Token: valid for 24 hours from generation",
        check: Check::Token(|c| {
            hit_if(
                c.generated_at > c.now + CLOCK_SKEW_SECS,
                format!("The generation time {} is {} in the future", (c.time_shown)(c.generated_at), span(c.generated_at - c.now)),
                advice("Enter when the token was generated (the time the dialog showed it); check this computer's clock"),
            )
        }),
    },
    Rule {
        id: "TOKEN-EXPIRED",
        severity: Severity::Error,
        field: Field::TokenGeneratedAt,
        why: m::WHY_TOKEN_EXPIRED,
        source: "Concur, Company Request Token: \"the request token expires 24 hours after it is generated\"",
        check: Check::Token(|c| match TokenTime::at(expires_at(c.generated_at), c.now) {
            TokenTime::Expired { ago } => one(
                format!("The token expired {} ago (at {})", span(ago), (c.time_shown)(expires_at(c.generated_at))),
                advice(&format!("{NEW_TOKEN} ({COMPANY_REQUEST_TOKEN_MENU}) and seal that one")),
            ),
            _ => vec![],
        }),
    },
    Rule {
        id: "TOKEN-EXPIRING",
        severity: Severity::Warning,
        field: Field::TokenGeneratedAt,
        why: m::WHY_TOKEN_EXPIRING,
        source: "Concur, Company Request Token: valid for 24 hours from generation",
        check: Check::Token(|c| match TokenTime::at(expires_at(c.generated_at), c.now) {
            TokenTime::Expiring { left } => one(
                format!("The token expires in {} (at {})", span(left), (c.time_shown)(expires_at(c.generated_at))),
                advice(&format!("Send it now and tell the provider to connect before then, or {}", NEW_TOKEN.to_lowercase())),
            ),
            _ => vec![],
        }),
    },
];
