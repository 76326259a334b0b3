//! The profile form: every field in the order an admin thinks, each with its findings.

use yew::prelude::*;

use crate::domain::concur::{Connection, DataCenter, DataKind, Edition};
use crate::domain::draft::{Draft, ProfileEdit};
use crate::domain::profile::Field;
use crate::domain::rules::Finding;
use crate::domain::text;
use crate::web::components::fields::{KnownUsersField, TextField};
use crate::web::components::findings::FieldFindings;

#[derive(Properties, PartialEq)]
pub struct ProfileFormProps {
    pub draft: Draft,
    pub findings: Vec<Finding>,
    pub onedit: Callback<ProfileEdit>,
    /// Whether the app's name is spelled in Latin letters yet (see `text::ascii_spelling`).
    #[prop_or_default]
    pub spelling: Spelling,
}

/// Where the app's name stands in being spelled in Latin letters for the Login ID.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Spelling {
    #[default]
    Known,
    /// The page has asked its worker.
    Waiting,
    /// The worker could not be started.
    Failed,
}

impl Spelling {
    /// Computed where each render sees the latest spellings: a component whose props are
    /// unchanged is not rendered again when the worker's answer arrives.
    pub fn of(app_name: &str, worker_failed: bool) -> Self {
        match (text::app_login_part(app_name).is_some(), worker_failed) {
            (true, _) => Spelling::Known,
            (false, false) => Spelling::Waiting,
            (false, true) => Spelling::Failed,
        }
    }
}

#[component]
pub fn ProfileForm(props: &ProfileFormProps) -> Html {
    let draft = &props.draft;
    let profile = &draft.profile;
    let onedit = props.onedit.clone();
    let onfix = onedit.reform(ProfileEdit::ApplyFix);
    let of = |field: Field| -> Vec<Finding> {
        props
            .findings
            .iter()
            .filter(|f| f.field == field)
            .cloned()
            .collect()
    };
    let text = |field: Field| AttrValue::from(field.text(profile).unwrap_or_default().to_owned());
    let token = profile.connection == Connection::CompanyRequestToken;
    html! {
        <form class="profile-form" onsubmit={|event: SubmitEvent| event.prevent_default()}>
                <ConnectionPicker connection={profile.connection} onedit={onedit.clone()} />
                <fieldset>
                    <legend>{ "The app and your company" }</legend>
                    <EditionPicker edition={profile.edition} onedit={onedit.clone()} />
                    <TextField field={Field::AppName} value={text(Field::AppName)} findings={of(Field::AppName)}
                        onedit={onedit.clone()} hint="As the app provider spells it, e.g. Expensify" />
                    <TextField field={Field::CompanyName} value={text(Field::CompanyName)} findings={of(Field::CompanyName)}
                        onedit={onedit.clone()} hint="Whose draft this is, e.g. Müller & Söhne GmbH: shown in titles, exports and the packet" />
                    if !token {
                        <AppNameSpelling spelling={props.spelling} />
                    }
                    if token {
                        <TextField field={Field::AppId} value={text(Field::AppId)} findings={of(Field::AppId)}
                            onedit={onedit.clone()} identifier=true
                            hint="The UUID the app provider gives you, e.g. 0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c" />
                        if let Some(note) = draft.app_id_origin_note() {
                            <p class="warning" id="app-id-origin">{ note }</p>
                        }
                        <DataCenterPicker chosen={profile.data_center} findings={of(Field::DataCenter)} onedit={onedit.clone()} />
                    } else {
                        <TextField field={Field::CompanyDomain} value={text(Field::CompanyDomain)}
                            findings={of(Field::CompanyDomain)} onedit={onedit.clone()} identifier=true
                            hint="The part after the @ in your company's e-mail addresses, e.g. acme.com" />
                        <DataAccessPicker chosen={profile.data_access.clone()} findings={of(Field::DataAccess)}
                            onedit={onedit.clone()} />
                    }
                </fieldset>
                <fieldset>
                    <legend>{ "The administrator who authorizes the app" }</legend>
                    <TextField field={Field::AdminFirstName} value={text(Field::AdminFirstName)}
                        findings={of(Field::AdminFirstName)} onedit={onedit.clone()} />
                    <TextField field={Field::AdminLastName} value={text(Field::AdminLastName)}
                        findings={of(Field::AdminLastName)} onedit={onedit.clone()} />
                    <TextField field={Field::AdminEmail} value={text(Field::AdminEmail)} input_type="email"
                        findings={of(Field::AdminEmail)} onedit={onedit.clone()} identifier=true />
                    if token {
                        <RoleConfirmation edition={profile.edition} confirmed={profile.authorizing_admin.role_confirmed}
                            findings={of(Field::AdminRole)} onedit={onedit.clone()} />
                    } else {
                        <TextField field={Field::AdminLoginId} value={text(Field::AdminLoginId)}
                            findings={of(Field::AdminLoginId)} onedit={onedit.clone()} identifier=true
                            hint="Optional: only if it differs from the e-mail" />
                        <KnownUsersField value={AttrValue::from(draft.known_users_text.clone())}
                            findings={of(Field::KnownUsers)} onedit={onedit.clone()} />
                    }
                </fieldset>
                if !token {
                    <fieldset>
                        <legend>{ "The WS Admin profile" }</legend>
                        <TextField field={Field::LoginId} value={text(Field::LoginId)} findings={of(Field::LoginId)}
                            onedit={onedit.clone()} identifier=true hint="WSAdmin, then the app's name, at your company's domain" />
                        <TextField field={Field::FirstName} value={text(Field::FirstName)} findings={of(Field::FirstName)}
                            onedit={onedit.clone()} identifier=true hint="WSAdmin and the authorizing admin's first name, e.g. WSADMIN_John" />
                        <TextField field={Field::LastName} value={text(Field::LastName)} findings={of(Field::LastName)}
                            onedit={onedit.clone()} hint="The authorizing admin's last name" />
                        <TextField field={Field::Email} value={text(Field::Email)} input_type="email"
                            findings={of(Field::Email)} onedit={onedit.clone()} identifier=true
                            hint={email_hint(profile.edition)} />
                        <PermissionPicker edition={profile.edition} held={profile.ws_admin.permissions.clone()}
                            findings={of(Field::Permissions)} onedit={onedit.clone()} {onfix} />
                    </fieldset>
                }
            </form>
    }
}

