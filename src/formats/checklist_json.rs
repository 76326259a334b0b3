//! The checklist as JSON (`wsadmin-prep/checklist@1`): every step written out for people and
//! tools, and re-importable with its states and notes. It never holds a password.

use serde::{Deserialize, Serialize};

use super::json::{self, FormatError, Schema};
use crate::domain::checklist::{
    steps, Actor, ChecklistProgress, CreationRoute, StepGroup, StepRecord, StepStatus,
};
use crate::domain::profile::Profile;
use crate::i18n::{t, Lang};

pub const CHECKLIST_SCHEMA: &str = "wsadmin-prep/checklist@1";

/// Why a checklist document cannot be read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChecklistFileError {
    Format(FormatError),
    /// The profile inside it.
    Profile(FormatError),
    /// A step ID this version's checklist does not have (a newer or altered file).
    UnknownStep(String),
}

impl std::fmt::Display for ChecklistFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ChecklistFileError::Format(error) => error.fmt(f),
            ChecklistFileError::Profile(error) => f.write_str(&t::checklist_file_profile(error)),
            ChecklistFileError::UnknownStep(id) => {
                f.write_str(&t::checklist_file_unknown_step(&format!("{id:?}")))
            }
        }
    }
}

impl std::error::Error for ChecklistFileError {}

/// Why an imported file is neither a usable checklist nor a usable profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    Checklist(ChecklistFileError),
    Profile(FormatError),
    /// A Markdown export, which is for reading: it cannot be read back.
    Markdown,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Checklist(error) => f.write_str(&t::import_not_checklist(error)),
            ImportError::Profile(error) => f.write_str(&t::import_not_profile(error)),
            ImportError::Markdown => f.write_str(&t::import_markdown()),
        }
    }
}

impl std::error::Error for ImportError {}

#[derive(Serialize)]
struct DocumentOut<'a> {
    schema: &'static str,
    prepared_on: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    share_id: Option<&'a str>,
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
    // Checked before the typed pass.
    #[serde(default, rename = "schema")]
    _schema: Option<serde_json::Value>,
    #[serde(default)]
    share_id: Option<String>,
    #[serde(default)]
    prepared_on: Option<String>,
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
/// The steps' words are in English whatever the language active: JSON is for tools and round
/// trips, and its values are not translated (docs/formats.md).
pub fn to_json(profile: &Profile, ticks: &ChecklistProgress, prepared_on: &str) -> String {
    let steps = crate::i18n::with(None, || steps(profile, ticks.route));
    let records: Vec<StepRecord> = steps.iter().map(|step| ticks.record(step.id)).collect();
    let document = DocumentOut {
        schema: CHECKLIST_SCHEMA,
        prepared_on,
        share_id: ticks.share_id.as_deref(),
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
                    .map(|entry| Entry {
                        label: entry.label,
                        value: entry.value,
                    })
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
pub fn from_checklist_or_profile(
    bytes: &[u8],
) -> Result<(Profile, ChecklistProgress), ImportError> {
    let is_checklist = serde_json::from_slice::<serde_json::Value>(bytes)
        .ok()
        .is_some_and(|value| {
            value.get("schema").and_then(|s| s.as_str()) == Some(CHECKLIST_SCHEMA)
        });
    if is_checklist {
        from_json(bytes).map_err(ImportError::Checklist)
    } else if is_markdown_export(bytes) {
        Err(ImportError::Markdown)
    } else {
        Profile::from_json(bytes)
            .map(|profile| (profile, ChecklistProgress::default()))
            .map_err(ImportError::Profile)
    }
}

/// Whether the bytes are this app's Markdown export, in any language: a heading first, and
/// the task list's items ("- [ ]", "- [x]"). Its words are not looked at, since the export
/// speaks the language it was made in.
fn is_markdown_export(bytes: &[u8]) -> bool {
    let text = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(bytes)
        .trim_ascii_start();
    let mut lines = text.split(|byte| *byte == b'\n');
    let heading = lines.next().unwrap_or_default();
    heading.starts_with(b"# ")
        && lines.any(|line| line.starts_with(b"- [ ] ") || line.starts_with(b"- [x] "))
}

/// Reads a checklist document back: the profile, the route, and each step's state and note.
/// The steps' text is regenerated from the profile, so only what a person recorded is read.
pub fn from_json(bytes: &[u8]) -> Result<(Profile, ChecklistProgress), ChecklistFileError> {
    let document: DocumentIn = json::read(bytes, Schema::Required(CHECKLIST_SCHEMA))
        .map_err(ChecklistFileError::Format)?;
    read_document(document)
}

fn read_document(document: DocumentIn) -> Result<(Profile, ChecklistProgress), ChecklistFileError> {
    let profile = Profile::from_value(document.profile).map_err(ChecklistFileError::Profile)?;
    let known = steps(&profile, document.route);
    let mut ticks = ChecklistProgress {
        route: document.route,
        share_id: document.share_id.filter(|id| is_share_id(id)),
        prepared_on: document.prepared_on.filter(|day| is_day(day)),
        ..ChecklistProgress::default()
    };
    for step in document.steps {
        if !known.iter().any(|known| known.id == step.id) {
            return Err(ChecklistFileError::UnknownStep(step.id));
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
    ticks.set_aside_locked_ticks(&profile);
    Ok((profile, ticks))
}

/// Whether a share identity is one this app makes: 16 lowercase hex digits. Anything else
/// in a file or link is dropped, so no text rides along in it.
fn is_share_id(id: &str) -> bool {
    crate::domain::workspace::DraftId::parse(id).is_some()
}

/// Whether a preparation day is a plain `YYYY-MM-DD`; anything else is dropped, so no text
/// rides along in it.
fn is_day(day: &str) -> bool {
    let bytes = day.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(index, byte)| match index {
            4 | 7 => *byte == b'-',
            _ => byte.is_ascii_digit(),
        })
}

/// The compact form a share link carries: the profile and only the records that say something.
#[derive(Serialize, Deserialize)]
pub(crate) struct SharedChecklist {
    pub profile: serde_json::Value,
    #[serde(default)]
    pub route: CreationRoute,
    #[serde(default)]
    pub records: std::collections::BTreeMap<String, StepRecord>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_id: Option<String>,
    /// The day the link was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prepared_on: Option<String>,
    /// The language the link was made in (`de`), when not English: a hint for the reader's
    /// page. Readers that predate it ignore it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

impl SharedChecklist {
    pub fn new(profile: &Profile, ticks: &ChecklistProgress) -> SharedChecklist {
        SharedChecklist {
            profile: profile.to_value(),
            route: ticks.route,
            records: ticks.records.clone(),
            share_id: ticks.share_id.clone(),
            prepared_on: ticks.prepared_on.clone(),
            lang: ticks
                .made_in
                .filter(|lang| *lang != Lang::En)
                .map(|lang| lang.code().to_owned()),
        }
    }

    pub fn read(self) -> Result<(Profile, ChecklistProgress), ChecklistFileError> {
        let made_in = self.lang.as_deref().and_then(Lang::from_tag);
        read_document(DocumentIn {
            _schema: None,
            share_id: self.share_id,
            prepared_on: self.prepared_on,
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
        .map(|(profile, mut ticks)| {
            ticks.made_in = made_in;
            (profile, ticks)
        })
    }
}
