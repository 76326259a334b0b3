//! The admin's side: the password and its check, the generator, the company's policy, and
//! sealing. It displays `AdminHandoff` and sends `AdminAction`s; the seal gate is the
//! domain's, asked through the state.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::token::token_fields;
use super::value_of;
use super::SharedMemory;
use crate::domain::checklist::{done_by_sealing, steps, StepStatus};
use crate::domain::concur::Connection;
use crate::domain::draft::{ChecklistEdit, Draft, ProfileEdit};
use crate::domain::handoff::{stops_seal, NOTE_MAX_CHARS};
use crate::domain::profile::{PasswordPolicy, PASSWORD_MAX_CHARS};
use crate::domain::rules::{Finding, Severity};
use crate::domain::workspace::DraftId;
use crate::formats::recipient_link::fingerprint;
use crate::i18n::{m, t};
use crate::web::checked_of;
use crate::web::components::findings::{finding_item, FindingShown};
use crate::web::hooks::{use_clock, Clipboard};
use crate::web::services::files;
use crate::web::services::worker_client::CryptoWorker;
use crate::web::state::handoff::{AdminAction, AdminHandoff, KeySource, SealMode};
use crate::web::tx;
use crate::web::{local_time, now, now_seconds, provider_link};
use crate::worker::generator::GeneratorOptions;
use crate::worker::protocol::{PasswordFinding, WorkerRequest};
use crate::worker::strength::STRENGTH_INPUT_MAX_CHARS;

impl Reducible for AdminHandoff {
    type Action = AdminAction;

    fn reduce(self: Rc<Self>, action: AdminAction) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.reduce(action);
        Rc::new(next)
    }
}

/// Sends a check to the worker, tells the state its ID (`sent`), and later the answer, so
/// that the state can drop answers to earlier checks.
fn send_check(
    worker: &CryptoWorker,
    state: &UseReducerHandle<AdminHandoff>,
    request: WorkerRequest,
    sent: fn(u32) -> AdminAction,
) {
    let answer = state.clone();
    // The answer arrives after `request` has returned the ID.
    let sent_as = Rc::new(Cell::new(0));
    let answered_id = sent_as.clone();
    let id = worker.request(
        request,
        Callback::from(move |response| {
            answer.dispatch(AdminAction::answer_to_check(answered_id.get(), response))
        }),
    );
    sent_as.set(id);
    state.dispatch(sent(id));
}

#[derive(Properties, PartialEq)]
pub struct AdminSideProps {
    /// The page's language: a change draws this side again in it.
    pub lang: crate::i18n::Lang,
    pub draft: Draft,
    pub findings: Vec<Finding>,
    pub onedit: Callback<ProfileEdit>,
    pub onchecklist: Callback<ChecklistEdit>,
    pub onshow_findings: Callback<()>,
    pub recipient: Option<String>,
    pub worker: CryptoWorker,
    pub clipboard: Clipboard,
    pub draft_id: DraftId,
    pub memory: SharedMemory,
}

