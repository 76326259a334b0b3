//! The handoff packet: sealing and opening natively, every way it can fail, and interop with
//! the real `age` CLI (Debian's), in recipient mode and in passphrase mode through a pty.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use age::secrecy::{ExposeSecret, SecretString};
use common::{age_keygen, age_seal, age_with_tty, run};
use wsadmin_prep::domain::handoff::HandoffPacket;
use wsadmin_prep::domain::profile::Profile;
use wsadmin_prep::formats::sealed_packet::{self as handoff, HandoffError, OpenWith, SealTo};

const PASSWORD: &str = "vR7#q2Lm!x9Tz@4Wk";
const PASSPHRASE: &str = "quartz vivid ember lantern oxygen tundra";
const EXAMPLE: &str = "docs/examples/expensify-standard.json";

fn profile() -> Profile {
    Profile::from_json(&std::fs::read(EXAMPLE).unwrap()).unwrap()
}

fn packet() -> HandoffPacket {
    HandoffPacket::for_profile(
        &profile(),
        PASSWORD,
        "2026-11-28T10:00:00Z",
        true,
        Some("call me".into()),
    )
}

fn passphrase(text: &str) -> SecretString {
    SecretString::from(text.to_owned())
}

fn identity() -> (age::x25519::Identity, age::x25519::Recipient) {
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public();
    (identity, recipient)
}

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_wsadmin-prep")
}

