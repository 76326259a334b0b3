//! Form controls: each shows a label, the value, and the findings for its field.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::domain::draft::ProfileEdit;
use crate::domain::profile::Field;
use crate::domain::rules::{Finding, FixAction, Severity};
use crate::i18n::m;
use crate::web::components::findings::field_findings;
use crate::web::tx;

/// How a text field looks beyond its label: a hint, an e-mail keyboard, an identifier's
/// monospace (Login IDs, e-mails and IDs are never machine-translated either).
#[derive(Clone, Default)]
pub struct Look {
    pub hint: Option<String>,
    pub email: bool,
    pub identifier: bool,
}

/// A text field of the profile, with its findings. A function, not a component: it holds
/// no state (see `components::findings`).
pub fn text_field(
    field: Field,
    value: &str,
    findings: &[Finding],
    onedit: &Callback<ProfileEdit>,
    look: Look,
) -> Html {
    let oninput = onedit.reform(move |event: InputEvent| {
        let input: HtmlInputElement = event.target_unchecked_into();
        ProfileEdit::SetText(field, input.value())
    });
    let onfix = onedit.reform(ProfileEdit::ApplyFix);
    let hint_id = crate::web::dom_id("hint", field);
    let findings_id = crate::web::dom_id("findings", field);
    let described_by = match look.hint {
        Some(_) => format!("{hint_id} {findings_id}"),
        None => findings_id,
    };
    let invalid = findings.iter().any(|f| f.severity == Severity::Error);
    html! {
        <div class="field">
            <label for={crate::web::dom_id("input", field)}>{ field.label() }</label>
            if let Some(hint) = look.hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
            <input
                id={crate::web::dom_id("input", field)}
                name={field.path()}
                type={if look.email { "email" } else { "text" }}
                class={classes!(look.identifier.then_some("identifier"))}
                translate={look.identifier.then_some("no")}
                spellcheck="false"
                autocomplete="off"
                value={value.to_owned()}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={described_by}
                {oninput}
            />
            { field_findings(field, findings, &onfix) }
        </div>
    }
}

/// A paste box for the real users the WS Admin must not be mistaken for.
pub fn known_users_field(
    value: &str,
    findings: &[Finding],
    onedit: &Callback<ProfileEdit>,
) -> Html {
    let field = Field::KnownUsers;
    let oninput = onedit.reform(|event: InputEvent| {
        let area: HtmlTextAreaElement = event.target_unchecked_into();
        ProfileEdit::SetKnownUsers(area.value())
    });
    let onfix: Callback<FixAction> = onedit.reform(ProfileEdit::ApplyFix);
    html! {
        <div class="field">
            <label for={crate::web::dom_id("input", field)}>{ field.label() }{ tx(m::OPTIONAL_SUFFIX) }</label>
            <p class="hint" id={crate::web::dom_id("hint", field)}>
                { tx(m::HINT_KNOWN_USERS) }
            </p>
            <textarea
                id={crate::web::dom_id("input", field)}
                name={field.path()}
                class="identifier"
                translate="no"
                spellcheck="false"
                rows="3"
                value={value.to_owned()}
                aria-describedby={format!("{} {}", crate::web::dom_id("hint", field), crate::web::dom_id("findings", field))}
                {oninput}
            />
            { field_findings(field, findings, &onfix) }
        </div>
    }
}
