//! The credential handoff as the domain sees it: the packet the app provider receives, the
//! fields it shows, and the gate that says why a packet may not be sealed yet. Sealing
//! itself (age) is `formats::sealed_packet`; the password's strength is the worker's.
//! The web page, the worker and the CLI all ask [`seal_blockers`], so they agree.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop};

use super::concur::{Connection, DataCenter, Edition};
use super::profile::{Field, Profile};
use super::request_token::{
    expires_at, parse_rfc3339, rfc3339, TokenTime, TokenValues, UnixSeconds,
};
use super::rules::{Finding, Severity};
use crate::i18n::{m, t};

pub const HANDOFF_SCHEMA: &str = "wsadmin-prep/handoff@1";
pub const TOKEN_HANDOFF_SCHEMA: &str = "wsadmin-prep/token-handoff@1";
/// A passphrase shorter than this is refused: a packet travels by any channel, so whoever
/// holds it can guess offline.
pub const PASSPHRASE_MIN_CHARS: usize = 12;
/// A note for the provider is a line or two; the cap keeps every packet far below the
/// opener's size cap.
pub const NOTE_MAX_CHARS: usize = 500;

/// What the app provider receives. The password is wiped from memory when the packet is
/// dropped, and never shown by `Debug`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct HandoffPacket {
    #[zeroize(skip)]
    pub schema: String,
    pub created_at: String,
    #[zeroize(skip)]
    pub edition: Edition,
    pub app_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_domain: Option<String>,
    pub login_id: String,
    pub password: String,
    pub activated: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl fmt::Debug for HandoffPacket {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HandoffPacket")
            .field("app_name", &self.app_name)
            .field("login_id", &self.login_id)
            .field("password", &"<redacted>")
            .finish_non_exhaustive()
    }
}

/// Concur's own names for the fields a packet carries, as its screens and developer
/// documentation show them: they stay in English in every language, like Concur's other
/// labels, so the provider finds them where they type them.
const LOGIN_ID: &str = "Login ID";
const PASSWORD: &str = "Password";
const APP_ID: &str = "App ID";
const BASE_URI: &str = "Base URI";
const COMPANY_UUID: &str = "Company UUID";
const COMPANY_REQUEST_TOKEN: &str = "Company Request Token";

/// One line of an opened packet, as the provider reads it: the label in the reader's
/// language, except Concur's own field names, which stay as Concur shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PacketField<'a> {
    pub label: String,
    pub value: Cow<'a, str>,
    pub kind: PacketFieldKind,
}

/// A field before it is listed: its label, value and kind.
type FieldParts<'a> = (String, Cow<'a, str>, PacketFieldKind);

impl<'a> PacketField<'a> {
    /// The two fields every packet opens with: the app, and the client company if named.
    fn app_and_company(app: &'a str, company: &'a Option<String>) -> [FieldParts<'a>; 2] {
        let company = Cow::Borrowed(company.as_deref().unwrap_or(""));
        [
            (
                m::OPENED_APP.text(),
                Cow::Borrowed(app),
                PacketFieldKind::Text,
            ),
            (m::OPENED_COMPANY.text(), company, PacketFieldKind::Text),
        ]
    }

    /// The fields with a value, in the order given.
    fn listed(fields: impl IntoIterator<Item = FieldParts<'a>>) -> Vec<PacketField<'a>> {
        fields
            .into_iter()
            .filter(|(_, value, _)| !value.is_empty())
            .map(|(label, value, kind)| PacketField { label, value, kind })
            .collect()
    }
}

/// How an opened packet's field is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PacketFieldKind {
    Text,
    /// Copied exactly (the Login ID).
    Identifier,
    /// Hidden until the provider asks (the password).
    Secret,
}

impl HandoffPacket {
    /// Builds a packet for a profile and password.
    pub fn for_profile(
        profile: &Profile,
        password: &str,
        created_at: &str,
        activated: bool,
        note: Option<String>,
    ) -> HandoffPacket {
        HandoffPacket {
            schema: HANDOFF_SCHEMA.to_owned(),
            created_at: created_at.to_owned(),
            edition: profile.edition,
            app_name: profile.app_name.clone(),
            company_name: profile.company_name.clone(),
            company_domain: profile.company_domain.clone(),
            login_id: profile.ws_admin.login_id.clone(),
            password: password.to_owned(),
            activated,
            note: note.filter(|note| !note.is_empty()),
        }
    }

