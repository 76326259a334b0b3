//! The edits a person makes to a profile in the builder, as plain data, so that the web
//! app's reducer and the native tests share one implementation.

use super::checklist::{ChecklistProgress, CreationRoute, StepStatus, TickError};
use super::concur::{Connection, DataKind, Edition};
use super::profile::{parse_known_users, Field, PasswordPolicy, Profile};
use super::rules::{FixAction, Severity};
use super::suggest;
use crate::i18n::t;

/// What a person who opens someone else's copy (a consultant's template or link) is told
/// first: for whom and when it was prepared, and what is left for them to fill in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Welcome {
    pub company: Option<String>,
    /// `YYYY-MM-DD`, as the copy says.
    pub prepared_on: Option<String>,
    /// The fields still needed from this person, in the form's order. The WS Admin's own
    /// fields are not among them: Fill suggestions writes those from these.
    pub to_fill: Vec<Field>,
    /// Whether the WS Admin's fields are still empty, for Fill suggestions to write.
    pub then_suggestions: bool,
}

/// The WS Admin's fields, which Fill suggestions writes from the app, the domain and the
/// authorizing admin.
const SUGGESTED_FIELDS: [Field; 5] = [
    Field::LoginId,
    Field::FirstName,
    Field::LastName,
    Field::Email,
    Field::Permissions,
];

impl Welcome {
    /// What to do first, in a sentence.
    pub fn what_to_do(&self) -> String {
        let labels: Vec<String> = self.to_fill.iter().map(|field| field.label()).collect();
        match (labels.is_empty(), self.then_suggestions) {
            (false, true) => t::welcome_fill_then_suggest(&labels.join(", ")),
            (false, false) => t::welcome_fill(&labels.join(", ")),
            (true, true) => t::welcome_suggest(),
            (true, false) => t::welcome_all_filled(),
        }
    }
}

/// One change to the profile being built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProfileEdit {
    /// Chooses how the app connects. The other connection's fields are kept, unshown, so
    /// that switching back loses nothing.
    SetConnection(Connection),
    SetEdition(Edition),
    /// The admin confirms (or withdraws) that their own account holds the web-services role.
    ConfirmRole(bool),
    SetText(Field, String),
    SetDataAccess(DataKind, bool),
    SetPermission(&'static str, bool),
    /// A pasted list of real users' e-mails or Login IDs, one per line or separated by commas.
    SetKnownUsers(String),
    ApplyFix(FixAction),
    SetPasswordPolicy(PasswordPolicy),
    /// Fills the WS Admin fields from the guide's naming scheme and sets exactly the roles
    /// the edition and data need. Fields the person typed and that pass the rules are kept.
    /// On the token route, applies the fixes that have a value (the App ID inside a paste).
    FillSuggestions,
}

/// What the builder holds: the profile, plus the known-users list exactly as typed, so that
/// a half-typed entry (a trailing comma) is not rewritten under the cursor.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    pub profile: Profile,
    pub known_users_text: String,
    /// What has been ticked on the enablement checklist.
    pub checklist: ChecklistProgress,
    /// What the last edit did that the person might not expect (roles mapped on an edition
    /// switch). Shown once; not saved.
    pub notice: Option<String>,
    /// The last checklist tick the model refused, and why, so the view can say so beside
    /// that step. Shown once; not saved.
    pub refused_tick: Option<RefusedTick>,
    /// The App ID as a share link brought it. Anyone can make a link, so until the App ID
    /// is changed the form says where it came from. Saved with the draft.
    pub app_id_from_link: Option<String>,
}

/// A tick on the checklist that was not made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RefusedTick {
    pub step: String,
    pub reason: TickError,
}

/// A change to the enablement checklist of the open draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChecklistEdit {
    SetRoute(CreationRoute),
    /// `at` is the caller's clock, as an ISO 8601 timestamp.
    SetStatus {
        id: String,
        status: StepStatus,
        at: String,
    },
    SetNote {
        id: String,
        note: String,
    },
    /// Gives the checklist its share identity, if it has none yet (`shared_checklist`).
    SetShareId(String),
    /// Writes the Helpdesk ticket in English (true) or in the page's language.
    SetTicketInEnglish(bool),
}

impl Draft {
    pub fn from_profile(profile: Profile) -> Draft {
        Draft {
            known_users_text: profile.known_users.join("\n"),
            profile,
            ..Draft::default()
        }
    }

