//! The profile form: every field in the order an admin thinks, each with its findings.

use yew::prelude::*;

use crate::domain::concur::{Connection, DataCenter, DataKind, Edition};
use crate::domain::draft::{Draft, ProfileEdit};
use crate::domain::profile::Field;
use crate::domain::rules::Finding;
use crate::domain::text;
use crate::i18n::m;
use crate::i18n::t;
use crate::web::checked_of;
use crate::web::components::fields::{known_users_field, text_field, Look};
use crate::web::components::findings::field_findings;
use crate::web::tx;

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
    /// Computed where each render sees the latest spellings (the app's, above the form).
    pub fn of(app_name: &str, worker_failed: bool) -> Self {
        match (text::app_login_part(app_name).is_some(), worker_failed) {
            (true, _) => Spelling::Known,
            (false, false) => Spelling::Waiting,
            (false, true) => Spelling::Failed,
        }
    }
}

/// The profile form. Its pieces are functions, not components: they hold no state, and
/// each component would cost generic code of its own in the first load (docs/decisions.md).
pub fn profile_form(
    draft: &Draft,
    findings: &[Finding],
    onedit: &Callback<ProfileEdit>,
    spelling: Spelling,
) -> Html {
    let profile = &draft.profile;
    let onfix = onedit.reform(ProfileEdit::ApplyFix);
    let of = |field: Field| -> Vec<Finding> {
        findings
            .iter()
            .filter(|f| f.field == field)
            .cloned()
            .collect()
    };
    let field = |field: Field, look: Look| {
        text_field(
            field,
            field.text(profile).unwrap_or_default(),
            &of(field),
            onedit,
            look,
        )
    };
    let hint = |hint: String| Look {
        hint: Some(hint),
        ..Look::default()
    };
    let identifier = |hint: Option<String>| Look {
        hint,
        identifier: true,
        ..Look::default()
    };
    let token = profile.connection == Connection::CompanyRequestToken;
    html! {
        // autocomplete="off": a browser must not restore the build-time form's boxes over a
        // saved draft after a reload (Firefox does); the draft is what the form shows.
        <form class="profile-form" autocomplete="off" onsubmit={|event: SubmitEvent| event.prevent_default()}>
                { connection_picker(profile.connection, onedit) }
                <fieldset>
                    <legend>{ tx(m::LEGEND_APP_COMPANY) }</legend>
                    { edition_picker(profile.edition, onedit) }
                    { field(Field::AppName, hint(t::hint_app_name())) }
                    { field(Field::CompanyName, hint(t::hint_company_name())) }
                    if !token {
                        { app_name_spelling(spelling) }
                    }
                    if token {
                        { field(Field::AppId, identifier(Some(t::hint_app_id()))) }
                        if let Some(note) = draft.app_id_origin_note() {
                            <p class="warning" id="app-id-origin">{ note }</p>
                        }
                        { data_center_picker(profile.data_center, &of(Field::DataCenter), onedit) }
                    } else {
                        { field(Field::CompanyDomain, identifier(Some(t::hint_company_domain()))) }
                        { data_access_picker(&profile.data_access, &of(Field::DataAccess), onedit) }
                    }
                </fieldset>
                <fieldset>
                    <legend>{ tx(m::LEGEND_ADMIN) }</legend>
                    { field(Field::AdminFirstName, Look::default()) }
                    { field(Field::AdminLastName, Look::default()) }
                    { field(Field::AdminEmail, Look { email: true, identifier: true, hint: None }) }
                    if token {
                        { role_confirmation(profile.edition, profile.authorizing_admin.role_confirmed, &of(Field::AdminRole), onedit) }
                    } else {
                        { field(Field::AdminLoginId, identifier(Some(t::hint_admin_login_id()))) }
                        { known_users_field(&draft.known_users_text, &of(Field::KnownUsers), onedit) }
                    }
                </fieldset>
                if !token {
                    <fieldset>
                        <legend>{ tx(m::LEGEND_WS_PROFILE) }</legend>
                        { field(Field::LoginId, identifier(Some(t::hint_login_id()))) }
                        { field(Field::FirstName, identifier(Some(t::hint_first_name()))) }
                        { field(Field::LastName, hint(t::hint_last_name())) }
                        { field(Field::Email, Look { email: true, identifier: true, hint: Some(email_hint(profile.edition)) }) }
                        { permission_picker(profile.edition, &profile.ws_admin.permissions, &of(Field::Permissions), onedit, &onfix) }
                    </fieldset>
                }
            </form>
    }
}

fn connection_picker(chosen: Connection, onedit: &Callback<ProfileEdit>) -> Html {
    html! {
        <fieldset class="choice" aria-describedby="hint-connection">
            <legend>{ Field::Connection.label() }</legend>
            <p class="hint" id="hint-connection">
                { tx(m::HINT_CONNECTION) }
            </p>
            { for Connection::ALL.into_iter().map(|connection| {
                let id = format!("connection-{}", connection.as_str().replace('_', "-"));
                let onchange = onedit.reform(move |_: Event| ProfileEdit::SetConnection(connection));
                html! {
                    <label for={id.clone()} class="option">
                        <input type="radio" {id} name="connection" value={connection.as_str()}
                            checked={chosen == connection} {onchange} />
                        { connection.title() }
                    </label>
                }
            }) }
        </fieldset>
    }
}

