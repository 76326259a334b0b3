//! The drafts a person keeps in the builder, one per partner app. Nothing here is secret:
//! drafts hold profiles, never passwords. Their stored form is `formats::drafts_store`.

use super::draft::{merge_returned, ChecklistEdit, Draft, ProfileEdit};

/// A draft's identity: it stays the same across edits, reloads and browser tabs, so that
/// each draft can be saved on its own and two tabs can tell they hold the same one.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DraftId(String);

impl DraftId {
    /// A new identity: 64 random bits, so that drafts created at the same moment in two
    /// tabs never share one.
    pub fn fresh() -> DraftId {
        let mut bytes = [0u8; 8];
        if getrandom::getrandom(&mut bytes).is_err() {
            // Every browser and OS this runs on has a random source; without one, drafts
            // could not be told apart across tabs, so nothing is saved rather than mixed up.
            panic!("no source of random numbers");
        }
        DraftId(bytes.iter().map(|byte| format!("{byte:02x}")).collect())
    }

    /// Reads an identity written by `as_str`: 16 lowercase hexadecimal digits.
    pub fn parse(text: &str) -> Option<DraftId> {
        let valid = text.len() == 16
            && text
                .bytes()
                .all(|byte| byte.is_ascii_digit() || (b'a'..=b'f').contains(&byte));
        valid.then(|| DraftId(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// All drafts and which one is open. There is always at least one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Workspace {
    drafts: Vec<Draft>,
    /// Each draft's identity, in step with `drafts`: every method changes both.
    ids: Vec<DraftId>,
    current: usize,
}

impl Default for Workspace {
    fn default() -> Self {
        Workspace {
            drafts: vec![Draft::default()],
            ids: vec![DraftId::fresh()],
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
    /// Puts a returned copy, merged, in place of the draft it came from, and opens it.
    UpdateReturned(DraftId, Box<Draft>),
}

/// A copy of one of the drafts here that came back in a link or a file: the draft it
/// updates, that draft merged with it, and what the copy changes, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReturnedCopy {
    pub id: DraftId,
    pub title: String,
    pub merged: Draft,
    pub changes: Vec<String>,
    /// Merging would change nothing: the draft here already holds all the copy holds, or
    /// keeps its own values where they differ.
    pub brings_nothing: bool,
}

impl WorkspaceAction {
    /// True for the actions that change what the open draft holds.
    pub fn edits_current(&self) -> bool {
        matches!(
            self,
            WorkspaceAction::Edit(_)
                | WorkspaceAction::EditChecklist(_)
                | WorkspaceAction::OpenImported(_)
                | WorkspaceAction::UpdateReturned(..)
        )
    }
}

impl Workspace {
    /// A workspace of these drafts with `current` open (the last one if it is out of
    /// range); an empty list gives one empty draft.
    pub fn from_drafts(drafts: Vec<Draft>, current: usize) -> Workspace {
        Workspace::from_entries(
            drafts
                .into_iter()
                .map(|draft| (DraftId::fresh(), draft))
                .collect(),
            current,
        )
    }

    /// Like `from_drafts`, for drafts that already have their identities.
    pub fn from_entries(entries: Vec<(DraftId, Draft)>, current: usize) -> Workspace {
        if entries.is_empty() {
            return Workspace::default();
        }
        let current = current.min(entries.len() - 1);
        let (ids, drafts) = entries.into_iter().unzip();
        Workspace {
            drafts,
            ids,
            current,
        }
    }

    pub fn drafts(&self) -> &[Draft] {
        &self.drafts
    }

    /// The drafts with their identities, in the order the person sees them.
    pub fn entries(&self) -> impl Iterator<Item = (&DraftId, &Draft)> {
        self.ids.iter().zip(&self.drafts)
    }

    pub fn current_index(&self) -> usize {
        self.current
    }

    pub fn current(&self) -> &Draft {
        &self.drafts[self.current]
    }

    pub fn current_id(&self) -> &DraftId {
        &self.ids[self.current]
    }

    pub fn get(&self, id: &DraftId) -> Option<&Draft> {
        self.index_of(id).map(|index| &self.drafts[index])
    }

    fn index_of(&self, id: &DraftId) -> Option<usize> {
        self.ids.iter().position(|known| known == id)
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
            WorkspaceAction::UpdateReturned(id, draft) => {
                if let Some(index) = self.index_of(&id) {
                    self.drafts[index] = *draft;
                    self.current = index;
                }
            }
        }
    }

    /// The draft an incoming copy (a link or an imported checklist) came from, if it is
    /// here, merged with it (`draft::merge_returned`).
    pub fn returned_copy(&self, incoming: &Draft) -> Option<ReturnedCopy> {
        let share_id = incoming.checklist.share_id.as_deref()?;
        let index = self
            .drafts
            .iter()
            .position(|draft| draft.checklist.share_id.as_deref() == Some(share_id))?;
        let (merged, changes) = merge_returned(&self.drafts[index], incoming);
        Some(ReturnedCopy {
            id: self.ids[index].clone(),
            title: self.drafts[index].title().to_owned(),
            brings_nothing: merged == self.drafts[index],
            merged,
            changes,
        })
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
        self.push(DraftId::fresh(), Draft::default());
    }

    /// Opens an imported draft as one of its own: the open draft is never replaced.
    pub fn open_imported(&mut self, draft: Draft) {
        if self.current().is_untouched() {
            self.drafts[self.current] = draft;
        } else {
            self.push(DraftId::fresh(), draft);
        }
    }

    fn push(&mut self, id: DraftId, draft: Draft) {
        self.drafts.push(draft);
        self.ids.push(id);
        self.current = self.drafts.len() - 1;
    }

    pub fn switch_to(&mut self, index: usize) {
        if index < self.drafts.len() {
            self.current = index;
        }
    }

    /// Deletes the open draft (the caller asks the person first) and opens its neighbour.
    pub fn delete_current(&mut self) {
        self.remove_at(self.current);
    }

    fn remove_at(&mut self, index: usize) {
        self.drafts.remove(index);
        self.ids.remove(index);
        if self.drafts.is_empty() {
            self.drafts.push(Draft::default());
            self.ids.push(DraftId::fresh());
        }
        if self.current > index {
            self.current -= 1;
        }
        self.current = self.current.min(self.drafts.len() - 1);
    }

    /// Puts a draft saved elsewhere (another tab) in place of the one with its identity,
    /// or adds it at the end; the open draft stays open.
    pub fn put(&mut self, id: DraftId, draft: Draft) {
        match self.index_of(&id) {
            Some(index) => self.drafts[index] = draft,
            None => {
                self.drafts.push(draft);
                self.ids.push(id);
            }
        }
    }

    /// Removes a draft deleted elsewhere; the open draft stays open unless it was the one.
    pub fn remove(&mut self, id: &DraftId) {
        if let Some(index) = self.index_of(id) {
            self.remove_at(index);
        }
    }

    /// Gives a draft a new identity (to keep it as a copy of its own) and opens it.
    pub fn rekey(&mut self, id: &DraftId, new_id: DraftId) {
        if let Some(index) = self.index_of(id) {
            self.ids[index] = new_id;
            self.current = index;
        }
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
    fn draft_ids_are_distinct_and_read_back() {
        let first = DraftId::fresh();
        assert_ne!(first, DraftId::fresh());
        assert_eq!(DraftId::parse(first.as_str()), Some(first));
        assert_eq!(DraftId::parse("../../etc/passwd"), None);
        assert_eq!(DraftId::parse("0123456789ABCDEF"), None);
    }

    #[test]
    fn drafts_from_elsewhere_keep_the_open_draft_open() {
        let mut workspace = Workspace::default();
        workspace.apply(typed("Expensify"));
        let open = workspace.current_id().clone();
        let elsewhere = DraftId::fresh();
        workspace.put(
            elsewhere.clone(),
            Draft::from_profile(Profile {
                app_name: "TripIt".into(),
                ..Profile::default()
            }),
        );
        assert_eq!(workspace.drafts().len(), 2);
        assert_eq!(workspace.current_id(), &open);
        workspace.switch_to(1);
        workspace.remove(&open);
        assert_eq!(workspace.current_id(), &elsewhere);
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
