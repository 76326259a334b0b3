//! The drafts as one browser tab holds them, kept in step with the browser's storage and
//! with other tabs of the app.
//!
//! Each draft is saved under a key of its own (`formats::drafts_store`), so saving one
//! draft never rewrites another. A tab remembers the text it last read or wrote for each
//! draft; before it writes a draft it checks that the stored text is still that one, so a
//! tab never saves over a version it has not seen. When another tab changes a draft this
//! tab has been editing, neither wins silently: saving it waits until the person chooses
//! to load the other version or keep their own as a separate draft. Drafts this tab has
//! not edited simply follow the other tabs.
//!
//! Plain Rust over `DraftStorage`, so every scenario (two tabs, a full disk, a newer
//! version's save) is tested natively with `MemoryStorage`.

use crate::domain::draft::Draft;
use crate::domain::workspace::{DraftId, Workspace, WorkspaceAction};
use crate::formats::drafts_store::{
    self, draft_id, draft_key, RestoreError, SavedDraft, LEGACY_KEY, SET_ASIDE_PREFIX,
};
use crate::i18n::{m, t};

/// A map kept as a list. A person keeps a handful of drafts, and the standard maps cost the
/// first load about 25 KB of code; a list costs almost none.
#[derive(Clone, Debug)]
struct ListMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for ListMap<K, V> {
    fn default() -> Self {
        ListMap(Vec::new())
    }
}

impl<K: PartialEq, V> ListMap<K, V> {
    fn get<Q: PartialEq<K> + ?Sized>(&self, key: &Q) -> Option<&V> {
        self.0
            .iter()
            .find(|(known, _)| key == known)
            .map(|(_, value)| value)
    }

    fn contains_key<Q: PartialEq<K> + ?Sized>(&self, key: &Q) -> bool {
        self.get(key).is_some()
    }

    fn insert(&mut self, key: K, value: V) {
        match self.0.iter_mut().find(|(known, _)| *known == key) {
            Some((_, old)) => *old = value,
            None => self.0.push((key, value)),
        }
    }

    fn remove<Q: PartialEq<K> + ?Sized>(&mut self, key: &Q) -> Option<V> {
        let index = self.0.iter().position(|(known, _)| key == known)?;
        Some(self.0.remove(index).1)
    }

    fn keys(&self) -> impl Iterator<Item = &K> {
        self.0.iter().map(|(key, _)| key)
    }

    fn len(&self) -> usize {
        self.0.len()
    }
}

/// The browser refused to store a value (quota exceeded, storage disabled).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refused;

/// A key-value store shaped like the browser's `localStorage`.
pub trait DraftStorage {
    fn get(&self, key: &str) -> Option<String>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused>;
    fn remove(&mut self, key: &str);
    fn keys(&self) -> Vec<String>;
}

/// Storage in memory: what the app uses when the browser gives it none, and what the
/// native tests share between "tabs". `capacity` (bytes of keys and values) makes it refuse
/// writes as a full disk does.
#[derive(Clone, Debug, Default)]
pub struct MemoryStorage {
    items: ListMap<String, String>,
    pub capacity: Option<usize>,
}

impl DraftStorage for MemoryStorage {
    fn get(&self, key: &str) -> Option<String> {
        self.items.get(key).cloned()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        if let Some(capacity) = self.capacity {
            let others: usize = self
                .items
                .0
                .iter()
                .filter(|(known, _)| known.as_str() != key)
                .map(|(known, text)| known.len() + text.len())
                .sum();
            if others + key.len() + value.len() > capacity {
                return Err(Refused);
            }
        }
        self.items.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) {
        self.items.remove(key);
    }

    fn keys(&self) -> Vec<String> {
        self.items.keys().cloned().collect()
    }
}

/// What the person does that the tab's storage takes part in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TabAction {
    Workspace(WorkspaceAction),
    /// Another tab or window changed the storage.
    StorageChanged,
    /// For the open draft in conflict: take the version saved elsewhere (or, if it was
    /// deleted there, close it here).
    TakeTheirs,
    /// For the open draft in conflict: keep this tab's version as a draft of its own, and
    /// take the version saved elsewhere under the original.
    KeepMineAsCopy,
}

