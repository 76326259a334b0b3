//! Saving drafts in the browser's local storage. Only the workspace (profiles, never
//! secrets) is written. A damaged save is set aside under its own key before anything new
//! is written, so a person's earlier work is never overwritten.

use web_sys::Storage;

use crate::domain::workspace::Workspace;
use crate::formats::drafts_store;

const KEY: &str = "wsadmin-prep/drafts";
const DAMAGED_KEY: &str = "wsadmin-prep/drafts.damaged";

/// What was found in storage at start-up.
pub struct Loaded {
    pub workspace: Workspace,
    /// Something the person should be told about their saved drafts.
    pub problem: Option<String>,
    /// False when saving could overwrite something that could not be set aside.
    pub may_save: bool,
}

fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load() -> Loaded {
    let fresh = |problem: Option<String>, may_save| Loaded {
        workspace: Workspace::default(),
        problem,
        may_save,
    };
    let Some(storage) = local_storage() else {
        return fresh(
            Some(
                "This browser does not let the page save drafts; they last until the tab closes."
                    .into(),
            ),
            false,
        );
    };
    let Ok(Some(saved)) = storage.get_item(KEY) else {
        return fresh(None, true);
    };
    match drafts_store::from_storage(&saved) {
        Ok(workspace) => Loaded {
            workspace,
            problem: None,
            may_save: true,
        },
        Err(error) => match storage.set_item(DAMAGED_KEY, &saved) {
            Ok(()) => fresh(
                Some(format!(
                    "Your saved drafts could not be opened ({error}). They are kept aside in this browser's storage under \"{DAMAGED_KEY}\"; a new draft was started."
                )),
                true,
            ),
            Err(_) => fresh(
                Some(format!(
                    "Your saved drafts could not be opened ({error}), and could not be set aside, so this session will not save over them."
                )),
                false,
            ),
        },
    }
}

pub fn save(workspace: &Workspace) -> Result<(), String> {
    let storage = local_storage().ok_or("local storage is not available")?;
    storage
        .set_item(KEY, &drafts_store::to_storage(workspace))
        .map_err(|_| "the browser refused to save (storage full or disabled)".to_owned())
}
