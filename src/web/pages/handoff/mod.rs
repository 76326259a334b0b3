//! The credential handoff: the admin's side (password, strength, policy, seal) and the
//! provider's side (generate a key, open a packet). Each side is a component-local reducer
//! over its state in `web::state::handoff`; every secret lives there only, never in the
//! workspace, so autosave and exports cannot carry it, and "Clear secrets" remounts both
//! sides empty.

mod admin;
mod provider;
mod token;

use yew::prelude::*;

use crate::domain::draft::{Draft, ProfileEdit};
use crate::domain::rules::Finding;
use crate::web::hooks::use_clipboard;
use crate::web::services::files;
use crate::web::services::worker_client::CryptoWorker;
use admin::AdminSide;
use provider::ProviderSide;

#[derive(Properties, PartialEq)]
pub struct HandoffViewProps {
    pub draft: Draft,
    pub findings: Vec<Finding>,
    pub onedit: Callback<ProfileEdit>,
    pub onshow_findings: Callback<()>,
    /// A recipient from a provider's link (`#recipient=age1…`).
    pub recipient: Option<String>,
}

fn value_of(event: &InputEvent) -> String {
    let input: web_sys::HtmlInputElement = event.target_unchecked_into();
    input.value()
}

fn area_value_of(event: &InputEvent) -> String {
    let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
    area.value()
}

fn checked_of(event: &Event) -> bool {
    let input: web_sys::HtmlInputElement = event.target_unchecked_into();
    input.checked()
}

#[component]
pub fn HandoffView(props: &HandoffViewProps) -> Html {
    let worker = use_memo((), |_| CryptoWorker::default());
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
        let (generation, worker, announce, clipboard) = (
            generation.clone(),
            worker.clone(),
            announce.clone(),
            clipboard.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            worker.terminate();
            clipboard.clear_if_written();
            files::forget_last_download();
            generation.set(*generation + 1);
            announce.set("Secrets cleared from this page".into());
        })
    };
    html! {
        <section class="handoff" aria-labelledby="handoff-title">
            <h2 id="handoff-title">{ "Credential handoff" }</h2>
            <p class="hint">
                { "Passwords, passphrases and keys stay in this page's memory only: they are never saved, exported or sent. " }
                <button type="button" class="danger" onclick={onclear}>{ "Clear secrets" }</button>
            </p>
            <p class="visually-hidden" aria-live="polite">{ (*announce).clone() }</p>
            <AdminSide key={format!("admin-{}", *generation)} draft={props.draft.clone()}
                findings={props.findings.clone()} onedit={props.onedit.clone()}
                onshow_findings={props.onshow_findings.clone()} recipient={props.recipient.clone()}
                worker={(*worker).clone()} clipboard={clipboard.clone()} />
            <ProviderSide key={format!("provider-{}", *generation)} worker={(*worker).clone()} {clipboard} />
        </section>
    }
}