/// The admin's own role, which generating a token needs: a confirmation, since only a look
/// at Concur can tell.
fn role_confirmation(
    edition: Edition,
    confirmed: bool,
    findings: &[Finding],
    onedit: &Callback<ProfileEdit>,
) -> Html {
    let onchange = onedit.reform(|event: Event| ProfileEdit::ConfirmRole(checked_of(&event)));
    let onfix = onedit.reform(ProfileEdit::ApplyFix);
    html! {
        <div class="field">
            <label for="role-confirmed" class="option">
                <input type="checkbox" id="role-confirmed" checked={confirmed} {onchange}
                    aria-describedby={crate::web::dom_id("findings", Field::AdminRole)} />
                { t::role_confirmation(&edition.admin_role_said(), &edition.own_roles_said()) }
            </label>
            { field_findings(Field::AdminRole, findings, &onfix) }
        </div>
    }
}

fn email_hint(edition: Edition) -> String {
    match edition {
        Edition::Standard => t::hint_email_standard(),
        Edition::Professional => t::hint_email_professional(),
    }
}

fn edition_picker(chosen: Edition, onedit: &Callback<ProfileEdit>) -> Html {
    html! {
        <fieldset class="choice" aria-describedby="hint-edition">
            <legend>{ Field::Edition.label() }</legend>
            <p class="hint" id="hint-edition">
                { tx(m::HINT_EDITION) }
            </p>
            { for Edition::ALL.into_iter().map(|edition| {
                let id = format!("edition-{}", edition.as_str());
                let onchange = onedit.reform(move |_: Event| ProfileEdit::SetEdition(edition));
                html! {
                    <label for={id.clone()} class="option">
                        <input type="radio" {id} name="edition" value={edition.as_str()}
                            checked={chosen == edition} {onchange} />
                        { edition.title() }
                    </label>
                }
            }) }
        </fieldset>
    }
}

/// The token route's data centre: it decides whether Concur's token page exists and where
/// the provider calls.
fn data_center_picker(
    chosen: Option<DataCenter>,
    findings: &[Finding],
    onedit: &Callback<ProfileEdit>,
) -> Html {
    let onchange = onedit.reform(|event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        ProfileEdit::SetText(Field::DataCenter, select.value())
    });
    let onfix = onedit.reform(ProfileEdit::ApplyFix);
    html! {
        <div class="field">
            <label for="input-data_center">{ Field::DataCenter.label() }</label>
            <p class="hint" id="hint-data_center">{ tx(m::HINT_DATA_CENTER) }</p>
            <select id="input-data_center" aria-describedby="hint-data_center findings-data_center" {onchange}>
                <option value="" selected={chosen.is_none()}>{ tx(m::CHOOSE) }</option>
                { for DataCenter::ALL.into_iter().map(|center| html! {
                    <option value={center.as_str()} selected={chosen == Some(center)}>{ center.title() }</option>
                }) }
            </select>
            { field_findings(Field::DataCenter, findings, &onfix) }
        </div>
    }
}

fn data_access_picker(
    chosen: &[DataKind],
    findings: &[Finding],
    onedit: &Callback<ProfileEdit>,
) -> Html {
    let onfix = onedit.reform(ProfileEdit::ApplyFix);
    html! {
        <fieldset class="choice" aria-describedby={crate::web::dom_id("findings", Field::DataAccess)}>
            <legend>{ Field::DataAccess.label() }</legend>
            { for DataKind::ALL.into_iter().map(|data| {
                let id = format!("data-{}", data.as_str());
                let onchange = onedit.reform(move |event: Event| ProfileEdit::SetDataAccess(data, checked_of(&event)));
                html! {
                    <label for={id.clone()} class="option">
                        <input type="checkbox" {id} checked={chosen.contains(&data)} {onchange} />
                        { data.title() }
                    </label>
                }
            }) }
            { field_findings(Field::DataAccess, findings, &onfix) }
        </fieldset>
    }
}

/// Only the chosen edition's labels, worded as Concur's screen words them.
fn permission_picker(
    edition: Edition,
    held: &[String],
    findings: &[Finding],
    onedit: &Callback<ProfileEdit>,
    onfix: &Callback<crate::domain::rules::FixAction>,
) -> Html {
    html! {
        <fieldset class="choice" aria-describedby={crate::web::dom_id("findings", Field::Permissions)}>
            <legend>{ Field::Permissions.label() }</legend>
            { for edition.roles().map(|role| {
                let id = format!("perm-{}", role.label.to_lowercase().replace(' ', "-"));
                let label = role.label;
                let onchange = onedit.reform(move |event: Event| ProfileEdit::SetPermission(label, checked_of(&event)));
                html! {
                    <label for={id.clone()} class="option">
                        <input type="checkbox" {id} checked={held.iter().any(|h| h.eq_ignore_ascii_case(role.label))} {onchange} />
                        { role.label }
                    </label>
                }
            }) }
            { field_findings(Field::Permissions, findings, onfix) }
        </fieldset>
    }
}

/// While the page waits for the worker to spell an app's name in another script, the
/// Login ID's finding and suggestion wait too: this says why, and what to do if the worker
/// cannot start.
fn app_name_spelling(spelling: Spelling) -> Html {
    let message = match spelling {
        Spelling::Known => return html! {},
        Spelling::Waiting => t::spelling_waiting(),
        Spelling::Failed => t::spelling_failed(),
    };
    html! { <p class="hint" id="app-name-spelling" aria-live="polite">{ message }</p> }
}
