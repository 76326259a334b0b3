//! The profile builder: the one stateful component. It owns the draft, derives the findings
//! from it on every change, and hands each control its value and its findings.

use std::rc::Rc;

use yew::prelude::*;

use gloo::file::callbacks::FileReader;
use web_sys::DragEvent;

use super::drafts::DraftBar;
use super::fields::{KnownUsersField, TextField};
use super::findings::{FieldFindings, Summary};
use super::{files, storage};
use crate::concur::{DataKind, Edition};
use crate::draft::ProfileEdit;
use crate::profile::Field;
use crate::rules::{self, Finding};
use crate::workspace::{Workspace, WorkspaceAction};

impl Reducible for Workspace {
    type Action = WorkspaceAction;

    fn reduce(self: Rc<Self>, action: WorkspaceAction) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.perform(action);
        Rc::new(next)
    }
}

/// A message about the person's files or drafts (not about the profile's rules).
#[derive(Clone, PartialEq)]
enum Alert {
    Problem(String),
    Done(String),
}

#[component]
pub fn App() -> Html {
    let loaded = use_memo((), |_| storage::load());
    let workspace = use_reducer({
        let loaded = loaded.clone();
        move || loaded.workspace.clone()
    });
    let alert = use_state({
        let loaded = loaded.clone();
        move || loaded.problem.clone().map(Alert::Problem)
    });
    // Every change is saved at once: a closed tab loses nothing.
    {
        let alert = alert.clone();
        let may_save = loaded.may_save;
        use_effect_with(workspace.clone(), move |workspace| {
            if may_save {
                if let Err(reason) = storage::save(workspace) {
                    alert.set(Some(Alert::Problem(format!(
                        "Drafts are not being saved: {reason}."
                    ))));
                }
            }
        });
    }
    let reader = use_mut_ref(|| None::<FileReader>);
    let onimport = {
        let workspace = workspace.clone();
        let alert = alert.clone();
        Callback::from(move |file: gloo::file::File| {
            if let Err(problem) = files::check_size(&file) {
                alert.set(Some(Alert::Problem(problem)));
                return;
            }
            let name = file.name();
            let workspace = workspace.clone();
            let alert = alert.clone();
            let task = gloo::file::callbacks::read_as_bytes(&file, move |read| {
                let outcome = read
                    .map_err(|error| format!("\"{name}\" could not be read: {error}"))
                    .and_then(|bytes| files::parse(&name, &bytes));
                match outcome {
                    Ok(profile) => {
                        workspace.dispatch(WorkspaceAction::OpenImported(Box::new(profile)));
                        alert.set(Some(Alert::Done(format!(
                            "Imported \"{name}\" as a draft of its own."
                        ))));
                    }
                    Err(problem) => alert.set(Some(Alert::Problem(format!(
                        "{problem}. Your open draft is unchanged."
                    )))),
                }
            });
            *reader.borrow_mut() = Some(task);
        })
    };
    let ondrop = {
        let onimport = onimport.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            let file = event
                .data_transfer()
                .and_then(|transfer| transfer.files())
                .and_then(|files| files.get(0));
            if let Some(file) = file {
                onimport.emit(gloo::file::File::from(file));
            }
        })
    };
    let ondragover = Callback::from(|event: DragEvent| event.prevent_default());
    let onexport = {
        let workspace = workspace.clone();
        Callback::from(move |()| {
            let profile = &workspace.current().profile;
            files::download(
                &files::export_name(profile),
                &profile.to_json(),
                "application/json",
            );
        })
    };
    let onaction = {
        let workspace = workspace.clone();
        let alert = alert.clone();
        Callback::from(move |action: WorkspaceAction| {
            alert.set(None);
            workspace.dispatch(action)
        })
    };
    let onedit = onaction.reform(WorkspaceAction::Edit);
    let onfill = onedit.reform(|()| ProfileEdit::FillSuggestions);
    let onfix = onedit.reform(ProfileEdit::ApplyFix);
    let draft = workspace.current();
    let findings = rules::validate(&draft.profile);
    let profile = &draft.profile;
    let titles: Vec<String> = workspace
        .drafts()
        .iter()
        .map(|d| d.title().to_owned())
        .collect();
    let of = |field: Field| -> Vec<Finding> {
        findings
            .iter()
            .filter(|f| f.field == field)
            .cloned()
            .collect()
    };
    let text = |field: Field| AttrValue::from(field.text(profile).unwrap_or_default().to_owned());

    html! {
        <main class="builder" {ondrop} {ondragover}>
            <header class="masthead">
                <h1>{ "WS Admin profile" }</h1>
                <p class="lede">
                    { "Prepare the dedicated Concur Web Services Administrator user a partner app signs in as. \
                       Everything stays in this browser; drafts are saved here, never sent anywhere." }
                </p>
            </header>
            <DraftBar {titles} current={workspace.current_index()} {onaction} {onimport} {onexport} {onfill} />
            <div class="alerts" role="alert">
                { match &*alert {
                    Some(Alert::Problem(text)) => html! { <p class="alert problem">{ text }</p> },
                    Some(Alert::Done(text)) => html! { <p class="alert done">{ text }</p> },
                    None => html! {},
                } }
            </div>
            <p class="notice" aria-live="polite">{ draft.notice.clone().unwrap_or_default() }</p>
            <Summary findings={findings.clone()} />
            <form class="profile-form" onsubmit={|event: SubmitEvent| event.prevent_default()}>
                <fieldset>
                    <legend>{ "The app and your company" }</legend>
                    <EditionPicker edition={profile.edition} onedit={onedit.clone()} />
                    <TextField field={Field::AppName} value={text(Field::AppName)} findings={of(Field::AppName)}
                        onedit={onedit.clone()} hint="As the app provider spells it, e.g. Expensify" />
                    <TextField field={Field::CompanyDomain} value={text(Field::CompanyDomain)}
                        findings={of(Field::CompanyDomain)} onedit={onedit.clone()} identifier=true
                        hint="The part after the @ in your company's e-mail addresses, e.g. acme.com" />
                    <DataAccessPicker chosen={profile.data_access.clone()} findings={of(Field::DataAccess)}
                        onedit={onedit.clone()} />
                </fieldset>
                <fieldset>
                    <legend>{ "The administrator who authorizes the app" }</legend>
                    <TextField field={Field::AdminFirstName} value={text(Field::AdminFirstName)}
                        findings={of(Field::AdminFirstName)} onedit={onedit.clone()} />
                    <TextField field={Field::AdminLastName} value={text(Field::AdminLastName)}
                        findings={of(Field::AdminLastName)} onedit={onedit.clone()} />
                    <TextField field={Field::AdminEmail} value={text(Field::AdminEmail)} input_type="email"
                        findings={of(Field::AdminEmail)} onedit={onedit.clone()} identifier=true />
                    <TextField field={Field::AdminLoginId} value={text(Field::AdminLoginId)}
                        findings={of(Field::AdminLoginId)} onedit={onedit.clone()} identifier=true
                        hint="Optional: only if it differs from the e-mail" />
                    <KnownUsersField value={AttrValue::from(draft.known_users_text.clone())}
                        findings={of(Field::KnownUsers)} onedit={onedit.clone()} />
                </fieldset>
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
            </form>
        </main>
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
struct DataAccessPickerProps {
    chosen: Vec<DataKind>,
    findings: Vec<Finding>,
    onedit: Callback<ProfileEdit>,
}

#[component]
fn DataAccessPicker(props: &DataAccessPickerProps) -> Html {
    let onfix = props.onedit.reform(ProfileEdit::ApplyFix);
    html! {
        <fieldset class="choice" aria-describedby={super::dom_id("findings", Field::DataAccess)}>
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
    onfix: Callback<crate::rules::FixAction>,
}

/// Only the chosen edition's labels, worded as Concur's screen words them.
#[component]
fn PermissionPicker(props: &PermissionPickerProps) -> Html {
    html! {
        <fieldset class="choice" aria-describedby={super::dom_id("findings", Field::Permissions)}>
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
