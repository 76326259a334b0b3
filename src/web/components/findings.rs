//! How findings are shown: beside their field, and summed up at the top.

use yew::prelude::*;

use crate::domain::concur::Connection;
use crate::domain::profile::Field;
use crate::domain::rules::{Finding, FixAction, Severity, Tally};
use crate::i18n::m;
use crate::i18n::t;
use crate::web::tx;

/// The findings of one field. The list is always rendered, even empty, because the field's
/// input points at it with `aria-describedby`.
///
/// These pieces are functions, not components: they hold no state, and each Yew component
/// costs about 0.7 KB of the first load in generic code of its own (docs/decisions.md).
pub fn field_findings(field: Field, findings: &[Finding], onfix: &Callback<FixAction>) -> Html {
    html! {
        <ul class="findings" id={crate::web::dom_id("findings", field)}>
            { for findings.iter().map(|finding| {
                // The fixed finding and its button go; the focus goes back to the field.
                let onapply = finding.fix.action.clone().map(|action| onfix.reform(move |_| {
                    crate::web::focus_field(field);
                    action.clone()
                }));
                finding_item(FindingShown {
                    rule: finding.rule,
                    severity: finding.severity,
                    message: &finding.message,
                    why: &finding.why,
                    fix: &finding.fix.text,
                    onapply,
                })
            }) }
        </ul>
    }
}

/// One finding as shown: the profile's findings and the password's (from the worker).
pub struct FindingShown<'a> {
    pub rule: &'a str,
    pub severity: Severity,
    pub message: &'a str,
    pub why: &'a str,
    pub fix: &'a str,
    /// Applies the fix in one click, where the rule can derive one.
    pub onapply: Option<Callback<MouseEvent>>,
}

/// One finding: its severity, rule, message, why it matters and its fix.
pub fn finding_item(finding: FindingShown) -> Html {
    let (class, word) = match finding.severity {
        Severity::Error => ("finding error", t::severity_error()),
        Severity::Warning => ("finding warning", t::severity_warning()),
    };
    html! {
        <li class={class} data-rule={finding.rule.to_owned()}>
            <span class="severity">{ word }</span>
            <span class="message">{ finding.message }</span>
            <span class="why">{ finding.why }</span>
            <span class="fix">{ tx(m::FIX_LABEL) }{ " " }{ finding.fix }
                if let Some(onapply) = finding.onapply {
                    <button type="button" class="apply" onclick={onapply}>{ tx(m::APPLY_FIX) }</button>
                }
            </span>
            // The rule's ID is for admins and the CLI, out of the sentence a client reads.
            <details class="rule-id">
                <summary>{ tx(m::RULE) }</summary>
                <code translate="no">{ finding.rule }</code>
            </details>
        </li>
    }
}

/// The count of errors and warnings, announced to screen readers as it changes; `starting`
/// when nothing has been entered yet.
pub fn summary(findings: &[Finding], starting: bool, connection: Connection) -> Html {
    let tally = Tally::of(findings);
    let (class, text) = match tally {
        _ if starting => ("summary start", t::summary_start()),
        Tally {
            errors: 0,
            warnings: 0,
        } => (
            "summary clear",
            match connection {
                Connection::WsAdminUser => t::summary_clear_ws(),
                Connection::CompanyRequestToken => t::summary_clear_token(),
            },
        ),
        Tally { errors: 0, .. } => ("summary warnings", t::summary_warnings(&tally)),
        _ => ("summary errors", t::summary_errors(&tally)),
    };
    html! {
        <p class={class} id="summary" role="status" aria-live="polite">{ text }</p>
    }
}
