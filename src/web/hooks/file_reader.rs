//! Reading a chosen or dropped file. The read runs in the background; its task is kept
//! here so that it is not cancelled when the event handler that started it returns.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::{self, FileReader};
use gloo::file::File;
use yew::prelude::*;

/// The component's file reader; a new read replaces (and cancels) the previous one.
#[derive(Clone)]
pub struct FileReading(Rc<RefCell<Option<FileReader>>>);

impl PartialEq for FileReading {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl FileReading {
    pub fn read_bytes(&self, file: &File, done: impl FnOnce(Result<Vec<u8>, String>) + 'static) {
        let task = callbacks::read_as_bytes(file, move |read| {
            done(read.map_err(|error| error.to_string()))
        });
        *self.0.borrow_mut() = Some(task);
    }

    pub fn read_text(&self, file: &File, done: impl FnOnce(Result<String, String>) + 'static) {
        let task = callbacks::read_as_text(file, move |read| {
            done(read.map_err(|error| error.to_string()))
        });
        *self.0.borrow_mut() = Some(task);
    }
}

#[hook]
pub fn use_file_reader() -> FileReading {
    let task = use_mut_ref(|| None::<FileReader>);
    FileReading(task)
}
