//! The enablement checklist: the guide's two steps as things to do, who does them, where
//! in Concur, and what to enter, generated from a profile. What a person ticks (state,
//! time, note) is kept apart from the generated steps, by step ID, so a changed profile
//! regenerates the steps without losing the ticks.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::concur::{Connection, Edition, COMPANY_REQUEST_TOKEN_MENU};
use super::profile::Profile;
use super::rules::{self, Finding, Severity};

/// Who does Step 1, and how. For a WS Admin user: the company's own administrator creates
/// it, or Concur's Helpdesk from a ticket (the guide allows both). For a Company Request
/// Token: the administrator generates the token and hands it over, or, for an app listed
/// in the App Center, connects it there with the Connect button and hands over nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CreationRoute {
    #[default]
    Admin,
    Helpdesk,
    AppCenter,
}

impl CreationRoute {
    /// The routes a connection offers, the default first.
    pub fn choices(connection: Connection) -> &'static [CreationRoute] {
        match connection {
            Connection::WsAdminUser => &[CreationRoute::Admin, CreationRoute::Helpdesk],
            Connection::CompanyRequestToken => &[CreationRoute::Admin, CreationRoute::AppCenter],
        }
    }

    /// The route as the connection reads it: one it does not offer (a draft whose
    /// connection changed) reads as the default.
    pub fn within(self, connection: Connection) -> CreationRoute {
        if CreationRoute::choices(connection).contains(&self) {
            self
        } else {
            CreationRoute::Admin
        }
    }

    /// How the checklist page names the choice.
    pub fn title(self, connection: Connection) -> &'static str {
        match (self, connection) {
            (CreationRoute::Admin, Connection::WsAdminUser) => "The authorizing admin, in Concur",
            (CreationRoute::Helpdesk, _) => "Concur Helpdesk, from a ticket",
            (CreationRoute::Admin, Connection::CompanyRequestToken) => {
                "Generate a token and hand it over"
            }
            (CreationRoute::AppCenter, _) => "Connect in the App Center (nothing to hand over)",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepGroup {
    /// Guide, Step 1: create and activate the profile.
    CreateProfile,
    /// Guide, Step 1, last line: send the credentials to the app provider.
    HandOver,
    /// Guide, Step 2: enable the app.
    EnableApp,
}

impl StepGroup {
    pub const ALL: [StepGroup; 3] = [
        StepGroup::CreateProfile,
        StepGroup::HandOver,
        StepGroup::EnableApp,
    ];

    /// The group's heading on this connection and route.
    pub fn title(self, connection: Connection, route: CreationRoute) -> &'static str {
        let app_center =
            connection == Connection::CompanyRequestToken && route == CreationRoute::AppCenter;
        match (self, connection) {
            (StepGroup::CreateProfile, _) if app_center => {
                "Step 1: Check the App Center and your role"
            }
            (StepGroup::EnableApp, _) if app_center => "Step 2: Connect the app in the App Center",
            (StepGroup::CreateProfile, Connection::WsAdminUser) => {
                "Step 1: Create and activate the WS Admin profile"
            }
            (StepGroup::HandOver, Connection::WsAdminUser) => {
                "Hand the credentials to the app provider"
            }
            (StepGroup::EnableApp, Connection::WsAdminUser) => "Step 2: Enable the app",
            (StepGroup::CreateProfile, Connection::CompanyRequestToken) => {
                "Step 1: Generate the Company Request Token"
            }
            (StepGroup::HandOver, Connection::CompanyRequestToken) => {
                "Hand the token to the app provider within 24 hours"
            }
            (StepGroup::EnableApp, Connection::CompanyRequestToken) => {
                "Step 2: Confirm the app is connected"
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    AuthorizingAdmin,
    ConcurHelpdesk,
    AppProvider,
}

impl Actor {
    pub fn title(self) -> &'static str {
        match self {
            Actor::AuthorizingAdmin => "Authorizing admin",
            Actor::ConcurHelpdesk => "Concur Helpdesk",
            Actor::AppProvider => "App provider",
        }
    }
}

/// One thing to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChecklistStep {
    /// Stable across profiles and versions; ticks are stored under it.
    pub id: &'static str,
    pub group: StepGroup,
    pub title: String,
    pub actor: Actor,
    /// Where in Concur, as its menus name it.
    pub menu_path: Option<&'static str>,
    /// What to do there, in a sentence or two.
    pub detail: String,
    /// Values to enter. Never a password.
    pub enter: Vec<Entry>,
    /// A step that creates the user, hands over or enables cannot be ticked while the profile
    /// has errors: the guide's order of risk.
    pub gated: bool,
}

impl ChecklistStep {
    /// Whether the profile's errors keep this step from being ticked done. The model's
    /// refusal and the view's lock both ask this.
    pub fn is_locked(&self, profile_errors: usize) -> bool {
        self.gated && profile_errors > 0
    }

    /// Where in the handoff this step is done, if it is: the checklist and the handoff are
    /// one flow, so a step that needs the password or the packet leads there.
    pub fn handoff_link(&self) -> Option<HandoffLink> {
        match self.id {
            // The password the admin types into Concur, or sets at the first log-in after
            // the Helpdesk's initial one.
            "create-user" | "receive-initial-password" => Some(HandoffLink::GeneratePassword),
            "copy-token-values" | "send-credentials" | "send-token" => Some(HandoffLink::Seal),
            _ => None,
        }
    }

    /// Whether sealing a packet and taking it (downloading or copying) is this step done.
    fn is_done_by_sealing(&self) -> bool {
        matches!(self.id, "send-credentials" | "send-token")
    }
}

/// What the checklist says while the profile has errors: how many, and every step they lock,
/// by its title. `None` when nothing is locked.
pub fn gate_note(steps: &[ChecklistStep], profile_errors: usize) -> Option<String> {
    let locked: Vec<&str> = steps
        .iter()
        .filter(|step| step.is_locked(profile_errors))
        .map(|step| step.title.as_str())
        .collect();
    if locked.is_empty() {
        return None;
    }
    Some(format!(
        "The profile has {profile_errors} error{}; until {} fixed, {} locked: {}.",
        if profile_errors == 1 { "" } else { "s" },
        if profile_errors == 1 {
            "it is"
        } else {
            "they are"
        },
        if locked.len() == 1 {
            "this step stays".to_owned()
        } else {
            format!("these {} steps stay", locked.len())
        },
        locked.join("; ")
    ))
}

/// The part of the handoff a checklist step leads to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HandoffLink {
    /// The password generator, for the WS Admin user's password.
    GeneratePassword,
    /// The values to seal and the seal itself.
    Seal,
}

