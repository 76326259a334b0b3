//! The sealed handoff packet: the packet's JSON (`wsadmin-prep/handoff@1` for a WS Admin
//! user's credentials, `wsadmin-prep/token-handoff@1` for a Company Request Token) sealed
//! with age (ASCII armor) to the provider's public key or to a passphrase, so the standard
//! `age` tools open it too.

use std::io::{Read, Write};

use age::armor::{ArmoredReader, ArmoredWriter, Format};
use age::secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use super::json::{self, FormatError, Schema};
use crate::domain::handoff::{HandoffPacket, TokenPacket, HANDOFF_SCHEMA, TOKEN_HANDOFF_SCHEMA};
use crate::domain::handoff::{PacketField, TokenTimesProblem};
use crate::domain::request_token::{TokenTime, UnixSeconds};
use crate::i18n::t;

/// An opened packet of either route.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OpenedPacket {
    Credentials(HandoffPacket),
    RequestToken(TokenPacket),
}

impl OpenedPacket {
    /// The fields in the order the provider reads them, empty ones left out. The CLI's
    /// `open` and the web page's provider side both show these.
    pub fn display_fields(&self) -> Vec<PacketField<'_>> {
        match self {
            OpenedPacket::Credentials(packet) => packet.display_fields(),
            OpenedPacket::RequestToken(packet) => packet.display_fields(),
        }
    }

    /// Where a token packet's token stands at `now` (`TokenPacket::time_at`); `None` for
    /// credentials.
    pub fn token_time(&self, now: UnixSeconds) -> Result<Option<TokenTime>, TokenTimesProblem> {
        match self {
            OpenedPacket::RequestToken(packet) => packet.time_at(now).map(Some),
            OpenedPacket::Credentials(_) => Ok(None),
        }
    }
}

impl From<HandoffPacket> for OpenedPacket {
    fn from(packet: HandoffPacket) -> Self {
        OpenedPacket::Credentials(packet)
    }
}

impl From<TokenPacket> for OpenedPacket {
    fn from(packet: TokenPacket) -> Self {
        OpenedPacket::RequestToken(packet)
    }
}

/// scrypt's work factor for passphrase packets: set explicitly, never the timing-based
/// default, so that the age CLI (up to 22) and typage (up to 20) both open them.
pub const SCRYPT_WORK_FACTOR: u8 = 18;
/// The most work a packet may ask for before it is refused as hostile: 20 (1 GiB of memory,
/// about 4 s natively). typage's own cap, so every packet this tool accepts opens anywhere;
/// wasm32 cannot allocate the 2 GiB that 21 asks for.
pub const SCRYPT_MAX_WORK_FACTOR: u8 = 20;
/// A packet's JSON is padded with spaces to a whole number of these before sealing, so the
/// sealed size does not tell the password's length. JSON readers ignore the spaces.
pub const PADDING_BLOCK: usize = 1024;
/// Real packets are 1 to 2 KiB armored, and at most about 5 KiB with the longest note;
/// anything larger than this is not one. The cap holds for the sealed file and for what it
/// opens to.
pub const MAX_PACKET_BYTES: usize = 16 * 1024;
/// The armor's first line; whitespace before it (and after the last) is allowed.
const ARMOR_BEGIN: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";
/// The stanza type of age 1.3's post-quantum keys, which this version cannot use yet.
const POST_QUANTUM_STANZA: &[u8] = b"-> mlkem768x25519";

/// Who can open a sealed packet.
pub enum SealTo {
    /// The provider's age public key (`age1…`), the recommended way.
    Recipient(age::x25519::Recipient),
    /// A passphrase the admin tells the provider another way (by phone).
    Passphrase(SecretString),
}

/// What opens a packet.
pub enum OpenWith {
    Identity(age::x25519::Identity),
    Passphrase(SecretString),
}

/// Why a packet could not be opened or used. Each says what to do next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandoffError {
    /// Not an age file at all.
    NotAPacket(String),
    /// An age file, or something, far larger than a handoff packet ever is.
    TooLarge { bytes: usize },
    /// Sealed to a post-quantum key (age 1.3's `mlkem768x25519`).
    PostQuantum,
    /// Sealed to another key.
    WrongKey,
    /// Sealed with a different passphrase.
    WrongPassphrase,
    /// Sealed to a key, but a passphrase was given (or the other way round).
    WrongKind { sealed_to_passphrase: bool },
    /// Cut short or changed after sealing.
    Altered,
    /// Asks for more scrypt work than any packet of ours needs.
    ExcessiveWork(u8),
    /// Opened, but what is inside is not a handoff packet this version reads.
    NotHandoffJson(String),
    /// A recipient or identity that does not parse.
    BadKey(String),
}