/// Why a draft's saving waits for the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conflict {
    ChangedElsewhere,
    DeletedElsewhere,
    /// Another tab runs a newer version of the app, which saved this draft in a form this
    /// version cannot read.
    ChangedByNewerVersion,
}

/// Whether the drafts are being kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saving {
    Saved,
    /// The last write was refused (storage full); the drafts live in this tab only until a
    /// write succeeds again.
    Refused,
    /// The browser gives the page no storage (private mode, storage disabled, a local file
    /// on some browsers): drafts last as long as the tab.
    Unavailable,
}

/// What this tab last read or wrote for a draft.
#[derive(Clone, Debug)]
struct Known {
    text: String,
    draft: Draft,
    created_ms: u64,
}

/// The tab's drafts and what it knows of their saved copies.
#[derive(Clone, Debug)]
pub struct TabDrafts {
    workspace: Workspace,
    known: ListMap<DraftId, Known>,
    /// Drafts edited in this tab since it last took a version from elsewhere.
    edited_here: ListMap<DraftId, ()>,
    conflicts: ListMap<DraftId, Conflict>,
    /// Keys of saves written by a newer version of the app: never written or moved here.
    newer: ListMap<String, ()>,
    saving: Saving,
    /// What the person should be told about their saved drafts at start-up.
    load_problems: Vec<String>,
}

impl TabDrafts {
    /// The drafts in storage, moved from the whole-workspace save of earlier versions if
    /// there is one, with `open` (the draft this tab had open before a reload) or else the
    /// most recently changed draft open. A damaged save is set aside under a key of its own.
    pub fn load(
        store: &mut dyn DraftStorage,
        available: bool,
        open: Option<&DraftId>,
        now_ms: u64,
    ) -> TabDrafts {
        let mut load_problems = Vec::new();
        let mut newer = ListMap::default();
        let mut found: Vec<(DraftId, SavedDraft, Option<String>)> = Vec::new();
        for key in store.keys() {
            let (Some(id), Some(text)) = (draft_id(&key), store.get(&key)) else {
                continue;
            };
            match drafts_store::from_storage(&text) {
                Ok(saved) => found.push((id, saved, Some(text))),
                Err(RestoreError::Newer { .. }) => {
                    newer.insert(key, ());
                }
                Err(error @ RestoreError::Damaged(_)) => {
                    load_problems.push(set_aside(store, &key, &text, &error, now_ms))
                }
            }
        }
        if let Some(text) = store.get(LEGACY_KEY) {
            match drafts_store::read_legacy(&text) {
                Ok((drafts, open_then)) => {
                    if let Some(problem) = migrate(store, drafts, open_then, &mut found, now_ms) {
                        load_problems.push(problem);
                    }
                }
                Err(RestoreError::Newer { .. }) => {
                    newer.insert(LEGACY_KEY.to_owned(), ());
                }
                Err(error @ RestoreError::Damaged(_)) => {
                    load_problems.push(set_aside(store, LEGACY_KEY, &text, &error, now_ms))
                }
            }
        }
        // Identities are unique, so an unstable sort gives one order (and less code).
        found.sort_unstable_by(|(a_id, a, _), (b_id, b, _)| {
            (a.created_ms, a_id).cmp(&(b.created_ms, b_id))
        });
        let most_recent = found
            .iter()
            .enumerate()
            .max_by(|(_, (_, a, _)), (_, (_, b, _))| a.updated_ms.cmp(&b.updated_ms))
            .map_or(0, |(index, _)| index);
        let current = open
            .and_then(|open| found.iter().position(|(id, _, _)| id == open))
            .unwrap_or(most_recent);
        let mut known = ListMap::default();
        let mut entries = Vec::new();
        for (id, saved, text) in found {
            if let Some(text) = text {
                known.insert(
                    id.clone(),
                    Known {
                        text,
                        draft: saved.draft.clone(),
                        created_ms: saved.created_ms,
                    },
                );
            }
            entries.push((id, saved.draft));
        }
        let mut tab = TabDrafts {
            workspace: Workspace::from_entries(entries, current),
            known,
            edited_here: ListMap::default(),
            conflicts: ListMap::default(),
            newer,
            saving: if available {
                Saving::Saved
            } else {
                Saving::Unavailable
            },
            load_problems,
        };
        // Drafts whose move from the old layout was refused are written as soon as they can be.
        tab.save(store, now_ms);
        tab
    }

    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    /// The open draft's conflict, if saving it waits for the person.
    pub fn conflict(&self) -> Option<Conflict> {
        self.conflicts.get(self.workspace.current_id()).copied()
    }

