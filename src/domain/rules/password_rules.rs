//! The password's rules, checked when it is typed or piped in; it never reaches the profile.

use super::{advice, hit_if, one, Check, Field, Rule, Severity};
use crate::domain::profile::Profile;
use crate::domain::text::{app_words, fold};

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

/// The password's and the passphrase's rules, checked when they are typed or piped in; they
/// never reach the profile. A table of their own, so that the web app's first load, which never sees a password,
/// does not carry them.
pub static PASSWORD_RULES: &[Rule] = &[
    Rule {
        id: "PASSWORD-WEAK",
        severity: Severity::Error,
        field: Field::Password,
        why: "The password is all that protects a profile that can read the company's expense, travel or invoice data.",
        source: "Guide, Step 1: \"Create a unique and secure password for the user\" (zxcvbn score 3 or more)",
        check: Check::Password(|c| {
            let Some(strength) = c.strength.filter(|s| s.score < 3 && !c.password.is_empty()) else {
                return vec![];
            };
            let mut advice_text = strength.suggestions.join(" ");
            if advice_text.is_empty() {
                advice_text = "Use the generator, or four or more unrelated words".into();
            }
            one(
                format!(
                    "The password is easy to guess (strength {} of 4){}",
                    strength.score,
                    strength.warning.as_deref().map(|w| format!(": {w}")).unwrap_or_default()
                ),
                advice(&advice_text),
            )
        }),
    },
    Rule {
        id: "PASSWORD-PERSONAL",
        severity: Severity::Error,
        field: Field::Password,
        why: "A password built from the profile's own names is the first thing an attacker tries.",
        source: "Guide, Step 1: \"Create a unique and secure password\"; company policy: no login or name inside",
        check: Check::Password(|c| {
            let password = fold(c.password);
            let found = personal_words(c.profile)
                .into_iter()
                .find(|(word, _)| password.contains(&fold(word)));
            match found {
                Some((_, what)) => one(
                    format!("The password contains {what}"),
                    advice("Use a password with nothing from the profile in it"),
                ),
                None => vec![],
            }
        }),
    },
    Rule {
        id: "PASSPHRASE-WEAK",
        severity: Severity::Error,
        field: Field::Passphrase,
        why: "Whoever holds a sealed packet can try passphrases offline for as long as they like; only a long, unguessable one keeps the password inside.",
        source: "Guide, Step 1: the credentials go to the provider \"securely\"; age's scrypt recipient; zxcvbn score 4 and at least 10^14 guesses (about 46 bits)",
        check: Check::Passphrase(|strength| {
            hit_if(
                strength.score < 4 || strength.guesses_log10 < PASSPHRASE_MIN_GUESSES_LOG10,
                format!(
                    "The passphrase is too easy to guess offline (about {:.0} bits; at least {:.0} are needed){}",
                    strength.guesses_log10 * std::f64::consts::LOG2_10,
                    PASSPHRASE_MIN_GUESSES_LOG10 * std::f64::consts::LOG2_10,
                    strength.warning.as_deref().map(|w| format!(": {w}")).unwrap_or_default()
                ),
                advice("Generate one (six or more random words), or seal to the provider's key instead"),
            )
        }),
    },
    Rule {
        id: "PASSWORD-POLICY",
        severity: Severity::Error,
        field: Field::Password,
        why: "Concur refuses a password that breaks the company's sign-in policy.",
        source: "Concur: password policy set under Authentication Admin > Sign-In Settings; at most 255 characters",
        check: Check::Password(|c| {
            let shortfalls = c.policy.shortfalls(c.password);
            hit_if(
                !shortfalls.is_empty(),
                format!("The password breaks the company's policy: {}", shortfalls.join("; ")),
                advice("Generate one that meets the policy"),
            )
        }),
    },
];

/// The words of the profile an attacker would try first, each with what it is: the Login
/// ID's, the admin's names', the app's name's and the company domain's words, split at
/// punctuation so that a legal form or a hyphen cannot hide one. Words under three
/// characters are left out. PASSWORD-PERSONAL looks for them, and zxcvbn is told them.
pub fn personal_words(profile: &Profile) -> Vec<(String, &'static str)> {
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
        (split(profile.login_local_part()), "the Login ID"),
        (split(&admin.first_name), "the admin's first name"),
        (split(&admin.last_name), "the admin's last name"),
        (app, "the app's name"),
        (split(domain_labels), "the company's domain"),
    ];
    let mut words: Vec<(String, &'static str)> = Vec::new();
    for (found, what) in sources {
        for word in found {
            let word: String = word.chars().take(100).collect();
            if word.chars().count() >= 3 && !words.iter().any(|(known, _)| *known == word) {
                words.push((word, what));
            }
        }
    }
    words
}