    /// The packet's fields in the order the provider reads them, empty ones left out. The
    /// CLI's `open` and the web page's provider side both show these.
    pub fn display_fields<'a>(&'a self) -> Vec<PacketField<'a>> {
        use PacketFieldKind::{Identifier, Secret, Text};
        let activated = if self.activated {
            m::OPENED_ACTIVATED_YES
        } else {
            m::OPENED_ACTIVATED_NOT_YET
        };
        let text = |value: Option<&'a str>| Cow::Borrowed(value.unwrap_or(""));
        let [app, company] = PacketField::app_and_company(&self.app_name, &self.company_name);
        PacketField::listed([
            app,
            company,
            (
                m::OPENED_EDITION.text(),
                text(Some(self.edition.title())),
                Text,
            ),
            (LOGIN_ID.into(), text(Some(&self.login_id)), Identifier),
            (PASSWORD.into(), text(Some(&self.password)), Secret),
            (
                m::OPENED_ACTIVATED.text(),
                Cow::Owned(activated.text()),
                Text,
            ),
            (
                m::OPENED_COMPANY_DOMAIN.text(),
                text(self.company_domain.as_deref()),
                Text,
            ),
            (
                m::OPENED_SEALED_AT.text(),
                text(Some(&self.created_at)),
                Text,
            ),
            (m::OPENED_NOTE.text(), text(self.note.as_deref()), Text),
        ])
    }
}

/// How far ahead of the opener's clock a sealer's clock may be before a packet's generation
/// time counts as in the future.
pub const CLOCK_SKEW_SECS: UnixSeconds = 5 * 60;

/// Why a token packet's times cannot be trusted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenTimesProblem {
    Unreadable,
    Disagree {
        generated_at: String,
        expires_at: String,
    },
    FromTheFuture {
        generated_at: String,
    },
}

impl fmt::Display for TokenTimesProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TokenTimesProblem::Unreadable => f.write_str(&t::token_times_unreadable()),
            TokenTimesProblem::Disagree {
                generated_at,
                expires_at,
            } => f.write_str(&t::token_times_disagree(generated_at, expires_at)),
            TokenTimesProblem::FromTheFuture { generated_at } => {
                f.write_str(&t::token_times_future(generated_at))
            }
        }
    }
}

/// What the provider receives on the token route. The token is wiped from memory when the
/// packet is dropped, and never shown by `Debug`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct TokenPacket {
    #[zeroize(skip)]
    pub schema: String,
    /// When the packet was sealed.
    pub created_at: String,
    #[zeroize(skip)]
    pub edition: Edition,
    pub app_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    pub app_id: String,
    /// The company's data centre and the production base URI the provider calls there.
    #[zeroize(skip)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_center: Option<DataCenter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_uri: Option<String>,
    pub company_uuid: String,
    pub request_token: String,
    pub generated_at: String,
    pub expires_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl fmt::Debug for TokenPacket {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenPacket")
            .field("app_name", &self.app_name)
            .field("company_uuid", &self.company_uuid)
            .field("request_token", &"<redacted>")
            .field("expires_at", &self.expires_at)
            .finish_non_exhaustive()
    }
}

impl TokenPacket {
    pub fn for_profile(
        profile: &Profile,
        values: TokenValues,
        sealed_at: UnixSeconds,
        note: Option<String>,
    ) -> TokenPacket {
        TokenPacket {
            schema: TOKEN_HANDOFF_SCHEMA.to_owned(),
            created_at: rfc3339(sealed_at),
            edition: profile.edition,
            app_name: profile.app_name.clone(),
            company_name: profile.company_name.clone(),
            app_id: profile.app_id.clone().unwrap_or_default(),
            data_center: profile.data_center,
            base_uri: profile
                .data_center
                .map(|center| center.base_uri().to_owned()),
            company_uuid: values.company_uuid.to_owned(),
            request_token: values.request_token.to_owned(),
            generated_at: rfc3339(values.generated_at),
            expires_at: rfc3339(expires_at(values.generated_at)),
            note: note.filter(|note| !note.is_empty()),
        }
    }

