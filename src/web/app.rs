//! The app: the one stateful component. It owns the tab's drafts (saved after every change
//! and kept in step with other tabs by `state::drafts`), reads files and share links, and
//! shows the profile form, the checklist or the handoff. Everything it shows is derived
//! from the drafts on each render.

use std::rc::Rc;

use web_sys::DragEvent;
use yew::prelude::*;

use super::components::drafts::draft_bar;
use super::components::findings::summary;
use super::hooks::{use_before_unload, use_file_reader, use_spellings, use_window_event};
use super::pages::checklist::ChecklistView;
use super::pages::handoff::{HandoffView, SharedMemory};
use super::pages::profile::{profile_form, Spelling};
use super::services::language;
use super::services::worker_client::CryptoWorker;
use super::services::{compression, files, storage};
use super::state::drafts::{Conflict, Saving, TabAction, TabDrafts};
use super::state::{links, Alert, View};
use super::{focus_field, focus_id};
use crate::domain::checklist::HandoffLink;
use crate::domain::concur::Connection;
use crate::domain::draft::{Draft, ProfileEdit, Welcome};
use crate::domain::rules;
use crate::domain::workspace::{ReturnedCopy, WorkspaceAction};
use crate::formats::{recipient_link, share_link};
use crate::i18n::{m, t, Lang};
use crate::web::tx;

impl Reducible for TabDrafts {
    type Action = TabAction;

    fn reduce(self: Rc<Self>, action: TabAction) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        storage::perform(&mut next, action);
        Rc::new(next)
    }
}

/// Opens what a link carries: a provider's key to seal to, or a shared checklist.
struct LinkOpener {
    drafts: UseReducerHandle<TabDrafts>,
    alert: UseStateHandle<Option<Alert>>,
    view: UseStateHandle<View>,
    recipient: UseStateHandle<Option<String>>,
    returned: UseStateHandle<Option<Returned>>,
    welcome: UseStateHandle<Option<Greeting>>,
    /// The language a link was made in, offered while it is not the page's and the person
    /// has not chosen one in the menu.
    language_offer: UseStateHandle<Option<Lang>>,
}

/// The greeting for a copy someone else prepared, shown while its draft is open.
#[derive(Clone, PartialEq)]
struct Greeting {
    /// The draft's share identity, else its title.
    belongs_to: (Option<String>, String),
    welcome: Welcome,
}

impl Greeting {
    fn of(draft: &Draft, prepared_on: Option<String>) -> Greeting {
        Greeting {
            belongs_to: (draft.checklist.share_id.clone(), draft.title()),
            welcome: draft.welcome(prepared_on),
        }
    }

    fn is_for(&self, draft: &Draft) -> bool {
        match &self.belongs_to {
            (Some(id), _) => draft.checklist.share_id.as_ref() == Some(id),
            (None, title) => draft.checklist.share_id.is_none() && draft.title() == *title,
        }
    }
}

/// A copy of a draft here that came back: offered as an update, or kept as another draft.
#[derive(Clone, PartialEq)]
struct Returned {
    copy: ReturnedCopy,
    incoming: Draft,
}

/// Greets someone else's copy, opened as a draft of its own, and takes the person to what
/// is left to fill in (the profile's first such field), else to the checklist.
fn greet(
    welcome: &UseStateHandle<Option<Greeting>>,
    view: &UseStateHandle<View>,
    greeting: Greeting,
) {
    let fill_first = greeting.welcome.to_fill.first().copied();
    let fill = fill_first.is_some() || greeting.welcome.then_suggestions;
    welcome.set(Some(greeting));
    view.set(if fill { View::Profile } else { View::Checklist });
    match fill_first {
        Some(field) => focus_field(field),
        None if fill => focus_id("fill-suggestions"),
        None => {}
    }
}

