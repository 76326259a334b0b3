//! What the page and the worker say to each other, as plain Rust: requests in, responses
//! out, each in an [`Envelope`] that carries the request's ID, serialized as JSON across
//! `postMessage`. The worker holds the heavy parts (zxcvbn's dictionaries, age, scrypt), so
//! the first page load carries none of them; the same `handle` is tested natively.

use std::fmt;

use age::secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use super::generator::{self, GeneratorOptions};
use super::seal::{seal_checked, Handover, SealOrder, SealRefusal};
use super::strength::{check_passphrase, check_password};
use crate::domain::handoff::SealTarget;
use crate::domain::profile::Profile;
use crate::domain::request_token::{TokenValues, UnixSeconds};
use crate::domain::text;
use crate::formats::sealed_packet::{self, OpenWith, OpenedPacket};
use crate::i18n::t;

/// One message: the ID that pairs an answer with its request, and the body. The worker's
/// own announcement that it is ready has ID 0.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope<T> {
    pub id: u32,
    pub body: T,
}

// Externally tagged enums throughout: serde's internally tagged ones buffer their content
// and cost the page's bundle several times the code.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkerRequest {
    /// Strength and password findings for a password typed for a profile (whose password
    /// policy is part of it).
    Check {
        password: String,
        profile: serde_json::Value,
    },
    Generate {
        options: GeneratorOptions,
    },
    /// The passphrase's strength and rules, zxcvbn told the profile's words.
    CheckPassphrase {
        passphrase: String,
        profile: serde_json::Value,
    },
    /// A word passphrase that clears the passphrase floor.
    GeneratePassphrase {
        profile: serde_json::Value,
    },
    /// Seals a packet once the seal gate lets it, checking the password again here.
    Seal {
        profile: serde_json::Value,
        password: String,
        to: SealTargetText,
        /// For a key from a link: the admin confirmed it with the provider.
        key_confirmed: bool,
        activated: bool,
        note: Option<String>,
        created_at: String,
    },
    /// Seals a Company Request Token's values once the seal gate lets them, checking them
    /// again here at `now`.
    SealToken {
        profile: serde_json::Value,
        company_uuid: String,
        request_token: String,
        generated_at: UnixSeconds,
        to: SealTargetText,
        key_confirmed: bool,
        note: Option<String>,
        now: UnixSeconds,
    },
    Open {
        sealed: String,
        with: OpenKey,
    },
    Keygen {
        created_at: String,
    },
    /// The ASCII spelling of characters the page met in an app's name or a Login ID: the
    /// spelling table lives here, not in the page (see `text::ascii_spelling`).
    Spell {
        chars: Vec<char>,
    },
    /// The page's language pack (`None` for English): the worker's findings and reasons are
    /// then written in it, as the page's own are.
    Language {
        pack: Option<String>,
    },
}

/// Where to seal, as the person entered it.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SealTargetText {
    Recipient(String),
    Passphrase {
        passphrase: String,
        confirmation: String,
    },
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OpenKey {
    /// The text of an identity file.
    Identity(String),
    Passphrase(String),
}

/// A finding as the page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PasswordFinding {
    pub rule: String,
    pub message: String,
    pub fix: String,
    pub why: String,
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkerResponse {
    Ready,
    Checked {
        score: u8,
        warning: Option<String>,
        suggestions: Vec<String>,
        findings: Vec<PasswordFinding>,
    },
    Generated {
        password: String,
    },
    PassphraseChecked {
        score: u8,
        findings: Vec<PasswordFinding>,
    },
    PassphraseGenerated {
        passphrase: String,
    },
    Sealed {
        armored: String,
        /// How the packet was checked before it is offered.
        checked: String,
    },
    /// The seal gate refused: each reason, as the CLI prints it too.
    Blocked {
        reasons: Vec<String>,
    },
    Opened {
        /// Boxed: a packet is far larger than every other answer.
        packet: Box<OpenedPacket>,
    },
    KeyGenerated {
        identity_file: String,
        public_key: String,
    },
    /// One spelling per character asked for, in the same order; empty for a character the
    /// table lacks.
    Spelled {
        chars: Vec<char>,
        spellings: Vec<String>,
    },
    Failed {
        message: String,
    },
    /// The language asked for is the worker's now (English if its pack could not be read).
    LanguageSet,
}