    /// When the token expires; `None` for a packet whose time does not read as RFC 3339,
    /// which the opener refuses.
    pub fn expires_at_seconds(&self) -> Option<UnixSeconds> {
        parse_rfc3339(&self.expires_at)
    }

    /// Whether the packet's two times agree: the expiry after the generation, and at most
    /// Concur's 24 hours after it. The sealer always writes exactly 24 hours; a packet that
    /// claims longer was not made by it.
    pub fn times_problem(&self) -> Option<TokenTimesProblem> {
        let (Some(generated), Some(expires)) = (
            parse_rfc3339(&self.generated_at),
            parse_rfc3339(&self.expires_at),
        ) else {
            return Some(TokenTimesProblem::Unreadable);
        };
        (expires <= generated || expires > expires_at(generated)).then(|| {
            TokenTimesProblem::Disagree {
                generated_at: self.generated_at.clone(),
                expires_at: self.expires_at.clone(),
            }
        })
    }

    /// Where the token stands at `now`. Its time left counts to the earlier of the packet's
    /// expiry and 24 hours after its generation, so no packet can claim more than Concur
    /// gives; a packet whose times disagree, or that says it was generated later than `now`
    /// (allowing the sealer's clock five minutes ahead), is refused by name.
    pub fn time_at(&self, now: UnixSeconds) -> Result<TokenTime, TokenTimesProblem> {
        if let Some(problem) = self.times_problem() {
            return Err(problem);
        }
        let generated = parse_rfc3339(&self.generated_at).unwrap_or(now);
        if generated > now + CLOCK_SKEW_SECS {
            return Err(TokenTimesProblem::FromTheFuture {
                generated_at: self.generated_at.clone(),
            });
        }
        let expires = self
            .expires_at_seconds()
            .unwrap_or(now)
            .min(expires_at(generated));
        Ok(TokenTime::at(expires, now))
    }

    /// The fields in the order the provider uses them, empty ones left out.
    pub fn display_fields<'a>(&'a self) -> Vec<PacketField<'a>> {
        use PacketFieldKind::{Identifier, Secret, Text};
        let text = |value: Option<&'a str>| Cow::Borrowed(value.unwrap_or(""));
        let [app, company] = PacketField::app_and_company(&self.app_name, &self.company_name);
        PacketField::listed([
            app,
            company,
            (APP_ID.into(), text(Some(&self.app_id)), Identifier),
            (
                m::OPENED_EDITION.text(),
                text(Some(self.edition.title())),
                Text,
            ),
            (
                m::OPENED_DATA_CENTRE.text(),
                text(self.data_center.map(DataCenter::title)),
                Text,
            ),
            (BASE_URI.into(), text(self.base_uri.as_deref()), Identifier),
            (
                COMPANY_UUID.into(),
                text(Some(&self.company_uuid)),
                Identifier,
            ),
            (
                COMPANY_REQUEST_TOKEN.into(),
                text(Some(&self.request_token)),
                Secret,
            ),
            (
                m::OPENED_GENERATED_AT.text(),
                text(Some(&self.generated_at)),
                Text,
            ),
            (
                m::OPENED_EXPIRES_AT.text(),
                text(Some(&self.expires_at)),
                Text,
            ),
            (
                m::OPENED_SEALED_AT.text(),
                text(Some(&self.created_at)),
                Text,
            ),
            (m::OPENED_NOTE.text(), text(self.note.as_deref()), Text),
        ])
    }
}

/// Whether a profile finding stops the packet of `connection` from being sealed: for a WS
/// Admin user's credentials, any error; for a token, only an error on a field the packet
/// carries (the app's name and App ID). The token already exists and its clock runs, so the
/// admin's own details, which the provider never sees, do not hold it back; the
/// checklist's gates still do. The page, the worker and the CLI all ask this.
pub fn stops_seal(finding: &Finding, connection: Connection) -> bool {
    finding.severity == Severity::Error
        && match connection {
            Connection::WsAdminUser => true,
            Connection::CompanyRequestToken => {
                matches!(
                    finding.field,
                    Field::AppName | Field::AppId | Field::DataCenter
                )
            }
        }
}

