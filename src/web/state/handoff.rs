//! The handoff's two sides as reducers: the admin's (password, its check, the seal) and the
//! provider's (a key, opening a packet). They hold secrets, so they live in the page's memory
//! only (`HandoffMemory`, one pair per draft, kept above the views for the whole visit):
//! never in a draft, so autosave and exports cannot carry them, and their `Debug` shows none.

use std::fmt;

use crate::domain::handoff::{
    seal_blockers, PacketContents, SealBlocker, SealReadiness, SealTarget,
};
use crate::domain::profile::{Field, Profile};
use crate::domain::request_token::{rfc3339, UnixSeconds};
use crate::domain::rules::{self, Finding, FixAction, Severity, TokenCheck};
use crate::domain::workspace::DraftId;
use crate::formats::sealed_packet::OpenedPacket;
use crate::i18n::t;
use crate::worker::generator::GeneratorOptions;
use crate::worker::protocol::{
    OpenKey, PasswordFinding, SealTargetText, WorkerRequest, WorkerResponse,
};

/// How the admin seals the packet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SealMode {
    /// To the provider's public key, the recommended way.
    #[default]
    Recipient,
    /// To a passphrase told to the provider another way.
    Passphrase,
}

/// Where the provider's key came from: a key that arrived in a link is shown as such.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum KeySource {
    #[default]
    Typed,
    Link,
}

/// The worker's verdict on the current password.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PasswordVerdict {
    pub score: u8,
    pub warning: Option<String>,
    pub suggestions: Vec<String>,
    pub findings: Vec<PasswordFinding>,
}

/// The admin's side of the handoff.
#[derive(Clone, Default, PartialEq)]
pub struct AdminHandoff {
    pub password: String,
    pub password_shown: bool,
    /// The passphrase shown in clear, to read it out by phone.
    pub passphrase_shown: bool,
    pub generator: GeneratorOptions,
    /// The check of the current password and profile; `None` until the worker answers the
    /// latest request, so a verdict on an earlier password can never let a seal through.
    pub verdict: Option<PasswordVerdict>,
    /// The ID of the latest check request; answers to earlier ones are dropped.
    pub awaited_check: Option<u32>,
    pub mode: SealMode,
    pub recipient: String,
    pub recipient_source: KeySource,
    pub passphrase: String,
    pub confirmation: String,
    /// The passphrase rules the current passphrase breaks, once the worker has checked it.
    pub passphrase_verdict: Option<Vec<PasswordFinding>>,
    /// The ID of the latest passphrase check.
    pub awaited_passphrase_check: Option<u32>,
    /// The admin confirmed the key's fingerprint with the provider (a typed or pasted key
    /// can be the wrong one as much as a key from a forged link).
    pub key_confirmed: bool,
    /// A key from a link opened while the admin had typed one: offered, never swapped in
    /// silently.
    pub offered_link_key: Option<String>,
    pub activated: bool,
    /// On the Company Request Token route: what Concur's dialog showed.
    pub token: TokenEntry,
    pub note: String,
    /// The sealed packet and how it was checked.
    pub sealed: Option<(String, String)>,
    /// The sealed packet was downloaded or copied: leaving the page loses nothing.
    pub sealed_taken: bool,
    /// The profile (as JSON) this side last saw: a packet is withdrawn only when it changes,
    /// not when the view opens again on the same one.
    pub profile_seen: String,
    /// Why the last request failed, or why the worker refused to seal.
    pub problem: Option<String>,
    pub sealing: bool,
}

/// The Company Request Token dialog's values, as the admin entered them.
#[derive(Clone, Default, PartialEq)]
pub struct TokenEntry {
    pub company_uuid: String,
    pub request_token: String,
    pub token_shown: bool,
    /// When the token was generated: set to the moment the token is first entered, and
    /// changed by the admin when it was generated earlier.
    pub generated_at: Option<UnixSeconds>,
}

impl TokenEntry {
    /// The token rules' findings at `now`; an unknown generation time counts as `now`, as in
    /// the CLI.
    pub fn findings(&self, now: UnixSeconds) -> Vec<Finding> {
        self.findings_shown(now, rfc3339)
    }

    /// The same findings, their times written by `time_shown` (the page's local time).
    pub fn findings_shown(
        &self,
        now: UnixSeconds,
        time_shown: fn(UnixSeconds) -> String,
    ) -> Vec<Finding> {
        rules::validate_token(&TokenCheck {
            company_uuid: &self.company_uuid,
            request_token: &self.request_token,
            generated_at: self.generated_at.unwrap_or(now),
            now,
            time_shown,
        })
    }
}

