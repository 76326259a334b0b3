//! The browser's clipboard, file reading and window events, as hooks that components share.

mod clipboard;
mod file_reader;
mod window_event;

pub use clipboard::{use_clipboard, Clipboard};
pub use file_reader::use_file_reader;
pub use window_event::use_window_event;
