//! Form controls: each shows a label, the value, and the findings for its field.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::domain::draft::ProfileEdit;
use crate::domain::profile::Field;
use crate::domain::rules::{Finding, FixAction, Severity};

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub field: Field,
    pub value: AttrValue,
    pub findings: Vec<Finding>,
    pub onedit: Callback<ProfileEdit>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or(AttrValue::Static("text"))]
    pub input_type: AttrValue,
    /// Identifiers (Login IDs, e-mails) are shown in monospace and never machine-translated.
    #[prop_or_default]
    pub identifier: bool,
}

#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let field = props.field;
    let oninput = props.onedit.reform(move |event: InputEvent| {
        let input: HtmlInputElement = event.target_unchecked_into();
        ProfileEdit::SetText(field, input.value())
    });
    let onfix = props.onedit.reform(ProfileEdit::ApplyFix);
    let hint_id = crate::web::dom_id("hint", field);
    let findings_id = crate::web::dom_id("findings", field);
    let described_by = match &props.hint {
        Some(_) => format!("{hint_id} {findings_id}"),
        None => findings_id,
    };
    let invalid = props.findings.iter().any(|f| f.severity == Severity::Error);
    html! {
        <div class="field">
            <label for={crate::web::dom_id("input", field)}>{ field.label() }</label>
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
            <input
                id={crate::web::dom_id("input", field)}
                name={field.path()}
                type={&props.input_type}
                class={classes!(props.identifier.then_some("identifier"))}
                translate={props.identifier.then_some("no")}
                spellcheck="false"
                autocomplete="off"
                value={&props.value}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={described_by}
                {oninput}
            />
            <crate::web::components::findings::FieldFindings {field} findings={props.findings.clone()} {onfix} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct KnownUsersFieldProps {
    pub value: AttrValue,
    pub findings: Vec<Finding>,
    pub onedit: Callback<ProfileEdit>,
}

/// A paste box for the real users the WS Admin must not be mistaken for.
#[component]
pub fn KnownUsersField(props: &KnownUsersFieldProps) -> Html {
    let field = Field::KnownUsers;
    let oninput = props.onedit.reform(|event: InputEvent| {
        let area: HtmlTextAreaElement = event.target_unchecked_into();
        ProfileEdit::SetKnownUsers(area.value())
    });
    let onfix: Callback<FixAction> = props.onedit.reform(ProfileEdit::ApplyFix);
    html! {
        <div class="field">
            <label for={crate::web::dom_id("input", field)}>{ field.label() }{ " (optional)" }</label>
            <p class="hint" id={crate::web::dom_id("hint", field)}>
                { "E-mails or Login IDs of real people, one per line: the WS Admin Login ID must be none of them." }
            </p>
            <textarea
                id={crate::web::dom_id("input", field)}
                name={field.path()}
                class="identifier"
                translate="no"
                spellcheck="false"
                rows="3"
                value={&props.value}
                aria-describedby={format!("{} {}", crate::web::dom_id("hint", field), crate::web::dom_id("findings", field))}
                {oninput}
            />
            <crate::web::components::findings::FieldFindings {field} findings={props.findings.clone()} {onfix} />
        </div>
    }
}
