//! The one path from a password, or a Company Request Token, to a sealed packet, for the
//! worker and the CLI alike: the seal gate (`domain::handoff::seal_blockers`) with the
//! password or the token's values checked here, then age.

use std::fmt;

use age::secrecy::SecretString;

use super::strength::{check_passphrase, check_password};
use crate::domain::concur::Connection;
use crate::domain::handoff::{
    seal_blockers, stops_seal, HandoffPacket, PacketContents, SealBlocker, SealReadiness,
    SealTarget, TokenPacket,
};
use crate::domain::profile::Profile;
use crate::domain::request_token::{rfc3339, TokenValues, UnixSeconds};
use crate::domain::rules::{self, Finding, Severity, TokenCheck};
use crate::formats::sealed_packet::{self, HandoffError, SealTo};
use crate::i18n::t;

/// Everything the admin gives to seal a packet.
pub struct SealOrder<'a> {
    pub profile: &'a Profile,
    pub handover: Handover<'a>,
    pub target: SealTarget<'a>,
    /// For a key from a link: the admin confirmed it with the provider.
    pub key_confirmed: bool,
    pub note: Option<String>,
}

/// What is handed over, by route.
#[derive(Clone, Copy)]
pub enum Handover<'a> {
    /// The WS Admin user's password, sealed at `created_at` (as the caller's clock says it).
    Credentials {
        password: &'a str,
        /// The admin has logged in once with the credentials.
        activated: bool,
        created_at: &'a str,
    },
    /// The Company Request Token dialog's values, checked (and sealed) at `now`.
    RequestToken {
        values: TokenValues<'a>,
        now: UnixSeconds,
    },
}

/// A sealed packet, and how it was checked before it is offered.
pub struct Sealed {
    pub armored: String,
    pub checked: String,
}

/// Why nothing was sealed.
#[derive(Debug)]
pub enum SealRefusal {
    /// A rule blocks sealing; `findings` are the profile's and the password's errors.
    Blocked {
        blockers: Vec<SealBlocker>,
        findings: Vec<Finding>,
    },
    /// The input cannot be used (a key that does not parse), or age failed.
    Unusable(HandoffError),
}

impl fmt::Display for SealRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SealRefusal::Blocked { blockers, .. } => {
                let reasons: Vec<String> = blockers.iter().map(ToString::to_string).collect();
                f.write_str(&t::not_sealed(&reasons.join("; ")))
            }
            SealRefusal::Unusable(error) => error.fmt(f),
        }
    }
}

/// Checks every gate, then seals and checks the result.
pub fn seal_checked(order: &SealOrder) -> Result<Sealed, SealRefusal> {
    let connection = match order.handover {
        Handover::Credentials { .. } => Connection::WsAdminUser,
        Handover::RequestToken { .. } => Connection::CompanyRequestToken,
    };
    let mut findings: Vec<Finding> = rules::validate(order.profile)
        .into_iter()
        .filter(|finding| stops_seal(finding, connection))
        .collect();
    let profile_errors = findings.len();
    let (secret_findings, password_findings) = match order.handover {
        Handover::Credentials { password, .. } if !password.is_empty() => {
            (vec![], check_password(password, order.profile).1)
        }
        Handover::Credentials { .. } => (vec![], vec![]),
        Handover::RequestToken { values, now } => (
            errors(rules::validate_token(&TokenCheck {
                company_uuid: values.company_uuid,
                request_token: values.request_token,
                generated_at: values.generated_at,
                now,
                time_shown: rfc3339,
            })),
            vec![],
        ),
    };
    let broken = rule_ids(&password_findings);
    let token_errors = rule_ids(&secret_findings);
    let passphrase_findings = match order.target {
        SealTarget::Passphrase { passphrase, .. } if !passphrase.is_empty() => {
            check_passphrase(passphrase, order.profile).1
        }
        _ => vec![],
    };
    let passphrase_broken = rule_ids(&passphrase_findings);
    let contents = match order.handover {
        Handover::Credentials {
            password,
            activated,
            ..
        } => PacketContents::Credentials {
            password,
            password_rules_broken: Some(&broken),
            activated,
        },
        Handover::RequestToken { .. } => PacketContents::RequestToken {
            token_errors: &token_errors,
        },
    };
    let blockers = seal_blockers(&SealReadiness {
        profile_errors,
        contents,
        target: order.target,
        passphrase_rules_broken: Some(&passphrase_broken),
        key_confirmed: order.key_confirmed,
        note: order.note.as_deref().unwrap_or_default(),
    });
    if !blockers.is_empty() {
        findings.extend(secret_findings);
        findings.extend(password_findings);
        findings.extend(passphrase_findings);
        return Err(SealRefusal::Blocked { blockers, findings });
    }
    let (to, checked) = match order.target {
        SealTarget::Recipient(text) => {
            let recipient = sealed_packet::parse_recipient(text).map_err(SealRefusal::Unusable)?;
            let checked = t::seal_checked_key(&recipient);
            (SealTo::Recipient(recipient), checked)
        }
        SealTarget::Passphrase { passphrase, .. } => (
            SealTo::Passphrase(SecretString::from(passphrase.to_owned())),
            t::seal_checked_passphrase(),
        ),
    };
    let note = order.note.clone();
    let armored = match order.handover {
        Handover::Credentials {
            password,
            activated,
            created_at,
        } => {
            let packet =
                HandoffPacket::for_profile(order.profile, password, created_at, activated, note);
            sealed_packet::seal_and_check(&packet, &to)
        }
        Handover::RequestToken { values, now } => {
            let packet = TokenPacket::for_profile(order.profile, values, now, note);
            sealed_packet::seal_and_check(&packet, &to)
        }
    }
    .map_err(SealRefusal::Unusable)?;
    Ok(Sealed { armored, checked })
}

/// The findings that are errors.
fn errors(findings: Vec<Finding>) -> Vec<Finding> {
    findings
        .into_iter()
        .filter(|finding| finding.severity == Severity::Error)
        .collect()
}

fn rule_ids(findings: &[Finding]) -> Vec<&'static str> {
    findings.iter().map(|finding| finding.rule).collect()
}