/// Answers carry passwords and identities; their `Debug` never shows them.
impl fmt::Debug for WorkerResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WorkerResponse::Ready => f.write_str("Ready"),
            WorkerResponse::LanguageSet => f.write_str("LanguageSet"),
            WorkerResponse::Checked {
                score, findings, ..
            } => f
                .debug_struct("Checked")
                .field("score", score)
                .field("findings", findings)
                .finish_non_exhaustive(),
            WorkerResponse::Generated { .. } => f.write_str("Generated { password: <redacted> }"),
            WorkerResponse::PassphraseChecked { score, findings } => f
                .debug_struct("PassphraseChecked")
                .field("score", score)
                .field("findings", findings)
                .finish(),
            WorkerResponse::PassphraseGenerated { .. } => {
                f.write_str("PassphraseGenerated { passphrase: <redacted> }")
            }
            WorkerResponse::Sealed { checked, .. } => f
                .debug_struct("Sealed")
                .field("checked", checked)
                .finish_non_exhaustive(),
            WorkerResponse::Blocked { reasons } => {
                f.debug_struct("Blocked").field("reasons", reasons).finish()
            }
            WorkerResponse::Opened { packet } => {
                f.debug_struct("Opened").field("packet", packet).finish()
            }
            WorkerResponse::KeyGenerated { public_key, .. } => f
                .debug_struct("KeyGenerated")
                .field("public_key", public_key)
                .field("identity_file", &"<redacted>")
                .finish(),
            WorkerResponse::Spelled { chars, spellings } => f
                .debug_struct("Spelled")
                .field("chars", chars)
                .field("spellings", spellings)
                .finish(),
            WorkerResponse::Failed { message } => {
                f.debug_struct("Failed").field("message", message).finish()
            }
        }
    }
}

/// Findings as the page shows them.
fn shown(findings: Vec<crate::domain::rules::Finding>) -> Vec<PasswordFinding> {
    findings
        .into_iter()
        .map(|finding| PasswordFinding {
            rule: finding.rule.to_owned(),
            message: finding.message,
            fix: finding.fix.text,
            why: finding.why.to_owned(),
        })
        .collect()
}

fn failed(message: impl ToString) -> WorkerResponse {
    WorkerResponse::Failed {
        message: message.to_string(),
    }
}

impl WorkerResponse {
    /// An answer read from the JSON `serde` writes for `Envelope<WorkerResponse>`, as the
    /// page reads it: by hand over the `serde_json::Value` the page already parses, since
    /// serde's derived reader for this enum alone cost the first load 16 KB of code. `None`
    /// for anything else. Tested against serde's writer for every variant.
    pub fn envelope_from_json(json: &[u8]) -> Option<Envelope<WorkerResponse>> {
        let value: serde_json::Value = serde_json::from_slice(json).ok()?;
        let id = u32::try_from(value.get("id")?.as_u64()?).ok()?;
        let body = value.get("body")?;
        match body.as_str() {
            Some("ready") => {
                return Some(Envelope {
                    id,
                    body: WorkerResponse::Ready,
                })
            }
            Some("language_set") => {
                return Some(Envelope {
                    id,
                    body: WorkerResponse::LanguageSet,
                })
            }
            _ => {}
        }
        let object = body.as_object()?;
        if object.len() != 1 {
            return None;
        }
        let (tag, fields) = object.iter().next()?;
        let text = |name: &str| Some(fields.get(name)?.as_str()?.to_owned());
        let texts = |name: &str| -> Option<Vec<String>> {
            fields
                .get(name)?
                .as_array()?
                .iter()
                .map(|item| item.as_str().map(str::to_owned))
                .collect()
        };
        let score = || u8::try_from(fields.get("score")?.as_u64()?).ok();
        let findings = || -> Option<Vec<PasswordFinding>> {
            fields
                .get("findings")?
                .as_array()?
                .iter()
                .map(|finding| {
                    let field = |name: &str| Some(finding.get(name)?.as_str()?.to_owned());
                    Some(PasswordFinding {
                        rule: field("rule")?,
                        message: field("message")?,
                        fix: field("fix")?,
                        why: field("why")?,
                    })
                })
                .collect()
        };
        let body = match tag.as_str() {
            "checked" => WorkerResponse::Checked {
                score: score()?,
                warning: match fields.get("warning")? {
                    serde_json::Value::Null => None,
                    warning => Some(warning.as_str()?.to_owned()),
                },
                suggestions: texts("suggestions")?,
                findings: findings()?,
            },
            "generated" => WorkerResponse::Generated {
                password: text("password")?,
            },
            "passphrase_checked" => WorkerResponse::PassphraseChecked {
                score: score()?,
                findings: findings()?,
            },
            "passphrase_generated" => WorkerResponse::PassphraseGenerated {
                passphrase: text("passphrase")?,
            },
            "sealed" => WorkerResponse::Sealed {
                armored: text("armored")?,
                checked: text("checked")?,
            },
            "blocked" => WorkerResponse::Blocked {
                reasons: texts("reasons")?,
            },
            "opened" => WorkerResponse::Opened {
                packet: Box::new(OpenedPacket::deserialize(fields.get("packet")?).ok()?),
            },
            "key_generated" => WorkerResponse::KeyGenerated {
                identity_file: text("identity_file")?,
                public_key: text("public_key")?,
            },
            "spelled" => WorkerResponse::Spelled {
                chars: texts("chars")?
                    .iter()
                    .map(|one| {
                        let mut chars = one.chars();
                        match (chars.next(), chars.next()) {
                            (Some(c), None) => Some(c),
                            _ => None,
                        }
                    })
                    .collect::<Option<_>>()?,
                spellings: texts("spellings")?,
            },
            "failed" => WorkerResponse::Failed {
                message: text("message")?,
            },
            _ => return None,
        };
        Some(Envelope { id, body })
    }
}

