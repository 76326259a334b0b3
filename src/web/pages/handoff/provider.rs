//! The provider's side: make a key (and a link that carries its public half), and open a
//! packet with the key file or a passphrase. It displays `ProviderHandoff` and sends
//! `ProviderAction`s.

use std::rc::Rc;

use yew::prelude::*;

use super::SharedMemory;
use super::{area_value_of, value_of};
use crate::domain::handoff::PacketFieldKind;
use crate::domain::request_token::TokenTime;
use crate::domain::workspace::DraftId;
use crate::formats::recipient_link::{self, fingerprint};
use crate::formats::sealed_packet::MAX_PACKET_BYTES;
use crate::i18n::{m, t};
use crate::web::hooks::{use_clock, use_file_reader, Clipboard};
use crate::web::services::files;
use crate::web::services::worker_client::CryptoWorker;
use crate::web::state::handoff::{ProviderAction, ProviderHandoff};
use crate::web::tx;
use crate::web::{now, recipient_link_base};
use crate::worker::protocol::{WorkerRequest, WorkerResponse};

impl Reducible for ProviderHandoff {
    type Action = ProviderAction;

    fn reduce(self: Rc<Self>, action: ProviderAction) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.reduce(action);
        Rc::new(next)
    }
}

#[derive(Properties, PartialEq)]
pub struct ProviderSideProps {
    /// The page's language: a change draws this side again in it.
    pub lang: crate::i18n::Lang,
    pub worker: CryptoWorker,
    pub clipboard: Clipboard,
    pub draft_id: DraftId,
    pub memory: SharedMemory,
    /// The key file's download name: the app, the company and the date.
    pub key_file_name: AttrValue,
}

/// Which file the provider is choosing.
#[derive(Clone, Copy)]
enum Chosen {
    Packet,
    Identity,
}

