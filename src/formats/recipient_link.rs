//! The provider's link: the web app's address with `#recipient=age1…`, which opens the
//! handoff with the provider's public key filled in. Like share links, it lives in the
//! fragment, which browsers never send to a server.

/// The fragment's prefix.
const PREFIX: &str = "recipient=";
/// An age X25519 public key: `age1` and 58 more characters of bech32.
const KEY_CHARS: usize = 62;
const BECH32: &str = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

/// Why a recipient link was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecipientLinkError {
    NotAKey,
}

impl std::fmt::Display for RecipientLinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::i18n::t::recipient_link_not_key())
    }
}

/// The link for a public key, on the page at `base` (origin and path, no fragment).
pub fn encode(base: &str, public_key: &str) -> String {
    format!("{base}#{PREFIX}{public_key}")
}

/// How many characters of the key the fingerprint shows: 20 of bech32's 5-bit characters,
/// 100 bits. Grinding a key whose fingerprint matches would take about 2^100 key
/// generations.
pub const FINGERPRINT_CHARS: usize = 20;

/// A short form of a public key that the provider can read out on the phone and the admin
/// compare: the 20 characters before the key's 6-character checksum (which depends on the
/// rest, so it adds nothing), in groups of four.
pub fn fingerprint(public_key: &str) -> String {
    let key: Vec<char> = public_key.trim().chars().collect();
    let end = key.len().saturating_sub(6);
    let start = end.saturating_sub(FINGERPRINT_CHARS);
    key[start..end]
        .chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Is this fragment a recipient link? Other fragments are left alone.
pub fn is_recipient_link(fragment: &str) -> bool {
    fragment.trim_start_matches('#').starts_with(PREFIX)
}

/// The key a fragment (with or without its `#`) carries. Only its shape is checked here:
/// age checks the key itself when sealing, so the page's first load needs no age code.
pub fn decode(fragment: &str) -> Result<String, RecipientLinkError> {
    let key = fragment
        .trim_start_matches('#')
        .strip_prefix(PREFIX)
        .ok_or(RecipientLinkError::NotAKey)?
        .trim();
    let shaped = key.len() == KEY_CHARS
        && key.starts_with("age1")
        && key[4..].chars().all(|c| BECH32.contains(c));
    if shaped {
        Ok(key.to_owned())
    } else {
        Err(RecipientLinkError::NotAKey)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";

    #[test]
    fn a_link_carries_the_key_and_reads_back() {
        let link = encode("https://example.org/app/", KEY);
        assert_eq!(link, format!("https://example.org/app/#recipient={KEY}"));
        let fragment = &link[link.find('#').unwrap()..];
        assert!(is_recipient_link(fragment));
        assert_eq!(decode(fragment).as_deref(), Ok(KEY));
    }

    #[test]
    fn the_fingerprint_is_a_hundred_bits_of_the_key_in_groups() {
        let shown = fingerprint(KEY);
        assert_eq!(shown.split(' ').count(), 5, "{shown}");
        let bare = shown.replace(' ', "");
        assert_eq!(bare.len() * 5, 100);
        // The characters before the checksum: the key's own bits, not the checksum's.
        assert_eq!(bare, KEY[KEY.len() - 26..KEY.len() - 6]);
        // Keys that differ in any of those characters have different fingerprints.
        let other = format!("{}{}", &KEY[..KEY.len() - 7], "q");
        assert_ne!(fingerprint(&other), shown);
    }

    #[test]
    fn anything_but_a_key_is_refused() {
        for fragment in [
            "#recipient=",
            "#recipient=age1short",
            "#recipient=AGE-SECRET-KEY-1QQQQ",
            &format!("#recipient={}", KEY.replace('q', "b")),
            &format!("#recipient={KEY}<script>"),
            "#checklist=1.abc",
        ] {
            assert_eq!(
                decode(fragment),
                Err(RecipientLinkError::NotAKey),
                "{fragment}"
            );
        }
    }
}