/// Opens a draft that arrived in a link or a file: as an update offer when it is a copy of
/// a draft here (and simply shows that draft when the copy brings nothing new), else as a
/// draft of its own. Returns what to tell the person, and whether it became a new draft.
fn open_arrived(
    drafts: &UseReducerHandle<TabDrafts>,
    returned: &UseStateHandle<Option<Returned>>,
    incoming: Draft,
    opened: String,
) -> (String, bool) {
    let workspace = drafts.workspace();
    match workspace.returned_copy(&incoming) {
        Some(copy) if copy.brings_nothing => {
            if let Some(index) = workspace.entries().position(|(id, _)| *id == copy.id) {
                drafts.dispatch(TabAction::Workspace(WorkspaceAction::SwitchTo(index)));
            }
            let said = t::already_here(&t::quoted(&copy.title));
            (said, false)
        }
        Some(copy) => {
            returned.set(Some(Returned { copy, incoming }));
            (t::copy_of_a_draft(), false)
        }
        None => {
            drafts.dispatch(TabAction::Workspace(WorkspaceAction::OpenImported(
                Box::new(incoming),
            )));
            (opened, true)
        }
    }
}

impl LinkOpener {
    /// Opens a link in the address bar, then takes it out so that a reload does not open it
    /// again.
    fn open_from_address(&self) {
        let location = gloo::utils::window().location();
        let hash = location.hash().unwrap_or_default();
        if links::is_provider_entry(&hash) {
            self.view.set(View::Provider);
            return;
        }
        if self.open(hash) {
            let clean = location.pathname().unwrap_or_default();
            let _ = gloo::utils::window().history().map(|history| {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&clean))
            });
        }
    }

    /// Opens what a fragment (`#checklist=…`, `#recipient=…`) carries; false if it is
    /// neither.
    fn open(&self, hash: String) -> bool {
        if recipient_link::is_recipient_link(&hash) {
            match recipient_link::decode(&hash) {
                Ok(key) => self.recipient.set(Some(key)),
                Err(error) => self
                    .alert
                    .set(Some(Alert::Problem(t::provider_link_not_used(&error)))),
            }
            self.view.set(View::Handoff);
        } else if share_link::is_checklist_link(&hash) {
            let (drafts, alert, view, returned, welcome, language_offer) = (
                self.drafts.clone(),
                self.alert.clone(),
                self.view.clone(),
                self.returned.clone(),
                self.welcome.clone(),
                self.language_offer.clone(),
            );
            yew::platform::spawn_local(async move {
                match compression::decode(&hash).await {
                    Ok((profile, mut checklist)) => {
                        // Said once here; the draft keeps only what it records.
                        let set_aside = checklist.set_aside_notice();
                        checklist.set_aside.clear();
                        let prepared_on = checklist.prepared_on.take();
                        // A hint, never a choice: offered only to someone who has not
                        // chosen a language in the menu.
                        if let Some(made_in) = checklist.made_in.take() {
                            if made_in != crate::i18n::lang() && !language::was_chosen() {
                                language_offer.set(Some(made_in));
                            }
                        }
                        let draft = Draft::from_link(profile, checklist);
                        let greeting = Greeting::of(&draft, prepared_on);
                        let (said, new_draft) =
                            open_arrived(&drafts, &returned, draft, t::opened_shared());
                        alert.set(Some(Alert::Done(format!(
                            "{said}{}",
                            set_aside
                                .map(|notice| format!(" {notice}"))
                                .unwrap_or_default()
                        ))));
                        if new_draft {
                            greet(&welcome, &view, greeting);
                        } else {
                            view.set(View::Checklist);
                        }
                    }
                    Err(error) => alert.set(Some(Alert::Problem(t::link_not_opened(&error)))),
                }
            });
        } else {
            return false;
        }
        true
    }
}