impl std::fmt::Display for HandoffError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HandoffError::NotAPacket(reason) => f.write_str(&t::packet_not_age(reason)),
            HandoffError::TooLarge { bytes } => f.write_str(&t::packet_too_large(&(bytes / 1024))),
            HandoffError::PostQuantum => f.write_str(&t::packet_post_quantum()),
            HandoffError::WrongKey => f.write_str(&t::packet_wrong_key()),
            HandoffError::WrongPassphrase => f.write_str(&t::packet_wrong_passphrase()),
            HandoffError::WrongKind {
                sealed_to_passphrase: true,
            } => f.write_str(&t::packet_sealed_to_passphrase()),
            HandoffError::WrongKind {
                sealed_to_passphrase: false,
            } => f.write_str(&t::packet_sealed_to_key()),
            HandoffError::Altered => f.write_str(&t::packet_altered()),
            HandoffError::ExcessiveWork(log_n) => {
                f.write_str(&t::packet_excessive_work(log_n, &SCRYPT_MAX_WORK_FACTOR))
            }
            HandoffError::NotHandoffJson(reason) => f.write_str(&t::packet_not_handoff(reason)),
            HandoffError::BadKey(reason) => f.write_str(reason),
        }
    }
}

impl std::error::Error for HandoffError {}

/// Reads an age public key (`age1…`), naming what is wrong with a bad one.
pub fn parse_recipient(text: &str) -> Result<age::x25519::Recipient, HandoffError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(HandoffError::BadKey(t::key_empty()));
    }
    if text.starts_with("age1pq1") {
        return Err(HandoffError::BadKey(t::key_post_quantum()));
    }
    if !text.starts_with("age1") {
        let start = text.chars().take(6).collect::<String>();
        return Err(HandoffError::BadKey(t::key_bad_start(&format!(
            "{start:?}"
        ))));
    }
    text.parse()
        .map_err(|_| HandoffError::BadKey(t::key_invalid()))
}

/// Reads an age identity file (comments and one `AGE-SECRET-KEY-1…` line).
pub fn parse_identity(text: &str) -> Result<age::x25519::Identity, HandoffError> {
    let key = text
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty() && !line.starts_with('#'))
        .ok_or_else(|| HandoffError::BadKey(t::identity_no_key()))?;
    if key.starts_with("AGE-SECRET-KEY-PQ-1") {
        return Err(HandoffError::BadKey(t::identity_post_quantum()));
    }
    key.parse()
        .map_err(|_| HandoffError::BadKey(t::identity_not_x25519()))
}

/// A new identity, as the text of an identity file (as `age-keygen` writes it), with its
/// public key.
pub fn generate_identity(created_at: &str) -> (SecretString, String) {
    let identity = age::x25519::Identity::generate();
    let public = identity.to_public().to_string();
    let file = format!(
        "# created: {created_at}\n# public key: {public}\n{}\n",
        identity.to_string().expose_secret()
    );
    (SecretString::from(file), public)
}

/// Seals a packet of either route, ASCII-armored.
pub fn seal(packet: &impl Serialize, to: &SealTo) -> Result<String, HandoffError> {
    let mut json = serde_json::to_vec(packet).expect("a packet always serializes");
    let padded = json.len().div_ceil(PADDING_BLOCK) * PADDING_BLOCK;
    json.resize(padded, b' ');
    let result = seal_bytes(&json, to);
    json.zeroize();
    result
}

fn seal_bytes(plaintext: &[u8], to: &SealTo) -> Result<String, HandoffError> {
    let encryptor = match to {
        SealTo::Recipient(recipient) => {
            age::Encryptor::with_recipients(std::iter::once(recipient as &dyn age::Recipient))
        }
        SealTo::Passphrase(passphrase) => {
            let mut recipient = age::scrypt::Recipient::new(passphrase.clone());
            recipient.set_work_factor(SCRYPT_WORK_FACTOR);
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
        }
    }
    .expect("one recipient of one kind always makes an encryptor");
    let mut armored = Vec::new();
    let io = |error: std::io::Error| HandoffError::NotAPacket(error.to_string());
    let writer = ArmoredWriter::wrap_output(&mut armored, Format::AsciiArmor).map_err(io)?;
    let mut stream = encryptor.wrap_output(writer).map_err(io)?;
    stream.write_all(plaintext).map_err(io)?;
    stream
        .finish()
        .and_then(|armor| armor.finish())
        .map_err(io)?;
    Ok(String::from_utf8(armored).expect("ASCII armor is ASCII"))
}

