//! The password's rules, checked when it is typed or piped in; it never reaches the profile.

use std::collections::HashSet;

use super::{advice, cite, hit_if, one, Check, Field, Rule, Severity};
use crate::domain::profile::Profile;
use crate::domain::text::{app_words, fold};
use crate::i18n::{m, t, Message};

/// zxcvbn's verdict on a password, computed by the caller (the web app's worker, or the
/// CLI), so that the rules themselves carry no dictionary.
#[derive(Clone, Debug, PartialEq)]
pub struct Strength {
    /// 0 (guessable in moments) to 4 (very hard to guess).
    pub score: u8,
    pub warning: Option<String>,
    pub suggestions: Vec<String>,
    /// log10 of the estimated guesses needed.
    pub guesses_log10: f64,
}

/// The passphrase must take at least this many guesses (log10), by zxcvbn's estimate: about
/// 46 bits. A sealed packet travels by any channel, so whoever holds it can guess offline;
/// at scrypt's work factor 18 (about a second a guess on one core) that is millions of
/// core-years. Six random words of the generator's list (66 bits) clear it.
pub const PASSPHRASE_MIN_GUESSES_LOG10: f64 = 14.0;

/// A passphrase needs at least this many distinct words of three or more letters. Words are
/// what make a passphrase one a person can read out by phone; fewer than four leaves
/// either a short phrase or a string of characters that is better typed as a password.
pub const PASSPHRASE_MIN_WORDS: usize = 4;

/// Phrases so well known that they are in every cracking list, with where they come from.
/// A passphrase that contains one of them, in any case and with any separators, is refused.
/// The list is short on purpose: each entry is famous enough to be tried first.
pub static WELL_KNOWN_PHRASES: &[(&str, &str)] = &[
    (
        "correct horse battery staple",
        "xkcd 936, \"Password Strength\" (2011)",
    ),
    (
        "the quick brown fox jumps over the lazy dog",
        "the English pangram used in typing tests",
    ),
    (
        "to be or not to be that is the question",
        "Shakespeare, Hamlet, Act 3, Scene 1",
    ),
    ("may the force be with you", "Star Wars (1977)"),
    ("all your base are belong to us", "Zero Wing (1991)"),
    ("one small step for man", "Neil Armstrong, 20 July 1969"),
    ("houston we have a problem", "Apollo 13 (1995 film)"),
    ("i have a dream", "Martin Luther King Jr., 28 August 1963"),
    ("the cake is a lie", "Portal (2007)"),
    ("open sesame", "Ali Baba and the Forty Thieves"),
];

