//! The rule catalogue: every check a WS Admin profile and its password must pass.
//!
//! Each rule is data (ID, severity, field, the guide's reason, its source) plus one small
//! check. The profile's rules are in [`profile_rules`], read top to bottom in the order
//! findings are shown; the password's in [`password_rules`]. Every text comparison goes
//! through `domain::text`. `docs/rules.md` documents the same list for people.

mod password_rules;
mod profile_rules;
mod token_rules;

use std::fmt;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::profile::{Field, PasswordPolicy, Profile};
use super::request_token::UnixSeconds;
use super::text::quote;
use crate::i18n::{t, Message};
pub use password_rules::{
    personal_words, strength_variants, without_separators, Strength, PASSPHRASE_MIN_GUESSES_LOG10,
    PASSPHRASE_MIN_WORDS, PASSWORD_RULES, WELL_KNOWN_PHRASES,
};
pub use profile_rules::RULES;
pub use token_rules::{REQUEST_TOKEN_MAX_CHARS, TOKEN_RULES};

/// How much a finding matters: an error stops the enablement, a warning is worth a look.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One rule of the catalogue.
pub struct Rule {
    /// Stable identifier, shown to users and matched by scripts.
    pub id: &'static str,
    pub severity: Severity,
    /// The field the rule is about; a rule may point a finding at a sub-field instead.
    pub field: Field,
    /// Why the rule matters, in the guide's terms, for a person reading the finding, in the
    /// active language.
    pub why: Message,
    /// The guide sentence or Concur limit the rule comes from.
    pub source: Source,
    check: Check,
}

/// The guide sentence or Concur limit a rule comes from, for people reading the catalogue
/// and for the native build (tests, tools). The web app never shows it, so its build leaves
/// the text out: 4.7 KB of citations the page would carry for nobody.
#[derive(Clone, Copy, Debug)]
pub struct Source(#[cfg(not(target_arch = "wasm32"))] pub &'static str);

/// A rule's source, written where the rule is (`cite("Guide, Step 1: …")`).
#[allow(unused_variables)]
pub const fn cite(text: &'static str) -> Source {
    Source(
        #[cfg(not(target_arch = "wasm32"))]
        text,
    )
}

/// What a rule looks at: the profile alone, the password with the profile beside it, or
/// a passphrase's strength.
enum Check {
    Profile(fn(&Profile) -> Vec<Hit>),
    Password(fn(&PasswordCheck) -> Vec<Hit>),
    Passphrase(fn(&PassphraseCheck) -> Vec<Hit>),
    Token(fn(&TokenCheck) -> Vec<Hit>),
}

/// The values from Concur's Company Request Token dialog under check, and the time now.
/// Borrowed for the check and never kept.
#[derive(Clone, Copy)]
pub struct TokenCheck<'a> {
    pub company_uuid: &'a str,
    pub request_token: &'a str,
    pub generated_at: UnixSeconds,
    pub now: UnixSeconds,
    /// How a message writes a time: RFC 3339 for the CLI and packets, the person's own
    /// local time in the page.
    pub time_shown: fn(UnixSeconds) -> String,
}

/// A password under check. It is borrowed for the check and never kept.
pub struct PasswordCheck<'a> {
    pub profile: &'a Profile,
    pub password: &'a str,
    pub policy: &'a PasswordPolicy,
    /// zxcvbn's estimate, computed by the caller (in the web app, in a worker).
    pub strength: Option<&'a Strength>,
}

/// A passphrase under check, with the profile whose words it must not use. Borrowed for
/// the check and never kept.
pub struct PassphraseCheck<'a> {
    pub profile: &'a Profile,
    pub passphrase: &'a str,
    /// zxcvbn's estimate (the weakest of `strength_variants`), computed by the caller.
    pub strength: &'a Strength,
}

/// What a person can do about a finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    /// The advice, in words.
    pub text: String,
    /// The change that applies it, where one can be derived from the profile.
    pub action: Option<FixAction>,
}

/// A change to the profile that resolves a finding in one click.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FixAction {
    /// Replace the field's text with this value.
    SetText(Field, String),
    AddPermission(&'static str),
    RemovePermission(String),
    ReplacePermission {
        from: String,
        to: &'static str,
    },
    /// Keep the first of each permission listed more than once (ignoring case).
    DropDuplicatePermissions,
    /// Remove every whitespace character from a value that never has one (a pasted token).
    /// Only the handoff, which holds the value, can apply it: the value is not the profile's.
    RemoveWhitespace(Field),
    /// A person with one name only: that name in the other required name field too. Only
    /// the person can know it is their only name, so it is offered, never applied by `fix`.
    OneNameInBoth(Field, String),
}

impl FixAction {
    /// Whether `fix` (and Fill suggestions) may apply it unasked: every action but those
    /// that only the person, or only the handoff, can decide.
    pub fn applies_unasked(&self) -> bool {
        !matches!(
            self,
            FixAction::RemoveWhitespace(_) | FixAction::OneNameInBoth(..)
        )
    }
}