fn write(dir: &Path, name: &str, contents: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

#[test]
fn a_packet_round_trips_to_a_key_and_to_a_passphrase() {
    let (identity, recipient) = identity();
    let sealed = handoff::seal_and_check(&packet(), &SealTo::Recipient(recipient)).unwrap();
    assert!(sealed.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
    assert!(!sealed.contains(PASSWORD));
    let opened = handoff::open(sealed.as_bytes(), &OpenWith::Identity(identity)).unwrap();
    assert_eq!(opened, packet());

    let sealed =
        handoff::seal_and_check(&packet(), &SealTo::Passphrase(passphrase(PASSPHRASE))).unwrap();
    let opened = handoff::open(
        sealed.as_bytes(),
        &OpenWith::Passphrase(passphrase(PASSPHRASE)),
    )
    .unwrap();
    assert_eq!(opened.password, PASSWORD);
    // The work factor is written into the header, explicitly 18.
    let header = String::from_utf8_lossy(&dearmor(&sealed)).into_owned();
    assert!(
        header
            .lines()
            .any(|line| line.starts_with("-> scrypt ") && line.ends_with(" 18")),
        "{header}"
    );
}

fn dearmor(armored: &str) -> Vec<u8> {
    let mut binary = Vec::new();
    age::armor::ArmoredReader::new(armored.as_bytes())
        .read_to_end(&mut binary)
        .unwrap();
    binary
}

#[test]
fn each_way_of_failing_to_open_says_what_happened() {
    let (_, recipient) = identity();
    let (other, _) = identity();
    let to_key = handoff::seal(&packet(), &SealTo::Recipient(recipient)).unwrap();
    assert_eq!(
        handoff::open(to_key.as_bytes(), &OpenWith::Identity(other.clone())),
        Err(HandoffError::WrongKey)
    );
    // Said in the provider's words: a key file, not an "identity".
    let said = handoff::open(to_key.as_bytes(), &OpenWith::Identity(other))
        .unwrap_err()
        .to_string();
    assert_eq!(
        said,
        "this packet was sealed for a different key. Choose the key file whose public key you sent to the admin"
    );
    assert!(!said.contains("identity"));
    assert!(matches!(
        handoff::open(
            to_key.as_bytes(),
            &OpenWith::Passphrase(passphrase(PASSPHRASE))
        ),
        Err(HandoffError::WrongKind { .. })
    ));

    let to_phrase = handoff::seal(&packet(), &SealTo::Passphrase(passphrase(PASSPHRASE))).unwrap();
    assert_eq!(
        handoff::open(
            to_phrase.as_bytes(),
            &OpenWith::Passphrase(passphrase("wrong"))
        ),
        Err(HandoffError::WrongPassphrase)
    );

    // A changed byte in the body, or a packet cut short.
    let (identity, recipient) = identity();
    let sealed = handoff::seal(&packet(), &SealTo::Recipient(recipient)).unwrap();
    let mut binary = dearmor(&sealed);
    let last = binary.len() - 5;
    binary[last] ^= 0x01;
    assert_eq!(
        handoff::open(&binary, &OpenWith::Identity(identity.clone())),
        Err(HandoffError::Altered)
    );
    let binary = dearmor(&sealed);
    assert_eq!(
        handoff::open(
            &binary[..binary.len() - 20],
            &OpenWith::Identity(identity.clone())
        ),
        Err(HandoffError::Altered)
    );
    let cut = &sealed[..sealed.len() / 3];
    assert!(matches!(
        handoff::open(cut.as_bytes(), &OpenWith::Identity(identity.clone())),
        Err(HandoffError::NotAPacket(_))
    ));
    assert!(matches!(
        handoff::open(
            b"{\"schema\": \"wsadmin-prep/handoff@1\"}",
            &OpenWith::Identity(identity)
        ),
        Err(HandoffError::NotAPacket(_))
    ));
}

#[test]
fn a_hostile_work_factor_is_refused_before_any_work() {
    let sealed = handoff::seal(&packet(), &SealTo::Passphrase(passphrase(PASSPHRASE))).unwrap();
    let binary = dearmor(&sealed);
    let text = String::from_utf8_lossy(&binary).into_owned();
    let stanza = text
        .lines()
        .find(|line| line.starts_with("-> scrypt "))
        .unwrap()
        .to_owned();
    // 21 is one past typage's cap and asks wasm32 for more memory than it has.
    for factor in [21u8, 30] {
        let hostile_stanza = stanza.replace(" 18", &format!(" {factor}"));
        let mut hostile = binary.clone();
        let at = binary
            .windows(stanza.len())
            .position(|w| w == stanza.as_bytes())
            .unwrap();
        hostile.splice(at..at + stanza.len(), hostile_stanza.bytes());
        let started = std::time::Instant::now();
        assert_eq!(
            handoff::open(&hostile, &OpenWith::Passphrase(passphrase(PASSPHRASE))),
            Err(HandoffError::ExcessiveWork(factor))
        );
        assert!(started.elapsed().as_secs() < 1);
    }
}

#[test]
fn a_packet_does_not_tell_the_passwords_length() {
    // age adds random "grease" stanzas to headers, so the header varies; what follows it (the
    // encrypted payload) is what could tell a password's length, and it does not.
    let (_, recipient) = identity();
    let payload_length = |password: &str| {
        let packet =
            HandoffPacket::for_profile(&profile(), password, "2026-11-28T10:00:00Z", true, None);
        let armored = handoff::seal(&packet, &SealTo::Recipient(recipient.clone())).unwrap();
        let binary = dearmor(&armored);
        let mac_line = binary.windows(5).position(|w| w == b"\n--- ").unwrap() + 1;
        let header_end =
            mac_line + binary[mac_line..].iter().position(|b| *b == b'\n').unwrap() + 1;
        binary.len() - header_end
    };
    let short = payload_length("short-pw-1234!");
    assert_eq!(short, payload_length(&"Lo9!".repeat(50)));
    // 16 bytes of nonce, one 1 KiB block of padded JSON and its 16-byte tag.
    assert_eq!(short, 16 + 1024 + 16);
}

#[test]
fn a_huge_hostile_header_is_refused_at_once() {
    // A 60 KiB stanza line and 488 recipient stanzas: both took minutes with age's
    // unbuffered header parser. Over the packet cap, they are refused unread; just under
    // it, 240 stanzas are parsed in one buffered pass.
    let long_line = format!(
        "age-encryption.org/v1\n-> X25519 {}\n",
        "A".repeat(60 * 1024)
    );
    let stanzas = |count: usize| -> String {
        let many: String = (0..count)
            .map(|_| format!("-> X25519 {}\n{}\n", "B".repeat(43), "C".repeat(43)))
            .collect();
        format!("age-encryption.org/v1\n{many}--- {}\n", "D".repeat(43))
    };
    let (identity, _) = identity();
    for hostile in [long_line, stanzas(488), stanzas(150)] {
        let started = std::time::Instant::now();
        let result = handoff::open(hostile.as_bytes(), &OpenWith::Identity(identity.clone()));
        let took = started.elapsed();
        println!(
            "{} bytes: {:?} in {took:?}",
            hostile.len(),
            result.as_ref().unwrap_err()
        );
        assert!(result.is_err());
        assert!(took.as_millis() < 1000, "{took:?}");
    }
    let under_the_cap = handoff::open(stanzas(150).as_bytes(), &OpenWith::Identity(identity));
    assert!(
        matches!(&under_the_cap, Err(HandoffError::NotAPacket(reason)) if reason.contains("header cannot be read")),
        "{under_the_cap:?}"
    );
}

#[test]
fn a_sealed_file_of_another_schema_is_named() {
    let (identity, recipient) = identity();
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .unwrap();
    let mut sealed = Vec::new();
    let mut writer = encryptor.wrap_output(&mut sealed).unwrap();
    writer
        .write_all(br#"{"schema": "wsadmin-prep/profile@1"}"#)
        .unwrap();
    writer.finish().unwrap();
    let error = handoff::open(&sealed, &OpenWith::Identity(identity)).unwrap_err();
    assert!(
        error.to_string().contains("wsadmin-prep/profile@1"),
        "{error}"
    );
}

#[test]
fn a_hostile_packet_cannot_drive_the_terminal_of_the_provider_who_opens_it() {
    // Anyone with the provider's public key can seal a packet; its unknown field's name
    // reaches serde's error message, and its note reaches the provider's screen.
    let dir = tempfile::tempdir().unwrap();
    let (identity, recipient) = identity();
    let key = write(
        dir.path(),
        "key.txt",
        identity.to_string().expose_secret().as_bytes(),
    );
    let seal_raw = |plain: &[u8]| {
        let encryptor =
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .unwrap();
        let mut sealed = Vec::new();
        let mut writer = encryptor.wrap_output(&mut sealed).unwrap();
        writer.write_all(plain).unwrap();
        writer.finish().unwrap();
        sealed
    };
    let mut fields = serde_json::to_value(packet()).unwrap();
    fields["\u{1b}]0;pwned\u{7}"] = serde_json::json!(1);
    let unknown = write(
        dir.path(),
        "unknown.age",
        &seal_raw(fields.to_string().as_bytes()),
    );
    let mut noted = packet();
    noted.note = Some("line\u{1b}[2J\rover\u{9b}31m\u{202e}".into());
    let noted = write(
        dir.path(),
        "noted.age",
        handoff::seal(&noted, &SealTo::Recipient(recipient.clone()))
            .unwrap()
            .as_bytes(),
    );
    for (sealed, format) in [(&unknown, "text"), (&noted, "text"), (&noted, "json")] {
        let (code, stdout, stderr) = run(
            Command::new(bin()).args([
                "open",
                sealed.to_str().unwrap(),
                "--identity",
                key.to_str().unwrap(),
                "--format",
                format,
            ]),
            b"",
        );
        for output in [&stdout, &stderr] {
            let raw: Vec<char> = output
                .chars()
                .filter(|c| (c.is_control() && !matches!(c, '\n' | '\t')) || *c == '\u{202e}')
                .collect();
            assert_eq!(raw, Vec::<char>::new(), "{sealed:?} {format}: {output:?}");
        }
        if sealed == &unknown {
            assert_ne!(code, 0, "{stderr}");
            assert!(stderr.contains("unknown field"), "{stderr}");
        } else {
            assert_eq!(code, 0, "{stderr}");
        }
    }
}

#[test]
fn bad_keys_are_named() {
    for (text, expected) in [
        ("", "empty"),
        ("ssh-ed25519 AAAA", "must start with age1"),
        ("age1notakey", "not a valid age X25519 key"),
    ] {
        let error = handoff::parse_recipient(text).err().unwrap().to_string();
        assert!(error.contains(expected), "{text}: {error}");
    }
    assert!(handoff::parse_identity("# only a comment\n").is_err());
    let (file, public) = handoff::generate_identity("2026-11-28T10:00:00Z");
    let identity = handoff::parse_identity(file.expose_secret()).unwrap();
    assert_eq!(identity.to_public().to_string(), public);
}

#[test]
fn the_age_cli_opens_packets_sealed_by_the_cli_with_a_key() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("provider.key");
    let (code, _, stderr) = run(
        Command::new(bin()).args(["keygen", "-o", key.to_str().unwrap()]),
        b"",
    );
    assert_eq!(code, 0, "{stderr}");
    let public = stderr
        .trim()
        .strip_prefix("Public key: ")
        .unwrap()
        .to_owned();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the identity file is private");
    }
    let (code, armored, stderr) = run(
        Command::new(bin()).args([
            "seal",
            EXAMPLE,
            "--password-stdin",
            "--activated",
            "--to",
            &public,
        ]),
        format!("{PASSWORD}\n").as_bytes(),
    );
    assert_eq!(code, 0, "{stderr}");
    let packet = write(dir.path(), "handoff.age", armored.as_bytes());
    let (code, json, stderr) = run(
        Command::new("age").args(["-d", "-i", key.to_str().unwrap(), packet.to_str().unwrap()]),
        b"",
    );
    assert_eq!(code, 0, "age: {stderr}");
    let opened: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(opened["schema"], "wsadmin-prep/handoff@1");
    assert_eq!(opened["login_id"], "WSAdmin-Expensify@acme.com");
    assert_eq!(opened["password"], PASSWORD);
    // keygen never replaces an identity.
    let (code, _, stderr) = run(
        Command::new(bin()).args(["keygen", "-o", key.to_str().unwrap()]),
        b"",
    );
    assert_eq!(code, 2);
    assert!(stderr.contains("already exists"), "{stderr}");
}

#[test]
fn the_age_cli_opens_packets_sealed_by_the_cli_with_a_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let phrase = write(
        dir.path(),
        "phrase.txt",
        format!("{PASSPHRASE}\n").as_bytes(),
    );
    let (code, armored, stderr) = run(
        Command::new(bin()).args([
            "seal",
            EXAMPLE,
            "--password-stdin",
            "--activated",
            "--passphrase-file",
            phrase.to_str().unwrap(),
        ]),
        format!("{PASSWORD}\n").as_bytes(),
    );
    assert_eq!(code, 0, "{stderr}");
    let packet = write(dir.path(), "handoff.age", armored.as_bytes());
    let out = dir.path().join("opened.json");
    let code = age_with_tty(
        &format!("-d -o {} {}", out.display(), packet.display()),
        PASSPHRASE,
    );
    assert_eq!(code, 0);
    let opened: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(opened["password"], PASSWORD);
}

