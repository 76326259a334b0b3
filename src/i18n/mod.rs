//! The languages the product speaks: English (the default and the fallback), German, French,
//! Spanish and Japanese. Messages live in `i18n/*.ftl`; build.rs checks them and turns each
//! into a function of [`t`] that renders it in the active language.
//!
//! The active language belongs to the thread: the CLI sets it once from `--lang` or the
//! locale, the web page when the person's language pack has arrived, and a test or an export
//! in another language borrows one with [`with`]. English is compiled into every build; the
//! other languages are compiled into the CLI and, for the web page, written as packs it
//! fetches only when someone chooses them ([`Pack`]).

#[cfg(not(target_arch = "wasm32"))]
pub mod catalogue;

use std::cell::RefCell;
use std::fmt::{self, Display};
use std::rc::Rc;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}
pub use generated::{m, t, COUNT, FINGERPRINT, IDS};

/// A message without variables, as a value (`m::WHY_APP_REQUIRED`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Message(usize);

impl Message {
    /// The message in the active language.
    pub fn text(self) -> String {
        text(self.0, &[])
    }
}

/// A language of the product.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    De,
    Fr,
    Es,
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::De, Lang::Fr, Lang::Es, Lang::Ja];

    /// The BCP 47 tag (`<html lang>`, the CLI's `--lang`, the packs' file names).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ja => "ja",
        }
    }

    /// The language's name in itself, as a menu offers it to someone who reads only it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Ja => "日本語",
        }
    }

    /// The language a tag names (`de`, `de-AT`, `fr_CA.UTF-8`, `ja-JP`), by its primary subtag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary)
    }

    /// The first of someone's preferred languages that the product speaks, else English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }

    /// The CLI's language from the environment, as POSIX orders it: `LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG`; the first one set decides (`C` and `POSIX` are English).
    pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|name| var(name).filter(|value| !value.is_empty()))
            .map(|value| Lang::from_tag(&value).unwrap_or_default())
            .next()
            .unwrap_or_default()
    }

    /// The CLDR plural category of a whole number in this language.
    fn plural_category(self, n: u64) -> &'static str {
        match self {
            Lang::Ja => "other",
            Lang::Fr if n <= 1 => "one",
            Lang::Fr | Lang::Es if n != 0 && n % 1_000_000 == 0 => "many",
            Lang::Fr => "other",
            _ if n == 1 => "one",
            _ => "other",
        }
    }
}

impl Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language's messages, as the build wrote them for the web page to fetch: a JSON array of
/// strings, `["wsadmin-prep/lang@1", code, fingerprint, template…]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pack {
    pub lang: Lang,
    templates: Rc<[String]>,
}

/// Why a fetched pack is not used (the page then stays in the language it was in).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackError {
    NotAPack,
    /// Made for another build of the app, whose messages differ.
    OtherBuild,
}

impl Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            PackError::NotAPack => m::PACK_DAMAGED.text(),
            PackError::OtherBuild => m::PACK_OTHER_BUILD.text(),
        })
    }
}

const PACK_SCHEMA: &str = "wsadmin-prep/lang@1";

impl Pack {
    /// Reads a pack file.
    pub fn parse(json: &str) -> Result<Pack, PackError> {
        // Read as a `Value` from bytes, the one JSON reader the page already carries (a
        // `Vec<String>` reader of its own would add 3 KB to the first load).
        let value: serde_json::Value =
            serde_json::from_slice(json.as_bytes()).map_err(|_| PackError::NotAPack)?;
        let mut strings: Vec<String> = value
            .as_array()
            .ok_or(PackError::NotAPack)?
            .iter()
            .map(|item| item.as_str().map(str::to_owned).ok_or(PackError::NotAPack))
            .collect::<Result<_, _>>()?;
        if strings.len() != COUNT + 3 || strings[0] != PACK_SCHEMA {
            return Err(PackError::NotAPack);
        }
        let lang = Lang::from_tag(&strings[1]).ok_or(PackError::NotAPack)?;
        if strings[2] != FINGERPRINT {
            return Err(PackError::OtherBuild);
        }
        strings.drain(..3);
        Ok(Pack {
            lang,
            templates: strings.into(),
        })
    }

    /// A language compiled into this build (natively, all of them).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn builtin(lang: Lang) -> Option<Pack> {
        let templates = generated::TRANSLATIONS
            .iter()
            .find(|(code, _)| *code == lang.code())?
            .1
            .iter()
            .map(|t| (*t).to_owned())
            .collect();
        Some(Pack { lang, templates })
    }

    /// The pack file for a language compiled into this build, for the build to write.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn file(lang: Lang) -> Option<String> {
        let pack = Pack::builtin(lang)?;
        let mut strings = vec![
            PACK_SCHEMA.to_owned(),
            lang.code().to_owned(),
            FINGERPRINT.to_owned(),
        ];
        strings.extend(pack.templates.iter().cloned());
        serde_json::to_string(&strings).ok()
    }
}

