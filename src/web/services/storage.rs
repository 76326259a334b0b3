//! The browser's storage behind `web::state::drafts::DraftStorage`: local storage for the
//! drafts (never a secret), session storage for which draft this tab has open, and memory
//! when the browser gives the page no storage at all.

use std::cell::RefCell;

use web_sys::Storage;

#[cfg(target_arch = "wasm32")]
use crate::domain::workspace::DraftId;
#[cfg(target_arch = "wasm32")]
use crate::formats::drafts_store::{DRAFT_KEY_PREFIX, LEGACY_KEY};
use crate::web::state::drafts::{DraftStorage, MemoryStorage, Refused, TabAction, TabDrafts};

/// Which draft this tab has open, so that a reload reopens it; per tab, so two tabs each
/// keep their own.
const OPEN_DRAFT_KEY: &str = "wsadmin-prep/open-draft";

struct BrowserStorage(Storage);

impl DraftStorage for BrowserStorage {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get_item(key).ok().flatten()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        self.0.set_item(key, value).map_err(|_| Refused)
    }

    fn remove(&mut self, key: &str) {
        let _ = self.0.remove_item(key);
    }

    fn keys(&self) -> Vec<String> {
        let length = self.0.length().unwrap_or(0);
        (0..length)
            .filter_map(|index| self.0.key(index).ok().flatten())
            .collect()
    }
}

enum Store {
    Browser(BrowserStorage),
    Memory(MemoryStorage),
}

impl Store {
    fn as_dyn(&mut self) -> &mut dyn DraftStorage {
        match self {
            Store::Browser(storage) => storage,
            Store::Memory(storage) => storage,
        }
    }
}

thread_local! {
    static STORE: RefCell<Store> = RefCell::new(
        local_storage().map_or_else(|| Store::Memory(MemoryStorage::default()), |storage| Store::Browser(BrowserStorage(storage)))
    );
}

/// The page's local storage, if the browser gives it one that works: some refuse access
/// outright, some hand out one that throws on every write.
pub(crate) fn local_storage() -> Option<Storage> {
    let storage = web_sys::window()?.local_storage().ok().flatten()?;
    let probe = "wsadmin-prep/probe";
    storage.set_item(probe, "").ok()?;
    let _ = storage.remove_item(probe);
    Some(storage)
}

fn session_storage() -> Option<Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// The drafts in storage, with the one this tab had open before a reload open again.
#[cfg(target_arch = "wasm32")]
pub fn load() -> TabDrafts {
    let open = session_storage()
        .and_then(|storage| storage.get_item(OPEN_DRAFT_KEY).ok().flatten())
        .and_then(|text| DraftId::parse(&text));
    STORE.with_borrow_mut(|store| {
        let available = matches!(store, Store::Browser(_));
        TabDrafts::load(store.as_dyn(), available, open.as_ref(), now_ms())
    })
}

/// Whether this tab would open exactly as the first view rendered at build time: storage
/// works and holds no draft (nor an earlier version's save), and the tab has none open. Only
/// then may the app adopt that markup (hydrate) instead of replacing it.
#[cfg(target_arch = "wasm32")]
pub fn is_first_visit() -> bool {
    let open = session_storage()
        .and_then(|storage| storage.get_item(OPEN_DRAFT_KEY).ok().flatten())
        .is_some();
    !open
        && STORE.with_borrow(|store| match store {
            Store::Browser(storage) => storage
                .keys()
                .iter()
                .all(|key| !key.starts_with(DRAFT_KEY_PREFIX) && key != LEGACY_KEY),
            Store::Memory(_) => false,
        })
}

/// At build time, for the prerendered first view, there is no browser: an empty store that
/// works, so the markup is what a first visit shows.
#[cfg(not(target_arch = "wasm32"))]
pub fn load() -> TabDrafts {
    TabDrafts::load(&mut MemoryStorage::default(), true, None, 0)
}

/// Performs an action on the tab's drafts and saves what it changed.
pub fn perform(drafts: &mut TabDrafts, action: TabAction) {
    STORE.with_borrow_mut(|store| drafts.perform(action, store.as_dyn(), now_ms()));
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(OPEN_DRAFT_KEY, drafts.workspace().current_id().as_str());
    }
}
