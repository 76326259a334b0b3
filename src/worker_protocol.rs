//! What the web app's worker does, as plain Rust: requests in, responses out, serialized as
//! JSON across `postMessage`. The worker holds the heavy parts (zxcvbn's dictionaries, age,
//! scrypt), so the first page load carries none of them; the same `handle` is tested natively.

use age::secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use crate::handoff::{self, HandoffPacket, OpenWith, SealTo};
use crate::password::{self, GeneratorOptions, PasswordPolicy};
use crate::profile::Profile;
use crate::rules::{self, PasswordCheck};

// Externally tagged enums throughout: serde's internally tagged ones buffer their content
// and cost the page's bundle several times the code.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkerRequest {
    /// Strength and password findings for a password typed for a profile.
    Check {
        id: u32,
        password: String,
        profile: serde_json::Value,
        policy: PasswordPolicy,
    },
    Generate {
        id: u32,
        options: GeneratorOptions,
    },
    Seal {
        id: u32,
        packet: HandoffPacket,
        to: SealTarget,
    },
    Open {
        id: u32,
        sealed: String,
        with: OpenKey,
    },
    Keygen {
        id: u32,
        created_at: String,
    },
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SealTarget {
    Recipient(String),
    Passphrase(String),
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

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkerResponse {
    Ready,
    Checked {
        id: u32,
        score: u8,
        warning: Option<String>,
        suggestions: Vec<String>,
        findings: Vec<PasswordFinding>,
    },
    Generated {
        id: u32,
        password: String,
    },
    Sealed {
        id: u32,
        armored: String,
        /// How the packet was checked before it is offered.
        checked: String,
    },
    Opened {
        id: u32,
        packet: HandoffPacket,
    },
    KeyGenerated {
        id: u32,
        identity_file: String,
        public_key: String,
    },
    Failed {
        id: u32,
        message: String,
    },
}

/// Answers one request.
pub fn handle(request: WorkerRequest) -> WorkerResponse {
    match request {
        WorkerRequest::Check {
            id,
            password,
            profile,
            policy,
        } => {
            let profile = match Profile::from_value(profile) {
                Ok(profile) => profile,
                Err(error) => {
                    return WorkerResponse::Failed {
                        id,
                        message: error.to_string(),
                    }
                }
            };
            let secret = SecretString::from(password);
            let strength = password::estimate(secret.expose_secret(), &profile);
            let findings = rules::validate_password(&PasswordCheck {
                profile: &profile,
                password: secret.expose_secret(),
                policy: &policy,
                strength: Some(&strength),
            });
            WorkerResponse::Checked {
                id,
                score: strength.score,
                warning: strength.warning,
                suggestions: strength.suggestions,
                findings: findings
                    .into_iter()
                    .map(|finding| PasswordFinding {
                        rule: finding.rule.to_owned(),
                        message: finding.message,
                        fix: finding.fix.text,
                        why: finding.why.to_owned(),
                    })
                    .collect(),
            }
        }
        WorkerRequest::Generate { id, options } => WorkerResponse::Generated {
            id,
            password: password::generate(&options, &mut password::secure_random_below),
        },
        WorkerRequest::Seal { id, packet, to } => {
            let (to, checked) = match to {
                SealTarget::Recipient(text) => match handoff::parse_recipient(&text) {
                    Ok(recipient) => {
                        let checked =
                            format!("Checked: sealed to {recipient}; only its identity opens it.");
                        (SealTo::Recipient(recipient), checked)
                    }
                    Err(error) => {
                        return WorkerResponse::Failed {
                            id,
                            message: error.to_string(),
                        }
                    }
                },
                SealTarget::Passphrase(text) => (
                    SealTo::Passphrase(SecretString::from(text)),
                    "Checked: opened again with the passphrase, and the content matches."
                        .to_owned(),
                ),
            };
            match handoff::seal_and_check(&packet, &to) {
                Ok(armored) => WorkerResponse::Sealed {
                    id,
                    armored,
                    checked,
                },
                Err(error) => WorkerResponse::Failed {
                    id,
                    message: error.to_string(),
                },
            }
        }
        WorkerRequest::Open { id, sealed, with } => {
            let with = match with {
                OpenKey::Identity(text) => {
                    let text = SecretString::from(text);
                    match handoff::parse_identity(text.expose_secret()) {
                        Ok(identity) => OpenWith::Identity(identity),
                        Err(error) => {
                            return WorkerResponse::Failed {
                                id,
                                message: error.to_string(),
                            }
                        }
                    }
                }
                OpenKey::Passphrase(text) => OpenWith::Passphrase(SecretString::from(text)),
            };
            match handoff::open(sealed.as_bytes(), &with) {
                Ok(packet) => WorkerResponse::Opened { id, packet },
                Err(error) => WorkerResponse::Failed {
                    id,
                    message: error.to_string(),
                },
            }
        }
        WorkerRequest::Keygen { id, created_at } => {
            let (file, public_key) = handoff::generate_identity(&created_at);
            WorkerResponse::KeyGenerated {
                id,
                identity_file: file.expose_secret().to_owned(),
                public_key,
            }
        }
    }
}

/// Answers a request given as JSON, with JSON; a malformed request gets a `Failed` answer.
pub fn handle_json(request: &str) -> String {
    let response = match serde_json::from_str::<WorkerRequest>(request) {
        Ok(request) => handle(request),
        Err(error) => WorkerResponse::Failed {
            id: 0,
            message: format!("the worker could not read the request: {error}"),
        },
    };
    serde_json::to_string(&response).expect("a response always serializes")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile_json() -> serde_json::Value {
        let bytes = std::fs::read("docs/examples/expensify-standard.json").unwrap();
        Profile::from_json(&bytes).unwrap().to_value()
    }

    #[test]
    fn a_weak_personal_password_gets_its_findings() {
        let response = handle(WorkerRequest::Check {
            id: 7,
            password: "Expensify2026".into(),
            profile: profile_json(),
            policy: PasswordPolicy::default(),
        });
        let WorkerResponse::Checked {
            id,
            score,
            findings,
            ..
        } = response
        else {
            panic!("{response:?}")
        };
        assert_eq!(id, 7);
        assert!(score < 3);
        let rules: Vec<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
        assert!(rules.contains(&"PASSWORD-PERSONAL"), "{rules:?}");
    }

    #[test]
    fn keygen_seal_and_open_work_through_json() {
        let generated = handle_json(r#"{"keygen":{"id":1,"created_at":"2026-11-28T10:00:00Z"}}"#);
        let WorkerResponse::KeyGenerated {
            identity_file,
            public_key,
            ..
        } = serde_json::from_str(&generated).unwrap()
        else {
            panic!("{generated}")
        };
        let profile = Profile::from_value(profile_json()).unwrap();
        let packet = handoff::packet_for(
            &profile,
            "vR7#q2Lm!x9Tz@4Wk",
            "2026-11-28T10:00:00Z",
            false,
            None,
        );
        let sealed = handle(WorkerRequest::Seal {
            id: 2,
            packet: packet.clone(),
            to: SealTarget::Recipient(public_key),
        });
        let WorkerResponse::Sealed {
            armored, checked, ..
        } = sealed
        else {
            panic!("{sealed:?}")
        };
        assert!(checked.starts_with("Checked"));
        let opened = handle(WorkerRequest::Open {
            id: 3,
            sealed: armored,
            with: OpenKey::Identity(identity_file),
        });
        assert_eq!(opened, WorkerResponse::Opened { id: 3, packet });
    }

    #[test]
    fn a_malformed_request_is_answered_not_panicked_on() {
        let response: WorkerResponse = serde_json::from_str(&handle_json("{not json")).unwrap();
        assert!(matches!(response, WorkerResponse::Failed { .. }));
    }
}