/// The step that a packet sealed and taken completes, while it is not yet done (or marked
/// not applicable): the handoff offers to tick it.
pub fn done_by_sealing<'a>(
    steps: &'a [ChecklistStep],
    progress: &ChecklistProgress,
) -> Option<&'a ChecklistStep> {
    steps
        .iter()
        .find(|step| step.is_done_by_sealing())
        .filter(|step| progress.record(step.id).status == StepStatus::Todo)
}

/// Something a step says to enter in Concur or to paste.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub label: &'static str,
    pub value: String,
    pub kind: EntryKind,
}

/// How an entry is meant to be used, which decides how exports and the page show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryKind {
    /// A value typed exactly as shown (a Login ID, a name): shown as code.
    Value,
    /// A text of several lines pasted whole (the Helpdesk ticket): shown as a block.
    Block,
    /// What to do instead of a value the checklist never holds (the password): prose.
    Instruction,
    /// Several values ticked or typed one by one (the permissions): `value` holds them
    /// joined by ", " for the exports; `items` gives them one per line.
    List,
}

impl Entry {
    fn value(label: &'static str, value: &str) -> Entry {
        Entry {
            label,
            value: value.to_owned(),
            kind: EntryKind::Value,
        }
    }

    fn list(label: &'static str, items: &[String]) -> Entry {
        Entry {
            label,
            value: items.join(LIST_SEPARATOR),
            kind: EntryKind::List,
        }
    }

    /// The values one by one: a list's items, else the value alone.
    pub fn items(&self) -> Vec<&str> {
        match self.kind {
            EntryKind::List if self.value.is_empty() => vec![],
            EntryKind::List => self.value.split(LIST_SEPARATOR).collect(),
            _ => vec![self.value.as_str()],
        }
    }
}