/// Opens a packet of either route (armored or binary age), checking that what is inside is
/// a packet this version reads.
pub fn open_any(sealed: &[u8], with: &OpenWith) -> Result<OpenedPacket, HandoffError> {
    let plaintext = decrypt(sealed, with, MAX_PACKET_BYTES)?;
    read_packet(&plaintext)
}

/// Opens a WS Admin credentials packet; a token packet is refused as such.
pub fn open(sealed: &[u8], with: &OpenWith) -> Result<HandoffPacket, HandoffError> {
    match open_any(sealed, with)? {
        OpenedPacket::Credentials(packet) => Ok(packet),
        OpenedPacket::RequestToken(_) => Err(HandoffError::NotHandoffJson(t::packet_holds_token())),
    }
}

/// Decrypts an age file (armored, with any whitespace around the armor, or binary) whose
/// file and content are at most `max_bytes`. The one age-level opener: `open` (the CLI's
/// and the worker's) calls it with the packet cap, and the age test vectors with more.
/// A file over the cap is refused before any parsing, and the header is parsed from a
/// buffer in one pass, so a hostile header costs time in proportion to its size only.
pub fn decrypt(
    sealed: &[u8],
    with: &OpenWith,
    max_bytes: usize,
) -> Result<Zeroizing<Vec<u8>>, HandoffError> {
    decrypt_with_work_cap(sealed, with, max_bytes, SCRYPT_MAX_WORK_FACTOR)
}

/// `decrypt` with a lower scrypt cap, for the fuzzer, which must not spend a second on
/// each passphrase it tries.
pub fn decrypt_with_work_cap(
    sealed: &[u8],
    with: &OpenWith,
    max_bytes: usize,
    max_work_factor: u8,
) -> Result<Zeroizing<Vec<u8>>, HandoffError> {
    if sealed.len() > max_bytes {
        return Err(HandoffError::TooLarge {
            bytes: sealed.len(),
        });
    }
    let sealed = without_whitespace_around_armor(sealed);
    // Dearmored once, so that the header can be checked before age reads it.
    let mut file = Vec::new();
    ArmoredReader::new(sealed)
        .take(max_bytes as u64 + 1)
        .read_to_end(&mut file)
        .map_err(|error| HandoffError::NotAPacket(t::packet_armor_damaged(&error)))?;
    check_stanza_bodies(&file)?;
    let decryptor = age::Decryptor::new_buffered(&file[..]).map_err(|error| match error {
        // age calls a v1 header it cannot parse an unknown format too.
        age::DecryptError::UnknownFormat if !file.starts_with(b"age-encryption.org/v1\n") => {
            HandoffError::NotAPacket(t::packet_unknown_version())
        }
        age::DecryptError::UnknownFormat
        | age::DecryptError::InvalidHeader
        | age::DecryptError::Io(_) => HandoffError::NotAPacket(t::packet_header_unreadable()),
        age::DecryptError::InvalidMac => HandoffError::Altered,
        other => HandoffError::NotAPacket(other.to_string()),
    })?;
    let sealed_to_passphrase = decryptor.is_scrypt();
    let reader = match with {
        OpenWith::Identity(identity) => {
            if sealed_to_passphrase {
                return Err(HandoffError::WrongKind {
                    sealed_to_passphrase: true,
                });
            }
            decryptor.decrypt(std::iter::once(identity as &dyn age::Identity))
        }
        OpenWith::Passphrase(passphrase) => {
            if !sealed_to_passphrase {
                return Err(HandoffError::WrongKind {
                    sealed_to_passphrase: false,
                });
            }
            let mut identity = age::scrypt::Identity::new(passphrase.clone());
            identity.set_max_work_factor(max_work_factor.min(SCRYPT_MAX_WORK_FACTOR));
            decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity))
        }
    };
    let mut reader = reader.map_err(|error| match error {
        age::DecryptError::NoMatchingKeys if header_names_post_quantum(&file) => {
            HandoffError::PostQuantum
        }
        age::DecryptError::NoMatchingKeys if sealed_to_passphrase => HandoffError::WrongPassphrase,
        age::DecryptError::NoMatchingKeys => HandoffError::WrongKey,
        age::DecryptError::DecryptionFailed | age::DecryptError::KeyDecryptionFailed
            if sealed_to_passphrase =>
        {
            HandoffError::WrongPassphrase
        }
        age::DecryptError::ExcessiveWork { required, .. } => HandoffError::ExcessiveWork(required),
        _ => HandoffError::Altered,
    })?;
    let mut plaintext = Zeroizing::new(Vec::new());
    reader
        .by_ref()
        .take(max_bytes as u64 + 1)
        .read_to_end(&mut plaintext)
        .map_err(|_| HandoffError::Altered)?;
    if plaintext.len() > max_bytes {
        return Err(HandoffError::TooLarge {
            bytes: plaintext.len(),
        });
    }
    Ok(plaintext)
}