/// Where a packet is to be sealed, as the person entered it. `Debug` never shows the
/// passphrase.
#[derive(Clone, Copy)]
pub enum SealTarget<'a> {
    /// The provider's public key, as pasted (age checks it when sealing).
    Recipient(&'a str),
    /// A passphrase told to the provider another way, and its confirmation.
    Passphrase {
        passphrase: &'a str,
        confirmation: &'a str,
    },
}

/// What the seal gate looks at. Every part is already computed by the caller: the
/// profile's findings, and the password's (zxcvbn runs in the worker or the CLI). Its
/// `Debug` shows no secret (its parts redact theirs).
#[derive(Clone, Copy, Debug)]
pub struct SealReadiness<'a> {
    /// How many errors the profile has.
    pub profile_errors: usize,
    pub contents: PacketContents<'a>,
    pub target: SealTarget<'a>,
    /// The IDs of the passphrase rules the passphrase breaks (zxcvbn runs in the worker or
    /// the CLI), or `None` while it has not been checked yet. Read for a passphrase only.
    pub passphrase_rules_broken: Option<&'a [&'a str]>,
    /// The admin confirmed the key's fingerprint with the provider (the CLI's `--to`, typed
    /// into the command, counts as confirmed).
    pub key_confirmed: bool,
    pub note: &'a str,
}

/// What the packet carries, with what its gate looks at. `Debug` never shows the password.
#[derive(Clone, Copy)]
pub enum PacketContents<'a> {
    /// The WS Admin route: the Login ID and password.
    Credentials {
        password: &'a str,
        /// The IDs of the password rules the password breaks, or `None` while it has not
        /// been checked yet.
        password_rules_broken: Option<&'a [&'a str]>,
        /// The admin has logged in once with the credentials (and set the new password
        /// Concur may ask for then, which is the one to seal).
        activated: bool,
    },
    /// The Company Request Token route: the IDs of the token rules (`rules::validate_token`)
    /// broken with an error; the token's values are checked there.
    RequestToken { token_errors: &'a [&'a str] },
}

impl fmt::Debug for SealTarget<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SealTarget::Recipient(key) => f.debug_tuple("Recipient").field(key).finish(),
            SealTarget::Passphrase { .. } => f
                .debug_struct("Passphrase")
                .field("passphrase", &"<redacted>")
                .field("confirmation", &"<redacted>")
                .finish(),
        }
    }
}

impl fmt::Debug for PacketContents<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PacketContents::Credentials {
                password,
                password_rules_broken,
                activated,
            } => f
                .debug_struct("Credentials")
                .field(
                    "password",
                    &if password.is_empty() {
                        ""
                    } else {
                        "<redacted>"
                    },
                )
                .field("password_rules_broken", password_rules_broken)
                .field("activated", activated)
                .finish(),
            PacketContents::RequestToken { token_errors } => f
                .debug_struct("RequestToken")
                .field("token_errors", token_errors)
                .finish(),
        }
    }
}

/// Why a packet may not be sealed yet. The web page lists these beside the Seal button;
/// the worker and the CLI refuse to seal while there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SealBlocker {
    ProfileHasErrors(usize),
    NoPassword,
    /// The password's check has not come back yet.
    PasswordUnchecked,
    /// The password breaks these password rules.
    PasswordBreaksRules(Vec<String>),
    NoRecipient,
    PassphraseTooShort {
        chars: usize,
    },
    PassphrasesDiffer,
    /// The passphrase's strength has not come back yet.
    PassphraseUnchecked,
    /// The passphrase breaks these rules (PASSPHRASE-WEAK).
    PassphraseBreaksRules(Vec<String>),
    /// The key came from a link and has not been confirmed with the provider.
    KeyNotConfirmed,
    /// Nobody has logged in with the credentials yet.
    NotActivated,
    /// The Company Request Token's values break these rules (an expired token among them).
    TokenBreaksRules(Vec<String>),
    NoteTooLong {
        chars: usize,
    },
}