    /// A draft opened from a share link: its App ID, if it has one, is marked as the link's.
    pub fn from_link(profile: Profile, checklist: ChecklistProgress) -> Draft {
        Draft {
            app_id_from_link: profile.app_id.clone().filter(|id| !id.trim().is_empty()),
            checklist,
            ..Draft::from_profile(profile)
        }
    }

    /// This draft's checklist with a share identity, given now if it has none yet: what a
    /// link or an export carries, so that a copy coming back finds this draft.
    pub fn shared_checklist(&self, fresh: impl FnOnce() -> String) -> ChecklistProgress {
        let mut checklist = self.checklist.clone();
        checklist.share_id.get_or_insert_with(fresh);
        checklist
    }

    /// What the form says beside the App ID while it is still the one a link brought, on
    /// the token route (the only one that uses it).
    pub fn app_id_origin_note(&self) -> Option<String> {
        let from_link = self.app_id_from_link.as_deref()?;
        (self.profile.connection == Connection::CompanyRequestToken
            && self.profile.app_id.as_deref() == Some(from_link))
        .then(t::app_id_from_link)
    }

    /// Applies a checklist edit. A gated step that the profile's errors block stays as it
    /// was, and the refusal is returned and kept in `refused_tick` for the view to show.
    pub fn edit_checklist(&mut self, edit: ChecklistEdit) -> Result<(), TickError> {
        self.refused_tick = None;
        match edit {
            ChecklistEdit::SetRoute(route) => self.checklist.route = route,
            ChecklistEdit::SetStatus { id, status, at } => {
                if let Err(reason) = self.checklist.set_status(&self.profile, &id, status, &at) {
                    self.refused_tick = Some(RefusedTick {
                        step: id,
                        reason: reason.clone(),
                    });
                    return Err(reason);
                }
            }
            ChecklistEdit::SetNote { id, note } => self.checklist.set_note(&id, &note),
            ChecklistEdit::SetShareId(id) => {
                self.checklist.share_id.get_or_insert(id);
            }
            ChecklistEdit::SetTicketInEnglish(english) => {
                self.checklist.ticket_in_english = english
            }
        }
        Ok(())
    }

    /// True while nothing has been entered: such a draft can be reused without loss.
    pub fn is_untouched(&self) -> bool {
        self.profile == Profile::default()
            && self.known_users_text.is_empty()
            && self.checklist == ChecklistProgress::default()
    }

    /// The greeting for this draft when it arrived from someone else, prepared on the day
    /// its copy says.
    pub fn welcome(&self, prepared_on: Option<String>) -> Welcome {
        let findings = super::rules::validate(&self.profile);
        let needed = |field: Field| {
            field.text(&self.profile).is_none_or(str::is_empty)
                && findings
                    .iter()
                    .any(|finding| finding.field == field && finding.severity == Severity::Error)
        };
        Welcome {
            company: self.profile.company_name.clone(),
            prepared_on,
            to_fill: Field::ALL
                .into_iter()
                .filter(|field| !SUGGESTED_FIELDS.contains(field) && needed(*field))
                .collect(),
            then_suggestions: SUGGESTED_FIELDS.into_iter().any(needed),
        }
    }

    /// True when both hold the same work: profile, known-users text and checklist. What is
    /// shown once (`notice`, `refused_tick`) is not work and is not saved.
    pub fn same_work(&self, other: &Draft) -> bool {
        self.profile == other.profile
            && self.known_users_text == other.known_users_text
            && self.checklist == other.checklist
    }

    /// A name for the draft in a list of drafts.
    /// The draft's name in the list of drafts: the app and whose it is ("Expensify · Müller
    /// & Söhne GmbH", else the app and the company's domain), so that drafts for several
    /// clients can be told apart.
    pub fn title(&self) -> String {
        let app = match self.profile.app_name.as_str() {
            "" => t::untitled_profile(),
            name => name.to_owned(),
        };
        match self
            .profile
            .company_name
            .as_deref()
            .or(self.profile.company_domain.as_deref())
        {
            Some(company) if !company.is_empty() => format!("{app} · {company}"),
            _ => app,
        }
    }