/// Answers one request.
pub fn handle(request: WorkerRequest) -> WorkerResponse {
    match request {
        WorkerRequest::Check { password, profile } => {
            let profile = match Profile::from_value(profile) {
                Ok(profile) => profile,
                Err(error) => return failed(error),
            };
            let secret = SecretString::from(password);
            let (strength, findings) = check_password(secret.expose_secret(), &profile);
            WorkerResponse::Checked {
                score: strength.score,
                warning: strength.warning,
                suggestions: strength.suggestions,
                findings: shown(findings),
            }
        }
        WorkerRequest::CheckPassphrase {
            passphrase,
            profile,
        } => {
            let profile = match Profile::from_value(profile) {
                Ok(profile) => profile,
                Err(error) => return failed(error),
            };
            let secret = SecretString::from(passphrase);
            let (strength, findings) = check_passphrase(secret.expose_secret(), &profile);
            WorkerResponse::PassphraseChecked {
                score: strength.score,
                findings: shown(findings),
            }
        }
        WorkerRequest::GeneratePassphrase { profile } => match Profile::from_value(profile) {
            Ok(profile) => WorkerResponse::PassphraseGenerated {
                passphrase: generator::generate_passphrase(
                    &profile,
                    &mut generator::secure_random_below,
                ),
            },
            Err(error) => failed(error),
        },
        WorkerRequest::Generate { options } => WorkerResponse::Generated {
            password: generator::generate(&options, &mut generator::secure_random_below),
        },
        WorkerRequest::Seal {
            profile,
            password,
            to,
            key_confirmed,
            activated,
            note,
            created_at,
        } => {
            let password = SecretString::from(password);
            let handover = Handover::Credentials {
                password: password.expose_secret(),
                activated,
                created_at: &created_at,
            };
            seal(profile, handover, &to, key_confirmed, note)
        }
        WorkerRequest::SealToken {
            profile,
            company_uuid,
            request_token,
            generated_at,
            to,
            key_confirmed,
            note,
            now,
        } => {
            let request_token = SecretString::from(request_token);
            let handover = Handover::RequestToken {
                values: TokenValues {
                    company_uuid: &company_uuid,
                    request_token: request_token.expose_secret(),
                    generated_at,
                },
                now,
            };
            seal(profile, handover, &to, key_confirmed, note)
        }
        WorkerRequest::Open { sealed, with } => {
            let with = match with {
                OpenKey::Identity(text) => {
                    let text = SecretString::from(text);
                    match sealed_packet::parse_identity(text.expose_secret()) {
                        Ok(identity) => OpenWith::Identity(identity),
                        Err(error) => return failed(error),
                    }
                }
                OpenKey::Passphrase(text) => OpenWith::Passphrase(SecretString::from(text)),
            };
            match sealed_packet::open_any(sealed.as_bytes(), &with) {
                Ok(packet) => WorkerResponse::Opened {
                    packet: Box::new(packet),
                },
                Err(error) => failed(error),
            }
        }
        WorkerRequest::Language { pack } => {
            crate::i18n::activate(
                pack.as_deref()
                    .and_then(|text| crate::i18n::Pack::parse(text).ok()),
            );
            WorkerResponse::LanguageSet
        }
        WorkerRequest::Spell { mut chars } => {
            chars.truncate(text::SPELLINGS_ASKED_AT_ONCE);
            let spellings = text::spell_chars(&chars);
            WorkerResponse::Spelled { chars, spellings }
        }
        WorkerRequest::Keygen { created_at } => {
            let (file, public_key) = sealed_packet::generate_identity(&created_at);
            WorkerResponse::KeyGenerated {
                identity_file: file.expose_secret().to_owned(),
                public_key,
            }
        }
    }
}

