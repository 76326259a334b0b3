//! zxcvbn's strength estimate of a password, told the words an attacker would try first
//! for this profile. The password is never stored; this only looks at it.

use crate::domain::profile::Profile;
use crate::domain::rules::{
    self, personal_words, strength_variants, Finding, PassphraseCheck, PasswordCheck, Strength,
};

/// zxcvbn reads this many characters at most, so a long paste cannot freeze the page.
pub const STRENGTH_INPUT_MAX_CHARS: usize = 100;

/// Estimates a secret's strength, reading at most its first 100 characters: zxcvbn's
/// estimate of the weakest of `strength_variants` (without separators, and without the
/// profile's words and years), so that neither hides a guessable secret.
pub fn estimate(secret: &str, profile: &Profile) -> Strength {
    let capped: String = secret.chars().take(STRENGTH_INPUT_MAX_CHARS).collect();
    let login_id: String = profile
        .ws_admin
        .login_id
        .chars()
        .take(STRENGTH_INPUT_MAX_CHARS)
        .collect();
    let words = personal_words(profile);
    let inputs: Vec<&str> = words
        .iter()
        .map(|(word, _)| word.as_str())
        .chain(["concur", "wsadmin", login_id.as_str()])
        .collect();
    strength_variants(&capped, profile)
        .iter()
        .map(|variant| zxcvbn_strength(variant, &inputs))
        .min_by(|a, b| a.guesses_log10.total_cmp(&b.guesses_log10))
        .expect("strength_variants always gives the secret itself")
}

fn zxcvbn_strength(text: &str, inputs: &[&str]) -> Strength {
    let entropy = zxcvbn::zxcvbn(text, inputs);
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

/// The password's strength and every password rule it breaks: what the worker answers
/// while the admin types, and what the seal gate reads.
pub fn check_password(password: &str, profile: &Profile) -> (Strength, Vec<Finding>) {
    let strength = estimate(password, profile);
    let findings = rules::validate_password(&PasswordCheck {
        profile,
        password,
        policy: &profile.password_policy,
        strength: Some(&strength),
    });
    (strength, findings)
}

/// Every passphrase rule the passphrase breaks, zxcvbn told the profile's words.
pub fn check_passphrase(passphrase: &str, profile: &Profile) -> (Strength, Vec<Finding>) {
    let strength = estimate(passphrase, profile);
    let findings = rules::validate_passphrase(&PassphraseCheck {
        profile,
        passphrase,
        strength: &strength,
    });
    (strength, findings)
}

#[cfg(test)]
mod tests {
    use super::*;

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
