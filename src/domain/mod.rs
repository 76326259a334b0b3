//! What Concur and the enablement guide require, as plain Rust with no web or file
//! dependency. Modules are listed in the order they depend on each other: each uses only
//! those above it.

pub mod checklist;
pub mod concur;
pub mod draft;
pub mod handoff;
pub mod profile;
pub mod rules;
pub mod suggest;
pub mod text;
pub mod workspace;
