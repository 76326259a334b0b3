//! The WS Admin profile as the admin prepares it: the context (edition, app, authorizing
//! admin), the user to create, and the company's password policy. Its file format is
//! `formats::profile_file`.

use std::fmt;

use serde::{Deserialize, Serialize};

pub use super::concur::{Connection, DataCenter, DataKind, Edition};
use super::text::bare_domain;
use crate::i18n::{m, t};

/// Everything the rules look at. Holds no secret: the password lives elsewhere, so a
/// profile can be saved, exported and shared as it is.
/// It is read only through `Profile::from_json` (in `formats`), which also checks the schema.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Profile {
    /// How the app connects; older files, which predate the choice, are WS Admin profiles.
    #[serde(skip_serializing_if = "Connection::is_default")]
    pub connection: Connection,
    pub edition: Edition,
    pub app_name: String,
    /// The partner's App ID (a UUID), for which the Company Request Token is generated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_domain: Option<String>,
    /// The client company's name as people write it ("Müller & Söhne GmbH"): optional, for
    /// titles, exports, tickets and packets, so everyone can tell whose draft it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    /// Token route: the data centre of the company's Concur entity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_center: Option<DataCenter>,
    pub data_access: Vec<DataKind>,
    pub authorizing_admin: AuthorizingAdmin,
    pub ws_admin: WsAdminUser,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub known_users: Vec<String>,
    /// The company's password rules, kept with the profile; the password never is.
    #[serde(skip_serializing_if = "is_default_policy")]
    pub password_policy: PasswordPolicy,
}

fn is_default_policy(policy: &PasswordPolicy) -> bool {
    *policy == PasswordPolicy::default()
}

/// The real administrator who authorizes the app and whose name goes on the profile.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthorizingAdmin {
    #[serde(default)]
    pub first_name: String,
    #[serde(default)]
    pub last_name: String,
    #[serde(default)]
    pub email: String,
    /// The admin's own Concur Login ID, when it differs from their e-mail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login_id: Option<String>,
    /// The admin checked that their own account holds the edition's web-services role,
    /// which generating a Company Request Token needs.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub role_confirmed: bool,
}

/// The dedicated Concur user the partner app signs in as.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WsAdminUser {
    #[serde(default)]
    pub login_id: String,
    #[serde(default)]
    pub first_name: String,
    #[serde(default)]
    pub last_name: String,
    /// Required by Professional Edition, optional in Standard.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Concur's own labels, as ticked on its screen.
    #[serde(default)]
    pub permissions: Vec<String>,
}

/// The fields a finding can point at, named by their dotted path in the profile file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Connection,
    Edition,
    AppName,
    AppId,
    DataCenter,
    CompanyName,
    CompanyDomain,
    DataAccess,
    AdminFirstName,
    AdminLastName,
    AdminEmail,
    AdminLoginId,
    AdminRole,
    KnownUsers,
    LoginId,
    FirstName,
    LastName,
    Email,
    Permissions,
    /// The password is not part of the profile; findings about it point here.
    Password,
    /// The passphrase a packet is sealed with, never part of the profile either.
    Passphrase,
    /// The values the Company Request Token dialog shows, entered at the handoff only.
    CompanyUuid,
    RequestToken,
    TokenGeneratedAt,
}

impl Field {
    /// Every field in the order a person fills the form.
    pub const ALL: [Field; 24] = [
        Field::Connection,
        Field::Edition,
        Field::AppName,
        Field::AppId,
        Field::DataCenter,
        Field::CompanyName,
        Field::CompanyDomain,
        Field::DataAccess,
        Field::AdminFirstName,
        Field::AdminLastName,
        Field::AdminEmail,
        Field::AdminLoginId,
        Field::AdminRole,
        Field::KnownUsers,
        Field::LoginId,
        Field::FirstName,
        Field::LastName,
        Field::Email,
        Field::Permissions,
        Field::Password,
        Field::Passphrase,
        Field::CompanyUuid,
        Field::RequestToken,
        Field::TokenGeneratedAt,
    ];

    /// Whether the field is part of a profile for this connection: the form shows it and its
    /// rules run only then.
    pub fn used_by(self, connection: Connection) -> bool {
        match self {
            Field::Connection
            | Field::Edition
            | Field::AppName
            | Field::CompanyName
            | Field::AdminFirstName
            | Field::AdminLastName
            | Field::AdminEmail
            | Field::Passphrase => true,
            Field::CompanyDomain
            | Field::DataAccess
            | Field::AdminLoginId
            | Field::KnownUsers
            | Field::LoginId
            | Field::FirstName
            | Field::LastName
            | Field::Email
            | Field::Permissions
            | Field::Password => connection == Connection::WsAdminUser,
            Field::AppId
            | Field::DataCenter
            | Field::AdminRole
            | Field::CompanyUuid
            | Field::RequestToken
            | Field::TokenGeneratedAt => connection == Connection::CompanyRequestToken,
        }
    }

