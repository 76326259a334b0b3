//! Share links: the checklist and the profile's non-secret fields, deflated and base64url
//! encoded into the URL fragment (`#…`), which browsers never send to a server.
//!
//! The format is raw DEFLATE (RFC 1951). Natively it is made with `miniz_oxide`; the web app
//! uses the browser's own `CompressionStream("deflate-raw")` instead, which costs its bundle
//! nothing, and calls the halves below around it.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use super::checklist_json::SharedChecklist;
use crate::domain::checklist::ChecklistProgress;
use crate::domain::profile::Profile;
use crate::i18n::t;

/// The fragment's prefix; the digit is the link format's version.
const PREFIX: &str = "checklist=1.";
/// A link's payload is small (under 2 KB for a full profile); anything that inflates past
/// this is not one of ours, and is refused before it can use much memory.
pub const MAX_INFLATED_BYTES: usize = 64 * 1024;

/// Why a link could not be opened. Each names the problem for the person who clicked it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    NotAChecklistLink,
    NewerVersion(String),
    Damaged(String),
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LinkError::NotAChecklistLink => f.write_str(&t::link_not_checklist()),
            LinkError::NewerVersion(version) => f.write_str(&t::link_newer_version(version)),
            LinkError::Damaged(reason) => f.write_str(&t::link_damaged(reason)),
        }
    }
}

/// The fragment (without `#`) for a checklist.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode(profile: &Profile, ticks: &ChecklistProgress) -> String {
    fragment_from_deflated(&miniz_oxide::deflate::compress_to_vec(
        &payload(profile, ticks),
        9,
    ))
}

/// Reads a fragment (with or without its `#`).
#[cfg(not(target_arch = "wasm32"))]
pub fn decode(fragment: &str) -> Result<(Profile, ChecklistProgress), LinkError> {
    let deflated = deflated_from_fragment(fragment)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_INFLATED_BYTES)
        .map_err(|_| not_deflate())?;
    read_payload(&json)
}

/// The link's content before compression: JSON of the profile, route and records.
pub fn payload(profile: &Profile, ticks: &ChecklistProgress) -> Vec<u8> {
    serde_json::to_vec(&SharedChecklist::new(profile, ticks))
        .expect("a checklist always serializes")
}

/// The fragment for an already deflated payload.
pub fn fragment_from_deflated(deflated: &[u8]) -> String {
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(deflated))
}

/// Is this fragment meant for us at all? Other fragments are left alone.
pub fn is_checklist_link(fragment: &str) -> bool {
    fragment.trim_start_matches('#').starts_with("checklist=")
}

/// The deflated payload of a fragment, after checking that the link is ours and of a
/// version this build reads.
pub fn deflated_from_fragment(fragment: &str) -> Result<Vec<u8>, LinkError> {
    let fragment = fragment.trim_start_matches('#');
    let Some(rest) = fragment.strip_prefix("checklist=") else {
        return Err(LinkError::NotAChecklistLink);
    };
    let Some((version, payload)) = rest.split_once('.') else {
        return Err(LinkError::Damaged("no version".into()));
    };
    if version != "1" {
        return match version.parse::<u32>() {
            Ok(_) => Err(LinkError::NewerVersion(version.to_owned())),
            Err(_) => Err(LinkError::Damaged("unreadable version".into())),
        };
    }
    URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| LinkError::Damaged(t::link_not_base64()))
}

/// The error for data that does not inflate, or inflates past the limit.
pub fn not_deflate() -> LinkError {
    LinkError::Damaged(t::link_not_deflate())
}

/// Reads an inflated payload.
pub fn read_payload(json: &[u8]) -> Result<(Profile, ChecklistProgress), LinkError> {
    let shared: SharedChecklist = serde_json::from_slice(json)
        .map_err(|error| LinkError::Damaged(t::link_not_checklist_data(&error)))?;
    super::json::refuse_duplicate_keys(json)
        .map_err(|error| LinkError::Damaged(t::link_not_checklist_data(&error)))?;
    shared
        .read()
        .map_err(|error| LinkError::Damaged(error.to_string()))
}