/// The password's and the passphrase's rules, checked when they are typed or piped in; they
/// never reach the profile. A table of their own, so that the web app's first load, which never sees a password,
/// does not carry them.
pub static PASSWORD_RULES: &[Rule] = &[
    Rule {
        id: "PASSWORD-WEAK",
        severity: Severity::Error,
        field: Field::Password,
        why: m::WHY_PASSWORD_WEAK,
        source: cite("Guide, Step 1: \"Create a unique and secure password for the user\" (zxcvbn score 3 or more)"),
        check: Check::Password(|c| {
            let Some(strength) = c.strength.filter(|s| s.score < 3 && !c.password.is_empty()) else {
                return vec![];
            };
            let mut advice_text = strength.suggestions.join(" ");
            if advice_text.is_empty() {
                advice_text = t::pw_use_generator();
            }
            // zxcvbn's own warning, in the active language (the worker's `strength`).
            let weak = t::pw_weak(&strength.score);
            one(
                match strength.warning.as_deref() {
                    Some(warning) => t::pair(&weak, &warning),
                    None => weak,
                },
                advice(&advice_text),
            )
        }),
    },
    Rule {
        id: "PASSWORD-PERSONAL",
        severity: Severity::Error,
        field: Field::Password,
        why: m::WHY_PASSWORD_PERSONAL,
        source: cite("Guide, Step 1: \"Create a unique and secure password\"; company policy: no login or name inside"),
        check: Check::Password(|c| match personal_word_in(c.password, c.profile) {
            Some(what) => one(
                t::pw_contains(&what.text()),
                advice(&t::pw_nothing_personal()),
            ),
            None => vec![],
        }),
    },
    Rule {
        id: "PASSPHRASE-WEAK",
        severity: Severity::Error,
        field: Field::Passphrase,
        why: m::WHY_PASSPHRASE_WEAK,
        source: cite("Guide, Step 1: the credentials go to the provider \"securely\"; age's scrypt recipient; zxcvbn score 4 and at least 10^14 guesses (about 46 bits), estimated with separators and the profile's words taken out"),
        check: Check::Passphrase(|c| {
            let strength = c.strength;
            hit_if(
                strength.score < 4 || strength.guesses_log10 < PASSPHRASE_MIN_GUESSES_LOG10,
                {
                    let weak = t::pp_weak(
                        &format!("{:.0}", strength.guesses_log10 * std::f64::consts::LOG2_10),
                        &format!("{:.0}", PASSPHRASE_MIN_GUESSES_LOG10 * std::f64::consts::LOG2_10),
                    );
                    match strength.warning.as_deref() {
                        Some(warning) => t::pair(&weak, &warning),
                        None => weak,
                    }
                },
                advice(&t::pp_generate_or_key()),
            )
        }),
    },
    Rule {
        id: "PASSPHRASE-WORDS",
        severity: Severity::Error,
        field: Field::Passphrase,
        why: m::WHY_PASSPHRASE_WORDS,
        source: cite("Guide, Step 1: the credentials go to the provider \"securely\"; at least four distinct words of three or more letters"),
        check: Check::Passphrase(|c| {
            let words = distinct_words(c.passphrase);
            hit_if(
                words < PASSPHRASE_MIN_WORDS,
                t::pp_few_words(words, &PASSPHRASE_MIN_WORDS),
                advice(&t::pp_generate()),
            )
        }),
    },
    Rule {
        id: "PASSPHRASE-KNOWN",
        severity: Severity::Error,
        field: Field::Passphrase,
        why: m::WHY_PASSPHRASE_KNOWN,
        source: cite("Guide, Step 1: \"a unique and secure password\"; the phrases and their sources are listed in docs/rules.md"),
        check: Check::Passphrase(|c| {
            let letters = letters_only(c.passphrase);
            let known = WELL_KNOWN_PHRASES
                .iter()
                .find(|(phrase, _)| letters.contains(&letters_only(phrase)));
            match known {
                Some((_, source)) => one(
                    t::pp_well_known(source),
                    advice(&t::pp_generate()),
                ),
                None => vec![],
            }
        }),
    },
    Rule {
        id: "PASSPHRASE-PERSONAL",
        severity: Severity::Error,
        field: Field::Passphrase,
        why: m::WHY_PASSPHRASE_PERSONAL,
        source: cite("Guide, Step 1: \"Create a unique and secure password\"; the packet names the app and the company"),
        check: Check::Passphrase(|c| match personal_word_in(c.passphrase, c.profile) {
            Some(what) => one(
                t::pp_contains(&what.text()),
                advice(&t::pp_nothing_personal()),
            ),
            None => vec![],
        }),
    },
    Rule {
        id: "PASSWORD-POLICY",
        severity: Severity::Error,
        field: Field::Password,
        why: m::WHY_PASSWORD_POLICY,
        source: cite("Concur: password policy set under Authentication Admin > Sign-In Settings; at most 255 characters"),
        check: Check::Password(|c| {
            let shortfalls = c.policy.shortfalls(c.password);
            hit_if(
                !shortfalls.is_empty(),
                t::pw_breaks_policy(&shortfalls.join("; ")),
                advice(&t::pw_meet_policy()),
            )
        }),
    },
];