    pub fn path(self) -> &'static str {
        match self {
            Field::Connection => "connection",
            Field::Edition => "edition",
            Field::AppName => "app_name",
            Field::AppId => "app_id",
            Field::DataCenter => "data_center",
            Field::CompanyName => "company_name",
            Field::CompanyDomain => "company_domain",
            Field::DataAccess => "data_access",
            Field::AdminFirstName => "authorizing_admin.first_name",
            Field::AdminLastName => "authorizing_admin.last_name",
            Field::AdminEmail => "authorizing_admin.email",
            Field::AdminLoginId => "authorizing_admin.login_id",
            Field::AdminRole => "authorizing_admin.role_confirmed",
            Field::KnownUsers => "known_users",
            Field::LoginId => "ws_admin.login_id",
            Field::FirstName => "ws_admin.first_name",
            Field::LastName => "ws_admin.last_name",
            Field::Email => "ws_admin.email",
            Field::Permissions => "ws_admin.permissions",
            Field::Password => "password",
            Field::Passphrase => "passphrase",
            Field::CompanyUuid => "company_uuid",
            Field::RequestToken => "request_token",
            Field::TokenGeneratedAt => "generated_at",
        }
    }

    /// The label a person sees for the field, in the active language; the WS Admin user's
    /// fields and the token's values are Concur's own field labels, which stay in English.
    pub fn label(self) -> String {
        match self {
            Field::Connection => t::field_connection(),
            Field::Edition => t::field_edition(),
            Field::AppName => t::field_app_name(),
            Field::AppId => t::field_app_id(),
            Field::CompanyName => t::field_company_name(),
            Field::DataCenter => t::field_data_center(),
            Field::CompanyDomain => t::field_company_domain(),
            Field::DataAccess => t::field_data_access(),
            Field::AdminFirstName => t::field_admin_first_name(),
            Field::AdminLastName => t::field_admin_last_name(),
            Field::AdminEmail => t::field_admin_email(),
            Field::AdminLoginId => t::field_admin_login_id(),
            Field::AdminRole => t::field_admin_role(),
            Field::KnownUsers => t::field_known_users(),
            Field::Passphrase => t::field_passphrase(),
            Field::TokenGeneratedAt => t::field_generated_at(),
            Field::LoginId => "Login ID".into(),
            Field::FirstName => "First name".into(),
            Field::LastName => "Last name".into(),
            Field::Email => "E-mail".into(),
            Field::Permissions => "Permissions".into(),
            Field::Password => "Password".into(),
            Field::CompanyUuid => "Company UUID".into(),
            Field::RequestToken => "Company Request Token".into(),
        }
    }

    /// The field's current text, for the fields that hold one line of text.
    pub fn text(self, profile: &Profile) -> Option<&str> {
        let text = match self {
            Field::AppName => &profile.app_name,
            Field::AppId => return Some(profile.app_id.as_deref().unwrap_or("")),
            Field::CompanyDomain => return Some(profile.company_domain.as_deref().unwrap_or("")),
            Field::CompanyName => return Some(profile.company_name.as_deref().unwrap_or("")),
            // Chosen from a list; its text is its code (`us`, `emea`, `china`, `pscc`).
            Field::DataCenter => return Some(profile.data_center.map_or("", DataCenter::as_str)),
            Field::AdminFirstName => &profile.authorizing_admin.first_name,
            Field::AdminLastName => &profile.authorizing_admin.last_name,
            Field::AdminEmail => &profile.authorizing_admin.email,
            Field::AdminLoginId => {
                return Some(profile.authorizing_admin.login_id.as_deref().unwrap_or(""))
            }
            Field::LoginId => &profile.ws_admin.login_id,
            Field::FirstName => &profile.ws_admin.first_name,
            Field::LastName => &profile.ws_admin.last_name,
            Field::Email => return Some(profile.ws_admin.email.as_deref().unwrap_or("")),
            Field::Connection
            | Field::Edition
            | Field::DataAccess
            | Field::AdminRole
            | Field::KnownUsers
            | Field::Permissions
            | Field::Password
            | Field::Passphrase
            | Field::CompanyUuid
            | Field::RequestToken
            | Field::TokenGeneratedAt => return None,
        };
        Some(text)
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.path())
    }
}

impl Profile {
    /// What a consultant shares with a client before knowing anyone there: the connection,
    /// the edition, the app (and its App ID), the company's domain and the data needed, and
    /// none of the people.
    pub fn template(&self) -> Profile {
        Profile {
            connection: self.connection,
            edition: self.edition,
            app_name: self.app_name.clone(),
            app_id: self.app_id.clone(),
            company_domain: self.company_domain.clone(),
            company_name: self.company_name.clone(),
            data_access: self.data_access.clone(),
            ..Profile::default()
        }
    }

    /// The WS Admin Login ID before its `@` (all of it when there is none).
    pub fn login_local_part(&self) -> &str {
        self.ws_admin.login_id.split('@').next().unwrap_or_default()
    }