/// How a list's items are joined in exports. Concur's role labels hold no comma.
const LIST_SEPARATOR: &str = ", ";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepStatus {
    #[default]
    Todo,
    Done,
    NotApplicable,
}

impl StepStatus {
    /// The status in words, for a person reading what changed.
    pub fn title(self) -> &'static str {
        match self {
            StepStatus::Todo => "to do",
            StepStatus::Done => "done",
            StepStatus::NotApplicable => "not applicable",
        }
    }
}

/// What a person recorded about one step.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepRecord {
    pub status: StepStatus,
    /// When the status was last set, as an ISO 8601 timestamp from the caller's clock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// The ticks of one checklist: the route chosen and a record per step ID.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistProgress {
    #[serde(default)]
    pub route: CreationRoute,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub records: BTreeMap<String, StepRecord>,
    /// A random identity shared by every copy of this checklist (16 hex digits, no personal
    /// data): given when it is first shared, carried by links and JSON exports, so that a
    /// copy that comes back can update the draft it came from instead of adding another.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_id: Option<String>,
    /// The steps whose `Done` was set aside when this checklist was read, because they are
    /// locked while its profile has errors; their notes were kept. Said once, never saved.
    #[serde(skip)]
    pub set_aside: Vec<&'static str>,
    /// The day the copy this checklist was read from was prepared (`YYYY-MM-DD`), from a
    /// link or a JSON export: told to the person who opens it, never saved.
    #[serde(skip)]
    pub prepared_on: Option<String>,
}

/// Why a step cannot be ticked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TickError {
    UnknownStep(String),
    /// The step hands over or enables, and the profile still has these errors.
    ProfileHasErrors(Vec<Finding>),
}

impl std::fmt::Display for TickError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TickError::UnknownStep(id) => write!(f, "there is no step {id:?} in this checklist"),
            TickError::ProfileHasErrors(errors) => {
                let first = &errors[0];
                write!(
                    f,
                    "the profile still has {} error{}; fix {} first (the first, on {}: {})",
                    errors.len(),
                    if errors.len() == 1 { "" } else { "s" },
                    if errors.len() == 1 { "it" } else { "them" },
                    first.field.label(),
                    first.message.trim_end_matches('.')
                )
            }
        }
    }
}

impl ChecklistProgress {
    pub fn record(&self, id: &str) -> StepRecord {
        self.records.get(id).cloned().unwrap_or_default()
    }

    /// Sets a step's status, stamped with `at`. Gated steps refuse `Done` while the profile
    /// has errors; going back to to-do is always allowed.
    pub fn set_status(
        &mut self,
        profile: &Profile,
        id: &str,
        status: StepStatus,
        at: &str,
    ) -> Result<(), TickError> {
        let steps = steps(profile, self.route);
        let step = steps
            .iter()
            .find(|step| step.id == id)
            .ok_or_else(|| TickError::UnknownStep(id.to_owned()))?;
        if status == StepStatus::Done {
            let errors = errors_of(profile);
            if step.is_locked(errors.len()) {
                return Err(TickError::ProfileHasErrors(errors));
            }
        }
        let record = self.records.entry(id.to_owned()).or_default();
        record.status = status;
        // The time is kept for a step set back to to-do as well: a copy of the checklist
        // that comes back is merged by which record was set last.
        record.at = Some(at.to_owned());
        self.prune(id);
        Ok(())
    }

    pub fn set_note(&mut self, id: &str, note: &str) {
        self.records.entry(id.to_owned()).or_default().note = note.to_owned();
        self.prune(id);
    }

    /// Sets back to to-do every locked step that says `Done` (a checklist read from a file
    /// or a link, ticked before its profile had the errors it has now), keeping its note,
    /// and lists it in `set_aside`: no reader ever shows a locked step done.
    pub fn set_aside_locked_ticks(&mut self, profile: &Profile) {
        let errors = errors_of(profile).len();
        if errors == 0 {
            return;
        }
        for step in steps(profile, self.route) {
            let Some(record) = self.records.get_mut(step.id) else {
                continue;
            };
            if step.is_locked(errors) && record.status == StepStatus::Done {
                record.status = StepStatus::Todo;
                record.at = None;
                self.set_aside.push(step.id);
                self.prune(step.id);
            }
        }
    }

