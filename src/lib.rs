//! wsadmin-prep: prepare, check and hand over an SAP Concur Web Services Administrator
//! profile.
//!
//! The layers depend one way, top to bottom of this list (a test in `tests/architecture.rs`
//! keeps it so), and every one may speak through [`i18n`], the languages' messages:
//! - [`domain`]: what Concur and the guide require, as plain Rust: the profile, the rule
//!   catalogue, the checklist, drafts, and the handoff's gates.
//! - [`formats`]: how the domain is written and read: profile files, checklist JSON and
//!   Markdown, share and recipient links, saved drafts, sealed packets.
//! - [`worker`]: what the web app's worker runs (password strength, the generator, the
//!   request protocol); the CLI calls the same code directly.
//! - [`web`]: the Yew app (wasm32 only, but for its state, which is plain Rust tested
//!   natively), and the CLI (in the binary, `src/cli/`).

pub mod domain;
pub mod formats;
pub mod i18n;
pub mod web;
pub mod worker;