/// What happens on the admin's side.
#[derive(Clone, PartialEq)]
pub enum AdminAction {
    SetPassword(String),
    TogglePasswordShown,
    TogglePassphraseShown,
    SetGenerator(GeneratorOptions),
    /// A check was sent for the current password and profile, with this ID.
    CheckSent(u32),
    /// The worker answered check `id`.
    Checked {
        id: u32,
        verdict: PasswordVerdict,
    },
    SetMode(SealMode),
    SetRecipient(String),
    SetPassphrase(String),
    SetConfirmation(String),
    PassphraseCheckSent(u32),
    PassphraseChecked {
        id: u32,
        findings: Vec<PasswordFinding>,
    },
    ConfirmKey(bool),
    /// A provider's link opened while the page is open: its key fills the field, unless the
    /// admin typed another, which it never replaces unasked (it is offered instead).
    KeyFromLink(String),
    /// The admin takes the offered key from the link, or keeps their own.
    AcceptOfferedKey,
    DismissOfferedKey,
    /// The profile as it now is (its JSON): a packet sealed for another one is withdrawn.
    ProfileIs(String),
    /// The sealed packet was downloaded or copied.
    PacketTaken,
    SetActivated(bool),
    SetCompanyUuid(String),
    /// The token as typed or pasted, at `now` (the generation time starts there).
    SetRequestToken {
        token: String,
        now: UnixSeconds,
    },
    ToggleTokenShown,
    SetGeneratedAt(Option<UnixSeconds>),
    /// A token finding's fix, applied to the value it is about.
    FixToken(FixAction),
    SetNote(String),
    SealSent,
    /// The worker's answer to a seal, a generation or anything else that can fail.
    Answered(WorkerResponse),
}

impl AdminAction {
    /// The action for the worker's answer to check `id`: a verdict on the password or the
    /// passphrase, or what went wrong.
    pub fn answer_to_check(id: u32, response: WorkerResponse) -> AdminAction {
        match response {
            WorkerResponse::Checked {
                score,
                warning,
                suggestions,
                findings,
            } => AdminAction::Checked {
                id,
                verdict: PasswordVerdict {
                    score,
                    warning,
                    suggestions,
                    findings,
                },
            },
            WorkerResponse::PassphraseChecked { findings, .. } => {
                AdminAction::PassphraseChecked { id, findings }
            }
            other => AdminAction::Answered(other),
        }
    }
}

impl AdminHandoff {
    pub fn reduce(&mut self, action: AdminAction) {
        match action {
            AdminAction::SetPassword(password) => {
                self.password = password;
                self.verdict = None;
                self.sealed = None;
            }
            AdminAction::TogglePasswordShown => self.password_shown = !self.password_shown,
            AdminAction::TogglePassphraseShown => self.passphrase_shown = !self.passphrase_shown,
            AdminAction::SetGenerator(options) => self.generator = options,
            AdminAction::CheckSent(id) => {
                self.awaited_check = Some(id);
                self.verdict = None;
            }
            AdminAction::Checked { id, verdict } => {
                if self.awaited_check == Some(id) {
                    self.verdict = Some(verdict);
                }
            }
            AdminAction::SetMode(mode) => {
                self.mode = mode;
                self.sealed = None;
            }
            AdminAction::SetRecipient(recipient) => {
                self.recipient = recipient;
                self.recipient_source = KeySource::Typed;
                self.key_confirmed = false;
                self.sealed = None;
            }
            AdminAction::SetPassphrase(passphrase) => {
                self.passphrase = passphrase;
                self.passphrase_verdict = None;
                self.sealed = None;
            }
            AdminAction::PassphraseCheckSent(id) => {
                self.awaited_passphrase_check = Some(id);
                self.passphrase_verdict = None;
            }
            AdminAction::PassphraseChecked { id, findings } => {
                if self.awaited_passphrase_check == Some(id) {
                    self.passphrase_verdict = Some(findings);
                }
            }
            AdminAction::ConfirmKey(confirmed) => {
                self.key_confirmed = confirmed;
                self.sealed = None;
            }
            AdminAction::KeyFromLink(key) => {
                let typed_another = self.recipient_source == KeySource::Typed
                    && !self.recipient.trim().is_empty()
                    && self.recipient.trim() != key.trim();
                if typed_another {
                    self.offered_link_key = Some(key);
                } else {
                    self.use_link_key(key);
                }
            }
            AdminAction::AcceptOfferedKey => {
                if let Some(key) = self.offered_link_key.take() {
                    self.use_link_key(key);
                }
            }
            AdminAction::DismissOfferedKey => self.offered_link_key = None,
            AdminAction::ProfileIs(profile) => {
                if !self.profile_seen.is_empty() && self.profile_seen != profile {
                    self.sealed = None;
                }
                self.profile_seen = profile;
            }
            AdminAction::PacketTaken => self.sealed_taken = self.sealed.is_some(),
            AdminAction::SetConfirmation(confirmation) => {
                self.confirmation = confirmation;
                self.sealed = None;
            }
            AdminAction::SetActivated(activated) => {
                self.activated = activated;
                self.sealed = None;
            }
            AdminAction::SetCompanyUuid(uuid) => {
                self.token.company_uuid = uuid;
                self.sealed = None;
            }
            AdminAction::SetRequestToken { token, now } => {
                if self.token.generated_at.is_none() && !token.is_empty() {
                    self.token.generated_at = Some(now);
                }
                self.token.request_token = token;
                self.sealed = None;
            }
            AdminAction::ToggleTokenShown => self.token.token_shown = !self.token.token_shown,
            AdminAction::SetGeneratedAt(at) => {
                self.token.generated_at = at;
                self.sealed = None;
            }
            AdminAction::FixToken(fix) => {
                match fix {
                    FixAction::SetText(Field::CompanyUuid, uuid) => self.token.company_uuid = uuid,
                    FixAction::RemoveWhitespace(Field::RequestToken) => {
                        self.token.request_token.retain(|c| !c.is_whitespace())
                    }
                    _ => {}
                }
                self.sealed = None;
            }
            AdminAction::SetNote(note) => {
                self.note = note;
                self.sealed = None;
            }
            AdminAction::SealSent => {
                self.sealing = true;
                self.problem = None;
                self.sealed = None;
            }
            AdminAction::Answered(response) => {
                self.sealing = false;
                match response {
                    WorkerResponse::Sealed { armored, checked } => {
                        self.sealed = Some((armored, checked));
                        self.sealed_taken = false;
                    }
                    WorkerResponse::Generated { password } => {
                        self.reduce(AdminAction::SetPassword(password))
                    }
                    WorkerResponse::PassphraseGenerated { passphrase } => {
                        self.confirmation = passphrase.clone();
                        self.reduce(AdminAction::SetPassphrase(passphrase));
                    }
                    WorkerResponse::Blocked { reasons } => {
                        self.problem = Some(t::not_sealed(&reasons.join("; ")))
                    }
                    WorkerResponse::Failed { message } => self.problem = Some(message),
                    _ => {}
                }
            }
        }
    }

