//! The one place where text the CLI writes is made safe for a terminal. Everything a
//! command prints can hold text it did not write (a profile's app name, a packet's note, a
//! field name in serde's "unknown field" message), and a terminal acts on control
//! characters: ESC starts a sequence that clears the screen or sets the window title, BEL
//! rings, CR rewrites the line, C1's CSI (U+009B) is ESC [ to many terminals, and the
//! bidirectional overrides reorder what is shown. So every text goes out through `text`,
//! `line` or `json`.

use std::borrow::Cow;

/// Whether a character must not reach a terminal as itself.
fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi_control(c) || matches!(c, '\u{2028}' | '\u{2029}')
}

/// The characters that reorder text as it is displayed (Unicode's bidirectional controls):
/// they can make a terminal show something other than what is there.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn escape(
    text: &str,
    keep: impl Fn(char) -> bool,
    write: impl Fn(char, &mut String),
) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) && !keep(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_unsafe(c) && !keep(c) {
            write(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Text for people, several lines allowed: line breaks and tabs stay, every other unsafe
/// character is written as Rust writes it in a string (`\u{1b}`).
pub fn text(text: &str) -> Cow<'_, str> {
    escape(
        text,
        |c| matches!(c, '\n' | '\t'),
        |c, out| out.extend(c.escape_unicode()),
    )
}

/// One line for people (a field of a table): line breaks and tabs are escaped too.
pub fn line(text: &str) -> Cow<'_, str> {
    escape(text, |_| false, |c, out| out.extend(c.escape_default()))
}

/// JSON, as serde_json writes it (which escapes C0 controls inside strings already, so a
/// line break is layout): DEL, the C1 controls, the bidirectional controls and the line and
/// paragraph separators are written as `\u00XX` escapes too, which every JSON reader reads
/// back as the same character.
pub fn json(json: &str) -> Cow<'_, str> {
    escape(
        json,
        |c| c == '\n',
        |c, out| {
            out.push_str(&format!("\\u{:04x}", c as u32));
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_reordering_characters_never_pass() {
        let hostile = "a\u{1b}]0;title\u{7}b\u{9b}31m\u{202e}c\rd\u{7f}\u{2028}";
        for escaped in [text(hostile), line(hostile), json(hostile)] {
            assert!(!escaped.chars().any(is_unsafe), "{escaped:?}");
        }
        assert_eq!(text("one\ntwo\tthree"), "one\ntwo\tthree");
        assert_eq!(line("one\ntwo"), "one\\ntwo");
        assert_eq!(text("\u{1b}[2J"), "\\u{1b}[2J");
        let value = serde_json::json!({ "note": hostile }).to_string();
        let read: serde_json::Value = serde_json::from_str(&json(&value)).unwrap();
        assert_eq!(read["note"], hostile);
    }

    #[test]
    fn ordinary_text_in_any_script_is_left_alone() {
        for ordinary in ["Müller & Söhne GmbH", "東京トラベル", "میرزا‌علی", "Zoë 👩‍💻"]
        {
            assert!(matches!(text(ordinary), Cow::Borrowed(_)), "{ordinary}");
        }
    }
}