    /// What to tell the person about ticks set aside, if any.
    pub fn set_aside_notice(&self) -> Option<String> {
        match self.set_aside.len() {
            0 => None,
            count => Some(format!(
                "{count} step{} marked done {} set back to to-do ({}): {} locked while the profile has errors. Notes are kept.",
                if count == 1 { "" } else { "s" },
                if count == 1 { "was" } else { "were" },
                self.set_aside.join(", "),
                if count == 1 { "it is" } else { "they are" },
            )),
        }
    }

    /// Drops a record that says nothing, so untouched checklists stay empty.
    fn prune(&mut self, id: &str) {
        if self.records.get(id) == Some(&StepRecord::default()) {
            self.records.remove(id);
        }
    }
}

fn errors_of(profile: &Profile) -> Vec<Finding> {
    rules::validate(profile)
        .into_iter()
        .filter(|finding| finding.severity == Severity::Error)
        .collect()
}

/// Progress through a group: steps done out of those that apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupProgress {
    pub done: usize,
    pub applicable: usize,
}

pub fn progress(
    steps: &[ChecklistStep],
    ticks: &ChecklistProgress,
    group: Option<StepGroup>,
) -> GroupProgress {
    let in_group = steps
        .iter()
        .filter(|step| group.is_none_or(|group| step.group == group));
    let mut result = GroupProgress {
        done: 0,
        applicable: 0,
    };
    for step in in_group {
        match ticks.record(step.id).status {
            StepStatus::Done => {
                result.done += 1;
                result.applicable += 1;
            }
            StepStatus::Todo => result.applicable += 1,
            StepStatus::NotApplicable => {}
        }
    }
    result
}

/// What to do when Concur refuses the Login ID as taken.
const LOGIN_TAKEN: &str = "If Concur says the Login ID is already taken (Login IDs are unique across all of Concur, not only your company), add a qualifier before the @, such as WSAdmin-<App>-<Company>, and change it in this profile too, so that the checklist and the handoff match.";

const PASSWORD_INSTRUCTION: &str =
    "a unique, strong password: type it in Concur, never in a ticket, e-mail or this checklist";

