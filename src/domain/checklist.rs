//! The enablement checklist: the guide's two steps as things to do, who does them, where
//! in Concur, and what to enter, generated from a profile. What a person ticks (state,
//! time, note) is kept apart from the generated steps, by step ID, so a changed profile
//! regenerates the steps without losing the ticks.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::concur::{Connection, Edition, COMPANY_REQUEST_TOKEN_MENU, STANDARD_CREATE_USER_MENU};
use super::profile::Profile;
use super::rules::{self, Finding, Severity};
use crate::i18n::{t, Lang};

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
    pub fn title(self, connection: Connection) -> String {
        match (self, connection) {
            (CreationRoute::Admin, Connection::WsAdminUser) => t::route_admin_ws(),
            (CreationRoute::Helpdesk, _) => t::route_helpdesk(),
            (CreationRoute::Admin, Connection::CompanyRequestToken) => t::route_admin_token(),
            (CreationRoute::AppCenter, _) => t::route_app_center(),
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
    pub fn title(self, connection: Connection, route: CreationRoute) -> String {
        let app_center =
            connection == Connection::CompanyRequestToken && route == CreationRoute::AppCenter;
        match (self, connection) {
            (StepGroup::CreateProfile, _) if app_center => t::group_check_app_center(),
            (StepGroup::EnableApp, _) if app_center => t::group_connect_app_center(),
            (StepGroup::CreateProfile, Connection::WsAdminUser) => t::group_create_ws(),
            (StepGroup::HandOver, Connection::WsAdminUser) => t::group_hand_over_ws(),
            (StepGroup::EnableApp, Connection::WsAdminUser) => t::group_enable_ws(),
            (StepGroup::CreateProfile, Connection::CompanyRequestToken) => t::group_create_token(),
            (StepGroup::HandOver, Connection::CompanyRequestToken) => t::group_hand_over_token(),
            (StepGroup::EnableApp, Connection::CompanyRequestToken) => t::group_enable_token(),
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
    pub fn title(self) -> String {
        match self {
            Actor::AuthorizingAdmin => t::actor_admin(),
            Actor::ConcurHelpdesk => t::actor_helpdesk(),
            Actor::AppProvider => t::actor_provider(),
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
    Some(t::checklist_gate_note(
        profile_errors,
        locked.len(),
        &locked.join("; "),
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
    /// Concur's own field label where the value goes into a Concur field (it stays in
    /// English), else words in the active language.
    pub label: String,
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
    fn value(label: &str, value: &str) -> Entry {
        Entry {
            label: label.to_owned(),
            value: value.to_owned(),
            kind: EntryKind::Value,
        }
    }

    fn list(label: &str, items: &[String]) -> Entry {
        Entry {
            label: label.to_owned(),
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
    pub fn title(self) -> String {
        match self {
            StepStatus::Todo => t::status_todo(),
            StepStatus::Done => t::status_done(),
            StepStatus::NotApplicable => t::status_not_applicable(),
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
    /// The Helpdesk ticket is written in English whatever the page's language (Concur's
    /// Helpdesk may need it): the preparer's choice for this checklist, kept with the draft
    /// in this browser and never sent in a link or an export, whose reader chooses their own.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ticket_in_english: bool,
    /// The steps whose `Done` was set aside when this checklist was read, because they are
    /// locked while its profile has errors; their notes were kept. Said once, never saved.
    #[serde(skip)]
    pub set_aside: Vec<&'static str>,
    /// The day the copy this checklist was read from was prepared (`YYYY-MM-DD`), from a
    /// link or a JSON export: told to the person who opens it, never saved.
    #[serde(skip)]
    pub prepared_on: Option<String>,
    /// The language a share link was made in, from the link: a hint the page may offer to
    /// follow, never a choice made for the reader. Told, never saved.
    #[serde(skip)]
    pub made_in: Option<Lang>,
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
            TickError::UnknownStep(id) => f.write_str(&t::tick_unknown_step(&format!("{id:?}"))),
            TickError::ProfileHasErrors(errors) => {
                let first = &errors[0];
                f.write_str(&t::tick_profile_has_errors(
                    errors.len(),
                    &first.field.label(),
                    &first.message.trim_end_matches('.'),
                ))
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
            count => Some(t::checklist_set_aside(count, &self.set_aside.join(", "))),
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

/// Concur's field labels, as its user page shows them: they stay in English in every
/// language.
mod field {
    pub const LOGIN_ID: &str = "Login ID";
    pub const FIRST_NAME: &str = "First name";
    pub const LAST_NAME: &str = "Last name";
    pub const EMAIL: &str = "E-mail";
    pub const PASSWORD: &str = "Password";
    pub const PERMISSIONS: &str = "Permissions";
    pub const APP_ID: &str = "App ID";
}

/// How the Helpdesk ticket's text is written: in the active language, or in another one
/// the admin chose for it (a ticket to Concur's Helpdesk may need English), by the caller,
/// who holds the languages.
pub type TicketWriter<'a> = &'a dyn Fn(&Profile) -> String;

/// The steps for a profile, in order, the Helpdesk ticket in the active language.
pub fn steps(profile: &Profile, route: CreationRoute) -> Vec<ChecklistStep> {
    steps_with_ticket(profile, route, &helpdesk_ticket)
}

/// The steps for a profile, in order, the Helpdesk ticket written by `ticket`.
pub fn steps_with_ticket(
    profile: &Profile,
    route: CreationRoute,
    ticket: TicketWriter,
) -> Vec<ChecklistStep> {
    let route = route.within(profile.connection);
    if profile.connection == Connection::CompanyRequestToken {
        return token_steps(profile, route);
    }
    let profile_is_clean = errors_of(profile).is_empty();
    let the_app = t::the_app();
    let app = display_or(&profile.app_name, &the_app);
    let admin = admin_name(profile);
    let ws = &profile.ws_admin;
    let mut steps = vec![ChecklistStep {
        id: "dedicated-profile",
        group: StepGroup::CreateProfile,
        title: t::step_dedicated_profile(),
        actor: Actor::AuthorizingAdmin,
        menu_path: None,
        detail: t::step_dedicated_profile_detail(),
        enter: vec![],
        gated: false,
    }];
    let mut profile_values = vec![
        Entry::value(field::LOGIN_ID, &ws.login_id),
        Entry::value(field::FIRST_NAME, &ws.first_name),
        Entry::value(field::LAST_NAME, &ws.last_name),
    ];
    if let Some(email) = ws.email.as_deref().filter(|email| !email.is_empty()) {
        profile_values.push(Entry::value(field::EMAIL, email));
    }
    match route {
        // `within` has made an App Center route, which has no WS Admin meaning, the admin's.
        CreationRoute::Admin | CreationRoute::AppCenter => {
            let login_taken = t::login_taken();
            let (menu, detail) = match profile.edition {
                Edition::Standard => (
                    STANDARD_CREATE_USER_MENU,
                    t::step_create_user_standard_detail(&login_taken),
                ),
                Edition::Professional => (
                    "Administration > Company > Company Admin > Add New User",
                    t::step_create_user_professional_detail(&login_taken),
                ),
            };
            let mut enter = profile_values.clone();
            enter.push(Entry {
                label: field::PASSWORD.to_owned(),
                value: t::password_instruction(),
                kind: EntryKind::Instruction,
            });
            if profile.edition == Edition::Standard {
                enter.push(Entry::list(field::PERMISSIONS, &ws.permissions));
            }
            steps.push(ChecklistStep {
                id: "create-user",
                group: StepGroup::CreateProfile,
                title: t::step_create_user(),
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
                    title: t::step_grant_permissions(),
                    actor: Actor::AuthorizingAdmin,
                    menu_path: Some("Administration > Company > Company Admin > User Permissions"),
                    detail: t::step_grant_permissions_detail(&display_or(
                        &ws.login_id,
                        &t::the_new_ws_admin(),
                    )),
                    enter: vec![Entry::list(field::PERMISSIONS, &ws.permissions)],
                    gated: true,
                });
            }
        }
        CreationRoute::Helpdesk => {
            // A ticket creates a user that is hard to undo: Login IDs are unique across all
            // of Concur. So its text is offered only for a profile with no errors.
            let ticket = if profile_is_clean {
                Entry {
                    label: t::entry_ticket_text(),
                    value: ticket(profile),
                    kind: EntryKind::Block,
                }
            } else {
                Entry {
                    label: t::entry_ticket_text(),
                    value: t::ticket_after_fixes(),
                    kind: EntryKind::Instruction,
                }
            };
            steps.push(ChecklistStep {
                id: "helpdesk-ticket",
                group: StepGroup::CreateProfile,
                title: t::step_helpdesk_ticket(),
                actor: Actor::AuthorizingAdmin,
                menu_path: None,
                detail: t::step_helpdesk_ticket_detail(&t::login_taken()),
                enter: vec![ticket],
                gated: true,
            });
            steps.push(ChecklistStep {
                id: "receive-initial-password",
                group: StepGroup::CreateProfile,
                title: t::step_receive_initial_password(),
                actor: Actor::ConcurHelpdesk,
                menu_path: None,
                detail: t::step_receive_initial_password_detail(),
                enter: vec![],
                gated: true,
            });
        }
    }
    let first_log_in = match route {
        CreationRoute::Admin | CreationRoute::AppCenter => t::step_save_and_activate(),
        CreationRoute::Helpdesk => t::step_log_in_with_initial(),
    };
    steps.push(ChecklistStep {
        id: "save-and-activate",
        group: StepGroup::CreateProfile,
        title: first_log_in,
        actor: Actor::AuthorizingAdmin,
        menu_path: None,
        detail: t::step_save_and_activate_detail(),
        enter: vec![Entry::value(field::LOGIN_ID, &ws.login_id)],
        gated: false,
    });
    steps.push(ChecklistStep {
        id: "send-credentials",
        group: StepGroup::HandOver,
        title: t::step_send_credentials(&app),
        actor: Actor::AuthorizingAdmin,
        menu_path: None,
        detail: t::step_send_credentials_detail(),
        enter: vec![Entry::value(field::LOGIN_ID, &ws.login_id)],
        gated: true,
    });
    steps.push(ChecklistStep {
        id: "provider-confirms",
        group: StepGroup::HandOver,
        title: t::step_provider_confirms(),
        actor: Actor::AppProvider,
        menu_path: None,
        detail: t::step_provider_confirms_detail(&app),
        enter: vec![],
        gated: true,
    });
    steps.push(ChecklistStep {
        id: "named-admin-enables",
        group: StepGroup::EnableApp,
        title: t::step_named_admin_enables(&admin),
        actor: Actor::AuthorizingAdmin,
        menu_path: None,
        detail: t::step_named_admin_enables_detail(),
        enter: vec![],
        gated: false,
    });
    steps.push(ChecklistStep {
        id: "log-in-as-ws-admin",
        group: StepGroup::EnableApp,
        title: t::step_log_in_as_ws_admin(),
        actor: Actor::AuthorizingAdmin,
        menu_path: None,
        detail: t::step_log_in_as_ws_admin_detail(),
        enter: vec![Entry::value(field::LOGIN_ID, &ws.login_id)],
        gated: true,
    });
    steps.push(ChecklistStep {
        id: "enable-app",
        group: StepGroup::EnableApp,
        title: t::step_enable_app(&app),
        actor: Actor::AuthorizingAdmin,
        menu_path: Some("Administration > Company > Web Services > Enable Partner Application"),
        detail: t::step_enable_app_detail(&app),
        enter: vec![Entry::value(&t::entry_app(), &profile.app_name)],
        gated: true,
    });
    steps
}

/// The steps of the Company Request Token route: generate and hand over (`Admin`), or
/// connect in the App Center (`AppCenter`).
fn token_steps(profile: &Profile, route: CreationRoute) -> Vec<ChecklistStep> {
    let the_app = t::the_app();
    let app = display_or(&profile.app_name, &the_app);
    let role = profile.edition.admin_role_said();
    let mut steps = vec![ChecklistStep {
        id: "confirm-own-role",
        group: StepGroup::CreateProfile,
        title: t::step_confirm_own_role(&role),
        actor: Actor::AuthorizingAdmin,
        menu_path: Some(profile.edition.own_roles_menu()),
        detail: match profile.edition {
            Edition::Standard => t::own_roles_standard_detail(&t::step_confirm_own_role_detail()),
            Edition::Professional => t::step_confirm_own_role_detail(),
        },
        enter: vec![],
        gated: false,
    }];
    if route == CreationRoute::AppCenter {
        steps.push(ChecklistStep {
            id: "app-center-enabled",
            group: StepGroup::CreateProfile,
            title: t::step_app_center_enabled(),
            actor: Actor::AuthorizingAdmin,
            menu_path: None,
            detail: t::step_app_center_enabled_detail(),
            enter: vec![],
            gated: false,
        });
        steps.push(ChecklistStep {
            id: "connect-in-app-center",
            group: StepGroup::EnableApp,
            title: t::step_connect_in_app_center(&app),
            actor: Actor::AuthorizingAdmin,
            menu_path: Some("App Center"),
            detail: t::step_connect_in_app_center_detail(&app),
            enter: vec![Entry::value(&t::entry_app(), &profile.app_name)],
            gated: true,
        });
    } else {
        steps.push(ChecklistStep {
            id: "generate-token",
            group: StepGroup::CreateProfile,
            title: t::step_generate_token(&app),
            actor: Actor::AuthorizingAdmin,
            menu_path: Some(COMPANY_REQUEST_TOKEN_MENU),
            detail: t::step_generate_token_detail(),
            enter: vec![Entry::value(
                field::APP_ID,
                profile.app_id.as_deref().unwrap_or_default(),
            )],
            gated: true,
        });
        steps.push(ChecklistStep {
            id: "copy-token-values",
            group: StepGroup::CreateProfile,
            title: t::step_copy_token_values(),
            actor: Actor::AuthorizingAdmin,
            menu_path: None,
            detail: t::step_copy_token_values_detail(),
            enter: vec![],
            gated: false,
        });
        steps.push(ChecklistStep {
            id: "send-token",
            group: StepGroup::HandOver,
            title: t::step_send_token(&app),
            actor: Actor::AuthorizingAdmin,
            menu_path: None,
            detail: t::step_send_token_detail(),
            enter: vec![],
            gated: true,
        });
        steps.push(ChecklistStep {
            id: "provider-connects",
            group: StepGroup::HandOver,
            title: t::step_provider_connects(),
            actor: Actor::AppProvider,
            menu_path: None,
            detail: t::step_provider_connects_detail(&app),
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
            title: t::step_confirm_listing(&app),
            actor: Actor::AuthorizingAdmin,
            menu_path: Some("App Center"),
            detail: t::step_confirm_listing_detail(&app),
            enter: vec![Entry::value(&t::entry_app(), &profile.app_name)],
            gated: true,
        }
    } else {
        ChecklistStep {
            id: "confirm-connected",
            group: StepGroup::EnableApp,
            title: t::step_confirm_with_provider(&app),
            actor: Actor::AppProvider,
            menu_path: None,
            detail: t::step_confirm_with_provider_detail(&app),
            enter: vec![Entry::value(&t::entry_app(), &profile.app_name)],
            gated: true,
        }
    });
    steps
}

/// The text of a Helpdesk ticket asking for the WS Admin user, every value filled in, in the
/// active language (the page offers English apart from its own: the Helpdesk may need it).
/// Concur's field labels stay in English, as the Helpdesk's own forms name them.
pub fn helpdesk_ticket(profile: &Profile) -> String {
    let ws = &profile.ws_admin;
    let app_placeholder = t::ticket_app_placeholder();
    let app = display_or(&profile.app_name, &app_placeholder);
    let company = profile
        .company_name
        .as_deref()
        .map(|name| format!(" ({name})"))
        .unwrap_or_default();
    let mut lines = vec![
        t::ticket_request(&profile.edition.title(), &company, &app),
        String::new(),
        t::pair(
            &field::LOGIN_ID,
            &display_or(&ws.login_id, &t::ticket_login_id_placeholder()),
        ),
        t::pair(
            &field::FIRST_NAME,
            &display_or(&ws.first_name, &t::ticket_first_name_placeholder()),
        ),
        t::pair(
            &field::LAST_NAME,
            &display_or(&ws.last_name, &t::ticket_last_name_placeholder()),
        ),
    ];
    if let Some(email) = ws.email.as_deref().filter(|email| !email.is_empty()) {
        lines.push(t::pair(&field::EMAIL, &email));
    }
    let permissions = ws.permissions.join(", ");
    lines.push(t::pair(
        &field::PERMISSIONS,
        &display_or(&permissions, &t::ticket_permissions_placeholder()),
    ));
    lines.push(String::new());
    lines.push(t::ticket_dedicated(
        &admin_name(profile),
        &display_or(
            &profile.authorizing_admin.email,
            &t::ticket_admin_email_placeholder(),
        ),
    ));
    lines.push(t::ticket_no_password());
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
        ("", "") => t::the_authorizing_admin_name(),
        (first, last) => format!("{first} {last}").trim().to_owned(),
    }
}
