//! The drafts a person keeps in the builder, one per partner app, and how they are saved
//! to the browser's storage. Nothing here is secret: drafts hold profiles, never passwords.

use serde::{Deserialize, Serialize};

use crate::checklist::ChecklistProgress;
use crate::draft::{ChecklistEdit, Draft, ProfileEdit};
use crate::profile::{Profile, ProfileFileError};

/// The schema of the saved workspace.
pub const WORKSPACE_SCHEMA: &str = "wsadmin-prep/drafts@1";

/// All drafts and which one is open. There is always at least one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Workspace {
    drafts: Vec<Draft>,
    current: usize,
}

impl Default for Workspace {
    fn default() -> Self {
        Workspace {
            drafts: vec![Draft::default()],
            current: 0,
        }
    }
}

/// What a person does with the drafts in the builder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkspaceAction {
    Edit(ProfileEdit),
    EditChecklist(ChecklistEdit),
    NewDraft,
    SwitchTo(usize),
    /// Deletes the open draft; the web app asks before sending it.
    DeleteCurrent,
    /// Opens an imported file or a share link as a draft of its own.
    OpenImported(Box<Draft>),
}

/// Why saved drafts could not be restored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreError {
    NotAWorkspace(String),
    UnknownSchema(String),
    BadDraft {
        index: usize,
        error: ProfileFileError,
    },
}

impl std::fmt::Display for RestoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RestoreError::NotAWorkspace(reason) => write!(f, "the saved drafts are damaged: {reason}"),
            RestoreError::UnknownSchema(schema) => write!(
                f,
                "the saved drafts are from another version ({schema:?}); this version reads {WORKSPACE_SCHEMA:?}"
            ),
            RestoreError::BadDraft { index, error } => {
                write!(f, "saved draft {} is damaged: {error}", index + 1)
            }
        }
    }
}

impl Workspace {
    pub fn drafts(&self) -> &[Draft] {
        &self.drafts
    }

    pub fn current_index(&self) -> usize {
        self.current
    }

    pub fn current(&self) -> &Draft {
        &self.drafts[self.current]
    }

    pub fn perform(&mut self, action: WorkspaceAction) {
        match action {
            WorkspaceAction::Edit(edit) => self.apply(edit),
            WorkspaceAction::EditChecklist(edit) => self.drafts[self.current].edit_checklist(edit),
            WorkspaceAction::NewDraft => self.new_draft(),
            WorkspaceAction::SwitchTo(index) => self.switch_to(index),
            WorkspaceAction::DeleteCurrent => self.delete_current(),
            WorkspaceAction::OpenImported(draft) => self.open_imported(*draft),
        }
    }

    /// Applies an edit to the open draft.
    pub fn apply(&mut self, edit: ProfileEdit) {
        self.drafts[self.current].apply(edit);
    }

    /// Opens a fresh draft. An open draft that is still untouched is reused rather than
    /// kept as an empty twin, so nothing typed is ever set aside.
    pub fn new_draft(&mut self) {
        if self.current().is_untouched() {
            return;
        }
        self.drafts.push(Draft::default());
        self.current = self.drafts.len() - 1;
    }

    /// Opens an imported draft as one of its own: the open draft is never replaced.
    pub fn open_imported(&mut self, draft: Draft) {
        if self.current().is_untouched() {
            self.drafts[self.current] = draft;
        } else {
            self.drafts.push(draft);
            self.current = self.drafts.len() - 1;
        }
    }

    pub fn switch_to(&mut self, index: usize) {
        if index < self.drafts.len() {
            self.current = index;
        }
    }

    /// Deletes the open draft (the caller asks the person first) and opens its neighbour.
    pub fn delete_current(&mut self) {
        self.drafts.remove(self.current);
        if self.drafts.is_empty() {
            self.drafts.push(Draft::default());
        }
        self.current = self.current.min(self.drafts.len() - 1);
    }

    /// The workspace as saved to storage.
    pub fn to_storage(&self) -> String {
        let stored = StoredWorkspace {
            schema: WORKSPACE_SCHEMA.to_owned(),
            current: self.current,
            drafts: self
                .drafts
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
        let stored: StoredWorkspace = serde_json::from_str(text)
            .map_err(|error| RestoreError::NotAWorkspace(error.to_string()))?;
        if stored.schema != WORKSPACE_SCHEMA {
            return Err(RestoreError::UnknownSchema(stored.schema));
        }
        let drafts = stored
            .drafts
            .into_iter()
            .enumerate()
            .map(|(index, saved)| {
                let profile = Profile::from_value(saved.profile)
                    .map_err(|error| RestoreError::BadDraft { index, error })?;
                Ok(Draft {
                    profile,
                    known_users_text: saved.known_users_text,
                    checklist: saved.checklist,
                    notice: None,
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        if drafts.is_empty() {
            return Ok(Workspace::default());
        }
        let current = stored.current.min(drafts.len() - 1);
        Ok(Workspace { drafts, current })
    }
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
    use crate::profile::Field;

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
        let restored = Workspace::from_storage(&workspace.to_storage()).unwrap();
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
    fn a_new_draft_reuses_an_untouched_one() {
        let mut workspace = Workspace::default();
        workspace.new_draft();
        assert_eq!(workspace.drafts().len(), 1);
        workspace.apply(typed("Expensify"));
        workspace.new_draft();
        assert_eq!(workspace.drafts().len(), 2);
        assert!(workspace.current().is_untouched());
    }

    #[test]
    fn an_import_never_replaces_typed_work() {
        let mut workspace = Workspace::default();
        workspace.apply(typed("Expensify"));
        let imported = Profile {
            app_name: "TripIt".into(),
            ..Profile::default()
        };
        workspace.open_imported(Draft::from_profile(imported));
        assert_eq!(workspace.drafts()[0].profile.app_name, "Expensify");
        assert_eq!(workspace.current().profile.app_name, "TripIt");
    }

    #[test]
    fn deleting_the_last_draft_leaves_an_empty_one() {
        let mut workspace = Workspace::default();
        workspace.apply(typed("Expensify"));
        workspace.delete_current();
        assert_eq!(workspace.drafts().len(), 1);
        assert!(workspace.current().is_untouched());
    }

    #[test]
    fn damaged_storage_is_refused_with_a_reason() {
        let not_json = Workspace::from_storage("{\"schema\":").unwrap_err();
        assert!(not_json.to_string().contains("damaged"), "{not_json}");
        let newer = Workspace::from_storage(
            r#"{"schema":"wsadmin-prep/drafts@2","current":0,"drafts":[]}"#,
        )
        .unwrap_err();
        assert!(newer.to_string().contains("another version"), "{newer}");
        let bad_draft = Workspace::from_storage(
            r#"{"schema":"wsadmin-prep/drafts@1","current":0,"drafts":[{"profile":{"edition":"gold"}}]}"#,
        )
        .unwrap_err();
        assert!(bad_draft.to_string().contains("draft 1"), "{bad_draft}");
    }
}