/// The steps for a profile, in order.
pub fn steps(profile: &Profile, route: CreationRoute) -> Vec<ChecklistStep> {
    let route = route.within(profile.connection);
    if profile.connection == Connection::CompanyRequestToken {
        return token_steps(profile, route);
    }
    let profile_is_clean = errors_of(profile).is_empty();
    let app = display_or(&profile.app_name, "the app");
    let admin = admin_name(profile);
    let ws = &profile.ws_admin;
    let mut steps = vec![ChecklistStep {
        id: "dedicated-profile",
        group: StepGroup::CreateProfile,
        title: "Make sure the WS Admin profile is a new, dedicated user".into(),
        actor: Actor::AuthorizingAdmin,
        menu_path: None,
        detail: "It must not be any real person's account: if a real user's credentials are used and they leave the company, the app stops working.".into(),
        enter: vec![],
        gated: false,
    }];
    let mut profile_values = vec![
        Entry::value("Login ID", &ws.login_id),
        Entry::value("First name", &ws.first_name),
        Entry::value("Last name", &ws.last_name),
    ];
    if let Some(email) = ws.email.as_deref().filter(|email| !email.is_empty()) {
        profile_values.push(Entry::value("E-mail", email));
    }
    match route {
        // `within` has made an App Center route, which has no WS Admin meaning, the admin's.
        CreationRoute::Admin | CreationRoute::AppCenter => {
            let (menu, detail) = match profile.edition {
                Edition::Standard => (
                    "Administration > Setup > Users > Create/Edit User",
                    "On newer sites the page is under Administration > Expense Settings (or Expense & Invoice Settings, or Invoice Settings) > User Accounts > Create/Edit User. Enter the values below and tick the permissions on the same page.",
                ),
                Edition::Professional => (
                    "Administration > Company > Company Admin > Add New User",
                    "Some sites show it as Administration > Company Admin > Add New User. Enter the values below.",
                ),
            };
            let detail = format!("{detail} {LOGIN_TAKEN}");
            let mut enter = profile_values.clone();
            enter.push(Entry {
                label: "Password",
                value: PASSWORD_INSTRUCTION.to_owned(),
                kind: EntryKind::Instruction,
            });
            if profile.edition == Edition::Standard {
                enter.push(Entry::list("Permissions", &ws.permissions));
            }
            steps.push(ChecklistStep {
                id: "create-user",
                group: StepGroup::CreateProfile,
                title: "Create the WS Admin user".into(),
                actor: Actor::AuthorizingAdmin,
                menu_path: Some(menu),
                detail,
                enter,
                gated: true,
            });
            if profile.edition == Edition::Professional {
                steps.push(ChecklistStep {
                    id: "grant-permissions",
                    group: StepGroup::CreateProfile,
                    title: "Grant the WS Admin user its permissions".into(),
                    actor: Actor::AuthorizingAdmin,
                    menu_path: Some("Administration > Company > Company Admin > User Permissions"),
                    detail: format!(
                        "Find {}, select Add to grant Web Services Administrator, and add the data roles the app needs.",
                        display_or(&ws.login_id, "the new WS Admin user")
                    ),
                    enter: vec![Entry::list("Permissions", &ws.permissions)],
                    gated: true,
                });
            }
        }
        CreationRoute::Helpdesk => {
            // A ticket creates a user that is hard to undo: Login IDs are unique across all
            // of Concur. So its text is offered only for a profile with no errors.
            let ticket = if profile_is_clean {
                Entry {
                    label: "Ticket text",
                    value: helpdesk_ticket(profile),
                    kind: EntryKind::Block,
                }
            } else {
                Entry {
                    label: "Ticket text",
                    value: "shown once the profile has no errors: fix the findings first".into(),
                    kind: EntryKind::Instruction,
                }
            };
            steps.push(ChecklistStep {
                id: "helpdesk-ticket",
                group: StepGroup::CreateProfile,
                title: "Log a ticket with the Concur Helpdesk to create the WS Admin user".into(),
                actor: Actor::AuthorizingAdmin,
                menu_path: None,
                detail: format!("Paste the ticket text below into a Concur Helpdesk ticket; it carries no password. {LOGIN_TAKEN}"),
                enter: vec![ticket],
                gated: true,
            });
            steps.push(ChecklistStep {
                id: "receive-initial-password",
                group: StepGroup::CreateProfile,
                title: "Receive the new user's initial password from Concur".into(),
                actor: Actor::ConcurHelpdesk,
                menu_path: None,
                detail: "The Helpdesk sends it by its own channel, as the ticket asks. Keep it out of e-mail threads, chat and this checklist.".into(),
                enter: vec![],
                gated: true,
            });
        }
    }
    let first_log_in = match route {
        CreationRoute::Admin | CreationRoute::AppCenter => {
            "Save, then log in to Concur once with the new credentials"
        }
        CreationRoute::Helpdesk => "Log in to Concur once with the Login ID and initial password",
    };
    steps.push(ChecklistStep {
        id: "save-and-activate",
        group: StepGroup::CreateProfile,
        title: first_log_in.into(),
        actor: Actor::AuthorizingAdmin,
        menu_path: None,
        detail: "The first log-in activates the account; until then the app cannot use it. If Concur asks for a new password at this log-in, set a new unique one: that new password is the one to seal for the provider.".into(),
        enter: vec![Entry::value("Login ID", &ws.login_id)],
        gated: false,
    });
    steps.push(ChecklistStep {
        id: "send-credentials",
        group: StepGroup::HandOver,
        title: format!("Send the Login ID and password to {app} securely"),
        actor: Actor::AuthorizingAdmin,
        menu_path: None,
        detail: "Seal them in a handoff packet (age) for the provider's key or a passphrase given by phone; never send them in plain e-mail or chat.".into(),
        enter: vec![Entry::value("Login ID", &ws.login_id)],
        gated: true,
    });
    steps.push(ChecklistStep {
        id: "provider-confirms",
        group: StepGroup::HandOver,
        title: "Receive and open the credentials".into(),
        actor: Actor::AppProvider,
        menu_path: None,
        detail: format!("{app}'s team opens the packet and confirms they have the credentials."),
        enter: vec![],
        gated: true,
    });
    steps.push(ChecklistStep {
        id: "named-admin-enables",
        group: StepGroup::EnableApp,
        title: format!("{admin}, the admin named on the profile, does the enabling"),
        actor: Actor::AuthorizingAdmin,
        menu_path: None,
        detail: "The administrator whose name is on the WS Admin profile is the one who enables the app.".into(),
        enter: vec![],
        gated: false,
    });
    steps.push(ChecklistStep {
        id: "log-in-as-ws-admin",
        group: StepGroup::EnableApp,
        title: "Log in to Concur with the WS Admin credentials".into(),
        actor: Actor::AuthorizingAdmin,
        menu_path: None,
        detail: "Use the new profile, not your own account.".into(),
        enter: vec![Entry::value("Login ID", &ws.login_id)],
        gated: true,
    });
    steps.push(ChecklistStep {
        id: "enable-app",
        group: StepGroup::EnableApp,
        title: format!("Enable {app} and confirm the sharing of data"),
        actor: Actor::AuthorizingAdmin,
        menu_path: Some("Administration > Company > Web Services > Enable Partner Application"),
        detail: format!("Find {app}, click Enable, and confirm the sharing of data."),
        enter: vec![Entry::value("App", &profile.app_name)],
        gated: true,
    });
    steps
}

