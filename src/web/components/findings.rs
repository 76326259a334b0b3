//! How findings are shown: beside their field, and summed up at the top.

use yew::prelude::*;

use crate::domain::concur::Connection;
use crate::domain::profile::Field;
use crate::domain::rules::{Finding, FixAction, Severity, Tally};

#[derive(Properties, PartialEq)]
pub struct FieldFindingsProps {
    pub field: Field,
    pub findings: Vec<Finding>,
    pub onfix: Callback<FixAction>,
}

/// The findings of one field. The list is always rendered, even empty, because the field's
/// input points at it with `aria-describedby`.
#[component]
pub fn FieldFindings(props: &FieldFindingsProps) -> Html {
    html! {
        <ul class="findings" id={crate::web::dom_id("findings", props.field)}>
            { for props.findings.iter().map(|finding| {
                let onapply = finding.fix.action.clone().map(|action| props.onfix.reform(move |_| action.clone()));
                html! {
                    <FindingItem rule={finding.rule} severity={finding.severity}
                        message={finding.message.clone()} why={finding.why}
                        fix={finding.fix.text.clone()} {onapply} />
                }
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
pub struct FindingItemProps {
    pub rule: AttrValue,
    pub severity: Severity,
    pub message: AttrValue,
    pub why: AttrValue,
    pub fix: AttrValue,
    /// Applies the fix in one click, where the rule can derive one.
    #[prop_or_default]
    pub onapply: Option<Callback<MouseEvent>>,
}

/// One finding: its severity, rule, message, why it matters and its fix. The profile's
/// findings and the password's (from the worker) both show through this.
#[component]
pub fn FindingItem(props: &FindingItemProps) -> Html {
    let (class, word) = match props.severity {
        Severity::Error => ("finding error", "Error"),
        Severity::Warning => ("finding warning", "Warning"),
    };
    html! {
        <li class={class} data-rule={props.rule.clone()}>
            <span class="severity">{ word }</span>
            <code class="rule-id" translate="no">{ &props.rule }</code>
            <span class="message">{ &props.message }</span>
            <span class="why">{ &props.why }</span>
            <span class="fix">{ "Fix: " }{ &props.fix }
                if let Some(onapply) = &props.onapply {
                    <button type="button" class="apply" onclick={onapply.clone()}>{ "Apply fix" }</button>
                }
            </span>
        </li>
    }
}

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub findings: Vec<Finding>,
    /// Nothing has been entered yet.
    pub starting: bool,
    pub connection: Connection,
}

/// The count of errors and warnings, announced to screen readers as it changes.
#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    let tally = Tally::of(&props.findings);
    let (class, text) = match tally {
        _ if props.starting => (
            "summary start",
            "New profile: start with the edition, the app's name and the authorizing admin. Findings appear as you type.".to_owned(),
        ),
        Tally {
            errors: 0,
            warnings: 0,
        } => (
            "summary clear",
            match props.connection {
                Connection::WsAdminUser => "All clear: this profile is ready to create in Concur.",
                Connection::CompanyRequestToken => {
                    "All clear: you are ready to generate the Company Request Token."
                }
            }
            .to_owned(),
        ),
        Tally { errors: 0, .. } => (
            "summary warnings",
            format!("{tally}. Nothing blocks the profile; the warnings are worth a look."),
        ),
        _ => (
            "summary errors",
            format!("{tally}. Fix the errors before creating the profile."),
        ),
    };
    html! {
        <p class={class} id="summary" role="status" aria-live="polite">{ text }</p>
    }
}
