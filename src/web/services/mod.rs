//! What the components ask of the browser: local storage, files, the worker, compression.

pub mod compression;
pub mod files;
pub mod storage;
pub mod worker_client;