#[component]
pub fn ProviderSide(props: &ProviderSideProps) -> Html {
    let state = use_reducer({
        let (memory, draft_id) = (props.memory.clone(), props.draft_id.clone());
        move || memory.0.borrow().provider_for(&draft_id)
    });
    {
        let (memory, draft_id, state) =
            (props.memory.clone(), props.draft_id.clone(), state.clone());
        use_effect(move || memory.0.borrow_mut().keep_provider(&draft_id, &state));
    }
    super::use_password_manager_opt_out();
    let reader = use_file_reader();
    let clock = use_clock(30_000);

    let onkeygen = {
        let (worker, state, key_file_name) = (
            props.worker.clone(),
            state.clone(),
            props.key_file_name.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let answer = state.clone();
            let key_file_name = key_file_name.clone();
            worker.request(
                WorkerRequest::Keygen { created_at: now() },
                Callback::from(move |response: WorkerResponse| {
                    if let WorkerResponse::KeyGenerated { identity_file, .. } = &response {
                        files::download(&key_file_name, identity_file, "text/plain");
                    }
                    answer.dispatch(ProviderAction::Answered(response));
                }),
            );
        })
    };
    let read_file = |chosen: Chosen| {
        let (state, reader) = (state.clone(), reader.clone());
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            let file = gloo::file::File::from(file);
            let name = file.name();
            if file.size() > MAX_PACKET_BYTES as u64 {
                state.dispatch(ProviderAction::Problem(t::provider_file_too_large(
                    &t::quoted(&name),
                )));
                return;
            }
            let state = state.clone();
            reader.read_text(&file, move |read| {
                state.dispatch(match (read, chosen) {
                    (Ok(text), Chosen::Packet) => ProviderAction::SetPacketText(text),
                    (Ok(text), Chosen::Identity) => ProviderAction::SetIdentity { name, text },
                    (Err(error), _) => {
                        ProviderAction::Problem(t::import_unreadable(&t::quoted(&name), &error))
                    }
                })
            });
        })
    };
    let onopen = {
        let (worker, state) = (props.worker.clone(), state.clone());
        Callback::from(move |_: MouseEvent| {
            let (answer, worker_after) = (state.clone(), worker.clone());
            let by_passphrase = state.opens_with_passphrase();
            state.dispatch(ProviderAction::OpenSent);
            worker.request(
                state.open_request(),
                Callback::from(move |response| {
                    answer.dispatch(ProviderAction::Answered(response));
                    if by_passphrase {
                        // scrypt took up to 1 GiB of the worker's memory: hand it back.
                        worker_after.release_when_idle();
                    }
                }),
            );
        })
    };
    let recipient_link = state.key.as_ref().map(|(_, public)| {
        recipient_link::encode(&recipient_link_base().unwrap_or_default(), public)
    });
    let copy = |text: String, what: String| {
        let clipboard = props.clipboard.clone();
        Callback::from(move |_: MouseEvent| clipboard.copy(&text, &what))
    };

    html! {
        <section class="side" aria-labelledby="provider-side-title">
            <h3 id="provider-side-title">{ tx(m::PROVIDER_SIDE_TITLE) }</h3>
            <fieldset>
                <legend>{ tx(m::MAKE_A_KEY) }</legend>
                <p class="hint">{ tx(m::KEY_HINT) }</p>
                <button type="button" onclick={onkeygen}>{ tx(m::GENERATE_KEY) }</button>
                if let (Some((_, public)), Some(link)) = (&state.key, &recipient_link) {
                    <div class="field">
                        <label for="public-key">{ tx(m::YOUR_PUBLIC_KEY) }</label>
                        <input id="public-key" class="identifier" type="text" readonly=true value={public.clone()} translate="no" />
                        <p class="hint">
                            { tx(m::FINGERPRINT_HINT) }{ " " }
                            <code translate="no" id="public-key-fingerprint">{ fingerprint(public) }</code>
                        </p>
                        <div class="actions">
                            <button type="button" onclick={copy(public.clone(), m::COPIED_PUBLIC_KEY.text())}>{ tx(m::COPY_PUBLIC_KEY) }</button>
                            <button type="button" onclick={copy(link.clone(), m::COPIED_LINK.text())}>{ tx(m::COPY_CLIENT_LINK) }</button>
                        </div>
                        <p class="hint" id="recipient-link"><code translate="no">{ link }</code></p>
                    </div>
                }
            </fieldset>
            <fieldset>
                <legend>{ tx(m::OPEN_A_PACKET) }</legend>
                <div class="field">
                    <label for="packet-input">{ tx(m::PACKET_LABEL) }</label>
                    <textarea id="packet-input" class="identifier" rows="6" spellcheck="false"
                        value={state.packet_text.clone()}
                        oninput={{ let state = state.clone(); move |e: InputEvent| state.dispatch(ProviderAction::SetPacketText(area_value_of(&e))) }} />
                    <input id="packet-file" type="file" accept=".age,.txt" aria-label={t::choose_packet_file()}
                        onchange={read_file(Chosen::Packet)} />
                </div>
                <div class="field">
                    <label for="identity-file">{ tx(m::YOUR_KEY_FILE) }</label>
                    <input id="identity-file" type="file" onchange={read_file(Chosen::Identity)} />
                    if let Some((_, name)) = &state.identity { <p class="hint">{ t::key_loaded_from(name) }</p> }
                </div>
                <div class="field">
                    <label for="open-passphrase">{ tx(m::OR_PASSPHRASE) }</label>
                    <input id="open-passphrase" type="password" autocomplete="off" data-lpignore="true" data-bwignore="true" data-form-type="other" value={state.passphrase.clone()}
                        oninput={{ let state = state.clone(); move |e: InputEvent| state.dispatch(ProviderAction::SetPassphrase(value_of(&e))) }} />
                </div>
                <button type="button" class="primary" disabled={!state.can_open()} onclick={onopen}>{ tx(m::OPEN_PACKET) }</button>
                if let Some(problem) = &state.problem { <p class="alert problem" role="alert">{ problem }</p> }
                if let Some(packet) = &state.opened {
                    <dl class="values opened">
                        { for packet.display_fields().into_iter().map(|field| html! {
                            <>
                                <dt>{ field.label.clone() }</dt>
                                { match field.kind {
                                    PacketFieldKind::Text => html! { <dd>{ field.value.to_string() }</dd> },
                                    PacketFieldKind::Identifier => html! {
                                        <dd><code translate="no">{ field.value.to_string() }</code>{ " " }
                                            <button type="button" onclick={copy(field.value.to_string(), field.label.clone())}>{ tx(m::COPY) }</button></dd>
                                    },
                                    PacketFieldKind::Secret => html! {
                                        <dd>
                                            <code translate="no" id="opened-password">{ if state.revealed { field.value.to_string() } else { "•".repeat(12) } }</code>{ " " }
                                            <button type="button" aria-pressed={state.revealed.to_string()}
                                                onclick={{ let state = state.clone(); move |_| state.dispatch(ProviderAction::ToggleRevealed) }}>
                                                { tx(if state.revealed { m::HIDE } else { m::REVEAL }) }
                                            </button>
                                            <button type="button" onclick={copy(field.value.to_string(), field.label.clone())}>{ tx(m::COPY) }</button>
                                        </dd>
                                    },
                                } }
                            </>
                        }) }
                    </dl>
                    { match packet.token_time(clock) {
                        Ok(Some(time)) => html! {
                            <p id="token-time-left" role="status"
                                class={if matches!(time, TokenTime::Valid { .. }) { "alert done" } else { "alert problem" }}>
                                { t::token_has(&time) }
                            </p>
                        },
                        Ok(None) => html! {},
                        Err(problem) => html! {
                            <p id="token-time-left" role="alert" class="alert problem">
                                { t::token_do_not_use(&problem) }
                            </p>
                        },
                    } }
                }
            </fieldset>
        </section>
    }
}