#[component]
pub fn AdminSide(props: &AdminSideProps) -> Html {
    let profile = &props.draft.profile;
    // Started from what this draft held when the view last closed (or from a provider's
    // link), and kept in the page's memory at every change.
    let state = use_reducer({
        let (recipient, memory, draft_id) = (
            props.recipient.clone(),
            props.memory.clone(),
            props.draft_id.clone(),
        );
        move || {
            let mut kept = memory.0.borrow().admin_for(&draft_id);
            // A draft with no key yet takes the provider's key from a link.
            if let Some(key) = recipient.filter(|_| kept.recipient.is_empty()) {
                kept.reduce(AdminAction::KeyFromLink(key));
            }
            kept
        }
    });
    {
        let (memory, draft_id, state) =
            (props.memory.clone(), props.draft_id.clone(), state.clone());
        use_effect(move || memory.0.borrow_mut().keep_admin(&draft_id, &state));
    }
    // A provider's link opened while this side is shown brings its key in.
    {
        let state = state.clone();
        use_effect_with(props.recipient.clone(), move |recipient| {
            if let Some(key) = recipient {
                if *key != state.recipient {
                    state.dispatch(AdminAction::KeyFromLink(key.clone()));
                }
            }
        });
    }
    super::use_password_manager_opt_out();
    let send = |action: fn(String) -> AdminAction| {
        let state = state.clone();
        Callback::from(move |event: InputEvent| state.dispatch(action(value_of(&event))))
    };

    // Every change of password or profile is checked again, in the worker; the state drops
    // any answer but the latest.
    {
        let (worker, state_for_effect) = (props.worker.clone(), state.clone());
        let request = state.check_request(profile);
        use_effect_with(
            (state.password.clone(), profile.to_value()),
            move |(password, profile)| {
                // A packet sealed for the profile as it was is withdrawn.
                state_for_effect.dispatch(AdminAction::ProfileIs(profile.to_string()));
                if password.is_empty() {
                    return;
                }
                send_check(&worker, &state_for_effect, request, AdminAction::CheckSent);
            },
        );
    }

    // The passphrase is checked in the worker too (zxcvbn), told the profile's words.
    {
        let (worker, state_for_effect) = (props.worker.clone(), state.clone());
        let request = state.passphrase_check_request(profile);
        let wanted = state.mode == SealMode::Passphrase && !state.passphrase.is_empty();
        use_effect_with(
            (state.passphrase.clone(), wanted, profile.to_value()),
            move |(_, wanted, _)| {
                if !*wanted {
                    return;
                }
                send_check(
                    &worker,
                    &state_for_effect,
                    request,
                    AdminAction::PassphraseCheckSent,
                );
            },
        );
    }

    let token_route = profile.connection == Connection::CompanyRequestToken;
    // On the token route the clock decides too: the view follows it by the minute.
    let clock = use_clock(30_000);
    let profile_errors = props
        .findings
        .iter()
        .filter(|f| stops_seal(f, profile.connection))
        .count();
    let blockers = if token_route {
        state.token_blockers(profile_errors, clock)
    } else {
        state.blockers(profile_errors)
    };
    let can_seal = blockers.is_empty() && !state.sealing;

    let ongenerate = {
        let (worker, state) = (props.worker.clone(), state.clone());
        Callback::from(move |_: MouseEvent| {
            let options = state.generator.clone();
            let answer = state.clone();
            worker.request(
                WorkerRequest::Generate { options },
                Callback::from(move |response| answer.dispatch(AdminAction::Answered(response))),
            );
        })
    };
    let ongenerate_passphrase = {
        let (worker, state, profile) = (props.worker.clone(), state.clone(), profile.clone());
        Callback::from(move |_: MouseEvent| {
            let answer = state.clone();
            worker.request(
                WorkerRequest::GeneratePassphrase {
                    profile: profile.to_value(),
                },
                Callback::from(move |response| answer.dispatch(AdminAction::Answered(response))),
            );
        })
    };
    let onseal = {
        let (worker, state, profile) = (props.worker.clone(), state.clone(), profile.clone());
        Callback::from(move |_: MouseEvent| {
            let by_passphrase = state.mode == SealMode::Passphrase;
            let (answer, worker_after) = (state.clone(), worker.clone());
            state.dispatch(AdminAction::SealSent);
            let request = if profile.connection == Connection::CompanyRequestToken {
                state.seal_token_request(&profile, now_seconds())
            } else {
                state.seal_request(&profile, &now())
            };
            worker.request(
                request,
                Callback::from(move |response| {
                    answer.dispatch(AdminAction::Answered(response));
                    if by_passphrase {
                        // scrypt took 256 MB of the worker's memory: hand it back.
                        worker_after.release_when_idle();
                    }
                }),
            );
        })
    };

    let policy = profile.password_policy.clone();
    let set_policy = |change: fn(&mut PasswordPolicy, &Event)| {
        let (onedit, policy) = (props.onedit.clone(), policy.clone());
        Callback::from(move |event: Event| {
            let mut next = policy.clone();
            change(&mut next, &event);
            onedit.emit(ProfileEdit::SetPasswordPolicy(next));
        })
    };
    let option_toggle = |change: fn(&mut GeneratorOptions, bool)| {
        let state = state.clone();
        Callback::from(move |event: Event| {
            let mut next = state.generator.clone();
            change(&mut next, checked_of(&event));
            state.dispatch(AdminAction::SetGenerator(next));
        })
    };
    let copy = |text: String, what: String| {
        let clipboard = props.clipboard.clone();
        Callback::from(move |_: MouseEvent| clipboard.copy(&text, &what))
    };
    let options = &state.generator;
    // The passphrase is meant to be read out by phone: it may be shown, like the password.
    let passphrase_type = if state.passphrase_shown {
        "text"
    } else {
        "password"
    };
    // A packet sealed and taken is its checklist step done: offered, never ticked unasked.
    // Built only once a packet is taken, not at every keystroke in the password.
    let checklist_steps = if state.sealed_taken {
        steps(profile, props.draft.checklist.route)
    } else {
        Vec::new()
    };
    let tick_offer = done_by_sealing(&checklist_steps, &props.draft.checklist).map(|step| {
        let id = step.id;
        let tick = props
            .onchecklist
            .reform(move |_: MouseEvent| ChecklistEdit::SetStatus {
                id: id.to_owned(),
                status: StepStatus::Done,
                at: now(),
            });
        (step.title.clone(), tick)
    });

    html! {
        <section class="side" aria-labelledby="admin-side-title">
            <h3 id="admin-side-title">{ tx(if token_route { m::ADMIN_SIDE_TOKEN } else { m::ADMIN_SIDE_WS }) }</h3>
            if profile_errors > 0 {
                <p class="gate-note">
                    { if token_route { t::sealing_waits_token(profile_errors) } else { t::sealing_waits(profile_errors) } }{ " " }
                    <button type="button" class="link" onclick={props.onshow_findings.reform(|_: MouseEvent| ())}>{ tx(m::SEE_FINDINGS) }</button>
                </p>
            }
            if token_route {
                { token_fields(&state.token, &state.token.findings_shown(clock, local_time), clock, &{ let state = state.clone(); Callback::from(move |action| state.dispatch(action)) }) }
            } else {
            <fieldset>
                <legend>{ tx(m::LEGEND_PASSWORD) }</legend>
                <div class="field">
                    <label for="password">{ tx(m::WS_ADMIN_PASSWORD) }</label>
                    <p class="hint" id="password-hint">{ tx(m::PASSWORD_HINT) }</p>
                    <div class="inline">
                        <input id="password" class="identifier" type={if state.password_shown { "text" } else { "password" }}
                            autocomplete="off" data-lpignore="true" data-bwignore="true" data-form-type="other" spellcheck="false" translate="no"
                            maxlength={PASSWORD_MAX_CHARS.to_string()}
                            aria-describedby="password-hint strength password-findings"
                            value={state.password.clone()} oninput={send(AdminAction::SetPassword)} />
                        <button type="button" aria-pressed={state.password_shown.to_string()}
                            onclick={{ let state = state.clone(); move |_| state.dispatch(AdminAction::TogglePasswordShown) }}>
                            { tx(if state.password_shown { m::HIDE } else { m::SHOW }) }
                        </button>
                        <button type="button" onclick={copy(state.password.clone(), m::COPIED_PASSWORD.text())}>{ tx(m::COPY) }</button>
                    </div>
                </div>
                <div id="strength" class="strength" aria-live="polite">
                    { match &state.verdict {
                        None if state.password.is_empty() => html! {},
                        None => html! { <p>{ tx(m::CHECKING) }</p> },
                        Some(verdict) => html! {
                            <>
                                <p class={classes!("meter", format!("score-{}", verdict.score))}>
                                    <meter min="0" max="4" value={verdict.score.to_string()} aria-label={t::password_strength()} />
                                    { " " }{ t::strength_of_4(&verdict.score) }
                                    if state.password.chars().count() > STRENGTH_INPUT_MAX_CHARS { { " " }{ tx(m::STRENGTH_FIRST_100) } }
                                </p>
                                if let Some(warning) = &verdict.warning { <p class="warning-text">{ warning }</p> }
                                if !verdict.suggestions.is_empty() {
                                    <ul class="suggestions">{ for verdict.suggestions.iter().map(|s| html! { <li>{ s }</li> }) }</ul>
                                }
                            </>
                        },
                    } }
                </div>
                <ul class="findings" id="password-findings">
                    { for state.verdict.iter().flat_map(|verdict| verdict.findings.iter()).map(secret_finding) }
                </ul>
                <details class="generator" open=true>
                    <summary>{ tx(m::GENERATE_A_PASSWORD) }</summary>
                    <div class="field">
                        <label for="gen-length">{ t::length_characters(&options.length) }</label>
                        <input id="gen-length" type="range" min="16" max="64" value={options.length.to_string()}
                            oninput={{ let state = state.clone(); move |e: InputEvent| {
                                let mut next = state.generator.clone();
                                next.length = value_of(&e).parse().unwrap_or(20);
                                state.dispatch(AdminAction::SetGenerator(next));
                            } }} />
                    </div>
                    <div class="options">
                        <label class="option"><input type="checkbox" checked={options.upper} onchange={option_toggle(|o, v| o.upper = v)} />{ "A–Z" }</label>
                        <label class="option"><input type="checkbox" checked={options.lower} onchange={option_toggle(|o, v| o.lower = v)} />{ "a–z" }</label>
                        <label class="option"><input type="checkbox" checked={options.digits} onchange={option_toggle(|o, v| o.digits = v)} />{ "0–9" }</label>
                        <label class="option"><input type="checkbox" checked={options.symbols} onchange={option_toggle(|o, v| o.symbols = v)} />{ tx(m::SYMBOLS) }</label>
                        <label class="option"><input type="checkbox" checked={options.avoid_lookalikes} onchange={option_toggle(|o, v| o.avoid_lookalikes = v)} />{ tx(m::NO_LOOKALIKES) }</label>
                        <label class="option"><input type="checkbox" checked={options.words.is_some()} onchange={option_toggle(|o, v| o.words = v.then_some(6))} />{ tx(m::WORDS_INSTEAD) }</label>
                    </div>
                    <button type="button" id="generate-password" onclick={ongenerate}>{ tx(m::GENERATE) }</button>
                </details>
                <details class="policy">
                    <summary>{ tx(m::COMPANY_POLICY) }</summary>
                    <div class="field">
                        <label for="policy-min">{ tx(m::MINIMUM_LENGTH) }</label>
                        <input id="policy-min" type="number" min="1" max="255" value={policy.min_length.to_string()}
                            onchange={set_policy(|p, e| {
                                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                                p.min_length = input.value().parse::<usize>().unwrap_or(12).clamp(1, 255);
                            })} />
                    </div>
                    <div class="options">
                        <label class="option"><input type="checkbox" checked={policy.require_upper} onchange={set_policy(|p, e| p.require_upper = checked_of(e))} />{ tx(m::UPPER_CASE) }</label>
                        <label class="option"><input type="checkbox" checked={policy.require_lower} onchange={set_policy(|p, e| p.require_lower = checked_of(e))} />{ tx(m::LOWER_CASE) }</label>
                        <label class="option"><input type="checkbox" checked={policy.require_digit} onchange={set_policy(|p, e| p.require_digit = checked_of(e))} />{ tx(m::DIGIT) }</label>
                        <label class="option"><input type="checkbox" checked={policy.require_symbol} onchange={set_policy(|p, e| p.require_symbol = checked_of(e))} />{ tx(m::SYMBOL) }</label>
                    </div>
                </details>
            </fieldset>
            }
            <fieldset id="seal" tabindex="-1">
                <legend>{ tx(m::SEAL_FOR_PROVIDER) }</legend>
                <fieldset class="choice">
                    <legend>{ tx(m::SEAL_TO) }</legend>
                    <label class="option" for="mode-recipient">
                        <input type="radio" id="mode-recipient" name="seal-mode" checked={state.mode == SealMode::Recipient}
                            onchange={{ let state = state.clone(); move |_| state.dispatch(AdminAction::SetMode(SealMode::Recipient)) }} />
                        { tx(m::SEAL_TO_KEY) }
                    </label>
                    <label class="option" for="mode-passphrase">
                        <input type="radio" id="mode-passphrase" name="seal-mode" checked={state.mode == SealMode::Passphrase}
                            onchange={{ let state = state.clone(); move |_| state.dispatch(AdminAction::SetMode(SealMode::Passphrase)) }} />
                        { tx(m::SEAL_TO_PASSPHRASE) }
                    </label>
                </fieldset>
                if state.mode == SealMode::Recipient {
                    <div class="field">
                        <label for="recipient">{ tx(m::PROVIDERS_PUBLIC_KEY) }</label>
                        <p class="hint" id="recipient-hint">
                            { tx(match state.recipient_source {
                                KeySource::Link => m::KEY_FROM_LINK,
                                KeySource::Typed => m::KEY_TYPED,
                            }) }
                        </p>
                        if state.recipient.trim().is_empty() {
                            <p class="hint" id="provider-link">
                                { match provider_link() {
                                    Some(link) => html! {
                                        <>
                                            { tx(m::NO_KEY_LINK) }{ " " }
                                            <code translate="no">{ link.clone() }</code>{ " " }
                                            <button type="button" onclick={copy(link, m::COPIED_PROVIDER_LINK.text())}>{ tx(m::COPY) }</button>
                                        </>
                                    },
                                    None => html! {
                                        { tx(m::NO_KEY_FILE) }
                                    },
                                } }
                            </p>
                        }
                        <input id="recipient" class="identifier" type="text" spellcheck="false" translate="no"
                            aria-describedby="recipient-hint recipient-fingerprint" value={state.recipient.clone()} oninput={send(AdminAction::SetRecipient)} />
                        if !state.recipient.trim().is_empty() {
                            <p class="hint" id="recipient-fingerprint">
                                { tx(m::KEY_FINGERPRINT) }{ " " }
                                <code translate="no">{ fingerprint(&state.recipient) }</code>
                            </p>
                            <label class="option" for="confirm-key">
                                <input type="checkbox" id="confirm-key" checked={state.key_confirmed}
                                    onchange={{ let state = state.clone(); move |e: Event| state.dispatch(AdminAction::ConfirmKey(checked_of(&e))) }} />
                                { tx(m::CONFIRM_KEY) }
                            </label>
                        }
                        if let Some(offered) = &state.offered_link_key {
                            <div class="offer" role="status" id="offered-key">
                                <p>
                                    { tx(m::OTHER_KEY_OFFERED) }{ " " }
                                    <code translate="no">{ fingerprint(offered) }</code>
                                    { tx(m::YOURS_IS_KEPT) }
                                </p>
                                <div class="actions">
                                    <button type="button" onclick={{ let state = state.clone(); move |_: MouseEvent| state.dispatch(AdminAction::AcceptOfferedKey) }}>
                                        { tx(m::USE_LINKS_KEY) }
                                    </button>
                                    <button type="button" onclick={{ let state = state.clone(); move |_: MouseEvent| state.dispatch(AdminAction::DismissOfferedKey) }}>
                                        { tx(m::KEEP_MY_KEY) }
                                    </button>
                                </div>
                            </div>
                        }
                    </div>
                } else {
                    <div class="field">
                        <label for="passphrase">{ crate::domain::profile::Field::Passphrase.label() }</label>
                        <div class="inline">
                            <input id="passphrase" type={passphrase_type} autocomplete="off" data-lpignore="true" data-bwignore="true" data-form-type="other" spellcheck="false" value={state.passphrase.clone()} oninput={send(AdminAction::SetPassphrase)} />
                            <button type="button" aria-pressed={state.passphrase_shown.to_string()}
                                onclick={{ let state = state.clone(); move |_| state.dispatch(AdminAction::TogglePassphraseShown) }}>
                                { tx(if state.passphrase_shown { m::HIDE_PASSPHRASE } else { m::SHOW_PASSPHRASE }) }
                            </button>
                        </div>
                        <label for="passphrase-confirm">{ tx(m::PASSPHRASE_AGAIN) }</label>
                        <input id="passphrase-confirm" type={passphrase_type} autocomplete="off" data-lpignore="true" data-bwignore="true" data-form-type="other" spellcheck="false" value={state.confirmation.clone()} oninput={send(AdminAction::SetConfirmation)} />
                        <button type="button" onclick={ongenerate_passphrase}>{ tx(m::GENERATE_PASSPHRASE) }</button>
                        if let Some(findings) = &state.passphrase_verdict {
                            <ul class="findings" id="passphrase-findings">
                                { for findings.iter().map(secret_finding) }
                            </ul>
                        }
                        if !state.passphrase.is_empty() && state.passphrase == state.confirmation {
                            <p class="hint">
                                { tx(m::TELL_BY_PHONE) }{ " " }
                                <button type="button" onclick={copy(state.passphrase.clone(), m::COPIED_PASSPHRASE.text())}>{ tx(m::COPY_PASSPHRASE) }</button>
                            </p>
                        }
                    </div>
                }
                if !token_route {
                    <label class="option" for="activated">
                        <input type="checkbox" id="activated" checked={state.activated}
                            onchange={{ let state = state.clone(); move |e: Event| state.dispatch(AdminAction::SetActivated(checked_of(&e))) }} />
                        { tx(m::LOGGED_IN_ONCE) }
                    </label>
                }
                <div class="field">
                    <label for="packet-note">{ tx(m::NOTE_FOR_PROVIDER) }</label>
                    <input id="packet-note" type="text" maxlength={NOTE_MAX_CHARS.to_string()} value={state.note.clone()} oninput={send(AdminAction::SetNote)} />
                </div>
                <button type="button" class="primary" disabled={!can_seal} aria-describedby="seal-blockers" onclick={onseal}>
                    { tx(if state.sealing { m::SEALING } else { m::SEAL_PACKET }) }
                </button>
                <ul class="blockers hint" id="seal-blockers">
                    { for blockers.iter().map(|blocker| html! { <li>{ format!("{blocker}.") }</li> }) }
                </ul>
                if let Some(problem) = &state.problem { <p class="alert problem" role="alert">{ problem }</p> }
                if let Some((armored, checked)) = &state.sealed {
                    <div class="sealed">
                        <p class="alert done" role="status">{ checked }</p>
                        <label for="sealed-packet">{ tx(m::SEALED_PACKET) }</label>
                        <textarea id="sealed-packet" class="identifier" readonly=true rows="8" value={armored.clone()} />
                        <div class="actions">
                            <button type="button" onclick={{
                                let (armored, name) = (armored.clone(), files::export_name(profile, if token_route { "token.age" } else { "handoff.age" }));
                                let state = state.clone();
                                move |_: MouseEvent| {
                                    files::download(&name, &armored, "application/octet-stream");
                                    state.dispatch(AdminAction::PacketTaken);
                                }
                            }}>{ tx(m::DOWNLOAD_AGE) }</button>
                            <button type="button" onclick={{
                                let (copy_packet, state) = (copy(armored.clone(), m::COPIED_PACKET.text()), state.clone());
                                move |event: MouseEvent| {
                                    copy_packet.emit(event);
                                    state.dispatch(AdminAction::PacketTaken);
                                }
                            }}>{ tx(m::COPY_PACKET) }</button>
                        </div>
                        if let Some((title, tick)) = tick_offer {
                            <p class="offer" role="status" id="tick-offer">
                                { t::packet_taken_tick(&t::quoted(&title)) }{ " " }
                                <button type="button" onclick={tick}>{ tx(m::TICK_IT) }</button>
                            </p>
                        }
                    </div>
                }
            </fieldset>
        </section>
    }
}

/// A finding the worker made about the password or the passphrase: always an error, with
/// no one-click fix (only a person can choose another secret).
fn secret_finding(finding: &PasswordFinding) -> Html {
    finding_item(FindingShown {
        rule: &finding.rule,
        severity: Severity::Error,
        message: &finding.message,
        why: &finding.why,
        fix: &finding.fix,
        onapply: None,
    })
}
