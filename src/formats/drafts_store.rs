//! The drafts as saved in the browser's storage (`wsadmin-prep/drafts@1`): every draft's
//! profile, its known-users paste as typed, and its checklist ticks. Never a secret.

use serde::{Deserialize, Serialize};

use super::json::{self, FormatError, Schema};
use crate::domain::checklist::ChecklistProgress;
use crate::domain::draft::Draft;
use crate::domain::profile::Profile;
use crate::domain::workspace::Workspace;

/// The schema of the saved workspace.
pub const WORKSPACE_SCHEMA: &str = "wsadmin-prep/drafts@1";

/// Why saved drafts could not be restored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreError {
    /// Not a saved workspace at all, or of another version.
    Workspace(FormatError),
    BadDraft {
        index: usize,
        error: FormatError,
    },
}

impl std::fmt::Display for RestoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RestoreError::Workspace(error @ FormatError::UnknownSchema { .. }) => {
                write!(f, "the saved drafts are from another version ({error})")
            }
            RestoreError::Workspace(error) => write!(f, "the saved drafts are damaged ({error})"),
            RestoreError::BadDraft { index, error } => {
                write!(f, "saved draft {} is damaged: {error}", index + 1)
            }
        }
    }
}

/// The workspace as saved to storage.
pub fn to_storage(workspace: &Workspace) -> String {
    let stored = StoredWorkspace {
        schema: WORKSPACE_SCHEMA.to_owned(),
        current: workspace.current_index(),
        drafts: workspace
            .drafts()
            .iter()
            .map(|draft| StoredDraft {
                profile: draft.profile.to_value(),
                known_users_text: draft.known_users_text.clone(),
                checklist: draft.checklist.clone(),
            })
            .collect(),
    };
    serde_json::to_string(&stored).expect("a workspace always serializes")
}

/// Restores a saved workspace. A damaged one is refused whole, so that the caller can
/// keep it aside instead of overwriting it.
pub fn from_storage(text: &str) -> Result<Workspace, RestoreError> {
    let stored: StoredWorkspace = json::read(text.as_bytes(), Schema::Required(WORKSPACE_SCHEMA))
        .map_err(RestoreError::Workspace)?;
    let drafts = stored
        .drafts
        .into_iter()
        .enumerate()
        .map(|(index, saved)| {
            let profile = Profile::from_value(saved.profile)
                .map_err(|error| RestoreError::BadDraft { index, error })?;
            Ok(Draft {
                checklist: saved.checklist,
                known_users_text: saved.known_users_text,
                ..Draft::from_profile(profile)
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Workspace::from_drafts(drafts, stored.current))
}

#[derive(Serialize, Deserialize)]
struct StoredWorkspace {
    schema: String,
    current: usize,
    drafts: Vec<StoredDraft>,
}

#[derive(Serialize, Deserialize)]
struct StoredDraft {
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
    use crate::domain::workspace::WorkspaceAction;

    fn typed(app: &str) -> ProfileEdit {
        ProfileEdit::SetText(Field::AppName, app.into())
    }

    #[test]
    fn drafts_survive_a_save_and_restore() {
        let mut workspace = Workspace::default();
        workspace.apply(typed("Expensify"));
        workspace.apply(ProfileEdit::SetKnownUsers("jane@acme.com,".into()));
        workspace.perform(WorkspaceAction::EditChecklist(ChecklistEdit::SetNote {
            id: "create-user".into(),
            note: "done by John".into(),
        }));
        workspace.new_draft();
        workspace.apply(typed("TripIt"));
        let restored = from_storage(&to_storage(&workspace)).unwrap();
        assert_eq!(restored.drafts().len(), 2);
        assert_eq!(restored.current_index(), 1);
        assert_eq!(restored.drafts()[0].profile.app_name, "Expensify");
        assert_eq!(restored.drafts()[0].known_users_text, "jane@acme.com,");
        assert_eq!(
            restored.drafts()[0].checklist.record("create-user").note,
            "done by John"
        );
        assert_eq!(restored.current().profile.app_name, "TripIt");
    }

    #[test]
    fn damaged_storage_is_refused_with_a_reason() {
        let not_json = from_storage("{\"schema\":").unwrap_err();
        assert!(not_json.to_string().contains("damaged"), "{not_json}");
        let newer = from_storage(r#"{"schema":"wsadmin-prep/drafts@2","current":0,"drafts":[]}"#)
            .unwrap_err();
        assert!(newer.to_string().contains("another version"), "{newer}");
        let bad_draft = from_storage(
            r#"{"schema":"wsadmin-prep/drafts@1","current":0,"drafts":[{"profile":{"edition":"gold"}}]}"#,
        )
        .unwrap_err();
        assert!(bad_draft.to_string().contains("draft 1"), "{bad_draft}");
    }
}
