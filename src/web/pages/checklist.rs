//! The enablement checklist: steps grouped as in the guide, ticked with a time and a note,
//! with progress, exports, printing and share links.

use crate::i18n::m;
use crate::web::tx;
use yew::prelude::*;

use crate::domain::checklist::{
    gate_note, progress, ChecklistProgress, ChecklistStep, CreationRoute, EntryKind, GroupProgress,
    HandoffLink, StepGroup, StepStatus,
};
use crate::domain::checklist::{helpdesk_ticket, steps_with_ticket};
use crate::domain::concur::{label_in_language, menu_end_in_language, Connection};
use crate::domain::draft::{ChecklistEdit, Draft};
use crate::domain::profile::Profile;
use crate::domain::request_token::UnixSeconds;
use crate::domain::rules::{Finding, Severity};
use crate::domain::text::looks_like_a_secret;
use crate::domain::workspace::DraftId;
use crate::formats::{checklist_json, markdown};
use crate::i18n::{self, t, Lang};
use crate::web::services::{compression, files};
use crate::web::state::{links, Alert};
use crate::web::{
    checked_of, link_base, local_stamp, local_time, now, page_address, save_link_base,
    saved_link_base,
};

#[derive(Properties, PartialEq)]
pub struct ChecklistViewProps {
    pub draft: Draft,
    pub findings: Vec<Finding>,
    pub onchecklist: Callback<ChecklistEdit>,
    pub onalert: Callback<Option<Alert>>,
    pub onshow_findings: Callback<()>,
    /// Opens the handoff where a step is done there (the password, the seal).
    pub onhandoff: Callback<HandoffLink>,
    /// When the token pasted at the handoff expires, if one was.
    #[prop_or_default]
    pub token_expires: Option<UnixSeconds>,
    /// The page's language: a change draws the checklist again in it.
    pub lang: Lang,
}

fn today() -> String {
    now().chars().take(10).collect()
}

