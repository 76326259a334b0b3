//! Any text as a saved draft, or as the whole-workspace save of earlier versions: read or
//! refused (newer or damaged, so the caller can leave it or set it aside), never a panic; a
//! draft that reads is saved and read back unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wsadmin_prep::formats::drafts_store;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(saved) = drafts_store::from_storage(text) {
        let again = drafts_store::from_storage(&drafts_store::to_storage(&saved))
            .expect("a saved draft reads back");
        assert_eq!(again, saved);
    }
    if let Ok((drafts, _open)) = drafts_store::read_legacy(text) {
        for draft in drafts {
            let saved = drafts_store::SavedDraft {
                draft,
                created_ms: 0,
                updated_ms: 0,
            };
            let again = drafts_store::from_storage(&drafts_store::to_storage(&saved))
                .expect("a moved draft reads back");
            assert_eq!(again, saved);
        }
    }
});
