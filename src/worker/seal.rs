//! The one path from a password to a sealed packet, for the worker and the CLI alike: the
//! seal gate (`domain::handoff::seal_blockers`) with the password checked here, then age.

use std::fmt;

use age::secrecy::SecretString;

use super::strength::{check_passphrase, check_password};
use crate::domain::handoff::{
    seal_blockers, HandoffPacket, SealBlocker, SealReadiness, SealTarget,
};
use crate::domain::profile::Profile;
use crate::domain::rules::{self, Finding, Severity};
use crate::formats::sealed_packet::{self, HandoffError, SealTo};

/// Everything the admin gives to seal a packet.
pub struct SealOrder<'a> {
    pub profile: &'a Profile,
    pub password: &'a str,
    pub target: SealTarget<'a>,
    /// For a key from a link: the admin confirmed it with the provider.
    pub key_confirmed: bool,
    /// The admin has logged in once with the credentials.
    pub activated: bool,
    pub note: Option<String>,
    pub created_at: &'a str,
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
                write!(f, "not sealed: {}", reasons.join("; "))
            }
            SealRefusal::Unusable(error) => error.fmt(f),
        }
    }
}

/// Checks every gate, then seals and checks the result.
pub fn seal_checked(order: &SealOrder) -> Result<Sealed, SealRefusal> {
    let mut findings: Vec<Finding> = rules::validate(order.profile)
        .into_iter()
        .filter(|finding| finding.severity == Severity::Error)
        .collect();
    let profile_errors = findings.len();
    let password_findings = if order.password.is_empty() {
        vec![]
    } else {
        check_password(order.password, order.profile).1
    };
    let broken: Vec<&str> = password_findings
        .iter()
        .map(|finding| finding.rule)
        .collect();
    let passphrase_findings = match order.target {
        SealTarget::Passphrase { passphrase, .. } if !passphrase.is_empty() => {
            check_passphrase(passphrase, order.profile).1
        }
        _ => vec![],
    };
    let passphrase_broken: Vec<&str> = passphrase_findings
        .iter()
        .map(|finding| finding.rule)
        .collect();
    let blockers = seal_blockers(&SealReadiness {
        profile_errors,
        password: order.password,
        password_rules_broken: Some(&broken),
        target: order.target,
        passphrase_rules_broken: Some(&passphrase_broken),
        key_confirmed: order.key_confirmed,
        activated: order.activated,
        note: order.note.as_deref().unwrap_or_default(),
    });
    if !blockers.is_empty() {
        findings.extend(password_findings);
        findings.extend(passphrase_findings);
        return Err(SealRefusal::Blocked { blockers, findings });
    }
    let (to, checked) = match order.target {
        SealTarget::Recipient(text) => {
            let recipient = sealed_packet::parse_recipient(text).map_err(SealRefusal::Unusable)?;
            let checked = format!("Checked: sealed to {recipient}; only its identity opens it.");
            (SealTo::Recipient(recipient), checked)
        }
        SealTarget::Passphrase { passphrase, .. } => (
            SealTo::Passphrase(SecretString::from(passphrase.to_owned())),
            "Checked: opened again with the passphrase, and the content matches.".to_owned(),
        ),
    };
    let packet = HandoffPacket::for_profile(
        order.profile,
        order.password,
        order.created_at,
        order.activated,
        order.note.clone(),
    );
    let armored = sealed_packet::seal_and_check(&packet, &to).map_err(SealRefusal::Unusable)?;
    Ok(Sealed { armored, checked })
}