    pub fn apply(&mut self, edit: ProfileEdit) {
        self.notice = None;
        self.refused_tick = None;
        match edit {
            ProfileEdit::SetKnownUsers(text) => {
                self.profile.known_users = parse_known_users(&text);
                self.known_users_text = text;
            }
            ProfileEdit::SetEdition(edition) => {
                let mapped = self.profile.switch_edition(edition);
                if !mapped.is_empty() {
                    let pairs: Vec<String> = mapped
                        .iter()
                        .map(|(from, to)| format!("{from} → {to}"))
                        .collect();
                    self.notice = Some(t::switched_edition(&edition.title(), &pairs.join(", ")));
                }
            }
            ProfileEdit::FillSuggestions => {
                let before = self.profile.clone();
                self.profile.apply(ProfileEdit::FillSuggestions);
                let needed = self.profile.suggestions_need();
                if !needed.is_empty() {
                    let labels: Vec<String> = needed.iter().map(|field| field.label()).collect();
                    self.notice = Some(t::fill_suggestions_needs(needed.len(), &labels.join(", ")));
                } else if self.profile == before
                    && self.profile.connection == Connection::CompanyRequestToken
                {
                    self.notice = Some(t::nothing_to_suggest_token());
                }
            }
            edit => self.profile.apply(edit),
        }
    }
}

impl Profile {
    /// What Fill suggestions still lacks, in the form's order: for each WS Admin field it
    /// left empty, the fields its suggestion is made from that are empty too.
    pub fn suggestions_need(&self) -> Vec<Field> {
        if self.connection == Connection::CompanyRequestToken {
            return vec![];
        }
        let empty = |field: Field| field.text(self).is_none_or(str::is_empty);
        let made_from: [(Field, &[Field]); 3] = [
            (Field::LoginId, &[Field::AppName, Field::CompanyDomain]),
            (Field::FirstName, &[Field::AdminFirstName]),
            (Field::LastName, &[Field::AdminLastName]),
        ];
        let wanted: Vec<Field> = made_from
            .iter()
            .filter(|(target, _)| empty(*target))
            .flat_map(|(_, sources)| sources.iter().copied())
            .collect();
        // In the form's order, each once.
        Field::ALL
            .into_iter()
            .filter(|field| wanted.contains(field) && empty(*field))
            .collect()
    }

    /// Applies one edit. Nothing else changes, so no typed value is ever lost.
    pub fn apply(&mut self, edit: ProfileEdit) {
        match edit {
            ProfileEdit::SetConnection(connection) => self.connection = connection,
            ProfileEdit::ConfirmRole(confirmed) => {
                self.authorizing_admin.role_confirmed = confirmed
            }
            ProfileEdit::SetEdition(edition) => {
                self.switch_edition(edition);
            }
            ProfileEdit::SetText(field, value) => self.set_text(field, &value),
            ProfileEdit::SetDataAccess(data, wanted) => {
                self.data_access.retain(|held| *held != data);
                if wanted {
                    self.data_access.push(data);
                    self.data_access.sort();
                }
            }
            ProfileEdit::SetPermission(label, wanted) => {
                let permissions = &mut self.ws_admin.permissions;
                permissions.retain(|held| !held.eq_ignore_ascii_case(label));
                if wanted {
                    permissions.push(label.to_owned());
                }
            }
            ProfileEdit::SetKnownUsers(list) => self.known_users = parse_known_users(&list),
            ProfileEdit::ApplyFix(action) => action.apply(self),
            ProfileEdit::FillSuggestions => self.fill_suggestions(),
            ProfileEdit::SetPasswordPolicy(policy) => self.password_policy = policy,
        }
    }

    /// Changes edition, renaming each role of the old edition to its equivalent so that
    /// nothing ticked is silently dropped. Returns the renamings made.
    pub fn switch_edition(&mut self, edition: Edition) -> Vec<(String, &'static str)> {
        let old = self.edition;
        self.edition = edition;
        if old == edition {
            return vec![];
        }
        let mut renamed = Vec::new();
        let mut kept: Vec<String> = Vec::new();
        for held in std::mem::take(&mut self.ws_admin.permissions) {
            let label = match old.role_named(&held) {
                Some(role) => {
                    let equivalent = role.equivalent_in(edition).label;
                    renamed.push((held, equivalent));
                    equivalent.to_owned()
                }
                None => held,
            };
            // Two Standard admin labels map to one Professional role: keep it once.
            if !kept.contains(&label) {
                kept.push(label);
            }
        }
        self.ws_admin.permissions = kept;
        renamed
    }

