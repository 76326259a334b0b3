//! The WS Admin password: the company's policy, and a strength estimate by zxcvbn. The
//! password itself is never stored; these only look at it.

use serde::{Deserialize, Serialize};

use crate::profile::Profile;

/// Concur's own ceiling for a password.
pub const PASSWORD_MAX_CHARS: usize = 255;
/// zxcvbn reads this many characters at most, so a long paste cannot freeze the page.
pub const STRENGTH_INPUT_MAX_CHARS: usize = 100;

/// The company's password rules (Concur: Authentication Admin > Sign-In Settings). Concur
/// publishes no default, so this one asks for 12 characters and nothing else.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PasswordPolicy {
    #[serde(default = "default_min_length")]
    pub min_length: usize,
    #[serde(default)]
    pub require_upper: bool,
    #[serde(default)]
    pub require_lower: bool,
    #[serde(default)]
    pub require_digit: bool,
    #[serde(default)]
    pub require_symbol: bool,
}

fn default_min_length() -> usize {
    12
}

impl Default for PasswordPolicy {
    fn default() -> Self {
        PasswordPolicy {
            min_length: default_min_length(),
            require_upper: false,
            require_lower: false,
            require_digit: false,
            require_symbol: false,
        }
    }
}

impl PasswordPolicy {
    /// What the password lacks, in words; empty when it complies.
    pub fn shortfalls(&self, password: &str) -> Vec<String> {
        let length = password.chars().count();
        let mut missing = Vec::new();
        if length < self.min_length {
            missing.push(format!(
                "it has {length} characters; the policy asks for at least {}",
                self.min_length
            ));
        }
        if length > PASSWORD_MAX_CHARS {
            missing.push(format!(
                "it has {length} characters; Concur accepts at most {PASSWORD_MAX_CHARS}"
            ));
        }
        let has = |test: fn(char) -> bool| password.chars().any(test);
        let required = [
            (
                self.require_upper,
                has(char::is_uppercase),
                "upper-case letter",
            ),
            (
                self.require_lower,
                has(char::is_lowercase),
                "lower-case letter",
            ),
            (self.require_digit, has(|c| c.is_ascii_digit()), "digit"),
            (
                self.require_symbol,
                has(|c| !c.is_alphanumeric() && !c.is_whitespace()),
                "symbol",
            ),
        ];
        for (wanted, present, what) in required {
            if wanted && !present {
                missing.push(format!("it has no {what}"));
            }
        }
        missing
    }
}

/// zxcvbn's verdict on a password.
#[derive(Clone, Debug, PartialEq)]
pub struct Strength {
    /// 0 (guessable in moments) to 4 (very hard to guess).
    pub score: u8,
    pub warning: Option<String>,
    pub suggestions: Vec<String>,
    /// log10 of the estimated guesses needed.
    pub guesses_log10: f64,
}

/// Words an attacker would try first for this profile: zxcvbn penalises passwords built
/// from them.
pub fn personal_words(profile: &Profile) -> Vec<String> {
    let ws = &profile.ws_admin;
    let admin = &profile.authorizing_admin;
    [
        ws.login_id.as_str(),
        profile.login_local_part(),
        &admin.first_name,
        &admin.last_name,
        &profile.app_name,
        profile.effective_domain().unwrap_or_default(),
        profile.domain_first_label(),
        "concur",
        "wsadmin",
    ]
    .into_iter()
    .filter(|word| !word.is_empty())
    .map(|word| word.chars().take(STRENGTH_INPUT_MAX_CHARS).collect())
    .collect()
}

/// Estimates a password's strength, reading at most its first 100 characters.
pub fn estimate(password: &str, profile: &Profile) -> Strength {
    let capped: String = password.chars().take(STRENGTH_INPUT_MAX_CHARS).collect();
    let words = personal_words(profile);
    let inputs: Vec<&str> = words.iter().map(String::as_str).collect();
    let entropy = zxcvbn::zxcvbn(&capped, &inputs);
    let feedback = entropy.feedback();
    Strength {
        score: u8::from(entropy.score()),
        warning: feedback
            .and_then(|feedback| feedback.warning())
            .map(|warning| warning.to_string()),
        suggestions: feedback
            .map(|feedback| {
                feedback
                    .suggestions()
                    .iter()
                    .map(ToString::to_string)
                    .collect()
            })
            .unwrap_or_default(),
        guesses_log10: entropy.guesses_log10(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_policy_asks_for_twelve_characters_only() {
        let policy = PasswordPolicy::default();
        assert_eq!(
            policy.shortfalls("correct horse battery"),
            Vec::<String>::new()
        );
        assert_eq!(policy.shortfalls("short").len(), 1);
    }

    #[test]
    fn a_stricter_policy_names_each_missing_class() {
        let policy = PasswordPolicy {
            min_length: 8,
            require_upper: true,
            require_lower: true,
            require_digit: true,
            require_symbol: true,
        };
        let missing = policy.shortfalls("alllowercase");
        assert_eq!(
            missing,
            [
                "it has no upper-case letter",
                "it has no digit",
                "it has no symbol"
            ]
        );
        assert!(policy.shortfalls("Aa1!aaaa").is_empty());
    }

    #[test]
    fn strength_reads_only_the_first_hundred_characters() {
        let profile = Profile::default();
        let long = "a".repeat(1_000_000);
        let strength = estimate(&long, &profile);
        assert!(strength.score <= 1);
    }

    #[test]
    fn personal_words_make_a_password_weaker() {
        let mut profile = Profile {
            app_name: "Expensify".into(),
            ..Profile::default()
        };
        profile.authorizing_admin.last_name = "Smithers".into();
        let password = "expensifysmithers";
        let knowing = estimate(password, &profile);
        let not_knowing = estimate(password, &Profile::default());
        assert!(knowing.guesses_log10 < not_knowing.guesses_log10);
    }
}

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

/// A uniformly random number below `n` from the operating system's secure source (in a
/// browser, `crypto.getRandomValues`).
pub fn secure_random_below(n: usize) -> usize {
    use rand::Rng;
    rand::rngs::OsRng.gen_range(0..n)
}

#[cfg(test)]
mod generator_tests {
    use super::*;

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
