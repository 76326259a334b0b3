//! How rules compare and quote text: one place, so that comparisons agree with each other.

use crate::domain::concur::FORBIDDEN_ADDRESS_CHARS;

pub(crate) fn first_bad_character(value: &str) -> Option<char> {
    value.chars().find(|c| is_bad_character(*c))
}

pub(crate) fn is_bad_character(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || is_invisible_format(c)
        || FORBIDDEN_ADDRESS_CHARS.contains(&c)
}

/// Format characters (Unicode category Cf, such as U+200B ZERO WIDTH SPACE) print as
/// nothing, so a Login ID holding one cannot be typed back.
pub(crate) fn is_invisible_format(c: char) -> bool {
    FORMAT_CHARACTERS
        .iter()
        .any(|&(first, last)| (first..=last).contains(&c))
}

/// Unicode's general category Cf, as ranges. Written out because the full category table
/// of a Unicode crate costs the web bundle 18 KB gzipped for these 21 ranges; a test checks
/// the list against `unicode-properties` character by character.
const FORMAT_CHARACTERS: &[(char, char)] = &[
    ('\u{00AD}', '\u{00AD}'),
    ('\u{0600}', '\u{0605}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{06DD}', '\u{06DD}'),
    ('\u{070F}', '\u{070F}'),
    ('\u{0890}', '\u{0891}'),
    ('\u{08E2}', '\u{08E2}'),
    ('\u{180E}', '\u{180E}'),
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{2064}'),
    ('\u{2066}', '\u{206F}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFF9}', '\u{FFFB}'),
    ('\u{110BD}', '\u{110BD}'),
    ('\u{110CD}', '\u{110CD}'),
    ('\u{13430}', '\u{1343F}'),
    ('\u{1BCA0}', '\u{1BCA3}'),
    ('\u{1D173}', '\u{1D17A}'),
    ('\u{E0001}', '\u{E0001}'),
    ('\u{E0020}', '\u{E007F}'),
];

pub(crate) fn describe_char(c: char) -> String {
    if c == ' ' {
        "a space".into()
    } else if c.is_whitespace() || c.is_control() || is_invisible_format(c) {
        format!("an invisible character (U+{:04X})", c as u32)
    } else {
        format!("{:?}, which Concur does not allow", c.to_string())
    }
}

/// What is wrong with the shape of a `local@domain` address, if anything.
pub(crate) fn address_shape_problem(address: &str) -> Option<String> {
    let ats = address.matches('@').count();
    if ats != 1 {
        return Some(match ats {
            0 => "has no @; it must look like name@company.com".into(),
            n => format!("has {n} @ signs; it must have exactly one"),
        });
    }
    let (local, domain) = address.split_once('@')?;
    if local.is_empty() {
        return Some("has nothing before the @".into());
    }
    if !domain.contains('.') {
        return Some("has no dot in its domain, after the @".into());
    }
    if domain.split('.').any(str::is_empty) {
        return Some(
            "has an empty part in its domain (a dot at its start or end, or two dots)".into(),
        );
    }
    None
}

/// Lower-cases for comparison. One place, so that comparisons agree with each other.
pub(crate) fn fold(text: &str) -> String {
    text.to_lowercase()
}

pub(crate) fn same(a: &str, b: &str) -> bool {
    fold(a) == fold(b)
}

/// The letters and digits of a text, lower-cased, so that "App Provider" matches "AppProvider".
pub(crate) fn letters_and_digits(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A note for a value that would match but for surrounding spaces.
pub(crate) fn spaces_note(value: &str, expected: &str) -> &'static str {
    if value != value.trim() && same(value.trim(), expected) {
        " (remove the surrounding spaces)"
    } else {
        ""
    }
}

/// Quotes a user's value for a message: escaped, so control characters cannot reach a
/// terminal, and cut short, so a pasted megabyte does not become a megabyte of message.
pub fn quote(value: &str) -> String {
    const SHOWN: usize = 60;
    let shown: String = value.chars().take(SHOWN).collect();
    let ellipsis = if value.chars().nth(SHOWN).is_some() {
        "…"
    } else {
        ""
    };
    format!("{shown:?}{ellipsis}")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

    #[test]
    fn the_format_character_list_is_unicode_category_cf() {
        let differ: Vec<String> = (0..=char::MAX as u32)
            .filter_map(char::from_u32)
            .filter(|c| {
                super::is_invisible_format(*c) != (c.general_category() == GeneralCategory::Format)
            })
            .map(|c| format!("U+{:04X}", c as u32))
            .collect();
        assert!(differ.is_empty(), "differs from Unicode at {differ:?}");
    }
}
