//! The heavy parts of the handoff, which the web app loads only in its worker: zxcvbn's
//! strength estimate, the password generator, and the protocol the page and the worker
//! speak. The CLI calls the same functions directly.

pub mod generator;
pub mod protocol;
pub mod seal;
pub mod strength;