/// The steps of the Company Request Token route: generate and hand over (`Admin`), or
/// connect in the App Center (`AppCenter`).
fn token_steps(profile: &Profile, route: CreationRoute) -> Vec<ChecklistStep> {
    let app = display_or(&profile.app_name, "the app");
    let role = profile.edition.admin_role_said();
    let mut steps = vec![ChecklistStep {
        id: "confirm-own-role",
        group: StepGroup::CreateProfile,
        title: format!("Check that your own account has the role {role}"),
        actor: Actor::AuthorizingAdmin,
        menu_path: Some(profile.edition.own_roles_menu()),
        detail: "Generating a Company Request Token, or connecting in the App Center, needs this role on the account you log in with; without it the Company Request Token page is missing and Connect is greyed out. If you lack it, ask your Concur administrator. The page exists only in the US and EMEA data centres: elsewhere it is missing whatever your roles, and Client Web Services generates the token.".into(),
        enter: vec![],
        gated: false,
    }];
    if route == CreationRoute::AppCenter {
        steps.push(ChecklistStep {
            id: "app-center-enabled",
            group: StepGroup::CreateProfile,
            title: "Check that your company has the App Center".into(),
            actor: Actor::AuthorizingAdmin,
            menu_path: None,
            detail: "When your company has the App Center, you see an App Center tab once logged in to Concur. If the tab is missing, log a ticket with the SAP Concur Helpdesk to have it enabled.".into(),
            enter: vec![],
            gated: false,
        });
        steps.push(ChecklistStep {
            id: "connect-in-app-center",
            group: StepGroup::EnableApp,
            title: format!("Connect {app} in the App Center"),
            actor: Actor::AuthorizingAdmin,
            menu_path: Some("App Center"),
            detail: format!("Find {app}'s listing, choose Connect and follow its prompts; the App Center passes the token to the provider itself, so there is nothing to copy or send."),
            enter: vec![Entry::value("App", &profile.app_name)],
            gated: true,
        });
    } else {
        steps.push(ChecklistStep {
            id: "generate-token",
            group: StepGroup::CreateProfile,
            title: format!("Generate a Company Request Token for {app}'s App ID"),
            actor: Actor::AuthorizingAdmin,
            menu_path: Some(COMPANY_REQUEST_TOKEN_MENU),
            detail: "Enter the App ID below and select Submit. The token is valid for 24 hours from then: note the time. The page is there in the US and EMEA data centres only; elsewhere, ask Client Web Services.".into(),
            enter: vec![Entry::value("App ID", profile.app_id.as_deref().unwrap_or_default())],
            gated: true,
        });
        steps.push(ChecklistStep {
            id: "copy-token-values",
            group: StepGroup::CreateProfile,
            title: "Copy the Company UUID and the token before closing the dialog".into(),
            actor: Actor::AuthorizingAdmin,
            menu_path: None,
            detail: "The dialog shows them once. Paste both straight into this tool's handoff, never into this checklist, a ticket or an e-mail; if the dialog was closed, generate a new token the same way.".into(),
            enter: vec![],
            gated: false,
        });
        steps.push(ChecklistStep {
            id: "send-token",
            group: StepGroup::HandOver,
            title: format!("Seal the Company UUID and token for {app} and send them within 24 hours"),
            actor: Actor::AuthorizingAdmin,
            menu_path: None,
            detail: "Seal them in a token packet (age) for the provider's key or a passphrase given by phone; the packet says when the token expires. Never send them in plain e-mail or chat.".into(),
            enter: vec![],
            gated: true,
        });
        steps.push(ChecklistStep {
            id: "provider-connects",
            group: StepGroup::HandOver,
            title: "Exchange the token before it expires".into(),
            actor: Actor::AppProvider,
            menu_path: None,
            detail: format!("{app}'s team opens the packet and exchanges the Company UUID and token for the company's OAuth tokens on its own server. If the token expired first, the admin generates a new one and seals it again."),
            enter: vec![],
            gated: true,
        });
    }
    // Where the sources say a connection shows: an App Center listing's "Connected" mark.
    // An app connected with a token may have no listing: its provider confirms instead.
    steps.push(if route == CreationRoute::AppCenter {
        ChecklistStep {
            id: "confirm-connected",
            group: StepGroup::EnableApp,
            title: format!("Confirm that {app}'s listing shows Connected"),
            actor: Actor::AuthorizingAdmin,
            menu_path: Some("App Center"),
            detail: format!("{app}'s listing in the App Center shows that it is connected. If it does not, open the listing and choose Connect again."),
            enter: vec![Entry::value("App", &profile.app_name)],
            gated: true,
        }
    } else {
        ChecklistStep {
            id: "confirm-connected",
            group: StepGroup::EnableApp,
            title: format!("Confirm with {app}'s provider that the connection works"),
            actor: Actor::AppProvider,
            menu_path: None,
            detail: format!("{app}'s team confirms that the exchange worked and the app reads the company's data. If it failed (an expired token, or the wrong data centre), generate a new token and seal it again."),
            enter: vec![Entry::value("App", &profile.app_name)],
            gated: true,
        }
    });
    steps
}

