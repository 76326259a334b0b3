//! What Concur and the enablement guide require, as plain Rust with no web or file
//! dependency. Each module uses only those before it in this order, which
//! `tests/architecture.rs` keeps: concur, text, profile, request_token, suggest, rules,
//! checklist, draft, workspace, handoff.

pub mod checklist;
pub mod concur;
pub mod draft;
pub mod handoff;
pub mod profile;
pub mod request_token;
pub mod rules;
pub mod suggest;
pub mod text;
pub mod workspace;