#[component]
pub fn App() -> Html {
    let drafts = use_reducer(storage::load);
    let alert = use_state({
        let problems = drafts.load_problems().join(" ");
        move || (!problems.is_empty()).then_some(Alert::Problem(problems))
    });
    let view = use_state(|| View::Profile);
    // The worker lives for the whole visit; it speaks the page's language too.
    let worker = use_memo((), |_| CryptoWorker::default());
    // The language drawn: English first, as the view rendered at build time is, then the
    // person's (their menu choice, else their browser's) once its pack is here.
    let lang = use_state(Lang::default);
    let onlanguage = {
        let (lang, alert, worker) = (lang.clone(), alert.clone(), (*worker).clone());
        Callback::from(move |(wanted, chosen): (Lang, bool)| {
            if chosen {
                language::remember(wanted);
            }
            let (lang, alert, worker) = (lang.clone(), alert.clone(), worker.clone());
            yew::platform::spawn_local(async move {
                match language::load(wanted).await {
                    Ok(pack) => {
                        language::apply(wanted, pack);
                        worker.set_language(language::pack_text());
                        lang.set(wanted);
                    }
                    Err(reason) => alert.set(Some(Alert::Problem(t::language_failed(&reason)))),
                }
            })
        })
    };
    {
        let onlanguage = onlanguage.clone();
        use_effect_with((), move |_| {
            let wanted = language::preferred();
            if wanted != Lang::En {
                onlanguage.emit((wanted, false));
            }
        });
    }
    // Shown after the start, not in the view rendered at build time (effects run only in
    // the browser).
    // The handoff's secrets and its worker live for the whole visit, above the views, so
    // that going to the checklist and back loses nothing (web::state::handoff::HandoffMemory).
    let handoff_memory = use_memo((), |_| SharedMemory::default());
    {
        let memory = handoff_memory.clone();
        use_before_unload(move || memory.0.borrow().would_lose_work());
    }
    // Safari may clear drafts after a week away unless storage is persistent: said once.
    let may_be_cleared = use_state(|| false);
    {
        let may_be_cleared = may_be_cleared.clone();
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move {
                if super::drafts_may_be_cleared().await {
                    may_be_cleared.set(true);
                }
            })
        });
    }
    let local_file_notice = use_state(|| None::<crate::i18n::Message>);
    {
        let local_file_notice = local_file_notice.clone();
        use_effect_with((), move |_| {
            local_file_notice.set(super::local_file_notice())
        });
    }
    // The rules below may meet characters whose ASCII spelling the page must ask for.
    let spelling_failed = use_spellings();
    // A provider's link (`#recipient=age1…`) pre-fills the key to seal to.
    let recipient = use_state(|| None::<String>);
    // A copy of a draft here that came back, waiting for the person to update or keep both.
    let returned = use_state(|| None::<Returned>);
    // Someone else's copy, opened here: who prepared it and what is left to fill in.
    let welcome = use_state(|| None::<Greeting>);
    let language_offer = use_state(|| None::<Lang>);
    // Another tab's saves arrive as `storage` events; the drafts take them in.
    {
        let drafts = drafts.dispatcher();
        use_window_event("storage", move || {
            drafts.dispatch(TabAction::StorageChanged)
        });
    }
    let opener = Rc::new(LinkOpener {
        drafts: drafts.clone(),
        alert: alert.clone(),
        view: view.clone(),
        recipient: recipient.clone(),
        returned: returned.clone(),
        welcome: welcome.clone(),
        language_offer: language_offer.clone(),
    });
    // A link opens once, at load or when pasted into an open tab (hashchange), and is then
    // taken out of the address bar so that a reload does not open it again.
    {
        let opener = opener.clone();
        use_effect_with((), move |_| opener.open_from_address());
    }
    {
        let opener = opener.clone();
        use_window_event("hashchange", move || opener.open_from_address());
    }
    let reader = use_file_reader();
    let onimport = {
        let drafts = drafts.clone();
        let alert = alert.clone();
        let returned = returned.clone();
        let (welcome, view) = (welcome.clone(), view.clone());
        Callback::from(move |file: gloo::file::File| {
            if let Err(problem) = files::check_size(&file) {
                alert.set(Some(Alert::Problem(problem)));
                return;
            }
            let name = file.name();
            let drafts = drafts.clone();
            let alert = alert.clone();
            let returned = returned.clone();
            let (welcome, view) = (welcome.clone(), view.clone());
            reader.read_bytes(&file, move |read| {
                let outcome = read
                    .map_err(|error| t::import_unreadable(&t::quoted(&name), &error))
                    .and_then(|bytes| {
                        files::parse(&bytes)
                            .map_err(|error| t::import_unusable(&t::quoted(&name), &error))
                    });
                match outcome {
                    Ok(mut draft) => {
                        let set_aside = draft.checklist.set_aside_notice();
                        draft.checklist.set_aside.clear();
                        // A checklist export says when it was prepared, a profile file
                        // does not: only someone's exported checklist is greeted.
                        let greeting = draft
                            .checklist
                            .prepared_on
                            .take()
                            .map(|day| Greeting::of(&draft, Some(day)));
                        let (said, new_draft) = open_arrived(
                            &drafts,
                            &returned,
                            draft,
                            t::imported_as_draft(&t::quoted(&name)),
                        );
                        alert.set(Some(Alert::Done(format!(
                            "{said}{}",
                            set_aside
                                .map(|notice| format!(" {notice}"))
                                .unwrap_or_default()
                        ))));
                        if let Some(greeting) = greeting.filter(|_| new_draft) {
                            greet(&welcome, &view, greeting);
                        }
                    }
                    Err(problem) => alert.set(Some(Alert::Problem(t::draft_unchanged(&problem)))),
                }
            });
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
        let drafts = drafts.clone();
        Callback::from(move |()| {
            let profile = &drafts.workspace().current().profile;
            files::download(
                &files::export_name(profile, "profile.json"),
                &profile.to_json(),
                "application/json",
            );
        })
    };
    let ontab = {
        let drafts = drafts.clone();
        let alert = alert.clone();
        Callback::from(move |action: TabAction| {
            alert.set(None);
            drafts.dispatch(action)
        })
    };
    let onaction = ontab.reform(TabAction::Workspace);
    let onalert = {
        let alert = alert.clone();
        Callback::from(move |new: Option<Alert>| alert.set(new))
    };
    let onopen_link = {
        let alert = alert.clone();
        Callback::from(
            move |pasted: String| match links::pasted_fragment(&pasted) {
                Some(fragment) => {
                    opener.open(fragment);
                }
                None => alert.set(Some(Alert::Problem(t::not_our_link()))),
            },
        )
    };
    let onedit = onaction.reform(WorkspaceAction::Edit);
    let onchecklist = onaction.reform(WorkspaceAction::EditChecklist);
    let onfill = onedit.reform(|()| ProfileEdit::FillSuggestions);
    // To the first error in the form, not to the summary.
    let onshow_findings = {
        let (view, drafts) = (view.clone(), drafts.clone());
        Callback::from(move |()| {
            view.set(View::Profile);
            match rules::first_error(&rules::validate(&drafts.workspace().current().profile)) {
                Some(field) => focus_field(field),
                None => focus_id("summary"),
            }
        })
    };
    // A checklist step done in the handoff opens it there: the generator, or the seal.
    let onhandoff = {
        let view = view.clone();
        Callback::from(move |link: HandoffLink| {
            view.set(View::Handoff);
            focus_id(match link {
                HandoffLink::GeneratePassword => "generate-password",
                HandoffLink::Seal => "seal",
            });
        })
    };
    let workspace = drafts.workspace();
    let draft = workspace.current().clone();
    // A new, untouched draft is not yet wrong: it shows where to start instead of a wall of
    // "required" findings. The first keystroke brings every finding in.
    // The checklist's gates and the handoff always see the real findings.
    let starting = draft.is_untouched();
    let findings = rules::validate(&draft.profile);
    let spelling = Spelling::of(&draft.profile.app_name, spelling_failed);
    let shown = if starting { vec![] } else { findings.clone() };
    let titles: Vec<String> = workspace
        .drafts()
        .iter()
        .map(|d| d.title().to_owned())
        .collect();
    let tab = |which: View, label: String| {
        let view = view.clone();
        let current = *view == which;
        html! {
            <button type="button" class={classes!("tab", current.then_some("current"))}
                aria-current={current.then_some("page")}
                onclick={move |_| view.set(which)}>{ label }</button>
        }
    };

    let alerts = html! {
        <div class="alerts" role="alert">
            { match &*alert {
                Some(Alert::Problem(text)) => html! { <p class="alert problem">{ text }</p> },
                Some(Alert::Done(text)) => html! { <p class="alert done">{ text }</p> },
                None => html! {},
            } }
            { saving_status(drafts.saving(), drafts.newer_saves()) }
            if let Some(greeting) = welcome.as_ref().filter(|greeting| greeting.is_for(&draft)) {
                { welcome_note(&greeting.welcome, &{
                    let welcome = welcome.clone();
                    Callback::from(move |_: MouseEvent| welcome.set(None))
                }) }
            }
            if let Some(offer) = &*returned {
                { returned_offer(offer, &{
                    let (drafts, returned, view) = (drafts.clone(), returned.clone(), view.clone());
                    Callback::from(move |action: WorkspaceAction| {
                        drafts.dispatch(TabAction::Workspace(action));
                        returned.set(None);
                        view.set(View::Checklist);
                    })
                }) }
            }
            if let Some(offered) = language_offer.filter(|offered| *offered != *lang) {
                <p class="alert offer" id="language-offer">
                    { t::link_made_in(&offered.name()) }{ " " }
                    <button type="button" lang={offered.code()} onclick={{
                        let (onlanguage, language_offer) = (onlanguage.clone(), language_offer.clone());
                        move |_: MouseEvent| {
                            onlanguage.emit((offered, true));
                            language_offer.set(None);
                        }
                    }}>{ offered.name() }</button>
                </p>
            }
            if let Some(conflict) = drafts.conflict() {
                { conflict_choice(conflict, &ontab) }
            }
        </div>
    };
    let handoff = |provider_only: bool| {
        html! {
            <HandoffView lang={*lang} draft={draft.clone()} findings={findings.clone()} onedit={onedit.clone()} onchecklist={onchecklist.clone()}
                onshow_findings={onshow_findings.clone()} recipient={(*recipient).clone()}
                draft_id={workspace.current_id().clone()} memory={(*handoff_memory).clone()}
                worker={(*worker).clone()} {provider_only} />
        }
    };
    if *view == View::Provider {
        // The provider's own entry: no drafts, no findings, the key and the packet first. A
        // dropped file is refused here rather than opened in place of the page.
        let onadmin = {
            let view = view.clone();
            Callback::from(move |event: MouseEvent| {
                event.prevent_default();
                let window = gloo::utils::window();
                let clean = window.location().pathname().unwrap_or_default();
                let _ = window.history().map(|history| {
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&clean))
                });
                view.set(View::Profile);
            })
        };
        return html! {
            <main class="builder provider-entry" ondrop={ondragover.clone()} {ondragover}>
                <header class="masthead">
                    <h1>{ tx(m::TITLE_PROVIDER) }</h1>
                    <p class="lede">{ tx(m::LEDE_PROVIDER) }</p>
                    <p class="role-switch"><a href="./" onclick={onadmin}>{ tx(m::I_AM_ADMIN) }</a></p>
                    { language_menu(*lang, &onlanguage) }
                </header>
                { alerts }
                { handoff(true) }
            </main>
        };
    }

    html! {
        <main class="builder" {ondrop} {ondragover}>
            <header class="masthead">
                if draft.profile.connection == Connection::CompanyRequestToken {
                    <h1>{ "Company Request Token" }</h1>
                    <p class="lede">{ tx(m::LEDE_TOKEN) }</p>
                } else {
                    <h1>{ tx(m::TITLE_WS) }</h1>
                    <p class="lede">{ tx(m::LEDE_WS) }</p>
                }
                <p class="role-switch"><a href="#provider">{ tx(m::I_AM_PROVIDER) }</a></p>
                { language_menu(*lang, &onlanguage) }
            </header>
            if *may_be_cleared {
                <p class="notice" id="eviction-notice">
                    { tx(m::EVICTION_NOTICE) }{ " " }
                    <button type="button" onclick={onexport.reform(|_: MouseEvent| ())}>{ tx(m::EXPORT_THIS_DRAFT) }</button>
                </p>
            }
            if let Some(notice) = *local_file_notice {
                <p class="notice local-file" id="local-file-notice">{ tx(notice) }</p>
            }
            { draft_bar(&titles, workspace.current_index(), &onaction, &onimport, &onexport, &onfill) }
            <OpenLink onopen={onopen_link} />
            { alerts }
            <p class="notice" aria-live="polite">{ draft.notice.clone().unwrap_or_default() }</p>
            { summary(&shown, starting, draft.profile.connection) }
            <nav class="views" aria-label={t::views_label()}>
                { tab(View::Profile, t::tab_profile()) }
                { tab(View::Checklist, t::tab_checklist()) }
                { tab(View::Handoff, t::tab_handoff()) }
            </nav>
            { match *view {
                View::Profile => profile_form(&draft, &shown, &onedit, spelling),
                View::Checklist => html! {
                    <ChecklistView {draft} {findings} onchecklist={onchecklist.clone()} {onalert} {onshow_findings} {onhandoff}
                        token_expires={handoff_memory.0.borrow().token_expiry(workspace.current_id())} lang={*lang} />
                },
                View::Handoff | View::Provider => handoff(false),
            } }
        </main>
    }
}

