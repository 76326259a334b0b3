//! The WS Admin profile as the admin prepares it, and its file format
//! (`wsadmin-prep/profile@1`, documented in `docs/formats.md`).

use std::fmt;

use serde::{Deserialize, Serialize};

pub use crate::concur::{DataKind, Edition};
use crate::password::PasswordPolicy;

/// The schema this version writes and reads.
pub const PROFILE_SCHEMA: &str = "wsadmin-prep/profile@1";

/// Everything the rules look at. Holds no secret: the password lives elsewhere, so a
/// profile can be saved, exported and shared as it is.
/// It is read only through [`Profile::from_json`], which also checks the schema.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Profile {
    pub edition: Edition,
    pub app_name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_domain: Option<String>,
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
    Edition,
    AppName,
    CompanyDomain,
    DataAccess,
    AdminFirstName,
    AdminLastName,
    AdminEmail,
    AdminLoginId,
    KnownUsers,
    LoginId,
    FirstName,
    LastName,
    Email,
    Permissions,
    /// The password is not part of the profile; findings about it point here.
    Password,
}

impl Field {
    /// Every field in the order a person fills the form.
    pub const ALL: [Field; 15] = [
        Field::Edition,
        Field::AppName,
        Field::CompanyDomain,
        Field::DataAccess,
        Field::AdminFirstName,
        Field::AdminLastName,
        Field::AdminEmail,
        Field::AdminLoginId,
        Field::KnownUsers,
        Field::LoginId,
        Field::FirstName,
        Field::LastName,
        Field::Email,
        Field::Permissions,
        Field::Password,
    ];

    pub fn path(self) -> &'static str {
        match self {
            Field::Edition => "edition",
            Field::AppName => "app_name",
            Field::CompanyDomain => "company_domain",
            Field::DataAccess => "data_access",
            Field::AdminFirstName => "authorizing_admin.first_name",
            Field::AdminLastName => "authorizing_admin.last_name",
            Field::AdminEmail => "authorizing_admin.email",
            Field::AdminLoginId => "authorizing_admin.login_id",
            Field::KnownUsers => "known_users",
            Field::LoginId => "ws_admin.login_id",
            Field::FirstName => "ws_admin.first_name",
            Field::LastName => "ws_admin.last_name",
            Field::Email => "ws_admin.email",
            Field::Permissions => "ws_admin.permissions",
            Field::Password => "password",
        }
    }

    /// The label a person sees for the field.
    pub fn label(self) -> &'static str {
        match self {
            Field::Edition => "Concur edition",
            Field::AppName => "Partner app name",
            Field::CompanyDomain => "Company e-mail domain",
            Field::DataAccess => "Data the app needs",
            Field::AdminFirstName => "Admin's first name",
            Field::AdminLastName => "Admin's last name",
            Field::AdminEmail => "Admin's e-mail",
            Field::AdminLoginId => "Admin's own Login ID",
            Field::KnownUsers => "Known real users",
            Field::LoginId => "Login ID",
            Field::FirstName => "First name",
            Field::LastName => "Last name",
            Field::Email => "E-mail",
            Field::Permissions => "Permissions",
            Field::Password => "Password",
        }
    }

    /// The field's current text, for the fields that hold one line of text.
    pub fn text(self, profile: &Profile) -> Option<&str> {
        let text = match self {
            Field::AppName => &profile.app_name,
            Field::CompanyDomain => return Some(profile.company_domain.as_deref().unwrap_or("")),
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
            Field::Edition
            | Field::DataAccess
            | Field::KnownUsers
            | Field::Permissions
            | Field::Password => return None,
        };
        Some(text)
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.path())
    }
}

/// Why a profile file cannot be used at all (as opposed to a profile with findings).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProfileFileError {
    /// Not JSON, or JSON of the wrong shape; line and column are 1-based.
    Json {
        line: usize,
        column: usize,
        reason: String,
    },
    /// Of the wrong shape, found in an already parsed value.
    Invalid(String),
    NotAnObject,
    UnknownSchema(String),
}

impl fmt::Display for ProfileFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProfileFileError::Json {
                line,
                column,
                reason,
            } => write!(f, "line {line}, column {column}: {reason}"),
            ProfileFileError::Invalid(reason) => f.write_str(reason),
            ProfileFileError::NotAnObject => {
                f.write_str("a profile file must be a JSON object ({ ... })")
            }
            ProfileFileError::UnknownSchema(schema) => write!(
                f,
                "unknown schema {schema:?}: this version reads {PROFILE_SCHEMA:?}"
            ),
        }
    }
}

impl std::error::Error for ProfileFileError {}