impl FixAction {
    /// The value the action writes, for people and for the CLI's JSON.
    pub fn suggested_value(&self) -> Option<&str> {
        match self {
            FixAction::SetText(_, value) | FixAction::OneNameInBoth(_, value) => Some(value),
            FixAction::AddPermission(label) => Some(label),
            FixAction::ReplacePermission { to, .. } => Some(to),
            FixAction::RemovePermission(_)
            | FixAction::DropDuplicatePermissions
            | FixAction::RemoveWhitespace(_) => None,
        }
    }

    /// Applies the change to a profile; a change to a value outside it does nothing here.
    pub fn apply(&self, profile: &mut Profile) {
        let permissions = &mut profile.ws_admin.permissions;
        match self {
            FixAction::SetText(field, value) | FixAction::OneNameInBoth(field, value) => {
                profile.set_text(*field, value)
            }
            FixAction::AddPermission(label) => permissions.push((*label).to_owned()),
            FixAction::RemovePermission(label) => permissions.retain(|held| held != label),
            FixAction::ReplacePermission { from, to } => {
                // Where the right label is already held, the wrong one just goes, so that
                // the fix does not make a duplicate.
                if permissions.iter().any(|held| super::text::same(held, to)) {
                    permissions.retain(|held| held != from);
                } else {
                    for held in permissions.iter_mut().filter(|held| *held == from) {
                        *held = (*to).to_owned();
                    }
                }
            }
            FixAction::RemoveWhitespace(_) => {}
            FixAction::DropDuplicatePermissions => {
                let mut seen: Vec<String> = Vec::new();
                permissions.retain(|held| {
                    let folded = super::text::fold(held.trim());
                    let first = !seen.contains(&folded);
                    seen.push(folded);
                    first
                });
            }
        }
    }
}

/// A rule that a profile breaks, where and how to mend it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    /// The rule's reason, carried along so that showing it needs no catalogue look-up.
    pub why: String,
    pub field: Field,
    pub message: String,
    pub fix: Fix,
}

impl Serialize for Finding {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let value = self
            .fix
            .action
            .as_ref()
            .and_then(FixAction::suggested_value);
        let mut out = serializer.serialize_struct("Finding", 6)?;
        out.serialize_field("rule", self.rule)?;
        out.serialize_field("severity", self.severity.as_str())?;
        out.serialize_field("field", self.field.path())?;
        out.serialize_field("message", &self.message)?;
        out.serialize_field("fix", &self.fix.text)?;
        out.serialize_field("suggested_value", &value)?;
        out.end()
    }
}

/// Every rule the profile breaks, in catalogue order.
///
/// A fix that writes a value is offered only when the value passes every rule of its field
/// and differs from what is there; otherwise the naming scheme's own value for the field
/// is offered in its place, where that passes, or advice alone. So no finding ever
/// suggests a value that another rule would refuse.
/// The field of the first error in the form's order: where "See the findings" takes the
/// person, rather than to the summary.
pub fn first_error(findings: &[Finding]) -> Option<Field> {
    findings
        .iter()
        .filter(|finding| finding.severity == Severity::Error)
        .map(|finding| finding.field)
        .min_by_key(|field| Field::ALL.iter().position(|known| known == field))
}

pub fn validate(profile: &Profile) -> Vec<Finding> {
    let mut findings = check_profile(profile);
    for finding in &mut findings {
        let Some(FixAction::SetText(field, value)) = &finding.fix.action else {
            continue;
        };
        let field = *field;
        if holds(profile, field, value) {
            continue;
        }
        finding.fix =
            match scheme_value(profile, field).filter(|value| holds(profile, field, value)) {
                Some(value) => Fix {
                    text: t::use_value(&quote(&value)),
                    action: Some(FixAction::SetText(field, value)),
                },
                None => advice(&t::fix_by_hand()),
            };
    }
    findings
}

fn check_profile(profile: &Profile) -> Vec<Finding> {
    let applicable = RULES
        .iter()
        .filter(|rule| rule.field.used_by(profile.connection));
    run(applicable, |check| match check {
        Check::Profile(check) => check(profile),
        _ => vec![],
    })
}

/// Whether writing `value` into `field` changes it and leaves the field with no error.
fn holds(profile: &Profile, field: Field, value: &str) -> bool {
    if field.text(profile) == Some(value) {
        return false;
    }
    let mut trial = profile.clone();
    trial.set_text(field, value);
    // Only the rules about this field can refuse it.
    let field_rules = RULES.iter().filter(|rule| rule.field == field);
    !field_rules.into_iter().any(|rule| {
        rule.severity == Severity::Error
            && match &rule.check {
                Check::Profile(check) => check(&trial)
                    .iter()
                    .any(|hit| hit.field.unwrap_or(rule.field) == field),
                _ => false,
            }
    })
}

/// The value the guide's naming scheme gives a field, where it gives one.
fn scheme_value(profile: &Profile, field: Field) -> Option<String> {
    match field {
        Field::LoginId => super::suggest::login_id(profile),
        Field::FirstName => super::suggest::first_name(profile),
        Field::LastName => super::suggest::last_name(profile),
        Field::Email => super::suggest::email(profile),
        Field::CompanyDomain => super::suggest::company_domain(profile),
        _ => None,
    }
}

