//! The drafts as saved in the browser's local storage: one key per draft
//! (`wsadmin-prep/draft/<id>`, schema `wsadmin-prep/draft@1`), holding the profile, the
//! known-users paste as typed and the checklist's ticks and notes. Never a secret.
//!
//! Versions before drafts had keys of their own saved the whole workspace under one key
//! (`wsadmin-prep/drafts`, schema `wsadmin-prep/drafts@1`); `read_legacy` reads it so that
//! the move to one key per draft loses nothing.

use serde::{Deserialize, Serialize};

use super::json::{self, FormatError, Schema};
use crate::domain::checklist::ChecklistProgress;
use crate::domain::draft::Draft;
use crate::domain::profile::Profile;
use crate::domain::workspace::DraftId;
use crate::i18n::t;

/// Every saved draft's key starts with this; the rest is the draft's identity.
pub const DRAFT_KEY_PREFIX: &str = "wsadmin-prep/draft/";
/// The schema of one saved draft.
pub const DRAFT_SCHEMA: &str = "wsadmin-prep/draft@1";
/// Where versions before per-draft keys saved the whole workspace.
pub const LEGACY_KEY: &str = "wsadmin-prep/drafts";
/// The schema of that whole-workspace save.
pub const LEGACY_SCHEMA: &str = "wsadmin-prep/drafts@1";
/// Damaged saves are moved under keys that start with this, one key each.
pub const SET_ASIDE_PREFIX: &str = "wsadmin-prep/set-aside/";

/// The storage key of a draft.
pub fn draft_key(id: &DraftId) -> String {
    format!("{DRAFT_KEY_PREFIX}{}", id.as_str())
}

/// The draft identity a storage key names, if it is a draft's key.
pub fn draft_id(key: &str) -> Option<DraftId> {
    DraftId::parse(key.strip_prefix(DRAFT_KEY_PREFIX)?)
}

/// One draft as saved, with the times (milliseconds since 1970) that order the list of
/// drafts and choose which one a new tab opens.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedDraft {
    pub draft: Draft,
    pub created_ms: u64,
    pub updated_ms: u64,
}

/// Why a save could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreError {
    /// Written by a newer version of the app, with a schema this version does not know.
    /// It must be left exactly as it is.
    Newer { schema: String },
    /// Not a save this app ever wrote, or cut short.
    Damaged(FormatError),
}

impl std::fmt::Display for RestoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RestoreError::Newer { schema } => f.write_str(&t::restore_newer(schema)),
            RestoreError::Damaged(error) => f.write_str(&t::restore_damaged(error)),
        }
    }
}

/// The text saved for a draft.
pub fn to_storage(saved: &SavedDraft) -> String {
    let stored = StoredDraft {
        schema: DRAFT_SCHEMA.to_owned(),
        created: saved.created_ms,
        updated: saved.updated_ms,
        profile: saved.draft.profile.to_value(),
        known_users_text: saved.draft.known_users_text.clone(),
        checklist: saved.draft.checklist.clone(),
        app_id_from_link: saved.draft.app_id_from_link.clone(),
    };
    serde_json::to_string(&stored).expect("a draft always serializes")
}

/// Reads a saved draft.
pub fn from_storage(text: &str) -> Result<SavedDraft, RestoreError> {
    let stored: StoredDraft = json::read(text.as_bytes(), Schema::Required(DRAFT_SCHEMA))
        .map_err(|error| classify(error, DRAFT_SCHEMA))?;
    let profile = Profile::from_value(stored.profile).map_err(RestoreError::Damaged)?;
    Ok(SavedDraft {
        draft: Draft {
            checklist: stored.checklist,
            known_users_text: stored.known_users_text,
            app_id_from_link: stored.app_id_from_link,
            ..Draft::from_profile(profile)
        },
        created_ms: stored.created,
        updated_ms: stored.updated,
    })
}