    /// How many saves a newer version of the app wrote; this version leaves them alone.
    pub fn newer_saves(&self) -> usize {
        self.newer.len()
    }

    pub fn saving(&self) -> Saving {
        self.saving
    }

    pub fn load_problems(&self) -> &[String] {
        &self.load_problems
    }

    pub fn perform(&mut self, action: TabAction, store: &mut dyn DraftStorage, now_ms: u64) {
        match action {
            TabAction::Workspace(action) => {
                if action.edits_current() {
                    // An import may land in a new draft: the draft edited is the one open after.
                    self.workspace.perform(action);
                    self.edited_here
                        .insert(self.workspace.current_id().clone(), ());
                } else {
                    self.workspace.perform(action);
                }
            }
            TabAction::StorageChanged => self.refresh(store),
            TabAction::TakeTheirs => {
                let id = self.workspace.current_id().clone();
                if self.conflicts.remove(&id).is_some() {
                    self.take_theirs(store, &id);
                }
            }
            TabAction::KeepMineAsCopy => {
                let id = self.workspace.current_id().clone();
                if self.conflicts.remove(&id).is_some() {
                    let copy = DraftId::fresh();
                    self.workspace.rekey(&id, copy.clone());
                    self.edited_here.insert(copy, ());
                    self.take_theirs(store, &id);
                }
            }
        }
        self.save(store, now_ms);
    }

    /// Writes every draft whose work differs from what this tab last saw stored, unless it
    /// was changed elsewhere since, and removes the saves of drafts deleted here.
    fn save(&mut self, store: &mut dyn DraftStorage, now_ms: u64) {
        let mut refused = false;
        for (id, draft) in self.workspace.entries() {
            if self.conflicts.contains_key(id) {
                continue;
            }
            let known = self.known.get(id);
            match known {
                Some(known) if known.draft.same_work(draft) => continue,
                // A draft nobody has typed in is not worth a key: every new tab starts one.
                None if draft.is_untouched() => continue,
                _ => {}
            }
            let key = draft_key(id);
            let stored = store.get(&key);
            if stored.as_deref() != known.map(|known| known.text.as_str()) {
                let conflict = match stored {
                    None => Conflict::DeletedElsewhere,
                    Some(_) => Conflict::ChangedElsewhere,
                };
                self.conflicts.insert(id.clone(), conflict);
                continue;
            }
            let created_ms = known.map_or(now_ms, |known| known.created_ms);
            let text = drafts_store::to_storage(&SavedDraft {
                draft: draft.clone(),
                created_ms,
                updated_ms: now_ms,
            });
            match store.set(&key, &text) {
                Ok(()) => {
                    self.known.insert(
                        id.clone(),
                        Known {
                            text,
                            draft: draft.clone(),
                            created_ms,
                        },
                    );
                }
                Err(Refused) => refused = true,
            }
        }
        let deleted_here: Vec<DraftId> = self
            .known
            .keys()
            .filter(|id| self.workspace.get(id).is_none())
            .cloned()
            .collect();
        for id in deleted_here {
            let key = draft_key(&id);
            // A version saved elsewhere since is not this tab's to delete.
            if store.get(&key) == self.known.get(&id).map(|known| known.text.clone()) {
                store.remove(&key);
            }
            self.known.remove(&id);
        }
        // A deleted draft has nothing left to ask about or to hold.
        let workspace = &self.workspace;
        self.conflicts
            .0
            .retain(|(id, _)| workspace.get(id).is_some());
        self.edited_here
            .0
            .retain(|(id, _)| workspace.get(id).is_some());
        if self.saving != Saving::Unavailable {
            self.saving = if refused {
                Saving::Refused
            } else {
                Saving::Saved
            };
        }
    }