/// The words of the profile an attacker would try first, each with what it is: the Login
/// ID's, the admin's names', the app's name's and the company domain's words, split at
/// punctuation so that a legal form or a hyphen cannot hide one. Words under three
/// characters are left out. PASSWORD-PERSONAL looks for them, and zxcvbn is told them.
pub fn personal_words(profile: &Profile) -> Vec<(String, Message)> {
    let split = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let admin = &profile.authorizing_admin;
    let domain = profile.effective_domain().unwrap_or_default();
    // The last label of a domain (com, org) is in too many passwords to mean anything.
    let domain_labels = domain
        .rsplit_once('.')
        .map(|(labels, _)| labels)
        .unwrap_or("");
    let mut app = split(&profile.app_name);
    // Password checks run where the spelling table is linked in (natively, and in the web
    // worker), so the words are always known there.
    app.extend(app_words(&profile.app_name).unwrap_or_default());
    let sources = [
        (split(profile.login_local_part()), m::PERSONAL_LOGIN_ID),
        (split(&admin.first_name), m::PERSONAL_ADMIN_FIRST),
        (split(&admin.last_name), m::PERSONAL_ADMIN_LAST),
        (app, m::PERSONAL_APP),
        (split(domain_labels), m::PERSONAL_DOMAIN),
    ];
    let mut words: Vec<(String, Message)> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for (found, what) in sources {
        for word in found {
            let word: String = word.chars().take(100).collect();
            if word.chars().count() >= 3 && seen.insert(word.clone()) {
                words.push((word, what));
            }
        }
    }
    words
}

/// Whether a character is one people put between the parts of a passphrase or password.
/// An attacker tries each guess with every common separator at little cost, so a separator
/// adds almost nothing to a secret's strength.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || "-._,;:/\\|+~*·•'\"`".contains(c)
}

/// The text with every separator taken out: `a-b-c d` becomes `abcd`.
pub fn without_separators(text: &str) -> String {
    text.chars().filter(|c| !is_separator(*c)).collect()
}

/// The text folded and without separators, so that neither case nor a separator can hide
/// a word from the comparisons below.
fn squeezed(text: &str) -> String {
    without_separators(&fold(text))
}

/// The text's letters alone, folded: how a passphrase is compared with a famous phrase.
fn letters_only(text: &str) -> String {
    fold(text).chars().filter(|c| c.is_alphabetic()).collect()
}

/// How many distinct words (runs of letters, compared folded) of three or more letters the
/// text has.
fn distinct_words(text: &str) -> usize {
    fold(text)
        .split(|c: char| !c.is_alphabetic())
        .filter(|word| word.chars().count() >= 3)
        .collect::<HashSet<_>>()
        .len()
}

/// What the first of the profile's words found in the secret is ("the app's name"), with
/// case and separators ignored, so `j-o-h-n` is found as `john`.
fn personal_word_in(secret: &str, profile: &Profile) -> Option<Message> {
    let secret = squeezed(secret);
    personal_words(profile)
        .into_iter()
        .find(|(word, _)| secret.contains(&squeezed(word)))
        .map(|(_, what)| what)
}

/// The texts whose zxcvbn estimate stands for the secret's strength; the caller keeps the
/// weakest. zxcvbn reads `a b c d e f` as twelve unrelated tokens and `acme expensify
/// 2026` as three unknown words, so each text is taken without separators, and once more
/// without the profile's words (the Login ID's, the names', the app's, the domain's, and
/// `wsadmin` and `concur`) and without years. Both forms depend only on the characters
/// that are not separators, so inserting separators never changes the estimate.
pub fn strength_variants(secret: &str, profile: &Profile) -> Vec<String> {
    let bare = squeezed(secret);
    let mut impersonal = bare.clone();
    let mut words: Vec<String> = personal_words(profile)
        .into_iter()
        .map(|(word, _)| squeezed(&word))
        .chain(["wsadmin".to_owned(), "concur".to_owned()])
        .filter(|word| !word.is_empty())
        .collect();
    // Longer words first, so that a word inside another (`smith` in `smithers`) does not
    // leave the rest of the longer one behind.
    words.sort_by_key(|word| std::cmp::Reverse(word.chars().count()));
    for word in &words {
        impersonal = impersonal.replace(word.as_str(), "");
    }
    impersonal = without_years(&impersonal);
    let mut variants = vec![bare];
    if variants[0] != impersonal {
        variants.push(impersonal);
    }
    variants
}

/// The text without four-digit years from 1900 to 2099, the numbers people add to a
/// passphrase to meet a rule.
fn without_years(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut kept = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let is_year = chars.len() - i >= 4
            && matches!((chars[i], chars[i + 1]), ('1', '9') | ('2', '0'))
            && chars[i + 2].is_ascii_digit()
            && chars[i + 3].is_ascii_digit();
        if is_year {
            i += 4;
        } else {
            kept.push(chars[i]);
            i += 1;
        }
    }
    kept
}
