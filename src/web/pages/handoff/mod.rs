//! The credential handoff: the admin's side (password, strength, policy, seal) and the
//! provider's side (generate a key, open a packet). Each side is a component-local reducer
//! over its state in `web::state::handoff`, started from and kept in the page's
//! `HandoffMemory` (per draft, above the views), so moving to the checklist and back loses
//! nothing. No secret is in the workspace, so autosave and exports cannot carry it; "Clear
//! secrets" empties the memory and remounts both sides empty.

mod admin;
mod provider;
mod token;

use yew::prelude::*;

use crate::domain::draft::{ChecklistEdit, Draft, ProfileEdit};
use crate::domain::rules::Finding;
use crate::domain::workspace::DraftId;
use crate::i18n::{m, t};
use crate::web::hooks::use_clipboard;
use crate::web::services::files;
use crate::web::services::worker_client::CryptoWorker;
use crate::web::tx;
use admin::AdminSide;
use provider::ProviderSide;

#[derive(Properties, PartialEq)]
pub struct HandoffViewProps {
    /// The page's language: a change draws the handoff again in it.
    pub lang: crate::i18n::Lang,
    pub draft: Draft,
    pub findings: Vec<Finding>,
    pub onedit: Callback<ProfileEdit>,
    /// Ticks the checklist's step a taken packet completes.
    pub onchecklist: Callback<ChecklistEdit>,
    pub onshow_findings: Callback<()>,
    /// A recipient from a provider's link (`#recipient=age1…`).
    pub recipient: Option<String>,
    /// The draft the secrets on screen belong to.
    pub draft_id: DraftId,
    /// Every draft's secrets for the visit, and the worker that checks and seals them: both
    /// outlive this view.
    pub memory: SharedMemory,
    pub worker: CryptoWorker,
    /// The provider's own entry (`#provider`): their side alone.
    #[prop_or_default]
    pub provider_only: bool,
}

/// The page's `HandoffMemory`, shared by the views that show it.
#[derive(Clone, Default)]
pub struct SharedMemory(
    pub std::rc::Rc<std::cell::RefCell<crate::web::state::handoff::HandoffMemory>>,
);

impl PartialEq for SharedMemory {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

fn value_of(event: &InputEvent) -> String {
    let input: web_sys::HtmlInputElement = event.target_unchecked_into();
    input.value()
}

fn area_value_of(event: &InputEvent) -> String {
    let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
    area.value()
}

#[component]
pub fn HandoffView(props: &HandoffViewProps) -> Html {
    let worker = props.worker.clone();
    let generation = use_state(|| 0u32);
    let announce = use_state(String::new);
    let clipboard = use_clipboard({
        let announce = announce.clone();
        Callback::from(move |text| announce.set(text))
    });
    {
        // Load the worker's module while the person reads, not when they first click.
        let worker = worker.clone();
        use_effect_with((), move |_| worker.warm_up());
    }
    let onclear = {
        let (generation, worker, announce, clipboard, memory) = (
            generation.clone(),
            worker.clone(),
            announce.clone(),
            clipboard.clone(),
            props.memory.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            worker.terminate();
            memory.0.borrow_mut().clear();
            clipboard.clear_if_written();
            files::forget_last_download();
            generation.set(*generation + 1);
            announce.set(t::secrets_cleared());
        })
    };
    html! {
        <section class="handoff" aria-labelledby="handoff-title">
            <h2 id="handoff-title">{ tx(m::HANDOFF_TITLE) }</h2>
            <p class="hint">
                { tx(m::HANDOFF_MEMORY_ONLY) }{ " " }
                <button type="button" class="danger" onclick={onclear}>{ tx(m::CLEAR_SECRETS) }</button>
            </p>
            <p class="visually-hidden" aria-live="polite">{ (*announce).clone() }</p>
            if !props.provider_only {
            <AdminSide key={format!("admin-{}-{}", props.draft_id.as_str(), *generation)} lang={props.lang} draft={props.draft.clone()}
                findings={props.findings.clone()} onedit={props.onedit.clone()} onchecklist={props.onchecklist.clone()}
                onshow_findings={props.onshow_findings.clone()} recipient={props.recipient.clone()}
                worker={worker.clone()} clipboard={clipboard.clone()}
                draft_id={props.draft_id.clone()} memory={props.memory.clone()} />
            }
            <ProviderSide key={format!("provider-{}-{}", props.draft_id.as_str(), *generation)} lang={props.lang} worker={worker.clone()} {clipboard}
                draft_id={props.draft_id.clone()} memory={props.memory.clone()}
                key_file_name={files::export_name(&props.draft.profile, "provider.key")} />
        </section>
    }
}

/// 1Password honours `data-1p-ignore`, which Yew's `html!` cannot write (an attribute segment
/// may not start with a digit): a side that shows secret fields sets it on each of them
/// (they carry `data-lpignore`) after every render.
#[hook]
fn use_password_manager_opt_out() {
    use wasm_bindgen::JsCast;
    use_effect(|| {
        if let Ok(fields) = gloo::utils::document().query_selector_all("[data-lpignore]") {
            for index in 0..fields.length() {
                if let Some(field) = fields
                    .item(index)
                    .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
                {
                    let _ = field.set_attribute("data-1p-ignore", "true");
                }
            }
        }
    });
}