#[test]
fn the_cli_opens_packets_made_by_the_age_cli() {
    let dir = tempfile::tempdir().unwrap();
    let json = serde_json::to_vec(&packet()).unwrap();
    let plain = write(dir.path(), "packet.json", &json);

    // To a key made by age-keygen.
    let (key, public) = age_keygen(dir.path());
    let sealed = dir.path().join("to-key.age");
    age_seal(&public, &plain, &sealed);
    let (code, text, stderr) = run(
        Command::new(bin()).args([
            "open",
            sealed.to_str().unwrap(),
            "--identity",
            key.to_str().unwrap(),
        ]),
        b"",
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        text.contains(PASSWORD) && text.contains("WSAdmin-Expensify@acme.com"),
        "{text}"
    );

    // To a passphrase typed into age's prompt, at age's own work factor.
    let sealed = dir.path().join("to-phrase.age");
    let code = age_with_tty(
        &format!("-p -a -o {} {}", sealed.display(), plain.display()),
        PASSPHRASE,
    );
    assert_eq!(code, 0);
    let phrase = write(dir.path(), "phrase.txt", PASSPHRASE.as_bytes());
    let (code, json_out, stderr) = run(
        Command::new(bin()).args([
            "open",
            sealed.to_str().unwrap(),
            "--passphrase-file",
            phrase.to_str().unwrap(),
            "--format",
            "json",
        ]),
        b"",
    );
    assert_eq!(code, 0, "{stderr}");
    let opened: serde_json::Value = serde_json::from_str(&json_out).unwrap();
    assert_eq!(opened["password"], PASSWORD);
}