    /// Writes a text field. An optional field left empty reads as absent, as in the file.
    pub fn set_text(&mut self, field: Field, value: &str) {
        let optional = |value: &str| (!value.is_empty()).then(|| value.to_owned());
        match field {
            Field::AppName => self.app_name = value.to_owned(),
            Field::AppId => self.app_id = optional(value),
            Field::CompanyDomain => self.company_domain = optional(value),
            Field::CompanyName => self.company_name = optional(value),
            Field::DataCenter => self.data_center = DataCenter::parse(value),
            Field::AdminFirstName => self.authorizing_admin.first_name = value.to_owned(),
            Field::AdminLastName => self.authorizing_admin.last_name = value.to_owned(),
            Field::AdminEmail => self.authorizing_admin.email = value.to_owned(),
            Field::AdminLoginId => self.authorizing_admin.login_id = optional(value),
            Field::LoginId => self.ws_admin.login_id = value.to_owned(),
            Field::FirstName => self.ws_admin.first_name = value.to_owned(),
            Field::LastName => self.ws_admin.last_name = value.to_owned(),
            Field::Email => self.ws_admin.email = optional(value),
            Field::KnownUsers => self.known_users = parse_known_users(value),
            // These are not text, or not the profile's; their own edits change them.
            Field::Connection
            | Field::Edition
            | Field::DataAccess
            | Field::AdminRole
            | Field::Permissions
            | Field::Password
            | Field::Passphrase
            | Field::CompanyUuid
            | Field::RequestToken
            | Field::TokenGeneratedAt => {}
        }
    }

    /// The company's e-mail domain as a bare domain: the one given (however it was typed),
    /// else the authorizing admin's. `None` when neither gives a domain.
    pub fn effective_domain(&self) -> Option<String> {
        self.company_domain
            .as_deref()
            .and_then(bare_domain)
            .or_else(|| bare_domain(self.authorizing_admin.email.rsplit_once('@')?.1))
    }

    /// The company's domain as DNS and a Login ID spell it (`xn--mller-reisen-dlb.de` for
    /// `müller-reisen.de`).
    pub fn login_domain(&self) -> Option<String> {
        let domain = self.effective_domain()?;
        crate::domain::text::ascii_domain(&domain)
    }
}

/// Splits a pasted list on new lines, commas and semicolons, dropping blank entries.
/// Entries are trimmed here because the list is a paste, not a value sent to Concur.
pub fn parse_known_users(list: &str) -> Vec<String> {
    list.split(['\n', ',', ';'])
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The company's password rules (Concur: Authentication Admin > Sign-In Settings), kept
/// with the profile; the password never is. Concur publishes no default, so this one asks
/// for 12 characters and nothing else.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PasswordPolicy {
    #[serde(default = "default_min_length")]
    pub min_length: usize,
    #[serde(default)]
    pub require_upper: bool,
    #[serde(default)]
    pub require_lower: bool,
    #[serde(default)]
    pub require_digit: bool,
    #[serde(default)]
    pub require_symbol: bool,
}

/// Concur's own ceiling for a password.
pub const PASSWORD_MAX_CHARS: usize = 255;

fn default_min_length() -> usize {
    12
}

impl Default for PasswordPolicy {
    fn default() -> Self {
        PasswordPolicy {
            min_length: default_min_length(),
            require_upper: false,
            require_lower: false,
            require_digit: false,
            require_symbol: false,
        }
    }
}

impl PasswordPolicy {
    /// What the password lacks, in words; empty when it complies.
    pub fn shortfalls(&self, password: &str) -> Vec<String> {
        let length = password.chars().count();
        let mut missing = Vec::new();
        if length < self.min_length {
            missing.push(t::policy_too_short(&length, &self.min_length));
        }
        if length > PASSWORD_MAX_CHARS {
            missing.push(t::policy_too_long(&length, &PASSWORD_MAX_CHARS));
        }
        let has = |test: fn(char) -> bool| password.chars().any(test);
        let required = [
            (
                self.require_upper,
                has(char::is_uppercase),
                m::POLICY_NO_UPPER,
            ),
            (
                self.require_lower,
                has(char::is_lowercase),
                m::POLICY_NO_LOWER,
            ),
            (
                self.require_digit,
                has(|c| c.is_ascii_digit()),
                m::POLICY_NO_DIGIT,
            ),
            (
                self.require_symbol,
                has(|c| !c.is_alphanumeric() && !c.is_whitespace()),
                m::POLICY_NO_SYMBOL,
            ),
        ];
        for (wanted, present, what) in required {
            if wanted && !present {
                missing.push(what.text());
            }
        }
        missing
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_policy_asks_for_twelve_characters_only() {
        let policy = PasswordPolicy::default();
        assert_eq!(
            policy.shortfalls("correct horse battery"),
            Vec::<String>::new()
        );
        assert_eq!(policy.shortfalls("short").len(), 1);
    }

    #[test]
    fn a_stricter_policy_names_each_missing_class() {
        let policy = PasswordPolicy {
            min_length: 8,
            require_upper: true,
            require_lower: true,
            require_digit: true,
            require_symbol: true,
        };
        let missing = policy.shortfalls("alllowercase");
        assert_eq!(
            missing,
            [
                "it has no upper-case letter",
                "it has no digit",
                "it has no symbol"
            ]
        );
        assert!(policy.shortfalls("Aa1!aaaa").is_empty());
    }
}
