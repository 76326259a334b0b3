//! How findings are shown: beside their field, and summed up at the top.

use yew::prelude::*;

use crate::profile::Field;
use crate::rules::{Finding, FixAction, Severity, Tally};

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
        <ul class="findings" id={super::dom_id("findings", props.field)}>
            { for props.findings.iter().map(|finding| html! {
                <FindingItem finding={finding.clone()} onfix={props.onfix.clone()} />
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
struct FindingItemProps {
    finding: Finding,
    onfix: Callback<FixAction>,
}

#[component]
fn FindingItem(props: &FindingItemProps) -> Html {
    let finding = &props.finding;
    let (class, word) = match finding.severity {
        Severity::Error => ("finding error", "Error"),
        Severity::Warning => ("finding warning", "Warning"),
    };
    let apply = finding.fix.action.clone().map(|action| {
        let onfix = props.onfix.clone();
        html! {
            <button type="button" class="apply" onclick={move |_| onfix.emit(action.clone())}>
                { "Apply fix" }
            </button>
        }
    });
    html! {
        <li class={class} data-rule={finding.rule}>
            <span class="severity">{ word }</span>
            <code class="rule-id" translate="no">{ finding.rule }</code>
            <span class="message">{ &finding.message }</span>
            <span class="why">{ finding.why }</span>
            <span class="fix">{ "Fix: " }{ &finding.fix.text }{ apply }</span>
        </li>
    }
}

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub findings: Vec<Finding>,
    /// Nothing has been entered yet.
    pub starting: bool,
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
            "All clear: this profile is ready to create in Concur.".to_owned(),
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