#[test]
fn open_exit_codes_separate_wrong_keys_from_unusable_input() {
    let dir = tempfile::tempdir().unwrap();
    let (_, recipient) = identity();
    let sealed = handoff::seal(&packet(), &SealTo::Recipient(recipient)).unwrap();
    let packet = write(dir.path(), "handoff.age", sealed.as_bytes());
    let (other_file, _) = handoff::generate_identity("now");
    let other = write(
        dir.path(),
        "other.key",
        other_file.expose_secret().as_bytes(),
    );
    let (code, stdout, stderr) = run(
        Command::new(bin()).args([
            "open",
            packet.to_str().unwrap(),
            "--identity",
            other.to_str().unwrap(),
        ]),
        b"",
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("different key"), "{stderr}");
    assert!(stdout.is_empty());
    let junk = write(dir.path(), "junk.age", b"hello, not age");
    let (code, _, stderr) = run(
        Command::new(bin()).args([
            "open",
            junk.to_str().unwrap(),
            "--identity",
            other.to_str().unwrap(),
        ]),
        b"",
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("not an age-sealed packet"), "{stderr}");
}

#[test]
fn seal_refuses_a_weak_password_or_a_broken_profile_and_never_takes_it_as_an_argument() {
    let (_, recipient) = identity();
    let public = recipient.to_string();
    let (code, stdout, stderr) = run(
        Command::new(bin()).args([
            "seal",
            EXAMPLE,
            "--password-stdin",
            "--activated",
            "--to",
            &public,
        ]),
        b"expensify2026\n",
    );
    assert_eq!(code, 1);
    assert!(stdout.is_empty(), "nothing sealed");
    assert!(stderr.contains("PASSWORD-PERSONAL"), "{stderr}");
    assert!(
        !stderr.contains("expensify2026"),
        "the password is never echoed"
    );
    let (code, _, stderr) = run(
        Command::new(bin()).args(["seal", EXAMPLE, "--to", &public, "--password", PASSWORD]),
        b"",
    );
    assert_eq!(code, 2, "{stderr}");
    let (code, _, stderr) = run(
        Command::new(bin()).args([
            "seal",
            EXAMPLE,
            "--password-stdin",
            "--activated",
            "--to",
            "age1broken",
        ]),
        format!("{PASSWORD}\n").as_bytes(),
    );
    assert_eq!(code, 2);
    assert!(stderr.contains("not a valid age X25519 key"), "{stderr}");
}

