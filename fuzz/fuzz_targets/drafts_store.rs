//! Any text as saved drafts: restored or refused whole (so the caller can set it aside),
//! never a panic; drafts that restore are saved and restored unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wsadmin_prep::formats::drafts_store;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(workspace) = drafts_store::from_storage(text) else {
        return;
    };
    let again = drafts_store::from_storage(&drafts_store::to_storage(&workspace))
        .expect("saved drafts restore");
    assert_eq!(again.drafts(), workspace.drafts());
});
