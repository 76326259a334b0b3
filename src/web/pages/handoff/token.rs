//! The admin's side on the Company Request Token route: what Concur's dialog showed (the
//! Company UUID and the token), when the token was generated, and how long it has left,
//! each with its findings. It displays `TokenEntry` and sends `AdminAction`s; the rules
//! are the domain's.

use yew::prelude::*;

use super::value_of;
use crate::domain::concur::COMPANY_REQUEST_TOKEN_MENU;
use crate::domain::profile::Field;
use crate::domain::request_token::{expires_at, TokenTime, UnixSeconds};
use crate::domain::rules::{Finding, REQUEST_TOKEN_MAX_CHARS};
use crate::i18n::{m, t};
use crate::web::components::findings::field_findings;
use crate::web::state::handoff::{AdminAction, TokenEntry};
use crate::web::tx;
use crate::web::{dom_id, local_datetime, now_seconds, parse_local_datetime};

/// The token's fields. A function, not a component: it holds no state.
pub fn token_fields(
    entry: &TokenEntry,
    findings: &[Finding],
    now: UnixSeconds,
    ondispatch: &Callback<AdminAction>,
) -> Html {
    let of = |field: Field| -> Vec<Finding> {
        findings
            .iter()
            .filter(|finding| finding.field == field)
            .cloned()
            .collect()
    };
    let onfix = ondispatch.reform(AdminAction::FixToken);
    let described = |field: Field| dom_id("findings", field);
    let generated_at = entry.generated_at.unwrap_or(now);
    let time = TokenTime::at(expires_at(generated_at), now);
    html! {
        <fieldset>
            <legend>{ tx(m::TOKEN_DIALOG_SHOWED) }</legend>
            <p class="hint">{ t::token_dialog_hint(&COMPANY_REQUEST_TOKEN_MENU) }</p>
            <div class="field">
                <label for="company-uuid">{ Field::CompanyUuid.label() }</label>
                <input id="company-uuid" class="identifier" type="text" spellcheck="false" translate="no" autocomplete="off"
                    aria-describedby={described(Field::CompanyUuid)} value={entry.company_uuid.clone()}
                    oninput={ondispatch.reform(|e: InputEvent| AdminAction::SetCompanyUuid(value_of(&e)))} />
                { field_findings(Field::CompanyUuid, &of(Field::CompanyUuid), &onfix) }
            </div>
            <div class="field">
                <label for="request-token">{ Field::RequestToken.label() }</label>
                <div class="inline">
                    <input id="request-token" class="identifier" type={if entry.token_shown { "text" } else { "password" }}
                        autocomplete="off" data-lpignore="true" data-bwignore="true" data-form-type="other" spellcheck="false" translate="no" maxlength={(REQUEST_TOKEN_MAX_CHARS * 4).to_string()}
                        aria-describedby={described(Field::RequestToken)} value={entry.request_token.clone()}
                        oninput={ondispatch.reform(|e: InputEvent| AdminAction::SetRequestToken { token: value_of(&e), now: now_seconds() })} />
                    <button type="button" aria-pressed={entry.token_shown.to_string()}
                        onclick={ondispatch.reform(|_: MouseEvent| AdminAction::ToggleTokenShown)}>
                        { tx(if entry.token_shown { m::HIDE } else { m::SHOW }) }
                    </button>
                </div>
                { field_findings(Field::RequestToken, &of(Field::RequestToken), &onfix) }
            </div>
            <div class="field">
                <label for="token-generated">{ tx(m::TOKEN_GENERATED_WHEN) }</label>
                <p class="hint" id="token-generated-hint">{ tx(m::TOKEN_GENERATED_HINT) }</p>
                <input id="token-generated" type="datetime-local" step="60"
                    aria-describedby={format!("token-generated-hint token-time {}", described(Field::TokenGeneratedAt))}
                    value={local_datetime(generated_at)}
                    onchange={ondispatch.reform(|e: Event| {
                        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                        AdminAction::SetGeneratedAt(parse_local_datetime(&input.value()))
                    })} />
                <p class="hint" id="token-time" aria-live="polite">
                    { t::token_expires_at(&local_datetime(expires_at(generated_at)).replace('T', " "), &time) }
                </p>
                { field_findings(Field::TokenGeneratedAt, &of(Field::TokenGeneratedAt), &onfix) }
            </div>
        </fieldset>
    }
}
