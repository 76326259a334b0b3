//! Any bytes as a profile file: read or refused with a reason, never a panic; a profile
//! that reads is validated, filled, and written and read back unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wsadmin_prep::domain::draft::ProfileEdit;
use wsadmin_prep::domain::profile::Profile;
use wsadmin_prep::domain::rules;

fuzz_target!(|data: &[u8]| {
    let Ok(profile) = Profile::from_json(data) else {
        return;
    };
    let _ = rules::validate(&profile);
    let again = Profile::from_json(profile.to_json().as_bytes()).expect("a written profile reads");
    assert_eq!(again, profile);
    let mut filled = profile;
    filled.apply(ProfileEdit::FillSuggestions);
    let _ = rules::validate(&filled);
});
