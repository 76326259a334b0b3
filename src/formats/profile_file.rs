//! The profile file (`wsadmin-prep/profile@1`, documented in `docs/formats.md`).

use serde::{Deserialize, Serialize};

use super::json::{self, FormatError, Schema};
use crate::domain::profile::{
    AuthorizingAdmin, Connection, DataCenter, DataKind, Edition, PasswordPolicy, Profile,
    WsAdminUser,
};

/// The schema this version writes and reads.
pub const PROFILE_SCHEMA: &str = "wsadmin-prep/profile@1";
const SCHEMA: Schema = Schema::Optional(PROFILE_SCHEMA);

impl Profile {
    /// Reads a profile file. Missing text fields read as empty so that the rules, not the
    /// parser, say what is missing; wrong types, unknown fields and unknown editions are
    /// refused with the line and column where they stand.
    pub fn from_json(bytes: &[u8]) -> Result<Profile, FormatError> {
        json::read::<ProfileFile>(bytes, SCHEMA).map(Profile::from)
    }

    /// Reads a profile already parsed as JSON (a saved draft, a share link). Errors carry
    /// no line and column, since the value has none.
    pub fn from_value(value: serde_json::Value) -> Result<Profile, FormatError> {
        json::read_value::<ProfileFile>(value, SCHEMA).map(Profile::from)
    }

    /// The profile file as a JSON value, `schema` first.
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self.file()).expect("a profile always serializes")
    }

    /// Writes the profile file, pretty-printed.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&self.file()).expect("a profile always serializes")
    }

    fn file(&self) -> ProfileFileOut<'_> {
        ProfileFileOut {
            schema: PROFILE_SCHEMA,
            profile: self,
        }
    }
}

/// The file's top level. serde cannot refuse unknown fields through `flatten`, so the
/// profile's top-level fields are spelled out again here, with `schema` beside them.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfileFile {
    // Checked before the typed pass; named here so that deny_unknown_fields accepts it.
    #[serde(default, rename = "schema")]
    _schema: Option<serde_json::Value>,
    #[serde(default)]
    connection: Connection,
    edition: Edition,
    #[serde(default)]
    app_name: String,
    #[serde(default)]
    app_id: Option<String>,
    #[serde(default)]
    company_domain: Option<String>,
    #[serde(default)]
    company_name: Option<String>,
    #[serde(default)]
    data_center: Option<DataCenter>,
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
            connection: file.connection,
            edition: file.edition,
            app_name: file.app_name,
            app_id: file.app_id,
            company_domain: file.company_domain,
            company_name: file.company_name.filter(|name| !name.trim().is_empty()),
            data_center: file.data_center,
            data_access: file.data_access,
            authorizing_admin: file.authorizing_admin,
            ws_admin: file.ws_admin,
            known_users: file.known_users,
            password_policy: file.password_policy,
        }
    }
}