    /// Fill suggestions (and the CLI's `fix`): the WS Admin fields the guide's naming scheme
    /// derives, where they are empty or in error, then every one-click fix the errors offer,
    /// on either route, until nothing changes: a fix can reveal the next (a trimmed admin
    /// e-mail, then the WS Admin e-mail that must match it). A value with no error is never
    /// touched: a correct "Travel and Expense Administrator" stays, a missing role is added
    /// beside it, and what a warning names (a role the app does not need, another domain) is
    /// left for the person. The handoff's own fixes (a pasted token) are the handoff's.
    fn fill_suggestions(&mut self) {
        for _ in 0..4 {
            let before = self.clone();
            if self.connection == Connection::WsAdminUser {
                self.fill_from_the_naming_scheme();
            }
            let fixes: Vec<FixAction> = crate::domain::rules::validate(self)
                .into_iter()
                .filter(|finding| finding.severity == Severity::Error)
                .filter_map(|finding| finding.fix.action)
                .filter(FixAction::applies_unasked)
                .collect();
            for fix in fixes {
                fix.apply(self);
            }
            if *self == before {
                break;
            }
        }
    }

    /// The company domain as a bare domain when it was typed otherwise, and the WS Admin
    /// fields that are empty or in error, from the app, the domain and the admin.
    fn fill_from_the_naming_scheme(&mut self) {
        if let Some(domain) = suggest::company_domain(self) {
            self.set_text(Field::CompanyDomain, &domain);
        }
        let findings = crate::domain::rules::validate(self);
        let has_error = |field: Field| {
            findings
                .iter()
                .any(|f| f.field == field && f.severity == Severity::Error)
        };
        let email_wanted = self.edition == Edition::Professional || has_error(Field::Email);
        let mut fills = vec![
            (Field::LoginId, suggest::login_id(self)),
            (Field::FirstName, suggest::first_name(self)),
            (Field::LastName, suggest::last_name(self)),
        ];
        if email_wanted {
            fills.push((Field::Email, suggest::email(self)));
        }
        for (field, value) in fills {
            let current = field.text(self).unwrap_or_default();
            if let Some(value) = value {
                if current.is_empty() || has_error(field) {
                    self.set_text(field, &value);
                }
            }
        }
    }
}

