//! Any bytes as what a packet opens to: a credentials or a token packet, or refused with a
//! named reason, never a panic. The age layer is `packet_opener`'s; this one reaches the
//! JSON, its schemas and the token's times directly.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wsadmin_prep::formats::sealed_packet::read_packet;

fuzz_target!(|data: &[u8]| {
    if let Ok(packet) = read_packet(data) {
        // An accepted token packet has times the opener can count with.
        let _ = packet.token_time(0);
        let _ = packet.display_fields();
    }
});