thread_local! {
    /// The active language's pack; `None` is English.
    static ACTIVE: RefCell<Option<Pack>> = const { RefCell::new(None) };
}

/// The active language.
pub fn lang() -> Lang {
    ACTIVE.with(|active| active.borrow().as_ref().map_or(Lang::En, |pack| pack.lang))
}

/// Makes a pack's language the active one (English when `None`).
pub fn activate(pack: Option<Pack>) {
    ACTIVE.with(|active| *active.borrow_mut() = pack.filter(|pack| pack.lang != Lang::En));
}

/// Natively, makes a language active: every one is compiled in.
#[cfg(not(target_arch = "wasm32"))]
pub fn set(lang: Lang) {
    activate(Pack::builtin(lang));
}

/// Runs `f` with `pack`'s language active (English for `None`), then restores the one before:
/// an export in another language than the page's.
pub fn with<R>(pack: Option<Pack>, f: impl FnOnce() -> R) -> R {
    let before = ACTIVE.with(|active| active.replace(pack.filter(|p| p.lang != Lang::En)));
    let result = f();
    ACTIVE.with(|active| *active.borrow_mut() = before);
    result
}

/// Runs `f` with a language active, natively.
#[cfg(not(target_arch = "wasm32"))]
pub fn with_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    with(Pack::builtin(lang), f)
}

/// The message at `index` in the active language, its variables filled in. Never inlined:
/// each message's call stays a call, which keeps the page small.
#[inline(never)]
pub fn text(index: usize, args: &[&dyn Display]) -> String {
    ACTIVE.with(|active| {
        let active = active.borrow();
        let (template, lang) = match active.as_ref() {
            Some(pack) => (pack.templates[index].as_str(), pack.lang),
            None => (generated::ENGLISH[index], Lang::En),
        };
        let mut out = String::with_capacity(template.len() + 16);
        render(template, args, lang, &mut out);
        out
    })
}

/// Renders a template (see `catalogue`'s format) into `out`; returns what is left of it after
/// the variant that ends at the first unescaped `|` or `}` outside braces.
fn render<'t>(template: &'t str, args: &[&dyn Display], lang: Lang, out: &mut String) -> &'t str {
    let mut rest = template;
    while let Some(c) = rest.chars().next() {
        match c {
            '\\' => {
                let mut chars = rest[1..].chars();
                out.extend(chars.next());
                rest = chars.as_str();
            }
            '|' | '}' => return rest,
            '{' => rest = placeable(&rest[1..], args, lang, out),
            c => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    rest
}

/// A `{N}` or `{N|key=…|…}` whose `{` is behind `rest`; returns what follows its `}`.
fn placeable<'t>(rest: &'t str, args: &[&dyn Display], lang: Lang, out: &mut String) -> &'t str {
    let index = rest
        .as_bytes()
        .first()
        .map_or(0, |b| usize::from(b.wrapping_sub(b'0')));
    let arg = args.get(index);
    let mut rest = rest.get(1..).unwrap_or("");
    if let Some(after) = rest.strip_prefix('}') {
        if let Some(arg) = arg {
            use std::fmt::Write;
            let _ = write!(out, "{arg}");
        }
        return after;
    }
    // A choice: the variant whose key is the number itself, else its plural category, else
    // `other` (the catalogue checked that every choice has one).
    let number = arg
        .and_then(|arg| arg.to_string().parse::<u64>().ok())
        .unwrap_or(0);
    let (exact, category) = (number.to_string(), lang.plural_category(number));
    let mut chosen: Option<(u8, String)> = None;
    while let Some(variant) = rest.strip_prefix('|') {
        let (key, body) = variant.split_once('=').unwrap_or((variant, ""));
        let rank = if key == exact {
            3
        } else if key == category {
            2
        } else if key == "other" {
            1
        } else {
            0
        };
        let mut rendered = String::new();
        rest = render(body, args, lang, &mut rendered);
        if rank > chosen.as_ref().map_or(0, |(r, _)| *r) {
            chosen = Some((rank, rendered));
        }
    }
    out.push_str(&chosen.map(|(_, text)| text).unwrap_or_default());
    rest.strip_prefix('}').unwrap_or(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_fills_variables_escapes_and_plural_forms() {
        let mut out = String::new();
        render(
            r"a\{b\} {0|one=one {1}|other={0} {1}s} \| {1}",
            &[&2, &"step"],
            Lang::En,
            &mut out,
        );
        assert_eq!(out, "a{b} 2 steps | step");
        let mut out = String::new();
        render("{0|0=none|one=one|other=many}", &[&0], Lang::Fr, &mut out);
        assert_eq!(out, "none");
        let mut out = String::new();
        render(
            "{0|one=un|many=des millions|other=plusieurs}",
            &[&0],
            Lang::Fr,
            &mut out,
        );
        assert_eq!(out, "un", "French counts 0 as one");
        let mut out = String::new();
        render(
            "{0|one=un|many=des millions|other=plusieurs}",
            &[&2_000_000],
            Lang::Fr,
            &mut out,
        );
        assert_eq!(out, "des millions");
    }
}