/// The text of a Helpdesk ticket asking for the WS Admin user, every value filled in.
pub fn helpdesk_ticket(profile: &Profile) -> String {
    let ws = &profile.ws_admin;
    let app = display_or(&profile.app_name, "[app name]");
    let company = profile
        .company_name
        .as_deref()
        .map(|name| format!(" ({name})"))
        .unwrap_or_default();
    let mut lines = vec![
        format!(
            "Please create a Web Services Administrator user profile in our Concur {}{company} so that we can enable the partner app {app}.",
            profile.edition.title()
        ),
        String::new(),
        format!("Login ID: {}", display_or(&ws.login_id, "[Login ID]")),
        format!("First name: {}", display_or(&ws.first_name, "[First name]")),
        format!("Last name: {}", display_or(&ws.last_name, "[Last name]")),
    ];
    if let Some(email) = ws.email.as_deref().filter(|email| !email.is_empty()) {
        lines.push(format!("E-mail: {email}"));
    }
    lines.push(format!(
        "Permissions: {}",
        display_or(&ws.permissions.join(", "), "[permissions]")
    ));
    lines.push(String::new());
    lines.push(format!(
        "This is a dedicated service profile, not a real person's account. The authorizing administrator is {} ({}), who will enable the app.",
        admin_name(profile),
        display_or(&profile.authorizing_admin.email, "[admin e-mail]")
    ));
    lines.push("Please do not put the password in this ticket; tell us how the initial password will be provided.".into());
    lines.join("\n")
}

fn display_or<'a>(value: &'a str, fallback: &'a str) -> &'a str {
    if value.is_empty() {
        fallback
    } else {
        value
    }
}

fn admin_name(profile: &Profile) -> String {
    let admin = &profile.authorizing_admin;
    match (admin.first_name.as_str(), admin.last_name.as_str()) {
        ("", "") => "The authorizing admin".to_owned(),
        (first, last) => format!("{first} {last}").trim().to_owned(),
    }
}