/// Seals what either route hands over, through the one seal path the CLI uses too.
fn seal(
    profile: serde_json::Value,
    handover: Handover,
    to: &SealTargetText,
    key_confirmed: bool,
    note: Option<String>,
) -> WorkerResponse {
    let profile = match Profile::from_value(profile) {
        Ok(profile) => profile,
        Err(error) => return failed(error),
    };
    let target = match to {
        SealTargetText::Recipient(key) => SealTarget::Recipient(key),
        SealTargetText::Passphrase {
            passphrase,
            confirmation,
        } => SealTarget::Passphrase {
            passphrase,
            confirmation,
        },
    };
    let order = SealOrder {
        profile: &profile,
        handover,
        target,
        key_confirmed,
        note,
    };
    match seal_checked(&order) {
        Ok(sealed) => WorkerResponse::Sealed {
            armored: sealed.armored,
            checked: sealed.checked,
        },
        Err(SealRefusal::Blocked { blockers, .. }) => WorkerResponse::Blocked {
            reasons: blockers.iter().map(ToString::to_string).collect(),
        },
        Err(SealRefusal::Unusable(error)) => failed(error),
    }
}

/// Answers a request given as JSON, with JSON; a malformed request gets a `Failed` answer
/// (with ID 0 when not even the ID can be read).
pub fn handle_json(request: &str) -> String {
    let response = match serde_json::from_str::<Envelope<WorkerRequest>>(request) {
        Ok(Envelope { id, body }) => Envelope {
            id,
            body: handle(body),
        },
        Err(error) => Envelope {
            id: serde_json::from_str::<Envelope<serde::de::IgnoredAny>>(request)
                .map(|envelope| envelope.id)
                .unwrap_or(0),
            body: failed(t::worker_bad_request(&error)),
        },
    };
    serde_json::to_string(&response).expect("a response always serializes")
}