    /// Takes in what other tabs saved: new drafts join the list, drafts this tab is not
    /// working on follow, and drafts it is working on are left to the person.
    fn refresh(&mut self, store: &dyn DraftStorage) {
        let mut stored_ids = Vec::new();
        for key in store.keys() {
            let Some(id) = draft_id(&key) else { continue };
            stored_ids.push(id.clone());
            let Some(text) = store.get(&key) else {
                continue;
            };
            if self.known.get(&id).is_some_and(|known| known.text == text) {
                continue;
            }
            match drafts_store::from_storage(&text) {
                Ok(saved) => self.arrived(id, text, saved),
                Err(RestoreError::Newer { .. }) => {
                    self.newer.insert(key, ());
                    if self.in_use(&id) {
                        self.conflicts.insert(id, Conflict::ChangedByNewerVersion);
                    } else {
                        self.workspace.remove(&id);
                        self.known.remove(&id);
                    }
                }
                // Another tab's damaged write is set aside by the next tab that loads.
                Err(RestoreError::Damaged(_)) => {}
            }
        }
        let gone: Vec<DraftId> = self
            .known
            .keys()
            .filter(|id| !stored_ids.contains(*id))
            .cloned()
            .collect();
        for id in gone {
            if self.in_use(&id) {
                self.conflicts.insert(id, Conflict::DeletedElsewhere);
            } else {
                self.workspace.remove(&id);
                self.known.remove(&id);
            }
        }
    }

    fn arrived(&mut self, id: DraftId, text: String, saved: SavedDraft) {
        let known = Known {
            text,
            draft: saved.draft.clone(),
            created_ms: saved.created_ms,
        };
        match self.workspace.get(&id) {
            Some(local) if local.same_work(&saved.draft) => {
                self.conflicts.remove(&id);
                self.known.insert(id, known);
            }
            Some(_) if self.in_use(&id) => {
                self.conflicts.insert(id, Conflict::ChangedElsewhere);
            }
            _ => {
                self.workspace.put(id.clone(), saved.draft);
                self.edited_here.remove(&id);
                self.known.insert(id, known);
            }
        }
    }

    /// True when taking another tab's version of a draft would change something the person
    /// is working on here: the open draft they edited, unsaved edits, or an open conflict.
    fn in_use(&self, id: &DraftId) -> bool {
        let open_and_edited =
            self.workspace.current_id() == id && self.edited_here.contains_key(id);
        let unsaved = match (self.workspace.get(id), self.known.get(id)) {
            (Some(local), Some(known)) => !known.draft.same_work(local),
            (Some(_), None) => true,
            (None, _) => false,
        };
        open_and_edited || unsaved || self.conflicts.contains_key(id)
    }

    /// Puts the stored version of `id` in the workspace, or removes the draft if there is
    /// none this version can read.
    fn take_theirs(&mut self, store: &dyn DraftStorage, id: &DraftId) {
        self.edited_here.remove(id);
        let stored = store.get(&draft_key(id));
        match stored.map(|text| (drafts_store::from_storage(&text), text)) {
            Some((Ok(saved), text)) => {
                self.known.insert(
                    id.clone(),
                    Known {
                        text,
                        draft: saved.draft.clone(),
                        created_ms: saved.created_ms,
                    },
                );
                self.workspace.put(id.clone(), saved.draft);
            }
            _ => {
                self.known.remove(id);
                self.workspace.remove(id);
            }
        }
    }
}

/// Writes the drafts of the whole-workspace save as drafts of their own, skipping those
/// already saved, and removes the old key once every one is written. Drafts that could not
/// be written are still opened, and saved as soon as storage allows.
fn migrate(
    store: &mut dyn DraftStorage,
    drafts: Vec<Draft>,
    open_then: usize,
    found: &mut Vec<(DraftId, SavedDraft, Option<String>)>,
    now_ms: u64,
) -> Option<String> {
    let mut all_written = true;
    for (index, draft) in drafts.into_iter().enumerate() {
        let already_saved = found
            .iter()
            .any(|(_, saved, _)| saved.draft.same_work(&draft));
        if draft.is_untouched() || already_saved {
            continue;
        }
        let id = DraftId::fresh();
        // Created in their old order; the draft that was open is the most recent.
        let saved = SavedDraft {
            draft,
            created_ms: now_ms + index as u64,
            updated_ms: if index == open_then {
                now_ms + 1
            } else {
                now_ms
            },
        };
        let text = drafts_store::to_storage(&saved);
        let written = store.set(&draft_key(&id), &text).is_ok();
        all_written &= written;
        found.push((id, saved, written.then_some(text)));
    }
    if all_written {
        store.remove(LEGACY_KEY);
        None
    } else {
        Some(m::LEGACY_NOT_MOVED.text())
    }
}

