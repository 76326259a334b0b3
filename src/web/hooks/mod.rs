//! The browser's clipboard and file reading, as hooks that components share.

mod clipboard;
mod file_reader;

pub use clipboard::{use_clipboard, Clipboard};
pub use file_reader::use_file_reader;