impl fmt::Display for SealBlocker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SealBlocker::ProfileHasErrors(count) => f.write_str(&t::blocker_profile_errors(*count)),
            SealBlocker::NoPassword => f.write_str(&t::blocker_no_password()),
            SealBlocker::PasswordUnchecked => f.write_str(&t::blocker_password_unchecked()),
            SealBlocker::PasswordBreaksRules(rules) => {
                f.write_str(&t::blocker_password_rules(&rules.join(", ")))
            }
            SealBlocker::NoRecipient => f.write_str(&t::blocker_no_recipient()),
            SealBlocker::PassphraseTooShort { chars } => {
                f.write_str(&t::blocker_passphrase_short(*chars, &PASSPHRASE_MIN_CHARS))
            }
            SealBlocker::PassphrasesDiffer => f.write_str(&t::blocker_passphrases_differ()),
            SealBlocker::PassphraseUnchecked => f.write_str(&t::blocker_passphrase_unchecked()),
            SealBlocker::PassphraseBreaksRules(rules) => {
                f.write_str(&t::blocker_passphrase_rules(&rules.join(", ")))
            }
            SealBlocker::KeyNotConfirmed => f.write_str(&t::blocker_key_not_confirmed()),
            SealBlocker::NoteTooLong { chars } => {
                f.write_str(&t::blocker_note_too_long(chars, &NOTE_MAX_CHARS))
            }
            SealBlocker::TokenBreaksRules(rules) => {
                f.write_str(&t::blocker_token_rules(&rules.join(", ")))
            }
            SealBlocker::NotActivated => f.write_str(&t::blocker_not_activated()),
        }
    }
}

/// Every reason the packet may not be sealed yet; empty when it may.
pub fn seal_blockers(readiness: &SealReadiness) -> Vec<SealBlocker> {
    let mut blockers = Vec::new();
    if readiness.profile_errors > 0 {
        blockers.push(SealBlocker::ProfileHasErrors(readiness.profile_errors));
    }
    let owned = |rules: &[&str]| rules.iter().map(|rule| (*rule).to_owned()).collect();
    match readiness.contents {
        PacketContents::Credentials { password: "", .. } => blockers.push(SealBlocker::NoPassword),
        PacketContents::Credentials {
            password_rules_broken: None,
            ..
        } => blockers.push(SealBlocker::PasswordUnchecked),
        PacketContents::Credentials {
            password_rules_broken: Some(rules),
            ..
        } if !rules.is_empty() => blockers.push(SealBlocker::PasswordBreaksRules(owned(rules))),
        PacketContents::RequestToken { token_errors } if !token_errors.is_empty() => {
            blockers.push(SealBlocker::TokenBreaksRules(owned(token_errors)))
        }
        PacketContents::Credentials { .. } | PacketContents::RequestToken { .. } => {}
    }
    match readiness.target {
        SealTarget::Recipient(key) if key.trim().is_empty() => {
            blockers.push(SealBlocker::NoRecipient)
        }
        SealTarget::Recipient(_) if !readiness.key_confirmed => {
            blockers.push(SealBlocker::KeyNotConfirmed)
        }
        SealTarget::Recipient(_) => {}
        SealTarget::Passphrase {
            passphrase,
            confirmation,
        } => match (
            passphrase_problem(passphrase, confirmation),
            readiness.passphrase_rules_broken,
        ) {
            (Some(problem), _) => blockers.push(problem),
            (None, None) => blockers.push(SealBlocker::PassphraseUnchecked),
            (None, Some([])) => {}
            (None, Some(rules)) => blockers.push(SealBlocker::PassphraseBreaksRules(owned(rules))),
        },
    }
    if let PacketContents::Credentials {
        activated: false, ..
    } = readiness.contents
    {
        blockers.push(SealBlocker::NotActivated);
    }
    let note_chars = readiness.note.chars().count();
    if note_chars > NOTE_MAX_CHARS {
        blockers.push(SealBlocker::NoteTooLong { chars: note_chars });
    }
    blockers
}