/// Moves a save that cannot be read under a key of its own that no earlier set-aside has,
/// and says where it went.
fn set_aside(
    store: &mut dyn DraftStorage,
    key: &str,
    text: &str,
    error: &RestoreError,
    now_ms: u64,
) -> String {
    let aside = (0..)
        .map(|n| format!("{SET_ASIDE_PREFIX}{now_ms}-{n}"))
        .find(|aside| store.get(aside).is_none())
        .expect("some key is free");
    match store.set(&aside, text) {
        Ok(()) => {
            store.remove(key);
            t::draft_set_aside(error, &format!("\"{aside}\""))
        }
        Err(Refused) => t::draft_left_as_is(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::draft::{ChecklistEdit, ProfileEdit};
    use crate::domain::profile::Field;
    use std::collections::BTreeSet;

    fn open(store: &mut MemoryStorage, now_ms: u64) -> TabDrafts {
        TabDrafts::load(store, true, None, now_ms)
    }

    fn type_app(tab: &mut TabDrafts, store: &mut MemoryStorage, name: &str, now_ms: u64) {
        let edit = ProfileEdit::SetText(Field::AppName, name.into());
        tab.perform(
            TabAction::Workspace(WorkspaceAction::Edit(edit)),
            store,
            now_ms,
        );
    }

    fn titles(tab: &TabDrafts) -> Vec<String> {
        tab.workspace().drafts().iter().map(Draft::title).collect()
    }

    fn set_of(titles: &[&str]) -> BTreeSet<String> {
        titles.iter().map(|title| (*title).to_owned()).collect()
    }

    fn stored_titles(store: &MemoryStorage) -> BTreeSet<String> {
        store
            .keys()
            .iter()
            .filter(|key| draft_id(key).is_some())
            .map(|key| {
                let saved = drafts_store::from_storage(&store.get(key).unwrap()).unwrap();
                saved.draft.title().to_owned()
            })
            .collect()
    }

    #[test]
    fn drafts_made_in_three_tabs_are_all_kept() {
        let mut store = MemoryStorage::default();
        let mut a = open(&mut store, 1);
        type_app(&mut a, &mut store, "Expensify", 2);
        let mut b = open(&mut store, 3);
        assert_eq!(titles(&b), ["Expensify"]);
        b.perform(
            TabAction::Workspace(WorkspaceAction::NewDraft),
            &mut store,
            4,
        );
        type_app(&mut b, &mut store, "TripIt", 5);
        // Tab A types again without having heard of tab B's draft.
        type_app(&mut a, &mut store, "Expensify, Inc.", 6);
        let c = open(&mut store, 7);
        assert_eq!(titles(&c), ["Expensify, Inc.", "TripIt"]);
        // A new tab opens the draft changed last.
        assert_eq!(c.workspace().current().title(), "Expensify, Inc.");
        // Tab A hears of tab B's draft and lists it.
        a.perform(TabAction::StorageChanged, &mut store, 8);
        assert_eq!(titles(&a), ["Expensify, Inc.", "TripIt"]);
        assert_eq!(a.workspace().current().title(), "Expensify, Inc.");
    }

    #[test]
    fn an_untouched_draft_is_not_saved() {
        let mut store = MemoryStorage::default();
        let mut a = open(&mut store, 1);
        a.perform(TabAction::StorageChanged, &mut store, 2);
        assert!(store.keys().is_empty(), "{:?}", store.keys());
        assert_eq!(a.saving(), Saving::Saved);
    }

    #[test]
    fn a_tab_that_only_looks_at_a_draft_follows_the_tab_editing_it() {
        let mut store = MemoryStorage::default();
        let mut a = open(&mut store, 1);
        type_app(&mut a, &mut store, "Expensify", 2);
        let mut b = open(&mut store, 3);
        type_app(&mut a, &mut store, "Expensify, Inc.", 4);
        b.perform(TabAction::StorageChanged, &mut store, 5);
        assert_eq!(b.conflict(), None);
        assert_eq!(b.workspace().current().title(), "Expensify, Inc.");
    }

    /// Tabs A and B both edit the same draft: A learns of B's change.
    fn edited_in_two_tabs(store: &mut MemoryStorage) -> TabDrafts {
        let mut a = open(store, 1);
        type_app(&mut a, store, "Expensify", 2);
        let mut b = open(store, 3);
        b.perform(
            TabAction::Workspace(WorkspaceAction::EditChecklist(ChecklistEdit::SetNote {
                id: "create-user".into(),
                note: "B creates it".into(),
            })),
            store,
            4,
        );
        a.perform(TabAction::StorageChanged, store, 5);
        a
    }

    #[test]
    fn the_same_draft_edited_in_two_tabs_waits_for_the_person() {
        let mut store = MemoryStorage::default();
        let mut a = edited_in_two_tabs(&mut store);
        assert_eq!(a.conflict(), Some(Conflict::ChangedElsewhere));
        // A keeps typing; nothing A types is saved over B's version until the person chooses.
        type_app(&mut a, &mut store, "Expensify, Inc.", 6);
        assert_eq!(stored_titles(&store), set_of(&["Expensify"]));
        assert_eq!(a.workspace().current().title(), "Expensify, Inc.");
        a.perform(TabAction::KeepMineAsCopy, &mut store, 7);
        assert_eq!(a.conflict(), None);
        assert_eq!(titles(&a), ["Expensify, Inc.", "Expensify"]);
        assert_eq!(a.workspace().current().title(), "Expensify, Inc.");
        assert_eq!(
            stored_titles(&store),
            set_of(&["Expensify", "Expensify, Inc."])
        );
        // B's note is on the original, in storage and in A's list.
        let original = &a.workspace().drafts()[1];
        assert_eq!(
            original.checklist.record("create-user").note,
            "B creates it"
        );
    }

    #[test]
    fn taking_the_other_tabs_version_replaces_this_tabs() {
        let mut store = MemoryStorage::default();
        let mut a = edited_in_two_tabs(&mut store);
        a.perform(TabAction::TakeTheirs, &mut store, 6);
        assert_eq!(a.conflict(), None);
        assert_eq!(titles(&a), ["Expensify"]);
        let draft = a.workspace().current();
        assert_eq!(draft.checklist.record("create-user").note, "B creates it");
        // A is in step again: its next edit saves.
        type_app(&mut a, &mut store, "Expensify, Inc.", 7);
        assert_eq!(stored_titles(&store), set_of(&["Expensify, Inc."]));
    }

    #[test]
    fn deleting_a_draft_in_conflict_leaves_the_other_tabs_version() {
        let mut store = MemoryStorage::default();
        let mut a = edited_in_two_tabs(&mut store);
        a.perform(
            TabAction::Workspace(WorkspaceAction::DeleteCurrent),
            &mut store,
            6,
        );
        assert_eq!(
            a.conflict(),
            None,
            "the fresh draft opened after it has no conflict"
        );
        assert_eq!(stored_titles(&store), set_of(&["Expensify"]));
        // The other tab's version comes back into this tab's list when it next looks.
        a.perform(TabAction::StorageChanged, &mut store, 7);
        assert!(
            titles(&a).iter().any(|title| title == "Expensify"),
            "{:?}",
            titles(&a)
        );
    }

    #[test]
    fn a_save_over_a_version_this_tab_has_not_seen_is_refused() {
        let mut store = MemoryStorage::default();
        let mut a = open(&mut store, 1);
        type_app(&mut a, &mut store, "Expensify", 2);
        let mut b = open(&mut store, 3);
        // Both type before either hears of the other.
        type_app(&mut b, &mut store, "Expensify B", 4);
        type_app(&mut a, &mut store, "Expensify A", 5);
        assert_eq!(a.conflict(), Some(Conflict::ChangedElsewhere));
        assert_eq!(stored_titles(&store), set_of(&["Expensify B"]));
    }

    #[test]
    fn a_draft_deleted_elsewhere_leaves_a_tab_working_on_it_to_choose() {
        let mut store = MemoryStorage::default();
        let mut a = open(&mut store, 1);
        type_app(&mut a, &mut store, "Expensify", 2);
        let mut b = open(&mut store, 3);
        b.perform(
            TabAction::Workspace(WorkspaceAction::DeleteCurrent),
            &mut store,
            4,
        );
        assert!(stored_titles(&store).is_empty());
        a.perform(TabAction::StorageChanged, &mut store, 5);
        assert_eq!(a.conflict(), Some(Conflict::DeletedElsewhere));
        a.perform(TabAction::KeepMineAsCopy, &mut store, 6);
        assert_eq!(titles(&a), ["Expensify"]);
        assert_eq!(stored_titles(&store), set_of(&["Expensify"]));
        // A tab not working on it lets it go.
        let mut c = open(&mut store, 7);
        a.perform(
            TabAction::Workspace(WorkspaceAction::DeleteCurrent),
            &mut store,
            8,
        );
        c.perform(TabAction::StorageChanged, &mut store, 9);
        assert_eq!(c.conflict(), None);
        assert_eq!(titles(&c), ["Untitled profile"]);
    }

    #[test]
    fn the_whole_workspace_save_moves_to_one_key_per_draft_once() {
        let legacy = std::fs::read_to_string("tests/fixtures/drafts-workspace-v1.json").unwrap();
        let mut store = MemoryStorage::default();
        store.set(LEGACY_KEY, &legacy).unwrap();
        let tab = open(&mut store, 100);
        assert_eq!(titles(&tab), ["Expensify, Inc.", "Zoë Travel"]);
        assert_eq!(tab.workspace().current().title(), "Zoë Travel");
        let first = &tab.workspace().drafts()[0];
        assert_eq!(first.known_users_text, "jane@acme.com,");
        assert_eq!(first.checklist.record("create-user").note, "done by John");
        assert!(tab.load_problems().is_empty(), "{:?}", tab.load_problems());
        assert_eq!(store.get(LEGACY_KEY), None);
        assert_eq!(store.keys().len(), 2);
        // A tab still running the earlier version writes its workspace again: the next load
        // moves it without doubling the drafts it already moved.
        store.set(LEGACY_KEY, &legacy).unwrap();
        let again = open(&mut store, 200);
        assert_eq!(titles(&again), ["Expensify, Inc.", "Zoë Travel"]);
        assert_eq!(store.keys().len(), 2);
    }

    #[test]
    fn a_move_refused_by_a_full_storage_keeps_the_old_save_and_opens_the_drafts() {
        let legacy = std::fs::read_to_string("tests/fixtures/drafts-workspace-v1.json").unwrap();
        let mut store = MemoryStorage::default();
        store.set(LEGACY_KEY, &legacy).unwrap();
        store.capacity = Some(legacy.len() + 100);
        let tab = open(&mut store, 100);
        assert_eq!(titles(&tab), ["Expensify, Inc.", "Zoë Travel"]);
        assert_eq!(store.get(LEGACY_KEY).as_deref(), Some(legacy.as_str()));
        assert_eq!(tab.saving(), Saving::Refused);
        assert!(
            tab.load_problems()[0].contains("could not be moved"),
            "{:?}",
            tab.load_problems()
        );
    }

    #[test]
    fn a_newer_versions_saves_are_never_written_or_moved() {
        let newer_draft = r#"{"schema":"wsadmin-prep/draft@2","title":"From the future"}"#;
        let newer_key = draft_key(&DraftId::fresh());
        let newer_legacy = r#"{"schema":"wsadmin-prep/drafts@7"}"#;
        let mut store = MemoryStorage::default();
        store.set(&newer_key, newer_draft).unwrap();
        store.set(LEGACY_KEY, newer_legacy).unwrap();
        let mut tab = open(&mut store, 1);
        assert_eq!(tab.newer_saves(), 2);
        assert_eq!(titles(&tab), ["Untitled profile"]);
        type_app(&mut tab, &mut store, "Expensify", 2);
        tab.perform(
            TabAction::Workspace(WorkspaceAction::DeleteCurrent),
            &mut store,
            3,
        );
        assert_eq!(store.get(&newer_key).as_deref(), Some(newer_draft));
        assert_eq!(store.get(LEGACY_KEY).as_deref(), Some(newer_legacy));
    }

    #[test]
    fn a_draft_a_newer_version_rewrites_under_a_tab_editing_it_is_left_to_the_person() {
        let mut store = MemoryStorage::default();
        let mut a = open(&mut store, 1);
        type_app(&mut a, &mut store, "Expensify", 2);
        let key = draft_key(a.workspace().current_id());
        store
            .set(&key, r#"{"schema":"wsadmin-prep/draft@2"}"#)
            .unwrap();
        a.perform(TabAction::StorageChanged, &mut store, 3);
        assert_eq!(a.conflict(), Some(Conflict::ChangedByNewerVersion));
        assert_eq!(a.newer_saves(), 1);
        a.perform(TabAction::KeepMineAsCopy, &mut store, 4);
        assert_eq!(
            store.get(&key).as_deref(),
            Some(r#"{"schema":"wsadmin-prep/draft@2"}"#)
        );
        assert_eq!(titles(&a), ["Expensify"]);
        assert_eq!(stored_titles_skipping_newer(&store), ["Expensify"]);
    }

    fn stored_titles_skipping_newer(store: &MemoryStorage) -> Vec<String> {
        store
            .keys()
            .iter()
            .filter_map(|key| drafts_store::from_storage(&store.get(key)?).ok())
            .map(|saved| saved.draft.title().to_owned())
            .collect()
    }

    #[test]
    fn damaged_saves_are_set_aside_each_under_a_key_of_its_own() {
        let mut store = MemoryStorage::default();
        let first = draft_key(&DraftId::fresh());
        store
            .set(&first, "{\"schema\": \"wsadmin-prep/draft@1\", ")
            .unwrap();
        let tab = open(&mut store, 1000);
        assert!(
            tab.load_problems()[0].contains("kept aside"),
            "{:?}",
            tab.load_problems()
        );
        assert_eq!(store.get(&first), None);
        let second = draft_key(&DraftId::fresh());
        store.set(&second, "not json").unwrap();
        store.set(LEGACY_KEY, "[1, 2").unwrap();
        // The same millisecond as the first set-aside: no set-aside replaces another.
        let tab = open(&mut store, 1000);
        assert_eq!(tab.load_problems().len(), 2);
        let aside: BTreeSet<String> = store
            .keys()
            .into_iter()
            .filter(|key| key.starts_with(SET_ASIDE_PREFIX))
            .map(|key| store.get(&key).unwrap())
            .collect();
        assert_eq!(
            aside,
            BTreeSet::from([
                "{\"schema\": \"wsadmin-prep/draft@1\", ".to_owned(),
                "not json".to_owned(),
                "[1, 2".to_owned()
            ])
        );
    }

    #[test]
    fn a_full_storage_is_told_and_drops_nothing_already_saved() {
        let mut store = MemoryStorage::default();
        let mut a = open(&mut store, 1);
        type_app(&mut a, &mut store, "Expensify", 2);
        let saved_before = store.keys();
        let used: usize = saved_before
            .iter()
            .map(|k| k.len() + store.get(k).unwrap().len())
            .sum();
        store.capacity = Some(used + 100);
        a.perform(
            TabAction::Workspace(WorkspaceAction::NewDraft),
            &mut store,
            3,
        );
        type_app(&mut a, &mut store, "TripIt", 4);
        assert_eq!(a.saving(), Saving::Refused);
        assert_eq!(store.keys(), saved_before);
        assert_eq!(stored_titles(&store), set_of(&["Expensify"]));
        assert_eq!(
            titles(&a),
            ["Expensify", "TripIt"],
            "the work stays open in the tab"
        );
        // Room again: the next change saves everything the tab holds.
        store.capacity = None;
        type_app(&mut a, &mut store, "TripIt Pro", 5);
        assert_eq!(a.saving(), Saving::Saved);
        assert_eq!(stored_titles(&store), set_of(&["Expensify", "TripIt Pro"]));
    }

    #[test]
    fn a_tab_reopens_the_draft_it_had_open() {
        let mut store = MemoryStorage::default();
        let mut a = open(&mut store, 1);
        type_app(&mut a, &mut store, "Expensify", 2);
        let expensify = a.workspace().current_id().clone();
        a.perform(
            TabAction::Workspace(WorkspaceAction::NewDraft),
            &mut store,
            3,
        );
        type_app(&mut a, &mut store, "TripIt", 4);
        let reloaded = TabDrafts::load(&mut store, true, Some(&expensify), 5);
        assert_eq!(reloaded.workspace().current().title(), "Expensify");
    }
}