/// Every password rule the password breaks. Findings never quote the password.
pub fn validate_password(check: &PasswordCheck) -> Vec<Finding> {
    run(PASSWORD_RULES, |rule| match rule {
        Check::Password(rule) => rule(check),
        _ => vec![],
    })
}

/// Every rule a passphrase breaks, given zxcvbn's estimate of it (computed by the worker
/// or the CLI). Findings never quote the passphrase.
pub fn validate_passphrase(check: &PassphraseCheck) -> Vec<Finding> {
    run(PASSWORD_RULES, |rule| match rule {
        Check::Passphrase(rule) => rule(check),
        _ => vec![],
    })
}

/// Every rule the Company Request Token dialog's values break at `now`. Findings never
/// quote the token.
pub fn validate_token(check: &TokenCheck) -> Vec<Finding> {
    run(TOKEN_RULES, |rule| match rule {
        Check::Token(rule) => rule(check),
        _ => vec![],
    })
}

/// The whole catalogue: the profile's rules, then the password's and the passphrase's, then
/// the token's.
pub fn all_rules() -> impl Iterator<Item = &'static Rule> {
    RULES.iter().chain(PASSWORD_RULES).chain(TOKEN_RULES)
}

fn run(
    rules: impl IntoIterator<Item = &'static Rule>,
    mut check: impl FnMut(&Check) -> Vec<Hit>,
) -> Vec<Finding> {
    rules
        .into_iter()
        .flat_map(|rule| {
            check(&rule.check).into_iter().map(|hit| Finding {
                rule: rule.id,
                severity: rule.severity,
                why: rule.why.text(),
                field: hit.field.unwrap_or(rule.field),
                message: hit.message,
                fix: hit.fix,
            })
        })
        .collect()
}

/// Counts of findings by severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub errors: usize,
    pub warnings: usize,
}

impl Tally {
    pub fn of(findings: &[Finding]) -> Tally {
        let errors = findings
            .iter()
            .filter(|finding| finding.severity == Severity::Error)
            .count();
        Tally {
            errors,
            warnings: findings.len() - errors,
        }
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&t::tally(self.errors, self.warnings))
    }
}

/// A finding before the catalogue gives it its ID and severity.
pub(super) struct Hit {
    /// Overrides the rule's field, for rules that cover several fields.
    pub field: Option<Field>,
    pub message: String,
    pub fix: Fix,
}

pub(super) fn one(message: String, fix: Fix) -> Vec<Hit> {
    vec![Hit {
        field: None,
        message,
        fix,
    }]
}

pub(super) fn hit_if(condition: bool, message: String, fix: Fix) -> Vec<Hit> {
    if condition {
        one(message, fix)
    } else {
        vec![]
    }
}

pub(super) fn advice(text: &str) -> Fix {
    Fix {
        text: text.to_owned(),
        action: None,
    }
}

/// A fix that writes `value` into `field` when the naming scheme can derive one.
pub(super) fn suggest_text(field: Field, value: Option<String>, otherwise: &str) -> Fix {
    match value {
        Some(value) => Fix {
            text: t::use_value(&quote(&value)),
            action: Some(FixAction::SetText(field, value)),
        },
        None => advice(otherwise),
    }
}

/// A finding when `typed` (not empty) is not a UUID, with the UUID inside the paste as its
/// fix where there is one (spaces, braces, `urn:uuid:` around it), else `otherwise`.
pub(super) fn not_a_uuid(field: Field, what: &str, typed: &str, otherwise: &str) -> Vec<Hit> {
    if typed.is_empty() || super::text::is_uuid(typed) {
        return vec![];
    }
    let fix = match super::text::uuid_in_paste(typed) {
        Some(uuid) => Fix {
            text: t::use_value(&quote(&uuid)),
            action: Some(FixAction::SetText(field, uuid)),
        },
        None => advice(otherwise),
    };
    // A token pasted into the wrong box is a secret: it is never quoted back.
    let message = if super::text::looks_like_a_secret(typed) {
        t::not_uuid_secret(&what)
    } else {
        t::not_uuid(&what, &quote(typed))
    };
    one(message, fix)
}

pub(super) fn required(value: &str, fix: &str) -> Vec<Hit> {
    hit_if(value.is_empty(), t::required(), advice(fix))
}

pub(super) fn required_with(value: &str, message: &str, fix: Fix) -> Vec<Hit> {
    hit_if(value.is_empty(), message.to_owned(), fix)
}

/// `subject` names the field with its article, as a sentence starts ("The Login ID").
pub(super) fn too_long(
    value: &str,
    max: usize,
    subject: String,
    fix: impl FnOnce() -> Fix,
) -> Vec<Hit> {
    let length = value.chars().count();
    if length <= max {
        return vec![];
    }
    one(t::too_long(&subject, &length, &max), fix())
}
