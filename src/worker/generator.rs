//! The password generator: secure random characters of chosen classes, or words.

use serde::{Deserialize, Serialize};

/// How to generate a password.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GeneratorOptions {
    /// Characters, 16 to 64 (ignored for word-based passwords).
    pub length: usize,
    pub upper: bool,
    pub lower: bool,
    pub digits: bool,
    pub symbols: bool,
    /// Leave out characters that are easy to misread: 0 O o 1 l I i | and quotes.
    pub avoid_lookalikes: bool,
    /// Word-based instead: this many words from a list of 2048 (11 bits each), joined by `-`.
    pub words: Option<usize>,
}

impl Default for GeneratorOptions {
    fn default() -> Self {
        GeneratorOptions {
            length: 20,
            upper: true,
            lower: true,
            digits: true,
            symbols: true,
            avoid_lookalikes: true,
            words: None,
        }
    }
}

pub const GENERATED_MIN_LENGTH: usize = 16;
pub const GENERATED_MAX_LENGTH: usize = 64;

const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const DIGITS: &str = "0123456789";
const SYMBOLS: &str = "!#$%&*+-=?@^_~";
const LOOKALIKES: &str = "0Oo1lIi|";

/// Generates a password. `random_below(n)` must return a uniformly random number below
/// `n` from a secure source; the web app's worker and the CLI use the operating system's
/// (in a browser, `crypto.getRandomValues`).
pub fn generate(
    options: &GeneratorOptions,
    random_below: &mut dyn FnMut(usize) -> usize,
) -> String {
    if let Some(count) = options.words {
        let list = bip39::Language::English.word_list();
        return (0..count.clamp(4, 12))
            .map(|_| list[random_below(list.len())])
            .collect::<Vec<_>>()
            .join("-");
    }
    let keep = |set: &str| -> Vec<char> {
        set.chars()
            .filter(|c| !(options.avoid_lookalikes && LOOKALIKES.contains(*c)))
            .collect()
    };
    let mut classes: Vec<Vec<char>> = [
        (options.upper, UPPER),
        (options.lower, LOWER),
        (options.digits, DIGITS),
        (options.symbols, SYMBOLS),
    ]
    .into_iter()
    .filter(|(chosen, _)| *chosen)
    .map(|(_, set)| keep(set))
    .collect();
    if classes.is_empty() {
        classes.push(keep(LOWER));
    }
    let length = options
        .length
        .clamp(GENERATED_MIN_LENGTH, GENERATED_MAX_LENGTH);
    let alphabet: Vec<char> = classes.concat();
    // One of each chosen class first, so the result always meets a policy that asks for them.
    let mut password: Vec<char> = classes
        .iter()
        .map(|class| class[random_below(class.len())])
        .collect();
    while password.len() < length {
        password.push(alphabet[random_below(alphabet.len())]);
    }
    // Fisher-Yates, so the guaranteed characters are not always first.
    for i in (1..password.len()).rev() {
        password.swap(i, random_below(i + 1));
    }
    password.into_iter().collect()
}

/// A passphrase of random words from the list, six at least, that breaks no passphrase rule
/// for this profile: a draw that contains one of the profile's words, or that zxcvbn (told
/// them) puts below the floor, is drawn again, with one more word every fourth try; twelve
/// words at most.
pub fn generate_passphrase(
    profile: &crate::domain::profile::Profile,
    random_below: &mut dyn FnMut(usize) -> usize,
) -> String {
    let mut attempt = 0;
    loop {
        let options = GeneratorOptions {
            words: Some((6 + attempt / 4).min(12)),
            ..GeneratorOptions::default()
        };
        let passphrase = generate(&options, random_below);
        let (_, findings) = super::strength::check_passphrase(&passphrase, profile);
        if findings.is_empty() || attempt >= 40 {
            return passphrase;
        }
        attempt += 1;
    }
}

/// A uniformly random number below `n` from the operating system's secure source (in a
/// browser, `crypto.getRandomValues`).
pub fn secure_random_below(n: usize) -> usize {
    use rand::Rng;
    rand::rngs::OsRng.gen_range(0..n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::profile::Profile;
    use crate::worker::strength::estimate;

    #[test]
    fn generated_passwords_have_every_chosen_class_and_the_length() {
        for _ in 0..50 {
            let password = generate(&GeneratorOptions::default(), &mut secure_random_below);
            assert_eq!(password.chars().count(), 20);
            assert!(password.chars().any(|c| c.is_ascii_uppercase()));
            assert!(password.chars().any(|c| c.is_ascii_lowercase()));
            assert!(password.chars().any(|c| c.is_ascii_digit()));
            assert!(password.chars().any(|c| SYMBOLS.contains(c)));
            assert!(
                !password.chars().any(|c| LOOKALIKES.contains(c)),
                "{password}"
            );
        }
    }

    #[test]
    fn length_is_kept_between_16_and_64() {
        let short = GeneratorOptions {
            length: 3,
            ..GeneratorOptions::default()
        };
        assert_eq!(
            generate(&short, &mut secure_random_below).chars().count(),
            16
        );
        let long = GeneratorOptions {
            length: 500,
            ..GeneratorOptions::default()
        };
        assert_eq!(
            generate(&long, &mut secure_random_below).chars().count(),
            64
        );
    }

    #[test]
    fn word_based_passwords_use_the_list() {
        let options = GeneratorOptions {
            words: Some(6),
            ..GeneratorOptions::default()
        };
        let password = generate(&options, &mut secure_random_below);
        let words: Vec<&str> = password.split('-').collect();
        assert_eq!(words.len(), 6);
        let list = bip39::Language::English.word_list();
        assert!(words.iter().all(|word| list.contains(word)), "{password}");
    }

    #[test]
    fn two_generated_passwords_differ() {
        let a = generate(&GeneratorOptions::default(), &mut secure_random_below);
        let b = generate(&GeneratorOptions::default(), &mut secure_random_below);
        assert_ne!(a, b);
    }

    #[test]
    fn generated_passwords_are_strong_by_zxcvbn() {
        let profile = Profile::default();
        for options in [
            GeneratorOptions::default(),
            GeneratorOptions {
                words: Some(6),
                ..GeneratorOptions::default()
            },
        ] {
            let password = generate(&options, &mut secure_random_below);
            assert!(estimate(&password, &profile).score >= 3, "{password}");
        }
    }
}