    /// Why the credentials packet may not be sealed yet, from the domain's one seal gate;
    /// the worker asks the same gate again before it seals.
    pub fn blockers(&self, profile_errors: usize) -> Vec<SealBlocker> {
        let broken: Option<Vec<&str>> = self
            .verdict
            .as_ref()
            .map(|verdict| verdict.findings.iter().map(|f| f.rule.as_str()).collect());
        self.gate(
            profile_errors,
            PacketContents::Credentials {
                password: &self.password,
                password_rules_broken: broken.as_deref(),
                activated: self.activated,
            },
        )
    }

    /// Why the token packet may not be sealed yet at `now`.
    pub fn token_blockers(&self, profile_errors: usize, now: UnixSeconds) -> Vec<SealBlocker> {
        let findings = self.token.findings(now);
        let token_errors: Vec<&str> = findings
            .iter()
            .filter(|finding| finding.severity == Severity::Error)
            .map(|finding| finding.rule)
            .collect();
        self.gate(
            profile_errors,
            PacketContents::RequestToken {
                token_errors: &token_errors,
            },
        )
    }

    fn gate(&self, profile_errors: usize, contents: PacketContents) -> Vec<SealBlocker> {
        let passphrase_broken: Option<Vec<&str>> = self
            .passphrase_verdict
            .as_ref()
            .map(|findings| findings.iter().map(|f| f.rule.as_str()).collect());
        seal_blockers(&SealReadiness {
            profile_errors,
            contents,
            target: self.target(),
            passphrase_rules_broken: passphrase_broken.as_deref(),
            key_confirmed: self.key_confirmed(),
            note: &self.note,
        })
    }

    /// A key counts once the admin confirmed its fingerprint with the provider, wherever
    /// it came from.
    pub fn key_confirmed(&self) -> bool {
        self.key_confirmed
    }

    fn use_link_key(&mut self, key: String) {
        self.recipient = key;
        self.recipient_source = KeySource::Link;
        self.key_confirmed = false;
        self.mode = SealMode::Recipient;
        self.sealed = None;
        self.offered_link_key = None;
    }

    fn target(&self) -> SealTarget<'_> {
        match self.mode {
            SealMode::Recipient => SealTarget::Recipient(&self.recipient),
            SealMode::Passphrase => SealTarget::Passphrase {
                passphrase: &self.passphrase,
                confirmation: &self.confirmation,
            },
        }
    }

    /// The worker's request that checks the current password against the profile.
    pub fn check_request(&self, profile: &Profile) -> WorkerRequest {
        WorkerRequest::Check {
            password: self.password.clone(),
            profile: profile.to_value(),
        }
    }

    /// The worker's request that checks the passphrase's strength.
    pub fn passphrase_check_request(&self, profile: &Profile) -> WorkerRequest {
        WorkerRequest::CheckPassphrase {
            passphrase: self.passphrase.clone(),
            profile: profile.to_value(),
        }
    }

    /// The worker's request that seals the credentials packet, stamped `now`.
    pub fn seal_request(&self, profile: &Profile, now: &str) -> WorkerRequest {
        WorkerRequest::Seal {
            profile: profile.to_value(),
            password: self.password.clone(),
            to: self.target_text(),
            key_confirmed: self.key_confirmed(),
            activated: self.activated,
            note: self.note_text(),
            created_at: now.to_owned(),
        }
    }

    /// The worker's request that seals the token packet, checked again at `now`.
    pub fn seal_token_request(&self, profile: &Profile, now: UnixSeconds) -> WorkerRequest {
        WorkerRequest::SealToken {
            profile: profile.to_value(),
            company_uuid: self.token.company_uuid.clone(),
            request_token: self.token.request_token.clone(),
            generated_at: self.token.generated_at.unwrap_or(now),
            to: self.target_text(),
            key_confirmed: self.key_confirmed(),
            note: self.note_text(),
            now,
        }
    }

    fn target_text(&self) -> SealTargetText {
        match self.mode {
            SealMode::Recipient => SealTargetText::Recipient(self.recipient.clone()),
            SealMode::Passphrase => SealTargetText::Passphrase {
                passphrase: self.passphrase.clone(),
                confirmation: self.confirmation.clone(),
            },
        }
    }

    fn note_text(&self) -> Option<String> {
        Some(self.note.clone()).filter(|note| !note.is_empty())
    }
}