/// Reads the whole-workspace save of earlier versions: its drafts in order, and the index
/// of the one that was open.
pub fn read_legacy(text: &str) -> Result<(Vec<Draft>, usize), RestoreError> {
    let stored: LegacyWorkspace = json::read(text.as_bytes(), Schema::Required(LEGACY_SCHEMA))
        .map_err(|error| classify(error, LEGACY_SCHEMA))?;
    let drafts = stored
        .drafts
        .into_iter()
        .map(|saved| {
            let profile = Profile::from_value(saved.profile).map_err(RestoreError::Damaged)?;
            Ok(Draft {
                checklist: saved.checklist,
                known_users_text: saved.known_users_text,
                ..Draft::from_profile(profile)
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok((drafts, stored.current))
}

/// A schema of the same family with a higher version is a newer version's save; anything
/// else that fails to read is damage.
fn classify(error: FormatError, expected: &str) -> RestoreError {
    if let FormatError::UnknownSchema { found, .. } = &error {
        let version = |schema: &str| -> Option<(String, u32)> {
            let (family, version) = schema.rsplit_once('@')?;
            Some((family.to_owned(), version.parse().ok()?))
        };
        if let (Some((family, found_version)), Some((expected_family, expected_version))) =
            (version(found), version(expected))
        {
            if family == expected_family && found_version > expected_version {
                return RestoreError::Newer {
                    schema: found.clone(),
                };
            }
        }
    }
    RestoreError::Damaged(error)
}

#[derive(Serialize, Deserialize)]
struct StoredDraft {
    schema: String,
    created: u64,
    updated: u64,
    profile: serde_json::Value,
    #[serde(default)]
    known_users_text: String,
    #[serde(default)]
    checklist: ChecklistProgress,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    app_id_from_link: Option<String>,
}

#[derive(Deserialize)]
struct LegacyWorkspace {
    current: usize,
    drafts: Vec<LegacyDraft>,
}

#[derive(Deserialize)]
struct LegacyDraft {
    profile: serde_json::Value,
    #[serde(default)]
    known_users_text: String,
    #[serde(default)]
    checklist: ChecklistProgress,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::draft::{ChecklistEdit, ProfileEdit};
    use crate::domain::profile::Field;

    #[test]
    fn a_draft_survives_a_save_and_restore() {
        let mut draft = Draft::default();
        draft.apply(ProfileEdit::SetText(Field::AppName, "Zoë Travel".into()));
        draft.apply(ProfileEdit::SetKnownUsers("jane@acme.com,".into()));
        draft
            .edit_checklist(ChecklistEdit::SetNote {
                id: "create-user".into(),
                note: "done by John".into(),
            })
            .unwrap();
        let saved = SavedDraft {
            draft,
            created_ms: 1_700_000_000_000,
            updated_ms: 1_700_000_000_500,
        };
        let restored = from_storage(&to_storage(&saved)).unwrap();
        assert_eq!(restored, saved);
        assert_eq!(
            restored.draft.checklist.record("create-user").note,
            "done by John"
        );
    }

    #[test]
    fn a_newer_save_is_told_apart_from_a_damaged_one() {
        let newer = from_storage(r#"{"schema":"wsadmin-prep/draft@2","anything":1}"#).unwrap_err();
        assert_eq!(
            newer,
            RestoreError::Newer {
                schema: "wsadmin-prep/draft@2".into()
            }
        );
        assert!(newer.to_string().contains("newer version"), "{newer}");
        for damaged in [
            "{\"schema\":",
            r#"{"schema":"wsadmin-prep/draft@0","created":1,"updated":1,"profile":{}}"#,
            r#"{"schema":"someone-else/draft@9"}"#,
            r#"{"schema":"wsadmin-prep/draft@1","created":1,"updated":1,"profile":{"edition":"gold"}}"#,
        ] {
            let error = from_storage(damaged).unwrap_err();
            assert!(
                matches!(error, RestoreError::Damaged(_)),
                "{damaged}: {error:?}"
            );
            assert!(error.to_string().contains("damaged"), "{error}");
        }
    }

    #[test]
    fn draft_keys_name_only_draft_ids() {
        let id = DraftId::fresh();
        assert_eq!(draft_id(&draft_key(&id)), Some(id));
        assert_eq!(draft_id("wsadmin-prep/drafts"), None);
        assert_eq!(draft_id("wsadmin-prep/draft/../../x"), None);
    }

    #[test]
    fn the_whole_workspace_save_of_earlier_versions_is_read_in_order() {
        let text = std::fs::read_to_string("tests/fixtures/drafts-workspace-v1.json").unwrap();
        let (drafts, current) = read_legacy(&text).unwrap();
        let names: Vec<&str> = drafts.iter().map(|d| d.profile.app_name.as_str()).collect();
        assert_eq!(names, ["Expensify, Inc.", "Zoë Travel"]);
        assert_eq!(current, 1);
        assert_eq!(drafts[0].known_users_text, "jane@acme.com,");
        assert_eq!(
            drafts[0].checklist.record("create-user").note,
            "done by John"
        );
        let newer = read_legacy(r#"{"schema":"wsadmin-prep/drafts@2"}"#).unwrap_err();
        assert!(matches!(newer, RestoreError::Newer { .. }));
    }
}
