//! The credential handoff: the admin's side (password, strength, policy, seal) and the
//! provider's side (generate a key, open a packet). Every secret here lives in component
//! state only: never in the workspace, so autosave and exports cannot carry it, and
//! "Clear secrets" remounts both sides empty.

use yew::prelude::*;

use super::worker_client::CryptoWorker;
use super::{files, now};
use crate::draft::{Draft, ProfileEdit};
use crate::handoff::{self, HandoffPacket};
use crate::password::{
    GeneratorOptions, PasswordPolicy, PASSWORD_MAX_CHARS, STRENGTH_INPUT_MAX_CHARS,
};
use crate::rules::{Finding, Severity};
use crate::worker_protocol::{OpenKey, PasswordFinding, SealTarget, WorkerRequest, WorkerResponse};

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

fn checked_of(event: &Event) -> bool {
    let input: web_sys::HtmlInputElement = event.target_unchecked_into();
    input.checked()
}

/// Copies text and says so to screen readers through `announce`.
fn copy(text: &str, what: &str, announce: &UseStateHandle<String>) {
    let clipboard = gloo::utils::window().navigator().clipboard();
    let _ = clipboard.write_text(text);
    announce.set(format!("{what} copied"));
}

#[component]
pub fn HandoffView(props: &HandoffViewProps) -> Html {
    let worker = use_memo((), |_| CryptoWorker::default());
    let generation = use_state(|| 0u32);
    let announce = use_state(String::new);
    {
        // Load the worker's module while the person reads, not when they first click.
        let worker = worker.clone();
        use_effect_with((), move |_| worker.warm_up());
    }
    let onclear = {
        let generation = generation.clone();
        let worker = worker.clone();
        let announce = announce.clone();
        Callback::from(move |_: MouseEvent| {
            worker.terminate();
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
                worker={(*worker).clone()} announce={announce.clone()} />
            <ProviderSide key={format!("provider-{}", *generation)} worker={(*worker).clone()} announce={announce.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct AdminSideProps {
    draft: Draft,
    findings: Vec<Finding>,
    onedit: Callback<ProfileEdit>,
    onshow_findings: Callback<()>,
    recipient: Option<String>,
    worker: CryptoWorker,
    announce: UseStateHandle<String>,
}

#[derive(Clone, PartialEq, Default)]
struct Check {
    id: u32,
    score: u8,
    warning: Option<String>,
    suggestions: Vec<String>,
    findings: Vec<PasswordFinding>,
}

#[derive(Clone, Copy, PartialEq)]
enum SealMode {
    Recipient,
    Passphrase,
}

#[component]
fn AdminSide(props: &AdminSideProps) -> Html {
    let profile = &props.draft.profile;
    let password = use_state(String::new);
    let shown = use_state(|| false);
    let options = use_state(GeneratorOptions::default);
    let check = use_state(|| None::<Check>);
    let latest = use_mut_ref(|| 0u32);
    let mode = use_state(|| SealMode::Recipient);
    let recipient = use_state(|| props.recipient.clone().unwrap_or_default());
    let passphrase = use_state(String::new);
    let confirm = use_state(String::new);
    let activated = use_state(|| false);
    let note = use_state(String::new);
    let sealed = use_state(|| None::<(String, String)>);
    let problem = use_state(|| None::<String>);
    let busy = use_state(|| false);

    // Every change of password or profile is checked again, in the worker.
    {
        let worker = props.worker.clone();
        let check = check.clone();
        let latest = latest.clone();
        let profile_value = profile.to_value();
        let policy = profile.password_policy.clone();
        use_effect_with(
            ((*password).clone(), profile_value, policy),
            move |(password, profile, policy)| {
                if password.is_empty() {
                    check.set(None);
                    return;
                }
                let (password, profile, policy) =
                    (password.clone(), profile.clone(), policy.clone());
                let latest_for_id = latest.clone();
                let reply = Callback::from(move |response: WorkerResponse| {
                    if let WorkerResponse::Checked {
                        id,
                        score,
                        warning,
                        suggestions,
                        findings,
                    } = response
                    {
                        // Answers can overtake each other; only the newest request's counts.
                        if id >= *latest.borrow() {
                            check.set(Some(Check {
                                id,
                                score,
                                warning,
                                suggestions,
                                findings,
                            }));
                        }
                    }
                });
                worker.request(
                    move |id| {
                        *latest_for_id.borrow_mut() = id;
                        WorkerRequest::Check {
                            id,
                            password,
                            profile,
                            policy,
                        }
                    },
                    reply,
                );
            },
        );
    }

    let profile_errors = props
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let password_errors = check.as_ref().map(|c| c.findings.len()).unwrap_or(0);
    let passphrase_problem = match *mode {
        SealMode::Passphrase if passphrase.chars().count() < 12 => {
            Some("The passphrase needs at least 12 characters.")
        }
        SealMode::Passphrase if *passphrase != *confirm => Some("The two passphrases differ."),
        _ => None,
    };
    let can_seal = profile_errors == 0
        && !password.is_empty()
        && check.as_ref().is_some_and(|c| c.findings.is_empty())
        && passphrase_problem.is_none()
        && !*busy;

    let ongenerate = {
        let worker = props.worker.clone();
        let password = password.clone();
        let options = (*options).clone();
        let problem = problem.clone();
        Callback::from(move |_: MouseEvent| {
            let password = password.clone();
            let problem = problem.clone();
            let options = options.clone();
            worker.request(
                move |id| WorkerRequest::Generate { id, options },
                Callback::from(move |response| match response {
                    WorkerResponse::Generated {
                        password: generated,
                        ..
                    } => password.set(generated),
                    WorkerResponse::Failed { message, .. } => problem.set(Some(message)),
                    _ => {}
                }),
            );
        })
    };
    let onseal = {
        let worker = props.worker.clone();
        let profile = profile.clone();
        let (password, mode, recipient, passphrase) = (
            password.clone(),
            mode.clone(),
            recipient.clone(),
            passphrase.clone(),
        );
        let (activated, note, sealed, problem, busy) = (
            activated.clone(),
            note.clone(),
            sealed.clone(),
            problem.clone(),
            busy.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let packet = handoff::packet_for(
                &profile,
                &password,
                &now(),
                *activated,
                Some((*note).clone()),
            );
            let to = match *mode {
                SealMode::Recipient => SealTarget::Recipient((*recipient).clone()),
                SealMode::Passphrase => SealTarget::Passphrase((*passphrase).clone()),
            };
            let by_passphrase = *mode == SealMode::Passphrase;
            busy.set(true);
            problem.set(None);
            let (sealed, problem, busy, worker_after) = (
                sealed.clone(),
                problem.clone(),
                busy.clone(),
                worker.clone(),
            );
            worker.request(
                move |id| WorkerRequest::Seal { id, packet, to },
                Callback::from(move |response| {
                    busy.set(false);
                    match response {
                        WorkerResponse::Sealed {
                            armored, checked, ..
                        } => sealed.set(Some((armored, checked))),
                        WorkerResponse::Failed { message, .. } => problem.set(Some(message)),
                        _ => {}
                    }
                    if by_passphrase {
                        // scrypt took 256 MB of the worker's memory: hand it back.
                        worker_after.terminate();
                    }
                }),
            );
        })
    };

    let policy = profile.password_policy.clone();
    let set_policy = |change: fn(&mut PasswordPolicy, &Event)| {
        let onedit = props.onedit.clone();
        let policy = policy.clone();
        Callback::from(move |event: Event| {
            let mut next = policy.clone();
            change(&mut next, &event);
            onedit.emit(ProfileEdit::SetPasswordPolicy(next));
        })
    };
    let option_toggle = |change: fn(&mut GeneratorOptions, bool)| {
        let options = options.clone();
        Callback::from(move |event: Event| {
            let mut next = (*options).clone();
            change(&mut next, checked_of(&event));
            options.set(next);
        })
    };
    let text_state = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |event: InputEvent| state.set(value_of(&event)))
    };

    html! {
        <section class="side" aria-labelledby="admin-side-title">
            <h3 id="admin-side-title">{ "Your side: seal the Login ID and password for the app provider" }</h3>
            if profile_errors > 0 {
                <p class="gate-note">
                    { format!("The profile has {profile_errors} error(s); sealing waits until they are fixed. ") }
                    <button type="button" class="link" onclick={props.onshow_findings.reform(|_: MouseEvent| ())}>{ "See the findings" }</button>
                </p>
            }
            <fieldset>
                <legend>{ "Password" }</legend>
                <div class="field">
                    <label for="password">{ "WS Admin password" }</label>
                    <p class="hint" id="password-hint">{ "Type it here and in Concur; it is never saved. Generate one below." }</p>
                    <div class="inline">
                        <input id="password" class="identifier" type={if *shown { "text" } else { "password" }}
                            autocomplete="new-password" spellcheck="false" translate="no"
                            maxlength={PASSWORD_MAX_CHARS.to_string()}
                            aria-describedby="password-hint strength password-findings"
                            value={(*password).clone()} oninput={text_state(&password)} />
                        <button type="button" aria-pressed={shown.to_string()}
                            onclick={{ let shown = shown.clone(); move |_| shown.set(!*shown) }}>
                            { if *shown { "Hide" } else { "Show" } }
                        </button>
                        <button type="button" onclick={{ let (p, a) = (password.clone(), props.announce.clone()); move |_: MouseEvent| copy(&p, "Password", &a) }}>{ "Copy" }</button>
                    </div>
                </div>
                <div id="strength" class="strength" aria-live="polite">
                    { match &*check {
                        None if password.is_empty() => html! {},
                        None => html! { <p>{ "Checking…" }</p> },
                        Some(check) => html! {
                            <>
                                <p class={classes!("meter", format!("score-{}", check.score))}>
                                    <meter min="0" max="4" value={check.score.to_string()} aria-label="Password strength" />
                                    { format!(" Strength {} of 4{}", check.score,
                                        if password.chars().count() > STRENGTH_INPUT_MAX_CHARS { " (first 100 characters)" } else { "" }) }
                                </p>
                                if let Some(warning) = &check.warning { <p class="warning-text">{ warning }</p> }
                                if !check.suggestions.is_empty() {
                                    <ul class="suggestions">{ for check.suggestions.iter().map(|s| html! { <li>{ s }</li> }) }</ul>
                                }
                            </>
                        },
                    } }
                </div>
                <ul class="findings" id="password-findings">
                    { for check.iter().flat_map(|c| c.findings.iter()).map(|finding| html! {
                        <li class="finding error" data-rule={finding.rule.clone()}>
                            <span class="severity">{ "Error" }</span>
                            <code class="rule-id" translate="no">{ &finding.rule }</code>
                            <span class="message">{ &finding.message }</span>
                            <span class="why">{ &finding.why }</span>
                            <span class="fix">{ "Fix: " }{ &finding.fix }</span>
                        </li>
                    }) }
                </ul>
                <details class="generator" open=true>
                    <summary>{ "Generate a password" }</summary>
                    <div class="field">
                        <label for="gen-length">{ format!("Length: {} characters", options.length) }</label>
                        <input id="gen-length" type="range" min="16" max="64" value={options.length.to_string()}
                            oninput={{ let options = options.clone(); move |e: InputEvent| {
                                let mut next = (*options).clone();
                                next.length = value_of(&e).parse().unwrap_or(20);
                                options.set(next);
                            } }} />
                    </div>
                    <div class="options">
                        <label class="option"><input type="checkbox" checked={options.upper} onchange={option_toggle(|o, v| o.upper = v)} />{ "A–Z" }</label>
                        <label class="option"><input type="checkbox" checked={options.lower} onchange={option_toggle(|o, v| o.lower = v)} />{ "a–z" }</label>
                        <label class="option"><input type="checkbox" checked={options.digits} onchange={option_toggle(|o, v| o.digits = v)} />{ "0–9" }</label>
                        <label class="option"><input type="checkbox" checked={options.symbols} onchange={option_toggle(|o, v| o.symbols = v)} />{ "Symbols" }</label>
                        <label class="option"><input type="checkbox" checked={options.avoid_lookalikes} onchange={option_toggle(|o, v| o.avoid_lookalikes = v)} />{ "No look-alikes (0/O, 1/l)" }</label>
                        <label class="option"><input type="checkbox" checked={options.words.is_some()} onchange={option_toggle(|o, v| o.words = v.then_some(6))} />{ "Words instead (6 words)" }</label>
                    </div>
                    <button type="button" onclick={ongenerate}>{ "Generate" }</button>
                </details>
                <details class="policy">
                    <summary>{ "Company password policy (saved with the profile)" }</summary>
                    <div class="field">
                        <label for="policy-min">{ "Minimum length" }</label>
                        <input id="policy-min" type="number" min="1" max="255" value={policy.min_length.to_string()}
                            onchange={set_policy(|p, e| {
                                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                                p.min_length = input.value().parse::<usize>().unwrap_or(12).clamp(1, 255);
                            })} />
                    </div>
                    <div class="options">
                        <label class="option"><input type="checkbox" checked={policy.require_upper} onchange={set_policy(|p, e| p.require_upper = checked_of(e))} />{ "Upper case" }</label>
                        <label class="option"><input type="checkbox" checked={policy.require_lower} onchange={set_policy(|p, e| p.require_lower = checked_of(e))} />{ "Lower case" }</label>
                        <label class="option"><input type="checkbox" checked={policy.require_digit} onchange={set_policy(|p, e| p.require_digit = checked_of(e))} />{ "Digit" }</label>
                        <label class="option"><input type="checkbox" checked={policy.require_symbol} onchange={set_policy(|p, e| p.require_symbol = checked_of(e))} />{ "Symbol" }</label>
                    </div>
                </details>
            </fieldset>
            <fieldset>
                <legend>{ "Seal for the app provider" }</legend>
                <fieldset class="choice">
                    <legend>{ "Seal to" }</legend>
                    <label class="option" for="mode-recipient">
                        <input type="radio" id="mode-recipient" name="seal-mode" checked={*mode == SealMode::Recipient}
                            onchange={{ let mode = mode.clone(); move |_| mode.set(SealMode::Recipient) }} />
                        { "The provider's public key (recommended)" }
                    </label>
                    <label class="option" for="mode-passphrase">
                        <input type="radio" id="mode-passphrase" name="seal-mode" checked={*mode == SealMode::Passphrase}
                            onchange={{ let mode = mode.clone(); move |_| mode.set(SealMode::Passphrase) }} />
                        { "A passphrase you tell them by phone" }
                    </label>
                </fieldset>
                if *mode == SealMode::Recipient {
                    <div class="field">
                        <label for="recipient">{ "Provider's public key" }</label>
                        <p class="hint" id="recipient-hint">{ "Starts with age1; the provider makes it on their side of this page." }</p>
                        <input id="recipient" class="identifier" type="text" spellcheck="false" translate="no"
                            aria-describedby="recipient-hint" value={(*recipient).clone()} oninput={text_state(&recipient)} />
                    </div>
                } else {
                    <div class="field">
                        <label for="passphrase">{ "Passphrase" }</label>
                        <input id="passphrase" type="password" autocomplete="off" value={(*passphrase).clone()} oninput={text_state(&passphrase)} />
                        <label for="passphrase-confirm">{ "Passphrase again" }</label>
                        <input id="passphrase-confirm" type="password" autocomplete="off" value={(*confirm).clone()} oninput={text_state(&confirm)} />
                        if let Some(problem) = passphrase_problem { <p class="hint">{ problem }</p> }
                    </div>
                }
                <label class="option" for="activated">
                    <input type="checkbox" id="activated" checked={*activated}
                        onchange={{ let activated = activated.clone(); move |e: Event| activated.set(checked_of(&e)) }} />
                    { "I have logged in once with these credentials (the account is activated)" }
                </label>
                <div class="field">
                    <label for="packet-note">{ "Note for the provider (optional)" }</label>
                    <input id="packet-note" type="text" value={(*note).clone()} oninput={text_state(&note)} />
                </div>
                <button type="button" class="primary" disabled={!can_seal} onclick={onseal}>
                    { if *busy { "Sealing…" } else { "Seal packet" } }
                </button>
                if password_errors > 0 { <p class="hint">{ "Fix the password findings above to seal." }</p> }
                if let Some(problem) = &*problem { <p class="alert problem" role="alert">{ problem }</p> }
                if let Some((armored, checked)) = &*sealed {
                    <div class="sealed">
                        <p class="alert done" role="status">{ checked }</p>
                        <label for="sealed-packet">{ "Sealed packet: send it by any channel" }</label>
                        <textarea id="sealed-packet" class="identifier" readonly=true rows="8" value={armored.clone()} />
                        <div class="actions">
                            <button type="button" onclick={{
                                let (armored, name) = (armored.clone(), files::export_name(profile, "handoff.age"));
                                move |_: MouseEvent| files::download(&name, &armored, "application/octet-stream")
                            }}>{ "Download .age" }</button>
                            <button type="button" onclick={{ let (a, s) = (armored.clone(), props.announce.clone()); move |_: MouseEvent| copy(&a, "Packet", &s) }}>{ "Copy packet" }</button>
                        </div>
                    </div>
                }
            </fieldset>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ProviderSideProps {
    worker: CryptoWorker,
    announce: UseStateHandle<String>,
}

#[component]
fn ProviderSide(props: &ProviderSideProps) -> Html {
    let key = use_state(|| None::<(String, String)>);
    let packet_text = use_state(String::new);
    let identity = use_state(String::new);
    let identity_name = use_state(String::new);
    let passphrase = use_state(String::new);
    let opened = use_state(|| None::<HandoffPacket>);
    let revealed = use_state(|| false);
    let problem = use_state(|| None::<String>);
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);

    let onkeygen = {
        let (worker, key, problem) = (props.worker.clone(), key.clone(), problem.clone());
        Callback::from(move |_: MouseEvent| {
            let (key, problem) = (key.clone(), problem.clone());
            worker.request(
                |id| WorkerRequest::Keygen {
                    id,
                    created_at: now(),
                },
                Callback::from(move |response| match response {
                    WorkerResponse::KeyGenerated {
                        identity_file,
                        public_key,
                        ..
                    } => {
                        files::download("wsadmin-provider.key", &identity_file, "text/plain");
                        key.set(Some((identity_file, public_key)));
                    }
                    WorkerResponse::Failed { message, .. } => problem.set(Some(message)),
                    _ => {}
                }),
            );
        })
    };
    let read_file = |target: UseStateHandle<String>, name: Option<UseStateHandle<String>>| {
        let (problem, reader) = (problem.clone(), reader.clone());
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            let file = gloo::file::File::from(file);
            if file.size() > handoff::MAX_PACKET_BYTES as u64 {
                problem.set(Some(format!(
                    "\"{}\" is too large to be a packet or a key file",
                    file.name()
                )));
                return;
            }
            if let Some(name) = &name {
                name.set(file.name());
            }
            let (target, problem) = (target.clone(), problem.clone());
            let task = gloo::file::callbacks::read_as_text(&file, move |text| match text {
                Ok(text) => target.set(text),
                Err(error) => problem.set(Some(format!("the file could not be read: {error}"))),
            });
            *reader.borrow_mut() = Some(task);
        })
    };
    let onopen = {
        let (worker, opened, problem, revealed) = (
            props.worker.clone(),
            opened.clone(),
            problem.clone(),
            revealed.clone(),
        );
        let (packet_text, identity, passphrase) =
            (packet_text.clone(), identity.clone(), passphrase.clone());
        Callback::from(move |_: MouseEvent| {
            let sealed = (*packet_text).clone();
            let with = if identity.is_empty() {
                OpenKey::Passphrase((*passphrase).clone())
            } else {
                OpenKey::Identity((*identity).clone())
            };
            let (opened, problem, revealed) = (opened.clone(), problem.clone(), revealed.clone());
            problem.set(None);
            worker.request(
                move |id| WorkerRequest::Open { id, sealed, with },
                Callback::from(move |response| match response {
                    WorkerResponse::Opened { packet, .. } => {
                        revealed.set(false);
                        opened.set(Some(packet));
                    }
                    WorkerResponse::Failed { message, .. } => {
                        opened.set(None);
                        problem.set(Some(message));
                    }
                    _ => {}
                }),
            );
        })
    };
    let can_open = !packet_text.is_empty() && (!identity.is_empty() || !passphrase.is_empty());
    let recipient_link = key.as_ref().map(|(_, public)| {
        let location = gloo::utils::window().location();
        format!(
            "{}{}#recipient={public}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        )
    });
    let text_state = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            state.set(area.value())
        })
    };

    html! {
        <section class="side" aria-labelledby="provider-side-title">
            <h3 id="provider-side-title">{ "The app provider's side: receive credentials" }</h3>
            <fieldset>
                <legend>{ "1. Make a key" }</legend>
                <p class="hint">{ "Keep the key file private; send the public key (or the link) to the client's admin." }</p>
                <button type="button" onclick={onkeygen}>{ "Generate a key and download it" }</button>
                if let (Some((_, public)), Some(link)) = (&*key, &recipient_link) {
                    <div class="field">
                        <label for="public-key">{ "Your public key" }</label>
                        <input id="public-key" class="identifier" type="text" readonly=true value={public.clone()} translate="no" />
                        <div class="actions">
                            <button type="button" onclick={{ let (p, a) = (public.clone(), props.announce.clone()); move |_: MouseEvent| copy(&p, "Public key", &a) }}>{ "Copy public key" }</button>
                            <button type="button" onclick={{ let (l, a) = (link.clone(), props.announce.clone()); move |_: MouseEvent| copy(&l, "Link", &a) }}>{ "Copy link for the client" }</button>
                        </div>
                        <p class="hint" translate="no">{ link }</p>
                    </div>
                }
            </fieldset>
            <fieldset>
                <legend>{ "2. Open a packet" }</legend>
                <div class="field">
                    <label for="packet-input">{ "Packet (paste it, or choose the .age file)" }</label>
                    <textarea id="packet-input" class="identifier" rows="6" spellcheck="false"
                        value={(*packet_text).clone()} oninput={text_state(&packet_text)} />
                    <input id="packet-file" type="file" accept=".age,.txt" aria-label="Choose a packet file"
                        onchange={read_file(packet_text.clone(), None)} />
                </div>
                <div class="field">
                    <label for="identity-file">{ "Your key file" }</label>
                    <input id="identity-file" type="file" onchange={read_file(identity.clone(), Some(identity_name.clone()))} />
                    if !identity_name.is_empty() { <p class="hint">{ format!("Key loaded from {}", *identity_name) }</p> }
                </div>
                <div class="field">
                    <label for="open-passphrase">{ "Or the passphrase" }</label>
                    <input id="open-passphrase" type="password" autocomplete="off" value={(*passphrase).clone()}
                        oninput={{ let p = passphrase.clone(); move |e: InputEvent| p.set(value_of(&e)) }} />
                </div>
                <button type="button" class="primary" disabled={!can_open} onclick={onopen}>{ "Open packet" }</button>
                if let Some(problem) = &*problem { <p class="alert problem" role="alert">{ problem }</p> }
                if let Some(packet) = &*opened {
                    <dl class="values opened">
                        <dt>{ "App" }</dt><dd>{ &packet.app_name }</dd>
                        <dt>{ "Edition" }</dt><dd>{ packet.edition.title() }</dd>
                        <dt>{ "Login ID" }</dt>
                        <dd><code translate="no">{ &packet.login_id }</code>{ " " }
                            <button type="button" onclick={{ let (l, a) = (packet.login_id.clone(), props.announce.clone()); move |_: MouseEvent| copy(&l, "Login ID", &a) }}>{ "Copy" }</button></dd>
                        <dt>{ "Password" }</dt>
                        <dd>
                            <code translate="no" id="opened-password">{ if *revealed { packet.password.clone() } else { "•".repeat(12) } }</code>{ " " }
                            <button type="button" aria-pressed={revealed.to_string()} onclick={{ let r = revealed.clone(); move |_| r.set(!*r) }}>
                                { if *revealed { "Hide" } else { "Reveal" } }
                            </button>
                            <button type="button" onclick={{ let (p, a) = (packet.password.clone(), props.announce.clone()); move |_: MouseEvent| copy(&p, "Password", &a) }}>{ "Copy" }</button>
                        </dd>
                        <dt>{ "Activated" }</dt><dd>{ if packet.activated { "Yes" } else { "Not yet: the admin must log in once first" } }</dd>
                        <dt>{ "Sealed at" }</dt><dd>{ &packet.created_at }</dd>
                        if let Some(note) = &packet.note { <dt>{ "Note" }</dt><dd>{ note }</dd> }
                    </dl>
                }
            </fieldset>
        </section>
    }
}