/// The armored file without the whitespace the age spec allows around it (a pasted packet
/// often has some); anything else unchanged.
fn without_whitespace_around_armor(sealed: &[u8]) -> &[u8] {
    let trimmed = sealed.trim_ascii();
    if trimmed.starts_with(ARMOR_BEGIN) {
        trimmed
    } else {
        sealed
    }
}

/// Whether the header has a post-quantum stanza (stanza lines are plain text).
fn header_names_post_quantum(file: &[u8]) -> bool {
    file.windows(POST_QUANTUM_STANZA.len())
        .any(|window| window == POST_QUANTUM_STANZA)
}

/// age's header grammar for stanza bodies, which the age crate reads leniently: a stanza's
/// body ends with a line shorter than 64 characters, empty if need be, before the next
/// stanza or the MAC line (C2SP age spec, "Header"; CCTV vectors `stanza_missing_body`
/// and `stanza_missing_final_line`). Anything else is left for age to judge.
fn check_stanza_bodies(file: &[u8]) -> Result<(), HandoffError> {
    let mut lines = file.split(|byte| *byte == b'\n');
    if lines.next() != Some(&b"age-encryption.org/v1"[..]) {
        return Ok(());
    }
    let cut_short = || HandoffError::NotAPacket(t::packet_stanza_unfinished());
    let mut in_body = false;
    for line in lines {
        if line.starts_with(b"---") {
            return if in_body { Err(cut_short()) } else { Ok(()) };
        }
        if line.starts_with(b"->") {
            if in_body {
                return Err(cut_short());
            }
            in_body = true;
        } else if !in_body {
            return Ok(());
        } else if line.len() < 64 {
            in_body = false;
        }
    }
    Ok(())
}

/// Reads what a packet opened to: a credentials or a token packet, told apart by `schema`.
/// Public for the fuzzer, which feeds it bytes no age file would carry.
pub fn read_packet(plaintext: &[u8]) -> Result<OpenedPacket, HandoffError> {
    let value: serde_json::Value = serde_json::from_slice(plaintext)
        .map_err(|_| HandoffError::NotHandoffJson(t::packet_not_json()))?;
    json::refuse_duplicate_keys(plaintext)
        .map_err(|error| HandoffError::NotHandoffJson(error.to_string()))?;
    let unreadable = |error: FormatError| {
        HandoffError::NotHandoffJson(match error {
            FormatError::MissingSchema { .. } => t::packet_no_schema(),
            error => error.to_string(),
        })
    };
    if value.get("schema").and_then(serde_json::Value::as_str) == Some(TOKEN_HANDOFF_SCHEMA) {
        let packet: TokenPacket =
            json::read_value(value, Schema::Required(TOKEN_HANDOFF_SCHEMA)).map_err(unreadable)?;
        if let Some(problem) = packet.times_problem() {
            return Err(HandoffError::NotHandoffJson(problem.to_string()));
        }
        return Ok(OpenedPacket::RequestToken(packet));
    }
    json::read_value(value, Schema::Required(HANDOFF_SCHEMA))
        .map(OpenedPacket::Credentials)
        .map_err(unreadable)
}

/// Seals and, for a passphrase, opens the result again to prove it opens; for a public
/// key (whose secret half only the provider has), reads the header back instead.
pub fn seal_and_check<P>(packet: &P, to: &SealTo) -> Result<String, HandoffError>
where
    P: Serialize + Clone + Into<OpenedPacket>,
{
    let sealed = seal(packet, to)?;
    match to {
        SealTo::Passphrase(passphrase) => {
            let opened = open_any(sealed.as_bytes(), &OpenWith::Passphrase(passphrase.clone()))?;
            if opened != packet.clone().into() {
                return Err(HandoffError::Altered);
            }
        }
        SealTo::Recipient(_) => {
            let decryptor = age::Decryptor::new_buffered(ArmoredReader::new(sealed.as_bytes()))
                .map_err(|error| HandoffError::NotAPacket(error.to_string()))?;
            if decryptor.is_scrypt() {
                return Err(HandoffError::WrongKind {
                    sealed_to_passphrase: true,
                });
            }
        }
    }
    Ok(sealed)
}
