//! Files in and out of the browser: import by picker or drop, export as a download.

use gloo::file::{Blob, File, ObjectUrl};
use wasm_bindgen::JsCast;

use crate::domain::draft::Draft;
use crate::domain::profile::Profile;
use crate::domain::text::app_login_part;
use crate::formats::checklist_json::{self, ImportError};
use crate::i18n::t;

/// A profile file is a few hundred bytes; anything past this is the wrong file and is
/// refused before it is read.
pub const MAX_IMPORT_BYTES: u64 = 1024 * 1024;

/// Checks a file's size before reading it.
pub fn check_size(file: &File) -> Result<(), String> {
    let size = file.size();
    if size > MAX_IMPORT_BYTES {
        // Whole and tenth megabytes by integer arithmetic (float formatting costs the
        // bundle 10 KB); each language writes its own decimal separator between them.
        let tenths = size / 100_000;
        return Err(t::import_too_large(
            &t::quoted(&file.name()),
            &(tenths / 10),
            &(tenths % 10),
        ));
    }
    Ok(())
}

/// Parses a profile file or an exported checklist; the caller names the file in the message
/// when it is neither.
pub fn parse(bytes: &[u8]) -> Result<Draft, ImportError> {
    let (profile, checklist) = checklist_json::from_checklist_or_profile(bytes)?;
    Ok(Draft {
        checklist,
        ..Draft::from_profile(profile)
    })
}

/// The download name for a profile, a checklist or a packet: the app's name as the Login
/// ID spells it (in ASCII, `Zoë Travel` as `ZoeTravel`), the client company's, and the date,
/// so files made for several clients and days can be told apart, and the name is safe in any
/// script: `wsadmin-Expensify-MullerSohneGmbH-2026-11-30-handoff.age`.
pub fn export_name(profile: &Profile, kind: &str) -> String {
    let ascii = |text: &str| -> String {
        app_login_part(text)
            .unwrap_or_default()
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .take(40)
            .collect()
    };
    let company = profile
        .company_name
        .as_deref()
        .map(ascii)
        .unwrap_or_default();
    let date = crate::web::now();
    [
        ascii(&profile.app_name),
        company,
        date.get(..10).unwrap_or_default().to_owned(),
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .fold("wsadmin".to_owned(), |name, part| format!("{name}-{part}"))
        + "-"
        + kind
}

/// Offers `contents` as a file download.
pub fn download(name: &str, contents: &str, mime: &str) {
    let url = ObjectUrl::from(Blob::new_with_options(contents, Some(mime)));
    let document = gloo::utils::document();
    let Ok(anchor) = document.create_element("a") else {
        return;
    };
    let anchor: web_sys::HtmlAnchorElement = anchor.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    // Revoking the URL at once can cancel the download in some browsers, so the latest one
    // is kept alive until the next download replaces (and revokes) it.
    LAST_DOWNLOAD.with(|last| *last.borrow_mut() = Some(url));
}

/// Lets go of the last download's object URL (a key file's, say): "Clear secrets" calls it,
/// so the file's contents no longer stay reachable from the page.
pub fn forget_last_download() {
    LAST_DOWNLOAD.with(|last| last.borrow_mut().take());
}

thread_local! {
    static LAST_DOWNLOAD: std::cell::RefCell<Option<ObjectUrl>> = const { std::cell::RefCell::new(None) };
}