/// The language menu: each language named in itself, so that someone who reads only one
/// finds it. Choosing one keeps it for the next visit.
fn language_menu(current: Lang, onlanguage: &Callback<(Lang, bool)>) -> Html {
    let onchange = onlanguage.reform(|event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        (Lang::from_tag(&select.value()).unwrap_or_default(), true)
    });
    html! {
        <p class="language">
            <label for="language">{ tx(m::LANGUAGE_LABEL) }</label>
            <select id="language" {onchange}>
                { for Lang::ALL.into_iter().map(|lang| html! {
                    <option value={lang.code()} lang={lang.code()} selected={lang == current}>{ lang.name() }</option>
                }) }
            </select>
        </p>
    }
}

/// Whether drafts are kept, said once and plainly while it matters, with Export as the way
/// to keep the work when they are not.
/// The greeting for someone else's copy: for whom and when it was prepared, and what to do
/// first.
fn welcome_note(welcome: &Welcome, ondismiss: &Callback<MouseEvent>) -> Html {
    let day = welcome.prepared_on.as_deref().map(super::local_day);
    let heading = match (&welcome.company, day) {
        (Some(company), Some(day)) => t::welcome_company_day(company, &day),
        (Some(company), None) => t::welcome_company(company),
        (None, Some(day)) => t::welcome_day(&day),
        (None, None) => t::welcome_plain(),
    };
    html! {
        <div class="alert welcome" id="welcome" role="status">
            <p><strong>{ heading }</strong></p>
            <p>{ welcome.what_to_do() }{ " " }{ tx(m::WELCOME_STAYS_HERE) }</p>
            <button type="button" onclick={ondismiss.clone()}>{ tx(m::GOT_IT) }</button>
        </div>
    }
}

