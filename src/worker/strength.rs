//! zxcvbn's strength estimate of a password, told the words an attacker would try first
//! for this profile. The password is never stored; this only looks at it.

use zxcvbn::feedback::{Suggestion, Warning};

use crate::domain::profile::Profile;
use crate::domain::rules::{
    self, personal_words, strength_variants, Finding, PassphraseCheck, PasswordCheck, Strength,
};
use crate::i18n::{m, Message};

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
            .map(|warning| warning_message(warning).text()),
        suggestions: feedback
            .map(|feedback| {
                feedback
                    .suggestions()
                    .iter()
                    .map(|suggestion| suggestion_message(*suggestion).text())
                    .collect()
            })
            .unwrap_or_default(),
        guesses_log10: entropy.guesses_log10(),
    }
}

/// zxcvbn's warning in the active language. The crate words it in English only; the match
/// names every warning it has, so one added by a new version fails the build here.
fn warning_message(warning: Warning) -> Message {
    match warning {
        Warning::StraightRowsOfKeysAreEasyToGuess => m::ZX_STRAIGHT_ROWS,
        Warning::ShortKeyboardPatternsAreEasyToGuess => m::ZX_SHORT_KEYBOARD,
        Warning::RepeatsLikeAaaAreEasyToGuess => m::ZX_REPEATS_AAA,
        Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => m::ZX_REPEATS_ABCABC,
        Warning::ThisIsATop10Password => m::ZX_TOP_10,
        Warning::ThisIsATop100Password => m::ZX_TOP_100,
        Warning::ThisIsACommonPassword => m::ZX_COMMON,
        Warning::ThisIsSimilarToACommonlyUsedPassword => m::ZX_SIMILAR_COMMON,
        Warning::SequencesLikeAbcAreEasyToGuess => m::ZX_SEQUENCES,
        Warning::RecentYearsAreEasyToGuess => m::ZX_RECENT_YEARS,
        Warning::AWordByItselfIsEasyToGuess => m::ZX_WORD_ALONE,
        Warning::DatesAreOftenEasyToGuess => m::ZX_DATES,
        Warning::NamesAndSurnamesByThemselvesAreEasyToGuess => m::ZX_NAMES_ALONE,
        Warning::CommonNamesAndSurnamesAreEasyToGuess => m::ZX_COMMON_NAMES,
    }
}

/// zxcvbn's suggestion in the active language (as `warning_message`).
fn suggestion_message(suggestion: Suggestion) -> Message {
    match suggestion {
        Suggestion::UseAFewWordsAvoidCommonPhrases => m::ZX_USE_FEW_WORDS,
        Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters => m::ZX_NO_NEED_SYMBOLS,
        Suggestion::AddAnotherWordOrTwo => m::ZX_ADD_WORD,
        Suggestion::CapitalizationDoesntHelpVeryMuch => m::ZX_CAPITALIZATION,
        Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => m::ZX_ALL_UPPERCASE,
        Suggestion::ReversedWordsArentMuchHarderToGuess => m::ZX_REVERSED,
        Suggestion::PredictableSubstitutionsDontHelpVeryMuch => m::ZX_SUBSTITUTIONS,
        Suggestion::UseALongerKeyboardPatternWithMoreTurns => m::ZX_LONGER_KEYBOARD,
        Suggestion::AvoidRepeatedWordsAndCharacters => m::ZX_AVOID_REPEATS,
        Suggestion::AvoidSequences => m::ZX_AVOID_SEQUENCES,
        Suggestion::AvoidRecentYears => m::ZX_AVOID_RECENT_YEARS,
        Suggestion::AvoidYearsThatAreAssociatedWithYou => m::ZX_AVOID_YOUR_YEARS,
        Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => m::ZX_AVOID_YOUR_DATES,
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
