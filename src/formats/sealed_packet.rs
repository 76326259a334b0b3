//! The sealed handoff packet: the packet's JSON (`wsadmin-prep/handoff@1`) sealed with age
//! (ASCII armor) to the provider's public key or to a passphrase, so the standard `age`
//! tools open it too.

use std::io::{Read, Write};

use age::armor::{ArmoredReader, ArmoredWriter, Format};
use age::secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroize;

use super::json::{self, FormatError, Schema};
use crate::domain::handoff::{HandoffPacket, HANDOFF_SCHEMA};

/// scrypt's work factor for passphrase packets: set explicitly, never the timing-based
/// default, so that the age CLI (up to 22) and typage (up to 20) both open them.
pub const SCRYPT_WORK_FACTOR: u8 = 18;
/// The most work a packet may ask for before it is refused as hostile (about 16 s and
/// 1 GiB at 22).
pub const SCRYPT_MAX_WORK_FACTOR: u8 = 22;
/// A packet is well under a kilobyte; anything larger than this is not one.
pub const MAX_PACKET_BYTES: usize = 64 * 1024;

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
    /// Not an age file at all (or not ASCII-armored, or too large).
    NotAPacket(String),
    /// Sealed to another key.
    WrongKey,
    /// Sealed with a different passphrase.
    WrongPassphrase,
    /// Sealed to a key, but a passphrase was given (or the other way round).
    WrongKind { sealed_to: &'static str },
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
            HandoffError::NotAPacket(reason) => write!(f, "this is not an age-sealed packet ({reason})"),
            HandoffError::WrongKey => f.write_str("this packet was sealed to a different key: use the identity whose public key the admin sealed it to"),
            HandoffError::WrongPassphrase => f.write_str("the passphrase does not open this packet: check it with the person who sealed it"),
            HandoffError::WrongKind { sealed_to } => write!(f, "this packet was sealed to {sealed_to}: open it with that instead"),
            HandoffError::Altered => f.write_str("this packet was cut short or altered after it was sealed: ask for it again"),
            HandoffError::ExcessiveWork(log_n) => write!(f, "this packet asks for scrypt work factor {log_n}, more than the {SCRYPT_MAX_WORK_FACTOR} any real packet needs; it was refused"),
            HandoffError::NotHandoffJson(reason) => write!(f, "the packet opened, but its content is not a handoff packet: {reason}"),
            HandoffError::BadKey(reason) => f.write_str(reason),
        }
    }
}

impl std::error::Error for HandoffError {}

/// Reads an age public key (`age1…`), naming what is wrong with a bad one.
pub fn parse_recipient(text: &str) -> Result<age::x25519::Recipient, HandoffError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(HandoffError::BadKey(
            "the provider's public key is empty".into(),
        ));
    }
    if !text.starts_with("age1") {
        return Err(HandoffError::BadKey(format!(
            "the provider's public key must start with age1 (this one starts with {:?})",
            text.chars().take(6).collect::<String>()
        )));
    }
    text.parse().map_err(|_| {
        HandoffError::BadKey("the provider's public key is not a valid age X25519 key: check that it was copied whole".into())
    })
}

/// Reads an age identity file (comments and one `AGE-SECRET-KEY-1…` line).
pub fn parse_identity(text: &str) -> Result<age::x25519::Identity, HandoffError> {
    let key = text
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty() && !line.starts_with('#'))
        .ok_or_else(|| HandoffError::BadKey("the identity file holds no key".into()))?;
    key.parse().map_err(|_| {
        HandoffError::BadKey(
            "the identity file does not hold an age X25519 secret key (AGE-SECRET-KEY-1…)".into(),
        )
    })
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

/// Seals a packet, ASCII-armored.
pub fn seal(packet: &HandoffPacket, to: &SealTo) -> Result<String, HandoffError> {
    let mut json = serde_json::to_vec(packet).expect("a packet always serializes");
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

/// Opens a packet (armored or binary age), checking that what is inside is a handoff packet.
pub fn open(sealed: &[u8], with: &OpenWith) -> Result<HandoffPacket, HandoffError> {
    if sealed.len() > MAX_PACKET_BYTES {
        return Err(HandoffError::NotAPacket(format!(
            "it is {} bytes; a packet is under 1 KB",
            sealed.len()
        )));
    }
    let decryptor =
        age::Decryptor::new(ArmoredReader::new(sealed)).map_err(|error| match error {
            age::DecryptError::UnknownFormat => {
                HandoffError::NotAPacket("an unknown age version".into())
            }
            age::DecryptError::InvalidHeader | age::DecryptError::Io(_) => {
                HandoffError::NotAPacket("its header cannot be read; it may be cut short".into())
            }
            other => HandoffError::NotAPacket(other.to_string()),
        })?;
    let sealed_to_passphrase = decryptor.is_scrypt();
    let reader = match with {
        OpenWith::Identity(identity) => {
            if sealed_to_passphrase {
                return Err(HandoffError::WrongKind {
                    sealed_to: "a passphrase",
                });
            }
            decryptor.decrypt(std::iter::once(identity as &dyn age::Identity))
        }
        OpenWith::Passphrase(passphrase) => {
            if !sealed_to_passphrase {
                return Err(HandoffError::WrongKind {
                    sealed_to: "a public key (open it with the matching identity file)",
                });
            }
            let mut identity = age::scrypt::Identity::new(passphrase.clone());
            identity.set_max_work_factor(SCRYPT_MAX_WORK_FACTOR);
            decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity))
        }
    };
    let mut reader = reader.map_err(|error| match error {
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
    let mut plaintext = Vec::new();
    let read = reader
        .by_ref()
        .take(MAX_PACKET_BYTES as u64)
        .read_to_end(&mut plaintext)
        .map_err(|_| HandoffError::Altered);
    if let Err(error) = read {
        plaintext.zeroize();
        return Err(error);
    }
    let packet = read_packet(&plaintext);
    plaintext.zeroize();
    packet
}

fn read_packet(plaintext: &[u8]) -> Result<HandoffPacket, HandoffError> {
    let value: serde_json::Value = serde_json::from_slice(plaintext)
        .map_err(|_| HandoffError::NotHandoffJson("it is not JSON".into()))?;
    json::read_value(value, Schema::Required(HANDOFF_SCHEMA)).map_err(|error| {
        HandoffError::NotHandoffJson(match error {
            FormatError::MissingSchema { .. } => "it has no schema".into(),
            error => error.to_string(),
        })
    })
}

/// Seals and, for a passphrase, opens the result again to prove it opens; for a public
/// key (whose secret half only the provider has), reads the header back instead.
pub fn seal_and_check(packet: &HandoffPacket, to: &SealTo) -> Result<String, HandoffError> {
    let sealed = seal(packet, to)?;
    match to {
        SealTo::Passphrase(passphrase) => {
            let opened = open(sealed.as_bytes(), &OpenWith::Passphrase(passphrase.clone()))?;
            if &opened != packet {
                return Err(HandoffError::Altered);
            }
        }
        SealTo::Recipient(_) => {
            let decryptor = age::Decryptor::new(ArmoredReader::new(sealed.as_bytes()))
                .map_err(|error| HandoffError::NotAPacket(error.to_string()))?;
            if decryptor.is_scrypt() {
                return Err(HandoffError::WrongKind {
                    sealed_to: "a passphrase",
                });
            }
        }
    }
    Ok(sealed)
}