fn saving_status(saving: Saving, newer_saves: usize) -> Html {
    let saving = match saving {
        Saving::Saved => None,
        Saving::Refused => Some(m::SAVING_REFUSED),
        Saving::Unavailable => Some(m::SAVING_UNAVAILABLE),
    };
    let reload = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().location().reload();
    });
    html! {
        <>
            if let Some(text) = saving {
                <p class="alert problem saving">{ tx(text) }</p>
            }
            if newer_saves > 0 {
                <p class="alert problem newer">
                    { t::newer_saves(newer_saves) }
                    { " " }
                    <button type="button" onclick={reload}>{ tx(m::RELOAD) }</button>
                </p>
            }
        </>
    }
}

/// A copy of a draft here came back (a client's link or export): update the draft with it,
/// or keep it as a draft of its own. Says what the copy changes.
fn returned_offer(offer: &Returned, onchoose: &Callback<WorkspaceAction>) -> Html {
    let Returned { copy, incoming } = offer;
    let update = {
        let (id, merged) = (copy.id.clone(), copy.merged.clone());
        onchoose.reform(move |_: MouseEvent| {
            WorkspaceAction::UpdateReturned(id.clone(), Box::new(merged.clone()))
        })
    };
    let keep_both = {
        // The kept copy starts a line of its own: later copies update the original.
        let mut incoming = incoming.clone();
        incoming.checklist.share_id = None;
        onchoose
            .reform(move |_: MouseEvent| WorkspaceAction::OpenImported(Box::new(incoming.clone())))
    };
    html! {
        <div class="alert offer" id="returned-offer">
            <p>{ t::copy_changes(&t::quoted(&copy.title)) }</p>
            <ul>{ for copy.changes.iter().map(|change| html! { <li>{ change }</li> }) }</ul>
            <button type="button" class="primary" onclick={update}>{ tx(m::UPDATE_THE_DRAFT) }</button>
            <button type="button" onclick={keep_both}>{ tx(m::KEEP_BOTH) }</button>
        </div>
    }
}

