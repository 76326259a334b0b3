//! The app's three views.

pub mod checklist;
pub mod handoff;
pub mod profile;
