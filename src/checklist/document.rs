//! The checklist as JSON (`wsadmin-prep/checklist@1`): every step written out for people and
//! tools, and re-importable with its states and notes. It never holds a password.

use serde::{Deserialize, Serialize};

use super::{steps, Actor, ChecklistProgress, CreationRoute, StepGroup, StepRecord, StepStatus};
use crate::profile::Profile;

pub const CHECKLIST_SCHEMA: &str = "wsadmin-prep/checklist@1";

#[derive(Serialize)]
struct DocumentOut<'a> {
    schema: &'static str,
    prepared_on: &'a str,
    route: CreationRoute,
    profile: serde_json::Value,
    steps: Vec<StepOut<'a>>,
}

#[derive(Serialize)]
struct StepOut<'a> {
    id: &'static str,
    group: StepGroup,
    title: String,
    actor: Actor,
    #[serde(skip_serializing_if = "Option::is_none")]
    menu_path: Option<&'static str>,
    detail: String,
    enter: Vec<Entry>,
    gated: bool,
    #[serde(flatten)]
    record: &'a StepRecord,
}

#[derive(Serialize)]
struct Entry {
    label: String,
    value: String,
}

#[derive(Deserialize)]
struct DocumentIn {
    schema: String,
    #[serde(default)]
    route: CreationRoute,
    profile: serde_json::Value,
    #[serde(default)]
    steps: Vec<StepIn>,
}

#[derive(Deserialize)]
struct StepIn {
    id: String,
    #[serde(default)]
    status: StepStatus,
    #[serde(default)]
    at: Option<String>,
    #[serde(default)]
    note: String,
}

/// Writes the checklist document, pretty-printed.
pub fn to_json(profile: &Profile, ticks: &ChecklistProgress, prepared_on: &str) -> String {
    let steps = steps(profile, ticks.route);
    let records: Vec<StepRecord> = steps.iter().map(|step| ticks.record(step.id)).collect();
    let document = DocumentOut {
        schema: CHECKLIST_SCHEMA,
        prepared_on,
        route: ticks.route,
        profile: profile.to_value(),
        steps: steps
            .into_iter()
            .zip(&records)
            .map(|(step, record)| StepOut {
                id: step.id,
                group: step.group,
                title: step.title,
                actor: step.actor,
                menu_path: step.menu_path,
                detail: step.detail,
                enter: step
                    .enter
                    .into_iter()
                    .map(|(label, value)| Entry { label, value })
                    .collect(),
                gated: step.gated,
                record,
            })
            .collect(),
    };
    serde_json::to_string_pretty(&document).expect("a checklist always serializes")
}

/// Reads either a checklist document (keeping its ticks) or a plain profile file (with an
/// empty checklist), whichever the bytes are: both the CLI and the web app's import accept
/// either.
pub fn from_checklist_or_profile(bytes: &[u8]) -> Result<(Profile, ChecklistProgress), String> {
    let is_checklist = serde_json::from_slice::<serde_json::Value>(bytes)
        .ok()
        .is_some_and(|value| {
            value.get("schema").and_then(|s| s.as_str()) == Some(CHECKLIST_SCHEMA)
        });
    if is_checklist {
        from_json(bytes).map_err(|error| format!("not a usable checklist: {error}"))
    } else {
        Profile::from_json(bytes)
            .map(|profile| (profile, ChecklistProgress::default()))
            .map_err(|error| format!("not a profile file: {error}"))
    }
}

/// Reads a checklist document back: the profile, the route, and each step's state and note.
/// The steps' text is regenerated from the profile, so only what a person recorded is read.
pub fn from_json(bytes: &[u8]) -> Result<(Profile, ChecklistProgress), String> {
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(position)?;
    match value.get("schema").and_then(|schema| schema.as_str()) {
        Some(CHECKLIST_SCHEMA) => {}
        Some(other) => {
            return Err(format!(
                "unknown schema {other:?}: this version reads {CHECKLIST_SCHEMA:?}"
            ))
        }
        None => {
            return Err(format!(
                "not a checklist: it has no \"schema\": {CHECKLIST_SCHEMA:?}"
            ))
        }
    }
    let document: DocumentIn = serde_json::from_slice(bytes).map_err(position)?;
    debug_assert_eq!(document.schema, CHECKLIST_SCHEMA);
    read_document(document)
}

fn read_document(document: DocumentIn) -> Result<(Profile, ChecklistProgress), String> {
    let profile = Profile::from_value(document.profile).map_err(|e| format!("its profile: {e}"))?;
    let known = steps(&profile, document.route);
    let mut ticks = ChecklistProgress {
        route: document.route,
        ..ChecklistProgress::default()
    };
    for step in document.steps {
        if !known.iter().any(|known| known.id == step.id) {
            return Err(format!(
                "it has a step {:?} that this checklist does not have",
                step.id
            ));
        }
        let record = StepRecord {
            status: step.status,
            at: step.at,
            note: step.note,
        };
        if record != StepRecord::default() {
            ticks.records.insert(step.id, record);
        }
    }
    Ok((profile, ticks))
}

fn position(error: serde_json::Error) -> String {
    let message = error.to_string();
    let reason = message.split(" at line ").next().unwrap_or(&message);
    format!("line {}, column {}: {reason}", error.line(), error.column())
}

/// The compact form a share link carries: the profile and only the records that say something.
#[derive(Serialize, Deserialize)]
pub(super) struct SharedChecklist {
    pub profile: serde_json::Value,
    #[serde(default)]
    pub route: CreationRoute,
    #[serde(default)]
    pub records: std::collections::BTreeMap<String, StepRecord>,
}

impl SharedChecklist {
    pub fn new(profile: &Profile, ticks: &ChecklistProgress) -> SharedChecklist {
        SharedChecklist {
            profile: profile.to_value(),
            route: ticks.route,
            records: ticks.records.clone(),
        }
    }

    pub fn read(self) -> Result<(Profile, ChecklistProgress), String> {
        read_document(DocumentIn {
            schema: CHECKLIST_SCHEMA.to_owned(),
            route: self.route,
            profile: self.profile,
            steps: self
                .records
                .into_iter()
                .map(|(id, record)| StepIn {
                    id,
                    status: record.status,
                    at: record.at,
                    note: record.note,
                })
                .collect(),
        })
    }
}
