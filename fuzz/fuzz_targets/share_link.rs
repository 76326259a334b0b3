//! Any text as a share link: opened or refused with a reason, never a panic; a link that
//! opens is made again and opens to the same checklist.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wsadmin_prep::formats::{recipient_link, share_link};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = recipient_link::decode(text);
    let Ok((profile, ticks)) = share_link::decode(text) else {
        return;
    };
    let again =
        share_link::decode(&share_link::encode(&profile, &ticks)).expect("a made link opens");
    assert_eq!(again, (profile, ticks));
});
