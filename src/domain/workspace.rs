//! The drafts a person keeps in the builder, one per partner app. Nothing here is secret:
//! drafts hold profiles, never passwords. Their stored form is `formats::drafts_store`.

use super::draft::{ChecklistEdit, Draft, ProfileEdit};

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

impl Workspace {
    /// A workspace of these drafts with `current` open (the last one if it is out of
    /// range); an empty list gives one empty draft.
    pub fn from_drafts(drafts: Vec<Draft>, current: usize) -> Workspace {
        if drafts.is_empty() {
            return Workspace::default();
        }
        let current = current.min(drafts.len() - 1);
        Workspace { drafts, current }
    }

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
            WorkspaceAction::EditChecklist(edit) => {
                // A refused tick is kept on the draft (`refused_tick`), where the view shows it.
                let _refused = self.drafts[self.current].edit_checklist(edit);
            }
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::profile::{Field, Profile};

    fn typed(app: &str) -> ProfileEdit {
        ProfileEdit::SetText(Field::AppName, app.into())
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
}