/// The open draft was changed in another tab while this one was editing it: the person
/// chooses, and until then nothing typed here is saved over the other version.
fn conflict_choice(conflict: Conflict, onchoose: &Callback<TabAction>) -> Html {
    let (said, take) = match conflict {
        Conflict::ChangedElsewhere => (m::CONFLICT_CHANGED, m::LOAD_NEWER),
        Conflict::DeletedElsewhere => (m::CONFLICT_DELETED, m::CLOSE_IT_HERE),
        Conflict::ChangedByNewerVersion => (m::CONFLICT_NEWER_VERSION, m::CLOSE_IT_HERE_RELOAD),
    };
    let take_theirs = onchoose.reform(|_: MouseEvent| TabAction::TakeTheirs);
    let keep_mine = onchoose.reform(|_: MouseEvent| TabAction::KeepMineAsCopy);
    html! {
        <div class="alert problem conflict">
            <p>{ tx(said) }{ " " }{ tx(m::NOT_SAVED_UNTIL_CHOICE) }</p>
            <button type="button" onclick={take_theirs}>{ tx(take) }</button>
            { " " }
            <button type="button" onclick={keep_mine}>{ tx(m::KEEP_MINE) }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct OpenLinkProps {
    onopen: Callback<String>,
}

/// A box for a link someone sent: the whole link or just its `#…` part. The single file has
/// no address a link could open, and pasting is quicker than finding the right tab anyway.
#[component]
fn OpenLink(props: &OpenLinkProps) -> Html {
    let input = use_node_ref();
    let onsubmit = {
        let input = input.clone();
        let onopen = props.onopen.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(field) = input.cast::<web_sys::HtmlInputElement>() {
                onopen.emit(field.value());
                field.set_value("");
            }
        })
    };
    html! {
        <form class="open-link" {onsubmit}>
            <label for="open-link">{ tx(m::OPEN_LINK_LABEL) }</label>
            <input id="open-link" ref={input} type="text" placeholder={t::open_link_placeholder()}
                autocomplete="off" spellcheck="false" translate="no" />
            <button type="submit">{ tx(m::OPEN_LINK_BUTTON) }</button>
        </form>
    }
}
