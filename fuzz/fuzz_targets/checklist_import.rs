//! Any bytes as an import (a checklist JSON or a profile file): read or refused, never a
//! panic; a checklist that reads is written and read back with the same ticks.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wsadmin_prep::formats::{checklist_json, markdown};

fuzz_target!(|data: &[u8]| {
    let Ok((profile, ticks)) = checklist_json::from_checklist_or_profile(data) else {
        return;
    };
    let _ = markdown::to_markdown(&profile, &ticks, "2026-11-28");
    let written = checklist_json::to_json(&profile, &ticks, "2026-11-28");
    let (again, again_ticks) =
        checklist_json::from_json(written.as_bytes()).expect("a written checklist reads");
    assert_eq!(again, profile);
    assert_eq!(again_ticks, ticks);
});