#[test]
fn seal_waits_until_the_first_log_in_is_confirmed() {
    let (_, recipient) = identity();
    let public = recipient.to_string();
    let (code, stdout, stderr) = run(
        Command::new(bin()).args(["seal", EXAMPLE, "--password-stdin", "--to", &public]),
        format!("{PASSWORD}\n").as_bytes(),
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.is_empty(), "nothing sealed");
    assert!(stderr.contains("Log in to Concur once"), "{stderr}");
    assert!(
        stderr.contains("that new one is the one to seal"),
        "{stderr}"
    );
}

/// The web app seals through its worker and the CLI through `seal`; both ask the domain's
/// one seal gate, so for the same profile, password and passphrase they refuse for the
/// same reasons, in the same words.
#[test]
fn the_web_worker_and_the_cli_refuse_a_seal_for_the_same_reasons() {
    use wsadmin_prep::worker::protocol::{handle, SealTargetText, WorkerRequest, WorkerResponse};
    let dir = tempfile::tempdir().unwrap();
    let broken = write(
        dir.path(),
        "broken.json",
        br#"{"edition": "standard", "app_name": "Expensify"}"#,
    );
    let cases: [(&Path, &str, &str); 5] = [
        (Path::new(EXAMPLE), "expensify2026", PASSPHRASE),
        (Path::new(EXAMPLE), PASSWORD, "short"),
        (Path::new(EXAMPLE), PASSWORD, "a"),
        (&broken, PASSWORD, PASSPHRASE),
        (&broken, "expensify", "tiny"),
    ];
    for (profile_path, password, phrase) in cases {
        let phrase_file = write(dir.path(), "phrase.txt", format!("{phrase}\n").as_bytes());
        let (code, stdout, stderr) = run(
            Command::new(bin()).args([
                "seal",
                profile_path.to_str().unwrap(),
                "--password-stdin",
                "--activated",
                "--passphrase-file",
                phrase_file.to_str().unwrap(),
            ]),
            format!("{password}\n").as_bytes(),
        );
        assert_eq!(code, 1, "{stderr}");
        assert!(stdout.is_empty(), "nothing sealed");
        let cli_reasons: Vec<&str> = stderr
            .lines()
            .filter_map(|line| line.strip_prefix("  - "))
            .collect();
        let profile = Profile::from_json(&std::fs::read(profile_path).unwrap()).unwrap();
        let answer = handle(WorkerRequest::Seal {
            profile: profile.to_value(),
            password: password.into(),
            to: SealTargetText::Passphrase {
                passphrase: phrase.into(),
                confirmation: phrase.into(),
            },
            key_confirmed: true,
            activated: true,
            note: None,
            created_at: "2026-11-28T10:00:00Z".into(),
        });
        let WorkerResponse::Blocked { reasons } = answer else {
            panic!("the worker sealed what the CLI refused: {answer:?}")
        };
        assert!(!reasons.is_empty());
        assert_eq!(cli_reasons, reasons, "{profile_path:?} {password} {phrase}");
    }
}