impl Profile {
    /// Reads a profile file. Missing text fields read as empty so that the rules, not the
    /// parser, say what is missing; wrong types, unknown fields and unknown editions are
    /// refused with the line and column where they stand.
    pub fn from_json(bytes: &[u8]) -> Result<Profile, ProfileFileError> {
        // A first, untyped pass finds syntax errors and checks the schema before the field
        // types, so that a file of a newer schema is reported as such and not as a typo.
        let value: serde_json::Value = serde_json::from_slice(bytes).map_err(json_error)?;
        check_schema(&value)?;
        // The typed pass reads the bytes again, because only then do errors carry a position.
        let file: ProfileFile = serde_json::from_slice(bytes).map_err(json_error)?;
        Ok(file.into())
    }

    /// Reads a profile already parsed as JSON (a saved draft, a share link). Errors carry
    /// no line and column, since the value has none.
    pub fn from_value(value: serde_json::Value) -> Result<Profile, ProfileFileError> {
        check_schema(&value)?;
        let file = ProfileFile::deserialize(value)
            .map_err(|error| ProfileFileError::Invalid(error.to_string()))?;
        Ok(file.into())
    }

    /// The profile file as a JSON value, `schema` first.
    pub fn to_value(&self) -> serde_json::Value {
        let file = ProfileFileOut {
            schema: PROFILE_SCHEMA,
            profile: self,
        };
        serde_json::to_value(file).expect("a profile always serializes")
    }

    /// Writes the profile file, pretty-printed.
    pub fn to_json(&self) -> String {
        let file = ProfileFileOut {
            schema: PROFILE_SCHEMA,
            profile: self,
        };
        serde_json::to_string_pretty(&file).expect("a profile always serializes")
    }

    /// What a consultant shares with a client before knowing anyone there: the edition, the
    /// app, the company's domain and the data needed, and none of the people.
    pub fn template(&self) -> Profile {
        Profile {
            edition: self.edition,
            app_name: self.app_name.clone(),
            company_domain: self.company_domain.clone(),
            data_access: self.data_access.clone(),
            ..Profile::default()
        }
    }

    /// The WS Admin Login ID before its `@` (all of it when there is none).
    pub fn login_local_part(&self) -> &str {
        self.ws_admin.login_id.split('@').next().unwrap_or_default()
    }

    /// The first label of the company's domain (`acme` for `acme.com`), or "".
    pub fn domain_first_label(&self) -> &str {
        self.effective_domain()
            .and_then(|domain| domain.split('.').next())
            .unwrap_or_default()
    }

    /// The company's e-mail domain: the one given, else the authorizing admin's.
    pub fn effective_domain(&self) -> Option<&str> {
        match self.company_domain.as_deref() {
            Some(domain) if !domain.is_empty() => Some(domain),
            _ => self
                .authorizing_admin
                .email
                .rsplit_once('@')
                .map(|(_, domain)| domain)
                .filter(|domain| !domain.is_empty()),
        }
    }
}

/// The file's top level. serde cannot refuse unknown fields through `flatten`, so the
/// profile's top-level fields are spelled out again here, with `schema` beside them.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfileFile {
    // Checked in the untyped pass; named here so that deny_unknown_fields accepts it.
    #[serde(default, rename = "schema")]
    _schema: Option<serde_json::Value>,
    edition: Edition,
    #[serde(default)]
    app_name: String,
    #[serde(default)]
    company_domain: Option<String>,
    #[serde(default)]
    data_access: Vec<DataKind>,
    #[serde(default)]
    authorizing_admin: AuthorizingAdmin,
    #[serde(default)]
    ws_admin: WsAdminUser,
    #[serde(default)]
    known_users: Vec<String>,
    #[serde(default)]
    password_policy: PasswordPolicy,
}

#[derive(Serialize)]
struct ProfileFileOut<'a> {
    schema: &'static str,
    #[serde(flatten)]
    profile: &'a Profile,
}

impl From<ProfileFile> for Profile {
    fn from(file: ProfileFile) -> Profile {
        Profile {
            edition: file.edition,
            app_name: file.app_name,
            company_domain: file.company_domain,
            data_access: file.data_access,
            authorizing_admin: file.authorizing_admin,
            ws_admin: file.ws_admin,
            known_users: file.known_users,
            password_policy: file.password_policy,
        }
    }
}

fn check_schema(value: &serde_json::Value) -> Result<(), ProfileFileError> {
    let object = value.as_object().ok_or(ProfileFileError::NotAnObject)?;
    match object.get("schema") {
        None => Ok(()),
        Some(schema) if schema.as_str() == Some(PROFILE_SCHEMA) => Ok(()),
        Some(schema) => Err(ProfileFileError::UnknownSchema(match schema.as_str() {
            Some(text) => text.to_owned(),
            None => schema.to_string(),
        })),
    }
}

fn json_error(error: serde_json::Error) -> ProfileFileError {
    ProfileFileError::Json {
        line: error.line(),
        column: error.column(),
        reason: strip_position(&error.to_string()),
    }
}

/// serde_json appends " at line L column C" to its messages; the error carries those apart.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}