#[component]
pub fn ChecklistView(props: &ChecklistViewProps) -> Html {
    let draft = &props.draft;
    let profile = &draft.profile;
    let admin_name = format!(
        "{} {}",
        profile.authorizing_admin.first_name, profile.authorizing_admin.last_name
    );
    let ticks = &draft.checklist;
    // The Helpdesk ticket in English rather than the page's language, when the admin asks:
    // Concur's Helpdesk may need it. Kept with the draft.
    let english_ticket = ticks.ticket_in_english && i18n::lang() != Lang::En;
    let ticket = move |profile: &Profile| {
        if english_ticket {
            i18n::with(None, || helpdesk_ticket(profile))
        } else {
            helpdesk_ticket(profile)
        }
    };
    let all = steps_with_ticket(profile, ticks.route, &ticket);
    let total = progress(&all, ticks, None);
    let errors = props
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    // The link's fragment, and whether it is a template; its base is read at each render.
    let share = use_state(|| None::<(String, bool)>);
    let base_text = use_state(|| saved_link_base().or_else(link_base).unwrap_or_default());

    let route = ticks.route.within(profile.connection);
    let route_choice = |choice: CreationRoute| {
        let id = match choice {
            CreationRoute::Admin => "route-admin",
            CreationRoute::Helpdesk => "route-helpdesk",
            CreationRoute::AppCenter => "route-app-center",
        };
        let onchange = props
            .onchecklist
            .reform(move |_: Event| ChecklistEdit::SetRoute(choice));
        html! {
            <label for={id} class="option">
                <input type="radio" {id} name="route" checked={route == choice} {onchange} />
                { choice.title(profile.connection) }
            </label>
        }
    };
    // What a link or a JSON export carries: the checklist with its share identity, given
    // (and kept in the draft) the first time it is shared, so a copy that comes back finds
    // this draft.
    let shared_ticks = {
        let onchecklist = props.onchecklist.clone();
        let draft = draft.clone();
        move || {
            let shared = draft.shared_checklist(|| DraftId::fresh().as_str().to_owned());
            if draft.checklist.share_id.is_none() {
                if let Some(id) = &shared.share_id {
                    onchecklist.emit(ChecklistEdit::SetShareId(id.clone()));
                }
            }
            shared
        }
    };
    let download = |kind: &'static str| {
        let profile = profile.clone();
        let (ticks, shared_ticks) = (ticks.clone(), shared_ticks.clone());
        Callback::from(move |_: MouseEvent| match kind {
            "md" => files::download(
                &files::export_name(&profile, "checklist.md"),
                &markdown::to_markdown_with_ticket(&profile, &ticks, &today(), &ticket),
                "text/markdown",
            ),
            _ => files::download(
                &files::export_name(&profile, "checklist.json"),
                &checklist_json::to_json(&profile, &shared_ticks(), &today()),
                "application/json",
            ),
        })
    };
    let onprint = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    let make_link = |template: bool| {
        let share = share.clone();
        let onalert = props.onalert.clone();
        let (profile, shared_ticks) = (profile.clone(), shared_ticks.clone());
        Callback::from(move |_: MouseEvent| {
            let share = share.clone();
            let onalert = onalert.clone();
            let mut ticks = shared_ticks();
            ticks.prepared_on = Some(today());
            // The link says which language it was made in, as a hint for its reader's page.
            ticks.made_in = Some(i18n::lang());
            // A template carries no person and no ticks: only what a consultant knows up
            // front, and the share identity, so the client's copy comes back to this draft.
            let (profile, ticks) = if template {
                let route_only = ChecklistProgress {
                    route: ticks.route,
                    share_id: ticks.share_id,
                    prepared_on: ticks.prepared_on,
                    made_in: ticks.made_in,
                    ..ChecklistProgress::default()
                };
                (profile.template(), route_only)
            } else {
                (profile.clone(), ticks)
            };
            yew::platform::spawn_local(async move {
                match compression::encode(&profile, &ticks).await {
                    Ok(fragment) => {
                        share.set(Some((fragment, template)));
                    }
                    Err(problem) => onalert.emit(Some(Alert::Problem(problem))),
                }
            });
        })
    };
    // A value copied to type into Concur: "Copied" shows beside its button.
    let copied = use_state(|| None::<String>);
    let oncopy_value = {
        let copied = copied.clone();
        Callback::from(move |(key, text): (String, String)| {
            let _ = gloo::utils::window()
                .navigator()
                .clipboard()
                .write_text(&text);
            copied.set(Some(key));
        })
    };
    let base = links::web_address(&base_text);
    let shared_url = share
        .as_ref()
        .map(|(fragment, template)| (links::link(base.as_deref(), fragment), *template));
    // A link that opens another host than this page's is copied only once the person says
    // that host is theirs: the address may have been planted by another page.
    let foreign_host = links::foreign_host(base.as_deref(), &page_address());
    let host_trusted = use_state(|| None::<String>);
    let may_copy = foreign_host.is_none() || *host_trusted == foreign_host;
    let oncopy = {
        let url = shared_url.clone();
        let onalert = props.onalert.clone();
        Callback::from(move |_: MouseEvent| {
            if !may_copy {
                return;
            }
            if let Some((url, _)) = &url {
                let clipboard = gloo::utils::window().navigator().clipboard();
                let _ = clipboard.write_text(url);
                onalert.emit(Some(Alert::Done(t::link_copied())));
            }
        })
    };
    let onbase = {
        let base_text = base_text.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            save_link_base(&input.value());
            base_text.set(input.value());
        })
    };

    html! {
        <section class="checklist" aria-labelledby="checklist-title">
            <div class="print-header">
                <p>{ t::printed(&today(), &profile.edition.title(), &draft.title()) }</p>
                <p>{ match profile.connection {
                    Connection::WsAdminUser => t::print_ws(&profile.ws_admin.login_id, &admin_name),
                    Connection::CompanyRequestToken => t::print_token(&profile.app_id.as_deref().unwrap_or_default(), &admin_name),
                } }</p>
            </div>
            <h2 id="checklist-title">{ match profile.connection {
                Connection::WsAdminUser => t::checklist_title_ws(),
                Connection::CompanyRequestToken => t::checklist_title_token(),
            } }</h2>
            { progress_line(&t::all_steps(), total, "progress-all") }
            <fieldset class="choice">
                <legend>{ match profile.connection {
                    Connection::WsAdminUser => t::who_creates(),
                    Connection::CompanyRequestToken => t::how_token(),
                } }</legend>
                { for CreationRoute::choices(profile.connection).iter().map(|choice| route_choice(*choice)) }
            </fieldset>
            if route == CreationRoute::Helpdesk && i18n::lang() != Lang::En {
                <label class="option" for="ticket-english">
                    <input type="checkbox" id="ticket-english" checked={ticks.ticket_in_english}
                        onchange={props.onchecklist.reform(|event: Event| ChecklistEdit::SetTicketInEnglish(checked_of(&event)))} />
                    { tx(m::TICKET_IN_ENGLISH) }
                </label>
            }
            if let Some(note) = gate_note(&all, errors) {
                <p class="gate-note">
                    { note }{ " " }
                    <button type="button" class="link" onclick={props.onshow_findings.reform(|_: MouseEvent| ())}>
                        { tx(m::SEE_FINDINGS) }
                    </button>
                </p>
            }
            { for StepGroup::ALL.into_iter().filter(|group| all.iter().any(|step| step.group == *group)).map(|group| {
                let in_group: Vec<&ChecklistStep> = all.iter().filter(|s| s.group == group).collect();
                let group_progress = progress(&all, ticks, Some(group));
                let heading_id = format!("group-{group:?}").to_lowercase();
                html! {
                    <section class="step-group" aria-labelledby={heading_id.clone()}>
                        <h3 id={heading_id.clone()}>{ group.title(profile.connection, route) }</h3>
                        { progress_line(&group.title(profile.connection, route), group_progress, &format!("{heading_id}-progress")) }
                        <ol class="steps">
                            { for in_group.into_iter().map(|step| html! {
                                { step_item(StepShown {
                                    step,
                                    status: ticks.record(step.id).status,
                                    at: ticks.record(step.id).at,
                                    note: ticks.record(step.id).note,
                                    locked: step.is_locked(errors),
                                    refusal: draft.refused_tick.as_ref().filter(|refused| refused.step == step.id).map(|refused| refused.reason.to_string()),
                                    expires: props.token_expires.filter(|_| step.id == "send-token"),
                                    copied: copied.as_deref(),
                                }, &props.onchecklist, &props.onshow_findings, &props.onhandoff, &oncopy_value) }
                            }) }
                        </ol>
                    </section>
                }
            }) }
            <section class="exports" aria-labelledby="exports-title">
                <h3 id="exports-title">{ tx(m::EXPORT_TITLE) }</h3>
                <p class="hint">{ tx(m::EXPORT_HINT) }</p>
                if ticks.records.values().any(|record| looks_like_a_secret(&record.note)) {
                    <p class="warning" role="alert" id="notes-secret">
                        { tx(m::NOTES_SECRET) }
                    </p>
                }
                <div class="actions">
                    <button type="button" onclick={download("md")}>{ tx(m::DOWNLOAD_MARKDOWN) }</button>
                    <button type="button" onclick={download("json")}>{ tx(m::DOWNLOAD_JSON) }</button>
                    <button type="button" onclick={onprint}>{ tx(m::PRINT) }</button>
                    <button type="button" onclick={make_link(false)}>{ tx(m::SHARE_LINK) }</button>
                    <button type="button" onclick={make_link(true)}>{ tx(m::SHARE_TEMPLATE) }</button>
                </div>
                if let Some((url, template)) = &shared_url {
                    <div class="share">
                        <label for="share-link">{ if *template { tx(m::LINK_TEMPLATE_LABEL) } else { tx(m::LINK_LABEL) } }</label>
                        <p class="hint" id="share-hint">
                            { if *template {
                                t::link_template_hint()
                            } else {
                                t::link_hint()
                            } }
                        </p>
                        <input id="share-link" class="identifier" type="text" readonly=true value={url.clone()}
                            aria-describedby="share-hint" translate="no" />
                        if let Some(host) = &foreign_host {
                            <p class="warning" id="share-host">{ t::share_opens_elsewhere(host) }</p>
                            <label class="option" for="trust-host">
                                <input type="checkbox" id="trust-host" checked={may_copy}
                                    onchange={{
                                        let (host_trusted, host) = (host_trusted.clone(), host.clone());
                                        move |event: Event| {
                                            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                                            host_trusted.set(input.checked().then(|| host.clone()));
                                        }
                                    }} />
                                { t::share_trust_host(host) }
                            </label>
                        }
                        <button type="button" onclick={oncopy} disabled={!may_copy}>{ tx(m::COPY_LINK) }</button>
                        <label for="share-base">{ tx(m::SHARE_BASE_LABEL) }</label>
                        <p class="hint" id="share-base-hint">
                            { tx(if base.is_some() { m::SHARE_BASE_HINT } else { m::SHARE_BASE_NONE }) }
                        </p>
                        <input id="share-base" type="url" value={(*base_text).clone()} oninput={onbase}
                            aria-describedby="share-base-hint" placeholder="https://" translate="no" />
                    </div>
                }
            </section>
        </section>
    }
}

