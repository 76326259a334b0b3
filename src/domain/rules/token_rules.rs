//! The rules on what Concur's Company Request Token dialog shows (the Company UUID and the
//! token) and on the token's time, checked at the handoff. The token is a secret: no
//! message quotes it.

use super::{advice, cite, hit_if, not_a_uuid, one, Check, Field, Fix, FixAction, Rule, Severity};
use crate::domain::concur::COMPANY_REQUEST_TOKEN_MENU;
use crate::domain::request_token::{expires_at, span, TokenTime};
use crate::i18n::{m, t};

/// No request token is anywhere near this long; a longer paste is something else.
pub const REQUEST_TOKEN_MAX_CHARS: usize = 2048;
/// A generation time this far after the clock's now is a typo or a wrong clock, not skew.
pub const CLOCK_SKEW_SECS: i64 = 5 * 60;

pub static TOKEN_RULES: &[Rule] = &[
    Rule {
        id: "COMPANY-UUID-FORMAT",
        severity: Severity::Error,
        field: Field::CompanyUuid,
        why: m::WHY_COMPANY_UUID_FORMAT,
        source: cite("Concur, Company Request Token: the dialog shows the Company UUID beside the token"),
        check: Check::Token(|c| {
            let typed = c.company_uuid;
            if typed.is_empty() {
                return one(t::uuid_missing(), advice(&t::fix_uuid_copy()));
            }
            not_a_uuid(Field::CompanyUuid, "Company UUID", typed, &t::fix_uuid_again())
        }),
    },
    Rule {
        id: "TOKEN-REQUIRED",
        severity: Severity::Error,
        field: Field::RequestToken,
        why: m::WHY_TOKEN_REQUIRED,
        source: cite("Concur, Company Request Token: the dialog shows the token once"),
        check: Check::Token(|c| {
            hit_if(
                c.request_token.is_empty(),
                t::token_missing(),
                advice(&t::fix_token_paste(&COMPANY_REQUEST_TOKEN_MENU)),
            )
        }),
    },
    Rule {
        id: "TOKEN-PASTE",
        severity: Severity::Error,
        field: Field::RequestToken,
        why: m::WHY_TOKEN_PASTE,
        source: cite("Concur, Company Request Token: the token is copied from the dialog as shown"),
        check: Check::Token(|c| {
            let token = c.request_token;
            let length = token.chars().count();
            if length > REQUEST_TOKEN_MAX_CHARS {
                return one(t::token_too_long(&length), advice(&t::fix_token_alone()));
            }
            if token.trim() != token || token.contains(char::is_whitespace) {
                let message = if token.contains(['\n', '\r']) { t::token_line_breaks() } else { t::token_spaces() };
                return one(
                    message,
                    Fix { text: t::fix_remove_whitespace(), action: Some(FixAction::RemoveWhitespace(Field::RequestToken)) },
                );
            }
            match token.chars().find(|c| !c.is_ascii_graphic()) {
                Some(other) => one(
                    // Named by code point only: the character is part of a secret.
                    t::token_odd_char(&format!("U+{:04X}", other as u32)),
                    advice(&t::fix_token_again()),
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
        source: cite("Concur, Company Request Token: valid for 24 hours from generation"),
        check: Check::Token(|c| {
            hit_if(
                c.generated_at > c.now + CLOCK_SKEW_SECS,
                t::token_future(&(c.time_shown)(c.generated_at), &span(c.generated_at - c.now)),
                advice(&t::fix_token_future()),
            )
        }),
    },
    Rule {
        id: "TOKEN-EXPIRED",
        severity: Severity::Error,
        field: Field::TokenGeneratedAt,
        why: m::WHY_TOKEN_EXPIRED,
        source: cite("Concur, Company Request Token: \"the request token expires 24 hours after it is generated\""),
        check: Check::Token(|c| match TokenTime::at(expires_at(c.generated_at), c.now) {
            TokenTime::Expired { ago } => one(
                t::token_expired(&span(ago), &(c.time_shown)(expires_at(c.generated_at))),
                advice(&t::fix_token_expired(&COMPANY_REQUEST_TOKEN_MENU)),
            ),
            _ => vec![],
        }),
    },
    Rule {
        id: "TOKEN-EXPIRING",
        severity: Severity::Warning,
        field: Field::TokenGeneratedAt,
        why: m::WHY_TOKEN_EXPIRING,
        source: cite("Concur, Company Request Token: valid for 24 hours from generation"),
        check: Check::Token(|c| match TokenTime::at(expires_at(c.generated_at), c.now) {
            TokenTime::Expiring { left } => one(
                t::token_expiring(&span(left), &(c.time_shown)(expires_at(c.generated_at))),
                advice(&t::fix_token_expiring()),
            ),
            _ => vec![],
        }),
    },
];
