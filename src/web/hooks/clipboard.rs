//! Copying to the clipboard, announced to screen readers, and emptied again by "Clear
//! secrets" when the page put something there.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

/// The page's handle on the clipboard.
#[derive(Clone)]
pub struct Clipboard {
    announce: Callback<String>,
    /// Whether this page wrote to the clipboard since it was last cleared.
    written: Rc<Cell<bool>>,
}

impl PartialEq for Clipboard {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.written, &other.written) && self.announce == other.announce
    }
}

impl Clipboard {
    /// Copies `text` and announces "`what` copied".
    pub fn copy(&self, text: &str, what: &str) {
        let clipboard = gloo::utils::window().navigator().clipboard();
        let _ = clipboard.write_text(text);
        self.written.set(true);
        self.announce.emit(crate::i18n::t::value_copied(&what));
    }

    /// Empties the clipboard if this page wrote to it, so a copied password does not stay
    /// there after "Clear secrets".
    pub fn clear_if_written(&self) {
        if self.written.replace(false) {
            let _ = gloo::utils::window().navigator().clipboard().write_text("");
        }
    }
}

#[hook]
pub fn use_clipboard(announce: Callback<String>) -> Clipboard {
    let written = use_memo((), |_| Cell::new(false));
    Clipboard { announce, written }
}
