//! The page's language: the one chosen in its menu (kept in local storage, as a choice and
//! never a secret), else the first of the browser's languages the product speaks, else
//! English. English is compiled into the app; another language's pack is fetched when it is
//! needed (or, in the single file, read from the page, which carries every pack).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::storage::local_storage;
use crate::i18n::{self, m, t, Lang, Pack};

const CHOSEN_KEY: &str = "wsadmin-prep/lang";

thread_local! {
    /// The active pack's file, for the worker, which speaks the page's language too.
    static PACK_TEXT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// The active language's pack file, `None` for English: what the worker is sent.
pub fn pack_text() -> Option<String> {
    PACK_TEXT.with(|text| text.borrow().clone())
}

/// The language chosen in the menu, if one was.
fn chosen() -> Option<Lang> {
    Lang::from_tag(&local_storage()?.get_item(CHOSEN_KEY).ok()??)
}

/// Whether the person chose a language in the menu (a link's hint then offers nothing).
pub fn was_chosen() -> bool {
    chosen().is_some()
}

/// The language the page should speak.
pub fn preferred() -> Lang {
    chosen().unwrap_or_else(|| {
        let languages = gloo::utils::window().navigator().languages();
        let tags: Vec<String> = languages.iter().filter_map(|tag| tag.as_string()).collect();
        Lang::negotiate(tags.iter().map(String::as_str))
    })
}

/// Keeps the menu's choice for the next visit.
pub fn remember(lang: Lang) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(CHOSEN_KEY, lang.code());
    }
}

/// A language's messages: none for English, else its pack. The error says what went wrong
/// in English, since the pack that would say it otherwise is what failed.
pub async fn load(lang: Lang) -> Result<Option<(Pack, String)>, String> {
    if lang == Lang::En {
        return Ok(None);
    }
    let inline = gloo::utils::document()
        .get_element_by_id(&format!("lang-{}", lang.code()))
        .and_then(|element| element.text_content());
    let text = match inline {
        Some(text) => text,
        None => fetch_text(&format!("lang/{}.json", lang.code()))
            .await
            .ok_or_else(|| t::language_file_missing(&lang.name(), &i18n::lang().name()))?,
    };
    Pack::parse(&text)
        .map(|pack| Some((pack, text)))
        .map_err(|error| t::language_file_unusable(&lang.name(), &error))
}

async fn fetch_text(url: &str) -> Option<String> {
    let response: web_sys::Response = JsFuture::from(gloo::utils::window().fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// Makes a language the page's: its messages, and `<html lang>` (for screen readers'
/// pronunciation, hyphenation and the Japanese font stack).
pub fn apply(lang: Lang, pack: Option<(Pack, String)>) {
    let (pack, text) = pack.unzip();
    PACK_TEXT.with(|active| *active.borrow_mut() = text);
    i18n::activate(pack);
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", lang.code());
        // boot.js offers a new version outside the app, in these words.
        let _ = root.set_attribute("data-update-ready", &m::UPDATE_READY.text());
        let _ = root.set_attribute("data-reload", &m::RELOAD.text());
    }
}