/// What is wrong with a passphrase and its confirmation, if anything.
pub fn passphrase_problem(passphrase: &str, confirmation: &str) -> Option<SealBlocker> {
    let chars = passphrase.chars().count();
    if chars < PASSPHRASE_MIN_CHARS {
        Some(SealBlocker::PassphraseTooShort { chars })
    } else if passphrase != confirmation {
        Some(SealBlocker::PassphrasesDiffer)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_of_what_the_seal_gate_reads_shows_no_secret() {
        let readiness = SealReadiness {
            profile_errors: 0,
            contents: PacketContents::Credentials {
                password: "vR7#q2Lm!x9Tz@4Wk",
                password_rules_broken: Some(&[]),
                activated: true,
            },
            target: SealTarget::Passphrase {
                passphrase: "quartz vivid ember lantern oxygen tundra",
                confirmation: "quartz vivid ember lantern oxygen tundra",
            },
            passphrase_rules_broken: Some(&[]),
            key_confirmed: false,
            note: "",
        };
        let shown = format!(
            "{readiness:?} {:?} {:?}",
            readiness.target, readiness.contents
        );
        assert!(!shown.contains("vR7#q2Lm"), "{shown}");
        assert!(!shown.contains("quartz"), "{shown}");
        assert!(
            shown.contains("<redacted>") && shown.contains("activated: true"),
            "{shown}"
        );
        let key = SealTarget::Recipient("age1xyz");
        assert!(
            format!("{key:?}").contains("age1xyz"),
            "a public key is no secret"
        );
    }

    #[test]
    fn the_provider_sees_the_token_marked_secret_and_debug_hides_it() {
        let profile = Profile {
            app_name: "Zoë Travel".into(),
            app_id: Some("0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c".into()),
            ..Profile::default()
        };
        let packet = TokenPacket::for_profile(
            &profile,
            TokenValues {
                company_uuid: "a1b2c3d4-0000-4000-8000-00000000abcd",
                request_token: "s3cret-token",
                generated_at: 1_795_860_000,
            },
            1_795_860_000 + 600,
            None,
        );
        assert_eq!(packet.expires_at, "2026-11-29T10:00:00Z");
        assert_eq!(packet.created_at, "2026-11-28T10:10:00Z");
        let fields = packet.display_fields();
        let token = fields
            .iter()
            .find(|f| f.label == "Company Request Token")
            .unwrap();
        assert_eq!(
            (token.value.as_ref(), token.kind),
            ("s3cret-token", PacketFieldKind::Secret)
        );
        assert!(!format!("{packet:?}").contains("s3cret"));
    }

    const PASSPHRASE: &str = "correct horse battery staple";

    fn ready(target: SealTarget) -> SealReadiness {
        SealReadiness {
            profile_errors: 0,
            contents: credentials("vR7#q2Lm!x9Tz@4Wk", Some(&[]), true),
            target,
            passphrase_rules_broken: Some(&[]),
            key_confirmed: true,
            note: "",
        }
    }

    fn credentials<'a>(
        password: &'a str,
        password_rules_broken: Option<&'a [&'a str]>,
        activated: bool,
    ) -> PacketContents<'a> {
        PacketContents::Credentials {
            password,
            password_rules_broken,
            activated,
        }
    }

    #[test]
    fn a_clean_profile_and_password_to_a_key_may_be_sealed() {
        assert_eq!(seal_blockers(&ready(SealTarget::Recipient("age1xyz"))), []);
    }

    #[test]
    fn every_reason_is_listed_at_once() {
        let readiness = SealReadiness {
            profile_errors: 2,
            contents: credentials("", None, false),
            target: SealTarget::Recipient(" "),
            passphrase_rules_broken: None,
            key_confirmed: true,
            note: "",
        };
        assert_eq!(
            seal_blockers(&readiness),
            [
                SealBlocker::ProfileHasErrors(2),
                SealBlocker::NoPassword,
                SealBlocker::NoRecipient,
                SealBlocker::NotActivated
            ]
        );
    }

    #[test]
    fn a_password_waits_for_its_check_and_then_for_its_rules() {
        let unchecked = SealReadiness {
            contents: credentials("pw", None, true),
            ..ready(SealTarget::Recipient("age1xyz"))
        };
        assert_eq!(seal_blockers(&unchecked), [SealBlocker::PasswordUnchecked]);
        let broken = SealReadiness {
            contents: credentials("pw", Some(&["PASSWORD-WEAK"]), true),
            ..unchecked
        };
        assert_eq!(
            seal_blockers(&broken),
            [SealBlocker::PasswordBreaksRules(vec![
                "PASSWORD-WEAK".into()
            ])]
        );
    }

    #[test]
    fn a_token_packet_asks_for_no_password_or_log_in_but_for_clean_token_values() {
        let token = SealReadiness {
            contents: PacketContents::RequestToken { token_errors: &[] },
            ..ready(SealTarget::Recipient("age1xyz"))
        };
        assert_eq!(seal_blockers(&token), []);
        let expired = SealReadiness {
            contents: PacketContents::RequestToken {
                token_errors: &["TOKEN-EXPIRED"],
            },
            ..token
        };
        assert_eq!(
            seal_blockers(&expired),
            [SealBlocker::TokenBreaksRules(vec!["TOKEN-EXPIRED".into()])]
        );
    }

    #[test]
    fn a_passphrase_must_be_long_enough_and_confirmed() {
        let short = SealTarget::Passphrase {
            passphrase: "a",
            confirmation: "a",
        };
        assert_eq!(
            seal_blockers(&ready(short)),
            [SealBlocker::PassphraseTooShort { chars: 1 }]
        );
        let differ = SealTarget::Passphrase {
            passphrase: PASSPHRASE,
            confirmation: "correct horse battery stapler",
        };
        assert_eq!(
            seal_blockers(&ready(differ)),
            [SealBlocker::PassphrasesDiffer]
        );
        let good = SealTarget::Passphrase {
            passphrase: PASSPHRASE,
            confirmation: PASSPHRASE,
        };
        assert_eq!(seal_blockers(&ready(good)), []);
        let unchecked = SealReadiness {
            passphrase_rules_broken: None,
            ..ready(good)
        };
        assert_eq!(
            seal_blockers(&unchecked),
            [SealBlocker::PassphraseUnchecked]
        );
        let weak = SealReadiness {
            passphrase_rules_broken: Some(&["PASSPHRASE-WEAK"]),
            ..ready(good)
        };
        assert_eq!(
            seal_blockers(&weak),
            [SealBlocker::PassphraseBreaksRules(vec![
                "PASSPHRASE-WEAK".into()
            ])]
        );
    }

    #[test]
    fn a_key_from_a_link_waits_for_confirmation_and_a_note_has_a_cap() {
        let from_link = SealReadiness {
            key_confirmed: false,
            ..ready(SealTarget::Recipient("age1xyz"))
        };
        assert_eq!(seal_blockers(&from_link), [SealBlocker::KeyNotConfirmed]);
        let long = "n".repeat(NOTE_MAX_CHARS + 1);
        let noted = SealReadiness {
            note: &long,
            ..ready(SealTarget::Recipient("age1xyz"))
        };
        assert_eq!(
            seal_blockers(&noted),
            [SealBlocker::NoteTooLong {
                chars: NOTE_MAX_CHARS + 1
            }]
        );
    }

    #[test]
    fn the_provider_sees_every_filled_field_and_the_password_is_marked_secret() {
        let mut profile = Profile {
            app_name: "Expensify".into(),
            ..Profile::default()
        };
        profile.ws_admin.login_id = "WSAdmin-Expensify@acme.com".into();
        let packet = HandoffPacket::for_profile(&profile, "pw", "2026-11-28T10:00:00Z", true, None);
        let fields = packet.display_fields();
        let labels: Vec<&str> = fields.iter().map(|f| f.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "App",
                "Edition",
                "Login ID",
                "Password",
                "Activated",
                "Sealed at"
            ]
        );
        let password = &fields[3];
        assert_eq!(
            (password.value.as_ref(), password.kind),
            ("pw", PacketFieldKind::Secret)
        );
    }
}