/// The worker's first message, once its module has loaded.
pub fn ready_json() -> String {
    serde_json::to_string(&Envelope {
        id: 0,
        body: WorkerResponse::Ready,
    })
    .expect("a response always serializes")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile_json() -> serde_json::Value {
        let bytes = std::fs::read("docs/examples/expensify-standard.json").unwrap();
        Profile::from_json(&bytes).unwrap().to_value()
    }

    const STRONG: &str = "vR7#q2Lm!x9Tz@4Wk";

    /// A seal the gate refuses twice over: a personal password, a short passphrase.
    fn blocked_seal() -> WorkerRequest {
        WorkerRequest::Seal {
            profile: profile_json(),
            password: "expensify2026".into(),
            to: SealTargetText::Passphrase {
                passphrase: "short".into(),
                confirmation: "short".into(),
            },
            key_confirmed: true,
            activated: true,
            note: None,
            created_at: "2026-11-28T10:00:00Z".into(),
        }
    }

    #[test]
    fn a_weak_personal_password_gets_its_findings() {
        let response = handle(WorkerRequest::Check {
            password: "Expensify2026".into(),
            profile: profile_json(),
        });
        let WorkerResponse::Checked {
            score, findings, ..
        } = response
        else {
            panic!("{response:?}")
        };
        assert!(score < 3);
        let rules: Vec<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
        assert!(rules.contains(&"PASSWORD-PERSONAL"), "{rules:?}");
    }

    #[test]
    fn keygen_seal_and_open_work_through_json_with_their_ids() {
        let generated: Envelope<WorkerResponse> = serde_json::from_str(&handle_json(
            r#"{"id":1,"body":{"keygen":{"created_at":"2026-11-28T10:00:00Z"}}}"#,
        ))
        .unwrap();
        assert_eq!(generated.id, 1);
        let WorkerResponse::KeyGenerated {
            identity_file,
            public_key,
        } = generated.body
        else {
            panic!("{generated:?}")
        };
        let sealed = handle(WorkerRequest::Seal {
            profile: profile_json(),
            password: STRONG.into(),
            to: SealTargetText::Recipient(public_key),
            key_confirmed: true,
            activated: true,
            note: None,
            created_at: "2026-11-28T10:00:00Z".into(),
        });
        let WorkerResponse::Sealed { armored, checked } = sealed else {
            panic!("{sealed:?}")
        };
        assert!(checked.starts_with("Checked"));
        let opened = handle(WorkerRequest::Open {
            sealed: armored,
            with: OpenKey::Identity(identity_file),
        });
        let WorkerResponse::Opened { packet } = opened else {
            panic!("{opened:?}")
        };
        let OpenedPacket::Credentials(packet) = *packet else {
            panic!("a credentials packet")
        };
        assert_eq!(packet.password, STRONG);
        assert_eq!(packet.login_id, "WSAdmin-Expensify@acme.com");
    }

    #[test]
    fn a_token_is_sealed_checked_again_here_and_opened_with_its_times() {
        let mut profile =
            Profile::from_json(&std::fs::read("docs/examples/zoe-travel-token.json").unwrap())
                .unwrap();
        // The admin's own details never reach the packet, so they do not hold it back.
        profile.authorizing_admin.role_confirmed = false;
        let seal_at = |now: UnixSeconds| {
            handle(WorkerRequest::SealToken {
                profile: profile.to_value(),
                company_uuid: "a1b2c3d4-5e6f-4a0b-8c9d-0e1f2a3b4c5d".into(),
                request_token: "Zq8xK2mP4vR7tY1".into(),
                generated_at: 1_795_860_000,
                to: SealTargetText::Passphrase {
                    passphrase: "quartz vivid ember lantern oxygen tundra".into(),
                    confirmation: "quartz vivid ember lantern oxygen tundra".into(),
                },
                key_confirmed: true,
                note: None,
                now,
            })
        };
        let WorkerResponse::Blocked { reasons } = seal_at(1_795_860_000 + 86_400) else {
            panic!("an expired token is refused")
        };
        assert!(reasons[0].contains("TOKEN-EXPIRED"), "{reasons:?}");
        let WorkerResponse::Sealed { armored, .. } = seal_at(1_795_860_000 + 60) else {
            panic!("a fresh token is sealed")
        };
        let opened = handle(WorkerRequest::Open {
            sealed: armored,
            with: OpenKey::Passphrase("quartz vivid ember lantern oxygen tundra".into()),
        });
        let WorkerResponse::Opened { packet } = opened else {
            panic!("{opened:?}")
        };
        let OpenedPacket::RequestToken(packet) = *packet else {
            panic!("a token packet")
        };
        assert_eq!(packet.request_token, "Zq8xK2mP4vR7tY1");
        assert_eq!(packet.app_name, "Zoë Travel");
        assert_eq!(packet.expires_at, "2026-11-29T10:00:00Z");
        assert_eq!(packet.created_at, "2026-11-28T10:01:00Z");
    }

    #[test]
    fn the_worker_refuses_to_seal_what_the_gate_blocks() {
        let sealed = handle(blocked_seal());
        let WorkerResponse::Blocked { reasons } = sealed else {
            panic!("{sealed:?}")
        };
        assert_eq!(reasons.len(), 2, "{reasons:?}");
        assert!(reasons[0].contains("PASSWORD-PERSONAL"), "{reasons:?}");
        assert!(reasons[1].contains("at least 12"), "{reasons:?}");
    }

    /// The page reads every answer the worker writes as serde reads it.
    #[test]
    fn the_page_reads_every_answer_as_serde_does() {
        let keygen = handle(WorkerRequest::Keygen {
            created_at: "2026-11-28T10:00:00Z".into(),
        });
        let WorkerResponse::KeyGenerated {
            identity_file,
            public_key,
        } = keygen.clone()
        else {
            panic!("{keygen:?}")
        };
        let sealed = handle(WorkerRequest::Seal {
            profile: profile_json(),
            password: STRONG.into(),
            to: SealTargetText::Recipient(public_key),
            key_confirmed: true,
            activated: true,
            note: Some("call me".into()),
            created_at: "2026-11-28T10:00:00Z".into(),
        });
        let WorkerResponse::Sealed { armored, .. } = sealed.clone() else {
            panic!("{sealed:?}")
        };
        let answers = [
            WorkerResponse::Ready,
            keygen,
            handle(WorkerRequest::Check {
                password: "Expensify2026".into(),
                profile: profile_json(),
            }),
            handle(WorkerRequest::Generate {
                options: GeneratorOptions::default(),
            }),
            handle(WorkerRequest::CheckPassphrase {
                passphrase: "open sesame".into(),
                profile: profile_json(),
            }),
            handle(WorkerRequest::GeneratePassphrase {
                profile: profile_json(),
            }),
            sealed,
            handle(blocked_seal()),
            handle(WorkerRequest::Open {
                sealed: armored,
                with: OpenKey::Identity(identity_file),
            }),
            handle(WorkerRequest::Spell {
                chars: vec!['ß', '漢', 'Ж'],
            }),
            WorkerResponse::Failed {
                message: "no \"quote\" lost".into(),
            },
            WorkerResponse::LanguageSet,
        ];
        let mut tags = std::collections::BTreeSet::new();
        for (id, body) in answers.into_iter().enumerate() {
            let json = serde_json::to_string(&Envelope {
                id: id as u32,
                body: body.clone(),
            })
            .unwrap();
            let read = WorkerResponse::envelope_from_json(json.as_bytes());
            assert_eq!(
                read,
                Some(Envelope {
                    id: id as u32,
                    body: body.clone()
                }),
                "{json}"
            );
            let tag = match serde_json::to_value(&body).unwrap() {
                serde_json::Value::Object(object) => object.keys().next().unwrap().clone(),
                other => other.to_string(),
            };
            tags.insert(tag);
        }
        assert_eq!(tags.len(), 12, "every kind of answer, each once: {tags:?}");
        for not_an_answer in [
            &b"{}"[..],
            b"[]",
            br#"{"id":1,"body":{"sealed":{}}}"#,
            br#"{"id":1,"body":{"nope":{}}}"#,
        ] {
            assert_eq!(WorkerResponse::envelope_from_json(not_an_answer), None);
        }
    }

    #[test]
    fn a_malformed_request_is_answered_not_panicked_on() {
        let response: Envelope<WorkerResponse> =
            serde_json::from_str(&handle_json("{not json")).unwrap();
        assert!(matches!(response.body, WorkerResponse::Failed { .. }));
        let response: Envelope<WorkerResponse> =
            serde_json::from_str(&handle_json(r#"{"id":9,"body":{"unknown":{}}}"#)).unwrap();
        assert_eq!(response.id, 9, "the answer still reaches its request");
    }

    #[test]
    fn debug_never_shows_a_secret() {
        let answers = [
            WorkerResponse::Generated {
                password: "s3cret-generated".into(),
            },
            WorkerResponse::KeyGenerated {
                identity_file: "AGE-SECRET-KEY-1SECRET".into(),
                public_key: "age1public".into(),
            },
            WorkerResponse::PassphraseGenerated {
                passphrase: "s3cret words here".into(),
            },
        ];
        for answer in answers {
            let shown = format!("{answer:?}");
            assert!(
                !shown.contains("s3cret") && !shown.contains("SECRET"),
                "{shown}"
            );
        }
    }
}
