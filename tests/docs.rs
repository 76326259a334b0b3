//! The documentation stays true to the code it describes.
#![cfg(not(target_arch = "wasm32"))]

use wsadmin_prep::domain::rules::{all_rules, Severity};

#[test]
fn docs_rules_lists_every_rule_with_its_severity() {
    let page = std::fs::read_to_string("docs/rules.md").unwrap();
    for rule in all_rules() {
        let row = page
            .lines()
            .find(|line| line.starts_with(&format!("| {} |", rule.id)))
            .unwrap_or_else(|| panic!("docs/rules.md has no row for {}", rule.id));
        let severity = match rule.severity {
            Severity::Error => "| error |",
            Severity::Warning => "| warning |",
        };
        assert!(row.contains(severity), "{}: {row}", rule.id);
    }
}