/// A progress bar with its count in words ("3 of 7 done").
fn progress_line(label: &str, progress: GroupProgress, id: &str) -> Html {
    let GroupProgress { done, applicable } = progress;
    html! {
        <p class="progress-line">
            <progress id={id.to_owned()} max={applicable.max(1).to_string()} value={done.to_string()}
                aria-label={label.to_owned()} />
            <span>{ t::progress_done(&done, &applicable) }</span>
        </p>
    }
}

/// One step as shown, with its record here. A function, not a component: it holds no state.
struct StepShown<'a> {
    step: &'a ChecklistStep,
    status: StepStatus,
    at: Option<String>,
    note: String,
    /// The domain's gate keeps this step from being ticked done.
    locked: bool,
    /// Why the model just refused to tick it.
    refusal: Option<String>,
    /// When the token this step sends expires.
    expires: Option<UnixSeconds>,
    /// The entry last copied on the page (`step:label`).
    copied: Option<&'a str>,
}

fn step_item(
    shown: StepShown,
    onchecklist: &Callback<ChecklistEdit>,
    onshow_findings: &Callback<()>,
    onhandoff: &Callback<HandoffLink>,
    oncopy: &Callback<(String, String)>,
) -> Html {
    let step = shown.step;
    let id = step.id;
    let done_id = format!("done-{id}");
    let na_id = format!("na-{id}");
    let note_id = format!("note-{id}");
    let lock_id = format!("lock-{id}");
    let toggle = |target: StepStatus| {
        let onchecklist = onchecklist.clone();
        let locked = shown.locked;
        Callback::from(move |event: Event| {
            let next = if checked_of(&event) {
                target
            } else {
                StepStatus::Todo
            };
            if locked && next == StepStatus::Done {
                // The model will refuse this tick (and say why); the box must not show it.
                let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                input.set_checked(false);
            }
            onchecklist.emit(ChecklistEdit::SetStatus {
                id: id.to_owned(),
                status: next,
                at: now(),
            });
        })
    };
    let onnote = onchecklist.reform(move |event: InputEvent| {
        let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
        ChecklistEdit::SetNote {
            id: id.to_owned(),
            note: area.value(),
        }
    });
    let described = if shown.locked {
        format!("detail-{id} {lock_id}")
    } else {
        format!("detail-{id}")
    };
    html! {
        <li class={classes!("step", (shown.status == StepStatus::Done).then_some("done"),
                (shown.status == StepStatus::NotApplicable).then_some("na"), shown.locked.then_some("locked"))} data-step={id}>
            <div class="step-head">
                <input type="checkbox" id={done_id.clone()} checked={shown.status == StepStatus::Done}
                    aria-describedby={described} onchange={toggle(StepStatus::Done)} />
                <label for={done_id} class="step-title">{ &step.title }</label>
                <span class="actor">{ step.actor.title() }</span>
            </div>
            if let Some(menu) = step.menu_path {
                <p class="menu-path">{ tx(m::IN_CONCUR) }{ " " }<strong>{ menu }</strong>
                    if let Some(label) = menu_end_in_language(menu) {
                        { " " }<span class="label-here">{ t::concur_label_here(&label) }</span>
                    }
                </p>
            }
            <p class="detail" id={format!("detail-{id}")}>{ &step.detail }</p>
            if let Some(expires) = shown.expires {
                <p class="expires" id="token-expires">{ t::token_pasted_expires(&local_time(expires)) }</p>
            }
            if !step.enter.is_empty() {
                <dl class="values">
                    { for step.enter.iter().map(|entry| html! {
                        <>
                            <dt>{ entry.label.clone() }
                                if let Some(label) = label_in_language(&entry.label, step.menu_path) {
                                    { " " }<span class="label-here">{ t::concur_label_here(&label) }</span>
                                }
                            </dt>
                            { match entry.kind {
                                EntryKind::Block => html! { <dd><pre class="identifier ticket" translate="no">{ &entry.value }</pre></dd> },
                                EntryKind::Instruction => html! { <dd>{ &entry.value }</dd> },
                                EntryKind::Value | EntryKind::List if entry.value.is_empty() => html! {
                                    <dd><code translate="no">{ tx(m::MD_EMPTY) }</code></dd>
                                },
                                EntryKind::Value | EntryKind::List => {
                                    // Typed into Concur: one per line, and a Copy that says so beside it.
                                    let key = format!("{id}:{}", entry.label);
                                    let text = entry.items().join("\n");
                                    let copy = oncopy.reform({ let key = key.clone(); move |_: MouseEvent| (key.clone(), text.clone()) });
                                    html! {
                                        <dd class="copyable">
                                            if entry.kind == EntryKind::List {
                                                <ul class="items">{ for entry.items().into_iter().map(|item| html! { <li><code translate="no">{ item }</code></li> }) }</ul>
                                            } else {
                                                <code translate="no">{ &entry.value }</code>
                                            }
                                            <button type="button" class="copy" aria-label={t::copy_value(&entry.label)} onclick={copy}>{ tx(m::COPY) }</button>
                                            <span class="copied" aria-live="polite">{ if shown.copied == Some(key.as_str()) { tx(m::COPIED) } else { Html::default() } }</span>
                                        </dd>
                                    }
                                }
                            } }
                        </>
                    }) }
                </dl>
            }
            if let Some(link) = step.handoff_link() {
                <p class="to-handoff">
                    <button type="button" onclick={onhandoff.reform(move |_: MouseEvent| link)}>
                        { match link {
                            HandoffLink::GeneratePassword => t::generate_password(),
                            HandoffLink::Seal => t::open_handoff_to_seal(),
                        } }
                    </button>
                </p>
            }
            if shown.locked {
                <p class={classes!("lock", shown.refusal.is_some().then_some("blocked"))} id={lock_id}>
                    { tx(m::LOCKED_UNTIL_CLEAN) }{ " " }
                    if let Some(refusal) = &shown.refusal {
                        { t::not_ticked(refusal) }{ " " }
                    }
                    <button type="button" class="link" onclick={onshow_findings.reform(|_: MouseEvent| ())}>
                        { tx(m::SEE_FINDINGS) }
                    </button>
                </p>
            }
            <div class="step-meta">
                <label for={na_id.clone()} class="option">
                    <input type="checkbox" id={na_id} checked={shown.status == StepStatus::NotApplicable}
                        onchange={toggle(StepStatus::NotApplicable)} />
                    { tx(m::NOT_APPLICABLE) }
                </label>
                if let Some(at) = &shown.at {
                    <span class="stamp">{ if shown.status == StepStatus::Done { t::stamp_done(&local_stamp(at)) } else { t::stamp_marked(&local_stamp(at)) } }</span>
                }
            </div>
            <label for={note_id.clone()} class="note-label">{ tx(m::NOTE) }</label>
            <textarea id={note_id.clone()} class="note" rows="1" placeholder={t::note_placeholder()} value={shown.note.clone()} oninput={onnote} />
            if looks_like_a_secret(&shown.note) {
                <p class="warning" role="alert" id={format!("{note_id}-secret")}>
                    { tx(m::NOTE_SECRET) }
                </p>
            }
        </li>
    }
}