#[test]
fn the_cli_refuses_a_weak_passphrase_an_oversized_note_and_huge_secret_files() {
    let dir = tempfile::tempdir().unwrap();
    let seal = |phrase_file: &Path, note: &str| {
        run(
            Command::new(bin()).args([
                "seal",
                EXAMPLE,
                "--password-stdin",
                "--activated",
                "--passphrase-file",
                phrase_file.to_str().unwrap(),
                "--note",
                note,
            ]),
            format!("{PASSWORD}\n").as_bytes(),
        )
    };
    let weak = write(dir.path(), "weak.txt", b"aaaaaaaaaaaa\n");
    let (code, stdout, stderr) = seal(&weak, "");
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.is_empty());
    assert!(stderr.contains("PASSPHRASE-WEAK"), "{stderr}");
    // Separators, the profile's own words and famous phrases are refused by name too.
    for (phrase, rule) in [
        ("a-b-c-d-e-f-g-h", "PASSPHRASE-WEAK"),
        ("expensify john smith acme", "PASSPHRASE-PERSONAL"),
        ("correct horse battery staple", "PASSPHRASE-KNOWN"),
    ] {
        let file = write(dir.path(), "weak.txt", format!("{phrase}\n").as_bytes());
        let (code, stdout, stderr) = seal(&file, "");
        assert_eq!(code, 1, "{phrase}: {stderr}");
        assert!(stdout.is_empty(), "{phrase}");
        assert!(stderr.contains(rule), "{phrase}: {stderr}");
    }
    let good = write(dir.path(), "good.txt", format!("{PASSPHRASE}\n").as_bytes());
    let (code, _, stderr) = seal(&good, &"n".repeat(95 * 1024));
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("a note may have at most 500"), "{stderr}");
    // A passphrase file that never ends is refused, not read into memory.
    let (code, _, stderr) = seal(Path::new("/dev/zero"), "");
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("larger than 64 KiB"), "{stderr}");
    let (code, _, stderr) = run(
        Command::new(bin()).args(["open", EXAMPLE, "--identity", "/dev/zero"]),
        b"",
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("larger than 64 KiB"), "{stderr}");
}

#[test]
fn open_json_escapes_c1_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let (identity, recipient) = identity();
    let mut packet = packet();
    packet.note = Some("before\u{9b}31mafter".into());
    let sealed = handoff::seal(&packet, &SealTo::Recipient(recipient)).unwrap();
    let sealed = write(dir.path(), "c1.age", sealed.as_bytes());
    let key = write(
        dir.path(),
        "key.txt",
        age::secrecy::ExposeSecret::expose_secret(&identity.to_string()).as_bytes(),
    );
    let (code, stdout, stderr) = run(
        Command::new(bin()).args([
            "open",
            sealed.to_str().unwrap(),
            "--identity",
            key.to_str().unwrap(),
            "--format",
            "json",
        ]),
        b"",
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        !stdout.contains('\u{9b}'),
        "a raw C1 character reached the terminal"
    );
    assert!(stdout.contains("\\u009b"), "{stdout}");
    let opened: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(opened["note"], "before\u{9b}31mafter");
}

#[test]
fn seal_refuses_a_terminal_on_standard_input() {
    // util-linux `script` gives the command a pseudo-terminal, as a person typing would.
    let (_, recipient) = identity();
    let command = format!(
        "{} seal {EXAMPLE} --password-stdin --activated --to {recipient}",
        bin()
    );
    let out = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .stdin(Stdio::null())
        .output()
        .expect("script (util-linux) starts");
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(shown.contains("standard input is a terminal"), "{shown}");
    assert!(!shown.contains("BEGIN AGE"), "{shown}");
}
