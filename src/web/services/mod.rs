//! What the components ask of the browser: local storage, files, the worker, compression,
//! the language and its pack, and taking over the first view rendered at build time.

pub mod compression;
pub mod files;
#[cfg(target_arch = "wasm32")]
pub mod first_view;
pub mod language;
pub mod storage;
pub mod worker_client;