/// A copy of a draft that came back (a share link or an exported checklist whose share
/// identity is this draft's) merged into this one: each step keeps the record set last
/// (by its time), a value empty here takes the copy's, and nothing typed here is lost: a
/// value that differs keeps this draft's, a note that differs keeps both. Returns the
/// merged draft and, in words, what the copy changed (empty when it changes nothing).
pub fn merge_returned(local: &Draft, incoming: &Draft) -> (Draft, Vec<String>) {
    let mut merged = local.clone();
    let mut changes = Vec::new();
    for field in Field::ALL {
        let (Some(here), Some(there)) = (field.text(&local.profile), field.text(&incoming.profile))
        else {
            continue;
        };
        if here.is_empty() && !there.is_empty() {
            merged.profile.set_text(field, there);
            changes.push(t::pair(&field.label(), &there));
        } else if !there.is_empty() && here != there {
            changes.push(t::change_kept_yours(&field.label(), &there));
        }
    }
    if merged.profile.data_access.is_empty() && !incoming.profile.data_access.is_empty() {
        merged.profile.data_access = incoming.profile.data_access.clone();
        changes.push(Field::DataAccess.label());
    }
    if merged.profile.ws_admin.permissions.is_empty()
        && !incoming.profile.ws_admin.permissions.is_empty()
    {
        merged.profile.ws_admin.permissions = incoming.profile.ws_admin.permissions.clone();
        changes.push("Permissions".to_owned());
    }
    let titles = super::checklist::steps(&merged.profile, merged.checklist.route);
    let title = |id: &str| {
        titles
            .iter()
            .find(|step| step.id == id)
            .map_or_else(|| id.to_owned(), |step| step.title.clone())
    };
    for (id, there) in &incoming.checklist.records {
        let here = local.checklist.record(id);
        let mut record = here.clone();
        if there.at > here.at {
            record.status = there.status;
            record.at = there.at.clone();
            changes.push(t::pair(&title(id), &there.status.title()));
        }
        if !there.note.is_empty() && !here.note.contains(there.note.as_str()) {
            record.note = if here.note.is_empty() {
                there.note.clone()
            } else {
                format!("{}\n{}", here.note, there.note)
            };
            changes.push(t::change_note(&title(id)));
        }
        if record != super::checklist::StepRecord::default() {
            merged.checklist.records.insert(id.clone(), record);
        }
    }
    (merged, changes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_edits_land_in_their_field_and_nowhere_else() {
        let mut profile = Profile::default();
        profile.apply(ProfileEdit::SetText(
            Field::LoginId,
            "WSAdmin-X@acme.com".into(),
        ));
        profile.apply(ProfileEdit::SetText(Field::AdminFirstName, "John".into()));
        assert_eq!(profile.ws_admin.login_id, "WSAdmin-X@acme.com");
        assert_eq!(profile.authorizing_admin.first_name, "John");
        assert_eq!(profile.ws_admin.first_name, "");
    }

    #[test]
    fn emptied_optional_fields_read_as_absent() {
        let mut profile = Profile::default();
        profile.apply(ProfileEdit::SetText(Field::Email, "a@b.co".into()));
        profile.apply(ProfileEdit::SetText(Field::Email, String::new()));
        assert_eq!(profile.ws_admin.email, None);
    }

    #[test]
    fn data_access_toggles_without_duplicates_in_a_stable_order() {
        let mut profile = Profile::default();
        profile.apply(ProfileEdit::SetDataAccess(DataKind::Invoice, true));
        profile.apply(ProfileEdit::SetDataAccess(DataKind::Expense, true));
        profile.apply(ProfileEdit::SetDataAccess(DataKind::Expense, true));
        assert_eq!(profile.data_access, [DataKind::Expense, DataKind::Invoice]);
        profile.apply(ProfileEdit::SetDataAccess(DataKind::Expense, false));
        assert_eq!(profile.data_access, [DataKind::Invoice]);
    }

    #[test]
    fn unticking_a_permission_removes_it_whatever_its_case() {
        let mut profile = Profile::default();
        profile.ws_admin.permissions = vec!["can administer".into(), "Can Book Travel".into()];
        profile.apply(ProfileEdit::SetPermission("Can Administer", false));
        assert_eq!(profile.ws_admin.permissions, ["Can Book Travel"]);
    }

    #[test]
    fn known_users_paste_splits_on_lines_and_commas() {
        let mut profile = Profile::default();
        profile.apply(ProfileEdit::SetKnownUsers(
            " jane@acme.com,\nbob@acme.com ;\n\n".into(),
        ));
        assert_eq!(profile.known_users, ["jane@acme.com", "bob@acme.com"]);
    }

    #[test]
    fn the_draft_keeps_the_known_users_paste_as_typed() {
        let mut draft = Draft::default();
        draft.apply(ProfileEdit::SetKnownUsers("jane@acme.com,".into()));
        assert_eq!(draft.known_users_text, "jane@acme.com,");
        assert_eq!(draft.profile.known_users, ["jane@acme.com"]);
    }

    fn admin_and_app(edition: Edition) -> Profile {
        let mut profile = Profile {
            edition,
            app_name: "Expensify".into(),
            data_access: vec![DataKind::Expense, DataKind::Travel],
            ..Profile::default()
        };
        profile.authorizing_admin.first_name = "John".into();
        profile.authorizing_admin.last_name = "Smith".into();
        profile.authorizing_admin.email = "john.smith@acme.com".into();
        profile
    }

    #[test]
    fn filling_suggestions_on_the_token_route_mends_the_app_id_and_leaves_the_user_alone() {
        let mut profile = admin_and_app(Edition::Professional);
        profile.connection = Connection::CompanyRequestToken;
        profile.app_id = Some(" {0F8E6C2A-5B1D-4E7F-9A3C-2D4B6E8F0A1C}".into());
        profile.apply(ProfileEdit::FillSuggestions);
        assert_eq!(
            profile.app_id.as_deref(),
            Some("0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c")
        );
        assert!(profile.ws_admin.login_id.is_empty() && profile.ws_admin.permissions.is_empty());
    }

    #[test]
    fn filling_suggestions_leaves_no_error_in_either_edition() {
        for edition in Edition::ALL {
            let mut profile = admin_and_app(edition);
            profile.apply(ProfileEdit::FillSuggestions);
            assert_eq!(crate::domain::rules::validate(&profile), [], "{edition:?}");
            assert_eq!(profile.ws_admin.login_id, "WSAdmin-Expensify@acme.com");
        }
    }

    #[test]
    fn filling_suggestions_keeps_valid_typed_values_and_replaces_wrong_ones() {
        let mut profile = admin_and_app(Edition::Standard);
        profile.ws_admin.login_id = "WSAdmin-Expensify-Prod@acme.com".into();
        profile.ws_admin.first_name = "John".into();
        profile.apply(ProfileEdit::FillSuggestions);
        assert_eq!(profile.ws_admin.login_id, "WSAdmin-Expensify-Prod@acme.com");
        assert_eq!(profile.ws_admin.first_name, "WSADMIN_John");
    }

    #[test]
    fn switching_edition_renames_roles_and_says_so() {
        let mut draft = Draft::from_profile(admin_and_app(Edition::Standard));
        draft.apply(ProfileEdit::FillSuggestions);
        draft.apply(ProfileEdit::SetText(
            Field::LoginId,
            "typed@acme.com".into(),
        ));
        draft.apply(ProfileEdit::SetEdition(Edition::Professional));
        assert_eq!(
            draft.profile.ws_admin.permissions,
            ["Web Services Administrator", "Expense User", "Travel User"]
        );
        let notice = draft.notice.clone().expect("the renaming is announced");
        assert!(
            notice.contains("Can Administer → Web Services Administrator"),
            "{notice}"
        );
        assert_eq!(draft.profile.ws_admin.login_id, "typed@acme.com");
        draft.apply(ProfileEdit::SetEdition(Edition::Standard));
        assert_eq!(
            draft.profile.ws_admin.permissions,
            [
                "Can Administer",
                "Can Submit Expense Reports",
                "Can Book Travel"
            ]
        );
    }

    #[test]
    fn two_standard_admin_labels_become_one_professional_role() {
        let mut profile = Profile::default();
        profile.ws_admin.permissions = vec![
            "Can Administer".into(),
            "Travel and Expense Administrator".into(),
        ];
        profile.switch_edition(Edition::Professional);
        assert_eq!(profile.ws_admin.permissions, ["Web Services Administrator"]);
    }

    #[test]
    fn applying_a_fix_clears_its_finding() {
        let mut profile = Profile {
            app_name: "Expensify".into(),
            ..Profile::default()
        };
        profile.authorizing_admin.email = "john@acme.com".into();
        profile.ws_admin.login_id = "john@acme.com".into();
        let finding = crate::domain::rules::validate(&profile)
            .into_iter()
            .find(|finding| finding.rule == "LOGIN-PERSONAL")
            .expect("the admin's own e-mail is flagged");
        profile.apply(ProfileEdit::ApplyFix(finding.fix.action.unwrap()));
        assert_eq!(profile.ws_admin.login_id, "WSAdmin-Expensify@acme.com");
        assert!(crate::domain::rules::validate(&profile)
            .iter()
            .all(|finding| finding.field != Field::LoginId));
    }

    #[test]
    fn fill_suggestions_on_an_empty_profile_says_what_it_needs_first() {
        let mut draft = Draft::default();
        draft.apply(ProfileEdit::FillSuggestions);
        assert_eq!(
            draft.notice.as_deref(),
            Some("Fill suggestions writes the WS Admin user's fields from Partner app name, Company e-mail domain, Admin's first name, Admin's last name: fill them in first.")
        );
        // The domain comes from the admin's e-mail; only the last name is missing now.
        for (field, value) in [
            (Field::AppName, "Expensify"),
            (Field::AdminFirstName, "John"),
            (Field::AdminEmail, "john.smith@acme.com"),
        ] {
            draft.apply(ProfileEdit::SetText(field, value.into()));
        }
        draft.apply(ProfileEdit::FillSuggestions);
        assert_eq!(
            draft.profile.ws_admin.login_id,
            "WSAdmin-Expensify@acme.com"
        );
        assert!(draft
            .notice
            .as_deref()
            .unwrap()
            .contains("from Admin's last name: fill it in first"));
        draft.apply(ProfileEdit::SetText(Field::AdminLastName, "Smith".into()));
        draft.apply(ProfileEdit::FillSuggestions);
        assert_eq!(draft.notice, None);
        // The token route has nothing to suggest, and says so.
        let mut token = Draft::default();
        token.apply(ProfileEdit::SetConnection(Connection::CompanyRequestToken));
        token.apply(ProfileEdit::FillSuggestions);
        assert!(token
            .notice
            .as_deref()
            .unwrap()
            .starts_with("Nothing to suggest on this route"));
    }
}