impl fmt::Debug for AdminHandoff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AdminHandoff")
            .field("password", &"<redacted>")
            .field("mode", &self.mode)
            .field("recipient", &self.recipient)
            .field("passphrase", &"<redacted>")
            .field("request_token", &"<redacted>")
            .field("sealed", &self.sealed.is_some())
            .field("problem", &self.problem)
            .finish_non_exhaustive()
    }
}

/// The provider's side of the handoff.
#[derive(Clone, Default, PartialEq)]
pub struct ProviderHandoff {
    /// The generated identity file and its public key.
    pub key: Option<(String, String)>,
    pub packet_text: String,
    /// The text of the identity file chosen, and its name.
    pub identity: Option<(String, String)>,
    pub passphrase: String,
    pub opened: Option<OpenedPacket>,
    pub revealed: bool,
    pub problem: Option<String>,
}

/// What happens on the provider's side.
#[derive(Clone, PartialEq)]
pub enum ProviderAction {
    SetPacketText(String),
    SetIdentity {
        name: String,
        text: String,
    },
    SetPassphrase(String),
    ToggleRevealed,
    /// An open request was sent: the last answer's problem no longer stands.
    OpenSent,
    /// A file could not be read, or was refused before reading.
    Problem(String),
    Answered(WorkerResponse),
}

impl ProviderHandoff {
    pub fn reduce(&mut self, action: ProviderAction) {
        match action {
            // Another packet, or another key: what was opened before is no longer on screen.
            ProviderAction::SetPacketText(text) => {
                self.packet_text = text;
                self.forget_opened();
            }
            ProviderAction::SetIdentity { name, text } => {
                self.identity = Some((text, name));
                self.forget_opened();
            }
            ProviderAction::SetPassphrase(passphrase) => self.passphrase = passphrase,
            ProviderAction::ToggleRevealed => self.revealed = !self.revealed,
            ProviderAction::OpenSent => {
                self.problem = None;
                self.opened = None;
            }
            ProviderAction::Problem(problem) => self.problem = Some(problem),
            ProviderAction::Answered(response) => match response {
                WorkerResponse::KeyGenerated {
                    identity_file,
                    public_key,
                } => self.key = Some((identity_file, public_key)),
                WorkerResponse::Opened { packet } => {
                    self.problem = None;
                    self.revealed = false;
                    self.opened = Some(*packet);
                }
                WorkerResponse::Failed { message } => {
                    self.opened = None;
                    self.problem = Some(message);
                }
                _ => {}
            },
        }
    }

    fn forget_opened(&mut self) {
        self.opened = None;
        self.revealed = false;
        self.problem = None;
    }

    pub fn can_open(&self) -> bool {
        !self.packet_text.is_empty() && (self.identity.is_some() || !self.passphrase.is_empty())
    }

    /// The worker's request that opens the packet, with the key file when one was chosen,
    /// else the passphrase.
    pub fn open_request(&self) -> WorkerRequest {
        let with = match &self.identity {
            Some((text, _)) => OpenKey::Identity(text.clone()),
            None => OpenKey::Passphrase(self.passphrase.clone()),
        };
        WorkerRequest::Open {
            sealed: self.packet_text.clone(),
            with,
        }
    }

    /// Whether opening uses a passphrase (scrypt's memory is handed back afterwards).
    pub fn opens_with_passphrase(&self) -> bool {
        self.identity.is_none()
    }
}

impl fmt::Debug for ProviderHandoff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProviderHandoff")
            .field("public_key", &self.key.as_ref().map(|(_, public)| public))
            .field("identity", &self.identity.as_ref().map(|(_, name)| name))
            .field("opened", &self.opened)
            .field("problem", &self.problem)
            .finish_non_exhaustive()
    }
}

/// The handoff's secrets for the whole visit, kept above the views: each draft's admin and
/// provider sides as they were last shown. Moving to the checklist and back, or to another
/// draft and back, shows them again; another draft never sees them; Clear secrets, a reload
/// or closing the page ends them. Never written to storage.
#[derive(Default)]
pub struct HandoffMemory {
    /// Each draft's two sides; a list, since a visit has a handful of drafts.
    drafts: Vec<(DraftId, AdminHandoff, ProviderHandoff)>,
}

impl HandoffMemory {
    fn entry(&self, draft: &DraftId) -> Option<&(DraftId, AdminHandoff, ProviderHandoff)> {
        self.drafts.iter().find(|(id, ..)| id == draft)
    }

    fn entry_mut(&mut self, draft: &DraftId) -> &mut (DraftId, AdminHandoff, ProviderHandoff) {
        let at = match self.drafts.iter().position(|(id, ..)| id == draft) {
            Some(at) => at,
            None => {
                self.drafts.push((
                    draft.clone(),
                    AdminHandoff::default(),
                    ProviderHandoff::default(),
                ));
                self.drafts.len() - 1
            }
        };
        &mut self.drafts[at]
    }

    /// The admin's side of `draft` as it was left. A seal or a check that was under way when
    /// the view closed got no answer the view could take: it is asked again (the view sends
    /// its checks when it opens), and Seal is offered again.
    pub fn admin_for(&self, draft: &DraftId) -> AdminHandoff {
        let mut admin = self
            .entry(draft)
            .map(|(_, admin, _)| admin.clone())
            .unwrap_or_default();
        admin.sealing = false;
        admin.awaited_check = None;
        admin.awaited_passphrase_check = None;
        admin
    }

