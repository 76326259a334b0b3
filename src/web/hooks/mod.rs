//! The browser's clipboard, clock, file reading and window events, and the worker's spellings, as hooks that components share.

mod clipboard;
mod clock;
mod file_reader;
mod spellings;
mod window_event;

pub use clipboard::{use_clipboard, Clipboard};
pub use clock::use_clock;
pub use file_reader::use_file_reader;
pub use spellings::use_spellings;
pub use window_event::{use_before_unload, use_window_event};