#[derive(Properties, PartialEq)]
struct ConnectionPickerProps {
    connection: Connection,
    onedit: Callback<ProfileEdit>,
}

#[component]
fn ConnectionPicker(props: &ConnectionPickerProps) -> Html {
    html! {
        <fieldset class="choice" aria-describedby="hint-connection">
            <legend>{ Field::Connection.label() }</legend>
            <p class="hint" id="hint-connection">
                { "Ask the app provider. Apps that sign in with a user name and password need a WS Admin user; \
                   apps that give you an App ID need a Company Request Token." }
            </p>
            { for Connection::ALL.into_iter().map(|connection| {
                let id = format!("connection-{}", connection.as_str().replace('_', "-"));
                let onchange = props.onedit.reform(move |_: Event| ProfileEdit::SetConnection(connection));
                html! {
                    <label for={id.clone()} class="option">
                        <input type="radio" {id} name="connection" value={connection.as_str()}
                            checked={props.connection == connection} {onchange} />
                        { connection.title() }
                    </label>
                }
            }) }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct RoleConfirmationProps {
    edition: Edition,
    confirmed: bool,
    findings: Vec<Finding>,
    onedit: Callback<ProfileEdit>,
}

/// The admin's own role, which generating a token needs: a confirmation, since only a look
/// at Concur can tell.
#[component]
fn RoleConfirmation(props: &RoleConfirmationProps) -> Html {
    let confirmed = props.confirmed;
    let onchange = props
        .onedit
        .reform(move |_: Event| ProfileEdit::ConfirmRole(!confirmed));
    let onfix = props.onedit.reform(ProfileEdit::ApplyFix);
    html! {
        <div class="field">
            <label for="role-confirmed" class="option">
                <input type="checkbox" id="role-confirmed" checked={confirmed} {onchange}
                    aria-describedby={crate::web::dom_id("findings", Field::AdminRole)} />
                { format!("My own account has the role \"{}\" ({})", props.edition.admin_role().label,
                    props.edition.own_roles_menu()) }
            </label>
            <FieldFindings field={Field::AdminRole} findings={props.findings.clone()} {onfix} />
        </div>
    }
}

fn email_hint(edition: Edition) -> &'static str {
    match edition {
        Edition::Standard => "Optional in Standard Edition",
        Edition::Professional => "Professional Edition: the authorizing admin's own e-mail",
    }
}

#[derive(Properties, PartialEq)]
struct EditionPickerProps {
    edition: Edition,
    onedit: Callback<ProfileEdit>,
}

#[component]
fn EditionPicker(props: &EditionPickerProps) -> Html {
    html! {
        <fieldset class="choice" aria-describedby="hint-edition">
            <legend>{ Field::Edition.label() }</legend>
            <p class="hint" id="hint-edition">
                { "Standard Edition creates users under Administration > Setup > Users; \
                   Professional Edition under Administration > Company Admin." }
            </p>
            { for Edition::ALL.into_iter().map(|edition| {
                let id = format!("edition-{}", edition.as_str());
                let onchange = props.onedit.reform(move |_: Event| ProfileEdit::SetEdition(edition));
                html! {
                    <label for={id.clone()} class="option">
                        <input type="radio" {id} name="edition" value={edition.as_str()}
                            checked={props.edition == edition} {onchange} />
                        { edition.title() }
                    </label>
                }
            }) }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct DataCenterPickerProps {
    chosen: Option<DataCenter>,
    findings: Vec<Finding>,
    onedit: Callback<ProfileEdit>,
}

/// The token route's data centre: it decides whether Concur's token page exists and where
/// the provider calls.
#[component]
fn DataCenterPicker(props: &DataCenterPickerProps) -> Html {
    let onchange = props.onedit.reform(|event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        ProfileEdit::SetText(Field::DataCenter, select.value())
    });
    let onfix = props.onedit.reform(ProfileEdit::ApplyFix);
    html! {
        <div class="field">
            <label for="input-data_center">{ Field::DataCenter.label() }</label>
            <p class="hint" id="hint-data_center">{ "Where your company's Concur is: the address you sign in at tells (us. or www. is US, eu1. or emea. is EMEA)." }</p>
            <select id="input-data_center" aria-describedby="hint-data_center findings-data_center" {onchange}>
                <option value="" selected={props.chosen.is_none()}>{ "Choose…" }</option>
                { for DataCenter::ALL.into_iter().map(|center| html! {
                    <option value={center.as_str()} selected={props.chosen == Some(center)}>{ center.title() }</option>
                }) }
            </select>
            <crate::web::components::findings::FieldFindings field={Field::DataCenter} findings={props.findings.clone()} {onfix} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct DataAccessPickerProps {
    chosen: Vec<DataKind>,
    findings: Vec<Finding>,
    onedit: Callback<ProfileEdit>,
}

#[component]
fn DataAccessPicker(props: &DataAccessPickerProps) -> Html {
    let onfix = props.onedit.reform(ProfileEdit::ApplyFix);
    html! {
        <fieldset class="choice" aria-describedby={crate::web::dom_id("findings", Field::DataAccess)}>
            <legend>{ Field::DataAccess.label() }</legend>
            { for DataKind::ALL.into_iter().map(|data| {
                let id = format!("data-{}", data.as_str());
                let chosen = props.chosen.contains(&data);
                let onchange = props.onedit.reform(move |_: Event| ProfileEdit::SetDataAccess(data, !chosen));
                html! {
                    <label for={id.clone()} class="option">
                        <input type="checkbox" {id} checked={chosen} {onchange} />
                        { data.title() }
                    </label>
                }
            }) }
            <FieldFindings field={Field::DataAccess} findings={props.findings.clone()} {onfix} />
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct PermissionPickerProps {
    edition: Edition,
    held: Vec<String>,
    findings: Vec<Finding>,
    onedit: Callback<ProfileEdit>,
    onfix: Callback<crate::domain::rules::FixAction>,
}

/// Only the chosen edition's labels, worded as Concur's screen words them.
#[component]
fn PermissionPicker(props: &PermissionPickerProps) -> Html {
    html! {
        <fieldset class="choice" aria-describedby={crate::web::dom_id("findings", Field::Permissions)}>
            <legend>{ Field::Permissions.label() }</legend>
            { for props.edition.roles().map(|role| {
                let id = format!("perm-{}", role.label.to_lowercase().replace(' ', "-"));
                let held = props.held.iter().any(|h| h.eq_ignore_ascii_case(role.label));
                let label = role.label;
                let onchange = props.onedit.reform(move |_: Event| ProfileEdit::SetPermission(label, !held));
                html! {
                    <label for={id.clone()} class="option">
                        <input type="checkbox" {id} checked={held} {onchange} />
                        { role.label }
                    </label>
                }
            }) }
            <FieldFindings field={Field::Permissions} findings={props.findings.clone()} onfix={props.onfix.clone()} />
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct AppNameSpellingProps {
    spelling: Spelling,
}

/// While the page waits for the worker to spell an app's name in another script, the
/// Login ID's finding and suggestion wait too: this says why, and what to do if the worker
/// cannot start.
#[component]
fn AppNameSpelling(props: &AppNameSpellingProps) -> Html {
    let message = match props.spelling {
        Spelling::Known => return html! {},
        Spelling::Waiting => "Spelling the app's name in Latin letters for the Login ID…",
        Spelling::Failed => {
            "This browser could not start the worker that spells the app's name in Latin \
             letters, so the Login ID has no suggestion: type it yourself as WSAdmin-, the \
             app's name in Latin letters, @ and your company's domain."
        }
    };
    html! { <p class="hint" id="app-name-spelling" aria-live="polite">{ message }</p> }
}