    pub fn keep_admin(&mut self, draft: &DraftId, admin: &AdminHandoff) {
        self.entry_mut(draft).1 = admin.clone();
    }

    /// When the token held for this draft expires, once one was pasted: the checklist states
    /// it as a time.
    pub fn token_expiry(&self, draft: &DraftId) -> Option<UnixSeconds> {
        let (_, admin, _) = self.entry(draft)?;
        if admin.token.request_token.is_empty() {
            return None;
        }
        admin
            .token
            .generated_at
            .map(crate::domain::request_token::expires_at)
    }

    pub fn provider_for(&self, draft: &DraftId) -> ProviderHandoff {
        self.entry(draft)
            .map(|(_, _, provider)| provider.clone())
            .unwrap_or_default()
    }

    pub fn keep_provider(&mut self, draft: &DraftId, provider: &ProviderHandoff) {
        self.entry_mut(draft).2 = provider.clone();
    }

    /// Forgets every secret of every draft (Clear secrets).
    pub fn clear(&mut self) {
        self.drafts.clear();
    }

    /// Whether leaving the page would lose something: a secret typed or made (a password,
    /// a passphrase, a token, a Company UUID, a provider's key or an opened packet), or a
    /// sealed packet not yet downloaded or copied.
    pub fn would_lose_work(&self) -> bool {
        self.drafts.iter().any(|(_, admin, provider)| {
            !admin.password.is_empty()
                || !admin.passphrase.is_empty()
                || !admin.token.request_token.is_empty()
                || !admin.token.company_uuid.is_empty()
                || (admin.sealed.is_some() && !admin.sealed_taken)
                || provider.key.is_some()
                || provider.identity.is_some()
                || !provider.passphrase.is_empty()
                || provider.opened.is_some()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STRONG: &str = "vR7#q2Lm!x9Tz@4Wk";

    fn clean(score: u8) -> PasswordVerdict {
        PasswordVerdict {
            score,
            ..PasswordVerdict::default()
        }
    }

    fn typed_for_a_key() -> AdminHandoff {
        let mut admin = AdminHandoff::default();
        admin.reduce(AdminAction::SetActivated(true));
        admin.reduce(AdminAction::SetRecipient("age1xyz".into()));
        admin.reduce(AdminAction::ConfirmKey(true));
        admin.reduce(AdminAction::SetPassword(STRONG.into()));
        admin.reduce(AdminAction::CheckSent(1));
        admin
    }

    #[test]
    fn a_new_password_waits_for_its_own_check() {
        let mut admin = typed_for_a_key();
        assert_eq!(admin.blockers(0), [SealBlocker::PasswordUnchecked]);
        admin.reduce(AdminAction::Checked {
            id: 1,
            verdict: clean(4),
        });
        assert_eq!(admin.blockers(0), []);
        // A change of password forgets the verdict at once: the seal button cannot rely on
        // the previous password's check.
        admin.reduce(AdminAction::SetPassword("a".into()));
        assert_eq!(admin.blockers(0), [SealBlocker::PasswordUnchecked]);
    }

    #[test]
    fn a_late_answer_for_an_earlier_check_is_dropped() {
        let mut admin = typed_for_a_key();
        admin.reduce(AdminAction::CheckSent(2));
        admin.reduce(AdminAction::Checked {
            id: 1,
            verdict: clean(4),
        });
        assert_eq!(admin.verdict, None);
        admin.reduce(AdminAction::Checked {
            id: 2,
            verdict: clean(4),
        });
        assert!(admin.verdict.is_some());
    }

    #[test]
    fn a_pasted_token_starts_its_clock_is_mended_and_blocks_once_expired() {
        const PASTED_AT: UnixSeconds = 1_795_860_000;
        // No password and no first log-in: this route asks for neither.
        let mut admin = AdminHandoff::default();
        admin.reduce(AdminAction::SetRecipient("age1xyz".into()));
        admin.reduce(AdminAction::ConfirmKey(true));
        admin.reduce(AdminAction::SetCompanyUuid(
            "a1b2c3d4-5e6f-4a0b-8c9d-0e1f2a3b4c5d".into(),
        ));
        admin.reduce(AdminAction::SetRequestToken {
            token: " Zq8xK2mP4vR7\n".into(),
            now: PASTED_AT,
        });
        // A later edit keeps the time of the first paste.
        admin.reduce(AdminAction::SetRequestToken {
            token: " Zq8xK2mP4vR7tY1\n".into(),
            now: PASTED_AT + 600,
        });
        assert_eq!(admin.token.generated_at, Some(PASTED_AT));
        assert_eq!(
            admin.token_blockers(0, PASTED_AT + 700),
            [SealBlocker::TokenBreaksRules(vec!["TOKEN-PASTE".into()])]
        );
        let fix = admin.token.findings(PASTED_AT)[0]
            .fix
            .action
            .clone()
            .unwrap();
        admin.reduce(AdminAction::FixToken(fix));
        assert_eq!(admin.token.request_token, "Zq8xK2mP4vR7tY1");
        assert_eq!(admin.token_blockers(0, PASTED_AT + 700), []);
        assert_eq!(
            admin.token_blockers(0, PASTED_AT + 24 * 3600),
            [SealBlocker::TokenBreaksRules(vec!["TOKEN-EXPIRED".into()])]
        );
        admin.reduce(AdminAction::SetGeneratedAt(Some(PASTED_AT + 3600)));
        assert_eq!(admin.token_blockers(0, PASTED_AT + 24 * 3600), []);
        let WorkerRequest::SealToken {
            request_token,
            generated_at,
            now,
            ..
        } = admin.seal_token_request(&Profile::default(), PASTED_AT + 7200)
        else {
            panic!("a token seal request")
        };
        assert_eq!(
            (request_token.as_str(), generated_at, now),
            ("Zq8xK2mP4vR7tY1", PASTED_AT + 3600, PASTED_AT + 7200)
        );
        assert!(!format!("{admin:?}").contains("Zq8x"));
    }

    #[test]
    fn the_gate_is_the_domains() {
        let mut admin = typed_for_a_key();
        admin.reduce(AdminAction::Checked {
            id: 1,
            verdict: clean(4),
        });
        admin.reduce(AdminAction::SetMode(SealMode::Passphrase));
        admin.reduce(AdminAction::SetPassphrase("short".into()));
        admin.reduce(AdminAction::SetConfirmation("short".into()));
        assert_eq!(
            admin.blockers(3),
            [
                SealBlocker::ProfileHasErrors(3),
                SealBlocker::PassphraseTooShort { chars: 5 }
            ]
        );
    }

    #[test]
    fn secrets_outlive_the_view_belong_to_their_draft_and_end_with_clear_secrets() {
        let (first, second) = (DraftId::fresh(), DraftId::fresh());
        let mut memory = HandoffMemory::default();
        assert!(!memory.would_lose_work());
        // The admin generates a password and seals, then leaves for the checklist mid-check.
        let mut admin = typed_for_a_key();
        admin.reduce(AdminAction::Answered(WorkerResponse::Sealed {
            armored: "-----BEGIN AGE ENCRYPTED FILE-----".into(),
            checked: "Checked".into(),
        }));
        admin.reduce(AdminAction::CheckSent(7));
        admin.reduce(AdminAction::SealSent);
        memory.keep_admin(&first, &admin);
        let mut provider = ProviderHandoff::default();
        provider.reduce(ProviderAction::SetPassphrase("quartz vivid".into()));
        memory.keep_provider(&first, &provider);
        // Back on the handoff: everything typed is there; nothing waits for an answer that
        // went to the closed view.
        let back = memory.admin_for(&first);
        assert_eq!(back.password, STRONG);
        assert_eq!(back.recipient, "age1xyz");
        assert!(back.key_confirmed());
        assert!(!back.sealing && back.awaited_check.is_none());
        assert_eq!(memory.provider_for(&first).passphrase, "quartz vivid");
        // Another draft never shows them.
        assert_eq!(memory.admin_for(&second).password, "");
        assert_eq!(memory.provider_for(&second).passphrase, "");
        // Leaving the page would lose them; Clear secrets forgets every draft's.
        assert!(memory.would_lose_work());
        memory.clear();
        assert_eq!(memory.admin_for(&first).password, "");
        assert!(!memory.would_lose_work());
    }

    #[test]
    fn a_sealed_packet_taken_away_is_no_reason_to_stay() {
        let id = DraftId::fresh();
        let mut memory = HandoffMemory::default();
        let mut admin = AdminHandoff::default();
        admin.reduce(AdminAction::Answered(WorkerResponse::Sealed {
            armored: "-----BEGIN AGE ENCRYPTED FILE-----".into(),
            checked: "Checked".into(),
        }));
        memory.keep_admin(&id, &admin);
        assert!(memory.would_lose_work(), "a packet not yet downloaded");
        admin.reduce(AdminAction::PacketTaken);
        memory.keep_admin(&id, &admin);
        assert!(!memory.would_lose_work());
        // A new seal is a new packet to take.
        admin.reduce(AdminAction::Answered(WorkerResponse::Sealed {
            armored: "-----BEGIN AGE ENCRYPTED FILE-----".into(),
            checked: "Checked".into(),
        }));
        memory.keep_admin(&id, &admin);
        assert!(memory.would_lose_work());
    }

    #[test]
    fn every_key_waits_for_its_fingerprint_to_be_confirmed() {
        let mut admin = AdminHandoff::default();
        admin.reduce(AdminAction::KeyFromLink("age1xyz".into()));
        admin.reduce(AdminAction::SetPassword(STRONG.into()));
        admin.reduce(AdminAction::SetActivated(true));
        admin.reduce(AdminAction::CheckSent(1));
        admin.reduce(AdminAction::Checked {
            id: 1,
            verdict: clean(4),
        });
        assert_eq!(admin.recipient_source, KeySource::Link);
        assert_eq!(admin.blockers(0), [SealBlocker::KeyNotConfirmed]);
        admin.reduce(AdminAction::ConfirmKey(true));
        assert_eq!(admin.blockers(0), []);
        // A typed or pasted key is checked the same way: it may be the wrong one too.
        admin.reduce(AdminAction::SetRecipient("age1abc".into()));
        assert_eq!(admin.recipient_source, KeySource::Typed);
        assert_eq!(admin.blockers(0), [SealBlocker::KeyNotConfirmed]);
        admin.reduce(AdminAction::ConfirmKey(true));
        assert_eq!(admin.blockers(0), []);
    }

    #[test]
    fn a_link_never_silently_replaces_a_key_the_admin_typed() {
        let mut admin = typed_for_a_key();
        admin.reduce(AdminAction::KeyFromLink("age1planted".into()));
        assert_eq!(admin.recipient, "age1xyz", "the typed key stays");
        assert!(admin.key_confirmed(), "and so does its confirmation");
        assert_eq!(admin.offered_link_key.as_deref(), Some("age1planted"));
        admin.reduce(AdminAction::DismissOfferedKey);
        assert_eq!(admin.offered_link_key, None);
        assert_eq!(admin.recipient, "age1xyz");
        // Taken only when the admin asks, and then it must be confirmed.
        admin.reduce(AdminAction::KeyFromLink("age1other".into()));
        admin.reduce(AdminAction::AcceptOfferedKey);
        assert_eq!(admin.recipient, "age1other");
        assert_eq!(admin.recipient_source, KeySource::Link);
        assert!(!admin.key_confirmed());
        // With no key typed, a link fills the field at once.
        let mut empty = AdminHandoff::default();
        empty.reduce(AdminAction::KeyFromLink("age1def".into()));
        assert_eq!(empty.recipient, "age1def");
        assert_eq!(empty.offered_link_key, None);
    }

    #[test]
    fn a_sealed_packet_is_withdrawn_when_what_it_holds_or_where_it_goes_changes() {
        let sealed = || {
            let mut admin = typed_for_a_key();
            admin.reduce(AdminAction::ProfileIs(
                "{\"app_name\": \"Expensify\"}".into(),
            ));
            admin.reduce(AdminAction::Answered(WorkerResponse::Sealed {
                armored: "-----BEGIN AGE ENCRYPTED FILE-----".into(),
                checked: "Checked".into(),
            }));
            assert!(admin.sealed.is_some());
            admin
        };
        for (described, change) in [
            ("SetRecipient", AdminAction::SetRecipient("age1new".into())),
            ("ConfirmKey", AdminAction::ConfirmKey(false)),
            (
                "KeyFromLink",
                AdminAction::KeyFromLink("age1fromlink".into()),
            ),
            ("SetActivated", AdminAction::SetActivated(false)),
            ("SetNote", AdminAction::SetNote("call me".into())),
            ("SetPassword", AdminAction::SetPassword("another".into())),
            ("SetMode", AdminAction::SetMode(SealMode::Passphrase)),
            (
                "SetPassphrase",
                AdminAction::SetPassphrase("a new passphrase".into()),
            ),
            (
                "SetConfirmation",
                AdminAction::SetConfirmation("a new passphrase".into()),
            ),
            (
                "ProfileIs",
                AdminAction::ProfileIs("{\"app_name\": \"Other\"}".into()),
            ),
            (
                "SetCompanyUuid",
                AdminAction::SetCompanyUuid("a1b2c3d4-5e6f-4a0b-8c9d-0e1f2a3b4c5d".into()),
            ),
            (
                "FixToken",
                AdminAction::FixToken(FixAction::RemoveWhitespace(Field::RequestToken)),
            ),
        ] {
            let mut admin = sealed();
            admin.reduce(change);
            if described.starts_with("KeyFromLink") {
                // An offered key changes nothing until it is taken.
                assert!(admin.sealed.is_some(), "{described}");
                admin.reduce(AdminAction::AcceptOfferedKey);
            }
            assert_eq!(admin.sealed, None, "{described} left the packet in place");
        }
        // Looking at the password, or the view opening again on the same profile, changes
        // nothing.
        let mut admin = sealed();
        admin.reduce(AdminAction::TogglePasswordShown);
        admin.reduce(AdminAction::TogglePassphraseShown);
        admin.reduce(AdminAction::ProfileIs(
            "{\"app_name\": \"Expensify\"}".into(),
        ));
        assert!(admin.sealed.is_some());
    }

    #[test]
    fn a_passphrase_waits_for_its_strength_and_a_generated_one_fills_both_boxes() {
        let mut admin = typed_for_a_key();
        admin.reduce(AdminAction::Checked {
            id: 1,
            verdict: clean(4),
        });
        admin.reduce(AdminAction::SetMode(SealMode::Passphrase));
        admin.reduce(AdminAction::Answered(WorkerResponse::PassphraseGenerated {
            passphrase: "abandon ability able about above absent".into(),
        }));
        assert_eq!(admin.passphrase, admin.confirmation);
        assert_eq!(admin.blockers(0), [SealBlocker::PassphraseUnchecked]);
        admin.reduce(AdminAction::PassphraseCheckSent(7));
        admin.reduce(AdminAction::PassphraseChecked {
            id: 7,
            findings: vec![PasswordFinding {
                rule: "PASSPHRASE-WEAK".into(),
                message: String::new(),
                fix: String::new(),
                why: String::new(),
            }],
        });
        assert_eq!(
            admin.blockers(0),
            [SealBlocker::PassphraseBreaksRules(vec![
                "PASSPHRASE-WEAK".into()
            ])]
        );
    }

    #[test]
    fn a_refused_seal_is_shown_and_leaves_no_packet() {
        let mut admin = typed_for_a_key();
        admin.reduce(AdminAction::SealSent);
        assert!(admin.sealing);
        admin.reduce(AdminAction::Answered(WorkerResponse::Blocked {
            reasons: vec!["The two passphrases differ".into()],
        }));
        assert!(!admin.sealing);
        assert_eq!(admin.sealed, None);
        assert!(admin
            .problem
            .as_deref()
            .unwrap()
            .contains("passphrases differ"));
    }

    #[test]
    fn a_checks_answer_becomes_the_verdict_of_that_check() {
        let password = AdminAction::answer_to_check(
            3,
            WorkerResponse::Checked {
                score: 4,
                warning: None,
                suggestions: vec![],
                findings: vec![],
            },
        );
        assert!(matches!(password, AdminAction::Checked { id: 3, .. }));
        let passphrase = AdminAction::answer_to_check(
            4,
            WorkerResponse::PassphraseChecked {
                score: 4,
                findings: vec![],
            },
        );
        assert!(matches!(
            passphrase,
            AdminAction::PassphraseChecked { id: 4, .. }
        ));
        let failed = WorkerResponse::Failed {
            message: "the worker stopped".into(),
        };
        assert!(matches!(
            AdminAction::answer_to_check(5, failed),
            AdminAction::Answered(WorkerResponse::Failed { .. })
        ));
    }

    #[test]
    fn debug_shows_no_secret() {
        let mut admin = typed_for_a_key();
        admin.reduce(AdminAction::SetPassphrase(
            "correct horse battery staple".into(),
        ));
        let mut provider = ProviderHandoff::default();
        provider.reduce(ProviderAction::SetIdentity {
            name: "provider.key".into(),
            text: "AGE-SECRET-KEY-1SECRET".into(),
        });
        provider.reduce(ProviderAction::SetPassphrase("open sesame phrase".into()));
        let shown = format!("{admin:?} {provider:?}");
        for secret in [STRONG, "correct horse", "SECRET-KEY", "open sesame"] {
            assert!(!shown.contains(secret), "{shown}");
        }
    }

    fn sample_packet() -> crate::formats::sealed_packet::OpenedPacket {
        let profile = Profile {
            app_name: "Expensify".into(),
            ..Profile::default()
        };
        crate::domain::handoff::HandoffPacket::for_profile(
            &profile,
            STRONG,
            "2026-11-28T10:00:00Z",
            true,
            None,
        )
        .into()
    }

    #[test]
    fn pasting_another_packet_takes_the_opened_one_off_the_screen() {
        let mut provider = ProviderHandoff::default();
        provider.reduce(ProviderAction::Answered(WorkerResponse::Opened {
            packet: Box::new(sample_packet()),
        }));
        provider.reduce(ProviderAction::ToggleRevealed);
        assert!(provider.opened.is_some() && provider.revealed);
        provider.reduce(ProviderAction::SetPacketText(
            "-----BEGIN AGE ENCRYPTED FILE-----".into(),
        ));
        assert_eq!(provider.opened, None);
        assert!(!provider.revealed);
        provider.reduce(ProviderAction::Answered(WorkerResponse::Opened {
            packet: Box::new(sample_packet()),
        }));
        provider.reduce(ProviderAction::SetIdentity {
            name: "other.key".into(),
            text: "AGE-SECRET-KEY-1".into(),
        });
        assert_eq!(provider.opened, None);
    }

    #[test]
    fn a_new_open_forgets_the_last_answer() {
        let mut provider = ProviderHandoff::default();
        provider.reduce(ProviderAction::Answered(WorkerResponse::Failed {
            message: "wrong passphrase".into(),
        }));
        provider.reduce(ProviderAction::OpenSent);
        assert_eq!((provider.problem, provider.opened), (None, None));
    }

    #[test]
    fn the_checklist_learns_when_this_drafts_token_expires_and_no_other_draft_does() {
        let (mine, other) = (
            DraftId::parse("00000000000000a1").unwrap(),
            DraftId::parse("00000000000000b2").unwrap(),
        );
        let mut memory = HandoffMemory::default();
        assert_eq!(memory.token_expiry(&mine), None);
        let mut admin = memory.admin_for(&mine);
        admin.reduce(AdminAction::SetRequestToken {
            token: "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.payload.signature".into(),
            now: 1_795_860_000,
        });
        memory.keep_admin(&mine, &admin);
        assert_eq!(memory.token_expiry(&mine), Some(1_795_860_000 + 24 * 3600));
        assert_eq!(memory.token_expiry(&other), None);
        // A generation time set by hand moves the expiry with it.
        admin.reduce(AdminAction::SetGeneratedAt(Some(1_795_850_000)));
        memory.keep_admin(&mine, &admin);
        assert_eq!(memory.token_expiry(&mine), Some(1_795_850_000 + 24 * 3600));
        memory.clear();
        assert_eq!(memory.token_expiry(&mine), None);
    }

    #[test]
    fn the_provider_opens_with_the_key_file_before_the_passphrase() {
        let mut provider = ProviderHandoff::default();
        assert!(!provider.can_open());
        provider.reduce(ProviderAction::SetPacketText("-----BEGIN AGE".into()));
        provider.reduce(ProviderAction::SetPassphrase("phrase".into()));
        assert!(provider.can_open() && provider.opens_with_passphrase());
        provider.reduce(ProviderAction::SetIdentity {
            name: "k".into(),
            text: "AGE-SECRET-KEY-1".into(),
        });
        assert!(matches!(
            provider.open_request(),
            WorkerRequest::Open {
                with: OpenKey::Identity(_),
                ..
            }
        ));
    }
}
