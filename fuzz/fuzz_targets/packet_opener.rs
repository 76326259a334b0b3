//! Any bytes as a sealed packet, opened with a fixed key and with a passphrase (scrypt
//! capped at work factor 10 here, so each try is quick): opened or refused, never a panic.
#![no_main]

use std::sync::OnceLock;

use age::secrecy::SecretString;
use libfuzzer_sys::fuzz_target;
use wsadmin_prep::formats::sealed_packet::{
    decrypt_with_work_cap, parse_identity, read_packet, OpenWith, MAX_PACKET_BYTES,
};

fn keys() -> &'static (OpenWith, OpenWith) {
    static KEYS: OnceLock<(OpenWith, OpenWith)> = OnceLock::new();
    KEYS.get_or_init(|| {
        // The key of the seed corpus's packets (fuzz/corpus/packet_opener), made for fuzzing.
        let identity = parse_identity(include_str!("../../tests/fixtures/fuzz-identity.txt"))
            .expect("the fuzzing identity parses");
        (
            OpenWith::Identity(identity),
            OpenWith::Passphrase(SecretString::from("fuzzing passphrase".to_owned())),
        )
    })
}

fuzz_target!(|data: &[u8]| {
    let (key, passphrase) = keys();
    for with in [key, passphrase] {
        if let Ok(plaintext) = decrypt_with_work_cap(data, with, MAX_PACKET_BYTES, 10) {
            let _ = read_packet(&plaintext);
        }
    }
});
