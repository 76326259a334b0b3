//! wsadmin-prep: prepare, check and hand over an SAP Concur Web Services Administrator
//! profile. The domain modules are plain Rust; the web app (`web`) exists on wasm32 only.

pub mod checklist;
pub mod concur;
pub mod draft;
pub mod handoff;
pub mod password;
pub mod profile;
pub mod rules;
pub mod suggest;
pub mod worker_protocol;
pub mod workspace;

#[cfg(target_arch = "wasm32")]
pub mod web;
