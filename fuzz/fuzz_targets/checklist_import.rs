//! Any bytes as an import (a checklist JSON or a profile file): read or refused, never a
//! panic; a checklist that reads is written and read back with the same ticks.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wsadmin_prep::formats::{checklist_json, markdown};

fuzz_target!(|data: &[u8]| {
    let Ok((profile, mut ticks)) = checklist_json::from_checklist_or_profile(data) else {
        return;
    };
    // What a copy says once and the app never keeps: the day it was prepared (the export
    // below writes its own), and which ticks were set aside as locked (the records say so
    // already).
    ticks.prepared_on = None;
    ticks.set_aside.clear();
    let _ = markdown::to_markdown(&profile, &ticks, "2026-11-28");
    let written = checklist_json::to_json(&profile, &ticks, "2026-11-28");
    let (again, mut again_ticks) =
        checklist_json::from_json(written.as_bytes()).expect("a written checklist reads");
    assert_eq!(again, profile);
    assert_eq!(again_ticks.prepared_on.take().as_deref(), Some("2026-11-28"));
    assert_eq!(again_ticks, ticks);
});
