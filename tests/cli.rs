//! Drives the `wsadmin-prep` binary as a person or a script would: real files, exit codes,
//! standard output and standard error.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Value};

const EXAMPLE: &str = "docs/examples/expensify-standard.json";

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    run_with_stdin(args, None)
}

fn run_with_stdin(args: &[&str], stdin: Option<&[u8]>) -> Run {
    let (code, stdout, stderr) = common::run(
        Command::new(env!("CARGO_BIN_EXE_wsadmin-prep"))
            .args(args)
            .env_remove("CLICOLOR_FORCE")
            // English, whatever the machine's locale: tests/i18n.rs tests the others.
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG"),
        stdin.unwrap_or_default(),
    );
    Run {
        code,
        stdout,
        stderr,
    }
}

fn example() -> Value {
    serde_json::from_str(&std::fs::read_to_string(EXAMPLE).unwrap()).unwrap()
}

fn write(dir: &Path, name: &str, contents: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn validate_json(profile: &Value) -> (i32, Value) {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "profile.json", profile.to_string().as_bytes());
    let out = run(&["validate", "--format", "json", path.to_str().unwrap()]);
    let report = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}{}", out.stdout, out.stderr));
    (out.code, report)
}

fn rule_ids(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn the_example_is_ok_and_exits_zero() {
    let out = run(&["validate", "--format", "json", EXAMPLE]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let report: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        report,
        json!({"ok": true, "errors": 0, "warnings": 0, "findings": []})
    );
}

/// A change to the example that breaks exactly one rule, per rule of the catalogue.
fn triggers() -> Vec<(&'static str, Value)> {
    let mut cases = Vec::new();
    let mut case = |rule: &'static str, change: &dyn Fn(&mut Value)| {
        let mut profile = example();
        change(&mut profile);
        cases.push((rule, profile));
    };
    case("APP-REQUIRED", &|p| p["app_name"] = json!(""));
    case("ACCESS-NONE", &|p| {
        p["data_access"] = json!([]);
        p["ws_admin"]["permissions"] = json!(["Can Administer"])
    });
    case("ADMIN-INCOMPLETE", &|p| {
        p["authorizing_admin"]["last_name"] = json!("")
    });
    case("LOGIN-REQUIRED", &|p| p["ws_admin"]["login_id"] = json!(""));
    case("LOGIN-FORMAT", &|p| {
        p["ws_admin"]["login_id"] = json!("WSAdmin-Expensify.acme.com")
    });
    case("LOGIN-CHARS", &|p| {
        p["ws_admin"]["login_id"] = json!("WSAdmin-Expensify#1@acme.com")
    });
    case("LOGIN-LENGTH", &|p| {
        p["ws_admin"]["login_id"] = json!(format!("WSAdmin-Expensify{}@acme.com", "x".repeat(120)))
    });
    case("LOGIN-WSADMIN", &|p| {
        p["ws_admin"]["login_id"] = json!("Svc-Expensify@acme.com")
    });
    case("LOGIN-APP", &|p| {
        p["ws_admin"]["login_id"] = json!("WSAdmin-Concur@acme.com")
    });
    // A real person already holds this very Login ID.
    case("LOGIN-PERSONAL", &|p| {
        p["known_users"] = json!(["wsadmin-expensify@acme.com"])
    });
    case("LOGIN-DOMAIN", &|p| {
        p["ws_admin"]["login_id"] = json!("WSAdmin-Expensify@acme.io")
    });
    case("FIRST-REQUIRED", &|p| {
        p["ws_admin"]["first_name"] = json!("")
    });
    case("FIRST-PREFIX", &|p| {
        p["ws_admin"]["first_name"] = json!("John")
    });
    case("FIRST-ADMIN", &|p| {
        p["ws_admin"]["first_name"] = json!("WSADMIN_Jane")
    });
    case("FIRST-LENGTH", &|p| {
        p["authorizing_admin"]["first_name"] = json!("Johnjohnjohnjohnjohnjohnjohn");
        p["ws_admin"]["first_name"] = json!("WSADMIN_Johnjohnjohnjohnjohnjohnjohn")
    });
    case("LAST-REQUIRED", &|p| p["ws_admin"]["last_name"] = json!(""));
    case("LAST-ADMIN", &|p| p["ws_admin"]["last_name"] = json!("Doe"));
    case("LAST-LENGTH", &|p| {
        let long = "Smith".repeat(7);
        p["authorizing_admin"]["last_name"] = json!(long);
        p["ws_admin"]["last_name"] = json!(long)
    });
    case("EMAIL-REQUIRED", &|p| {
        p["edition"] = json!("professional");
        p["ws_admin"]["email"] = json!("");
        p["ws_admin"]["permissions"] = json!(["Web Services Administrator", "Expense User"])
    });
    case("EMAIL-FORMAT", &|p| {
        p["ws_admin"]["email"] = json!("john.smith(at)acme.com")
    });
    case("EMAIL-ADMIN", &|p| {
        p["edition"] = json!("professional");
        p["ws_admin"]["email"] = json!("jane.doe@acme.com");
        p["ws_admin"]["permissions"] = json!(["Web Services Administrator", "Expense User"])
    });
    case("PERM-ADMIN", &|p| {
        p["ws_admin"]["permissions"] = json!(["Can Submit Expense Reports"])
    });
    case("PERM-ACCESS", &|p| {
        p["data_access"] = json!(["expense", "invoice"])
    });
    case("PERM-UNNEEDED", &|p| {
        p["ws_admin"]["permissions"] = json!([
            "Can Administer",
            "Can Submit Expense Reports",
            "Is Invoice AP User"
        ])
    });
    case("PERM-UNKNOWN", &|p| {
        p["ws_admin"]["permissions"] =
            json!(["Can Administer", "Can Submit Expense Reports", "Superuser"])
    });
    cases
}

#[test]
fn each_rule_trigger_is_reported_with_its_id_and_exit_code() {
    let cases = triggers();
    // Every profile rule; the three password rules are driven through `seal`.
    assert_eq!(cases.len(), 25, "one trigger per profile rule");
    for (rule, profile) in cases {
        let (code, report) = validate_json(&profile);
        assert_eq!(rule_ids(&report), [rule], "{rule}: {report:#}");
        let warning = report["findings"][0]["severity"] == "warning";
        assert_eq!(code, if warning { 0 } else { 1 }, "{rule}");
        assert_eq!(report["ok"], json!(warning), "{rule}");
        let finding = &report["findings"][0];
        for key in ["field", "message", "fix"] {
            assert!(
                finding[key].as_str().is_some_and(|s| !s.is_empty()),
                "{rule} {key}"
            );
        }
    }
}

#[test]
fn findings_name_dotted_fields_and_suggested_values() {
    let mut profile = example();
    profile["ws_admin"]["login_id"] = json!("john.smith@acme.com");
    let (code, report) = validate_json(&profile);
    assert_eq!(code, 1);
    let finding = &report["findings"][0];
    assert_eq!(finding["field"], "ws_admin.login_id");
    assert_eq!(finding["suggested_value"], "WSAdmin-Expensify@acme.com");
}

#[test]
fn text_output_groups_findings_under_their_field_without_colour_in_a_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let mut profile = example();
    profile["ws_admin"]["first_name"] = json!("John");
    profile["ws_admin"]["login_id"] = json!("Svc@acme.com");
    let path = write(dir.path(), "acme.json", profile.to_string().as_bytes());
    let out = run(&["validate", path.to_str().unwrap()]);
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains("3 errors, no warnings"),
        "{}",
        out.stdout
    );
    let login = out.stdout.find("Login ID (ws_admin.login_id)").unwrap();
    let first = out.stdout.find("First name (ws_admin.first_name)").unwrap();
    let prefix = out.stdout.find("FIRST-PREFIX").unwrap();
    assert!(login < first && first < prefix, "{}", out.stdout);
    assert!(out.stdout.contains("fix: Use \"WSADMIN_John\""));
    assert!(!out.stdout.contains('\u{1b}'), "no escape codes in a pipe");
}

#[test]
fn the_example_in_text_says_it_is_ready() {
    let out = run(&["validate", EXAMPLE]);
    assert_eq!(out.code, 0);
    assert!(out.stdout.contains("no errors, no warnings"));
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let bytes = std::fs::read(EXAMPLE).unwrap();
    let out = run_with_stdin(&["validate", "-"], Some(&bytes));
    assert_eq!(out.code, 0, "{}", out.stderr);
}

#[test]
fn unusable_files_exit_two_and_say_why() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8], &str); 7] = [
        (
            "broken.json",
            b"{\n  \"edition\": \"standard\",\n  \"app_name\": \n}",
            "line 4, column 1",
        ),
        ("array.json", b"[1, 2]", "must be a JSON object"),
        (
            "future.json",
            br#"{"schema": "wsadmin-prep/profile@2", "edition": "standard"}"#,
            "unknown schema \"wsadmin-prep/profile@2\"",
        ),
        (
            "edition.json",
            br#"{"edition": "enterprise"}"#,
            "unknown variant `enterprise`",
        ),
        (
            "typo.json",
            br#"{"edition": "standard", "wsadmin": {}}"#,
            "unknown field `wsadmin`",
        ),
        (
            "binary.json",
            &[0x89, b'P', b'N', b'G', 0, 1, 2, 0xff],
            "line 1, column 1",
        ),
        (
            "type.json",
            b"{\"edition\": \"standard\",\n\"data_access\": \"expense\"}",
            "line 2, column 24",
        ),
    ];
    for (name, contents, expected) in cases {
        let path = write(dir.path(), name, contents);
        let out = run(&["validate", path.to_str().unwrap()]);
        assert_eq!(out.code, 2, "{name}: {}", out.stderr);
        assert!(
            out.stderr.contains(name),
            "{name}: names the file: {}",
            out.stderr
        );
        assert!(out.stderr.contains(expected), "{name}: {}", out.stderr);
        assert!(out.stdout.is_empty(), "{name}");
    }
}

#[test]
fn a_key_given_twice_is_refused_by_name_in_profiles_and_checklists() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(EXAMPLE).unwrap();
    let doubled = text.replacen(
        "\"app_name\": \"Expensify\",",
        "\"app_name\": \"Expensify\",\n  \"app_name\": \"Evil\",",
        1,
    );
    assert_ne!(doubled, text);
    let path = write(dir.path(), "doubled.json", doubled.as_bytes());
    for command in ["validate", "checklist", "fix"] {
        let out = run(&[command, path.to_str().unwrap()]);
        assert_eq!(out.code, 2, "{command}: {}", out.stderr);
        assert!(
            out.stderr.contains("\"app_name\" is given twice") && out.stderr.contains("line 5"),
            "{command}: {}",
            out.stderr
        );
    }
    // A checklist JSON with a step's status given twice.
    let checklist = run(&["checklist", "--format", "json", EXAMPLE]).stdout;
    let doubled = checklist.replacen(
        "\"status\": \"todo\"",
        "\"status\": \"todo\", \"status\": \"done\"",
        1,
    );
    let path = write(dir.path(), "checklist.json", doubled.as_bytes());
    let out = run(&["checklist", path.to_str().unwrap()]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("\"status\" is given twice"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_missing_file_exits_two() {
    let out = run(&["validate", "no/such/profile.json"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("no/such/profile.json"),
        "{}",
        out.stderr
    );
}

#[test]
fn an_oversized_file_is_refused_without_reading_it_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.json");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(64 * 1024 * 1024).unwrap();
    let out = run(&["validate", path.to_str().unwrap()]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("larger than 16 MiB"), "{}", out.stderr);
}

#[test]
fn a_five_megabyte_field_is_answered() {
    let mut profile = example();
    profile["ws_admin"]["login_id"] = json!("W".repeat(5 * 1024 * 1024));
    let (code, report) = validate_json(&profile);
    assert_eq!(code, 1);
    assert!(rule_ids(&report).contains(&"LOGIN-LENGTH".to_owned()));
}

/// Characters a terminal acts on, or that reorder what it shows, must never be written raw.
fn raw_controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|c| {
            (c.is_control() && !matches!(c, '\n' | '\t'))
                || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
        })
        .collect()
}

const HOSTILE: &str = "Expensify\u{1b}[2J\u{1b}]0;pwned\u{7}\u{9b}31m\u{202e}\r";

#[test]
fn hostile_values_cannot_drive_the_terminal() {
    let mut profile = example();
    profile["app_name"] = json!(HOSTILE);
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "hostile.json", profile.to_string().as_bytes());
    let path = path.to_str().unwrap();
    let out = run(&["validate", path]);
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("APP-NAME-CHARS"), "{}", out.stdout);
    for args in [
        vec!["validate", path],
        vec!["validate", "--format", "json", path],
        vec!["validate", path, path],
        vec!["validate", "--format", "json", path, path],
        vec!["checklist", path],
        vec!["checklist", "--helpdesk", path],
        vec!["checklist", "--format", "json", path],
        vec!["fix", path],
    ] {
        let out = run(&args);
        assert_eq!(
            raw_controls(&out.stdout),
            [],
            "{args:?} stdout: {:?}",
            out.stdout
        );
        assert_eq!(
            raw_controls(&out.stderr),
            [],
            "{args:?} stderr: {:?}",
            out.stderr
        );
    }
    // What is escaped is still read back as the same text by a JSON reader.
    let out = run(&["checklist", "--format", "json", path]);
    assert!(out.stdout.contains("\\u009b"), "{}", out.stdout);
    let checklist: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(checklist["profile"]["app_name"], HOSTILE);
}

#[test]
fn a_hostile_field_name_in_an_error_cannot_drive_the_terminal() {
    // serde names an unknown field as it was written, and that reaches the error message.
    let mut profile = example();
    profile["\u{1b}]0;pwned\u{7}\u{9b}2J"] = json!(1);
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "field.json", profile.to_string().as_bytes());
    for command in ["validate", "checklist", "fix"] {
        let out = run(&[command, path.to_str().unwrap()]);
        assert_eq!(out.code, 2, "{command}: {}", out.stderr);
        assert!(
            out.stderr.contains("unknown field"),
            "{command}: {}",
            out.stderr
        );
        assert!(out.stderr.contains("\\u{1b}"), "{command}: {}", out.stderr);
        assert_eq!(raw_controls(&out.stderr), [], "{command}: {:?}", out.stderr);
    }
}

#[test]
fn app_name_chars_cleans_control_characters_out_of_the_name() {
    let mut profile = example();
    profile["app_name"] = json!("Expen\u{7}sify\u{202e}");
    let (code, report) = validate_json(&profile);
    assert_eq!(code, 1);
    let finding = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|finding| finding["rule"] == "APP-NAME-CHARS")
        .expect("APP-NAME-CHARS");
    assert_eq!(finding["severity"], "error");
    assert_eq!(finding["suggested_value"], "Expensify");
    // Joiners that scripts and emoji need are not refused.
    profile["app_name"] = json!("می\u{200c}روم 👩\u{200d}💻");
    let (_, report) = validate_json(&profile);
    assert!(!rule_ids(&report).contains(&"APP-NAME-CHARS".to_owned()));
}

#[test]
fn help_explains_commands_formats_and_exit_codes() {
    let top = run(&["--help"]);
    assert_eq!(top.code, 0);
    assert!(top.stdout.contains("validate"));
    assert!(top.stdout.contains("Exit status"));
    let validate = run(&["validate", "--help"]);
    assert_eq!(validate.code, 0);
    for expected in ["--format", "text", "json", "Exit status", "Examples"] {
        assert!(
            validate.stdout.contains(expected),
            "{expected}: {}",
            validate.stdout
        );
    }
}

#[test]
fn a_wrong_option_is_a_usage_error() {
    let out = run(&["validate", "--format", "yaml", EXAMPLE]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("yaml"));
}

#[test]
fn checklist_prints_a_markdown_task_list_for_a_profile() {
    let out = run(&["checklist", "--date", "2026-11-28", EXAMPLE]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out
        .stdout
        .starts_with("# WS Admin enablement checklist: Expensify"));
    assert!(out.stdout.contains("- Prepared: 2026-11-28"));
    assert!(out.stdout.contains("- [ ] **Create the WS Admin user**"));
    assert!(out
        .stdout
        .contains("Administration > Setup > Users > Create/Edit User"));
}

#[test]
fn checklist_reads_back_its_own_json_with_ticks_and_notes() {
    let out = run(&[
        "checklist",
        "tests/golden/checklist-professional-all-data.json",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains("- [x] **Create the WS Admin user**"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("Note: Created by John"));
    let json = run(&[
        "checklist",
        "--format",
        "json",
        "--date",
        "2026-11-28",
        "tests/golden/checklist-professional-all-data.json",
    ]);
    let golden =
        std::fs::read_to_string("tests/golden/checklist-professional-all-data.json").unwrap();
    // The export gains a share identity (random, 16 hex digits), so a copy that comes back
    // updates its draft; the rest is the file as it was.
    let mut exported: Value = serde_json::from_str(&json.stdout).unwrap();
    let share_id = exported
        .as_object_mut()
        .unwrap()
        .remove("share_id")
        .expect("a share identity");
    let share_id = share_id.as_str().unwrap();
    assert!(
        share_id.len() == 16 && share_id.bytes().all(|b| b.is_ascii_hexdigit()),
        "{share_id}"
    );
    assert_eq!(exported, serde_json::from_str::<Value>(&golden).unwrap());
}

#[test]
fn checklist_with_helpdesk_includes_the_ticket_text() {
    let out = run(&["checklist", "--helpdesk", EXAMPLE]);
    assert_eq!(out.code, 0);
    assert!(out.stdout.contains("Log a ticket with the Concur Helpdesk"));
    assert!(out.stdout.contains("Login ID: WSAdmin-Expensify@acme.com"));
    assert!(!out.stdout.contains("- [ ] **Create the WS Admin user**"));
}

#[test]
fn checklist_of_an_unusable_file_exits_two() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "list.json",
        br#"{"schema": "wsadmin-prep/checklist@1", "profile": 3}"#,
    );
    let out = run(&["checklist", path.to_str().unwrap()]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("list.json"), "{}", out.stderr);
}

#[test]
fn checklist_link_round_trips_through_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let link = run(&[
        "checklist",
        "--format",
        "link",
        "tests/golden/checklist-professional-all-data.json",
    ]);
    assert_eq!(link.code, 0, "{}", link.stderr);
    assert!(link.stdout.starts_with("#checklist=1."), "{}", link.stdout);
    let path = write(
        dir.path(),
        "link.txt",
        format!("http://127.0.0.1:8080/{}", link.stdout).as_bytes(),
    );
    let markdown = run(&["checklist", path.to_str().unwrap()]);
    assert_eq!(markdown.code, 0, "{}", markdown.stderr);
    assert!(markdown.stdout.contains("Note: Created by John"));
    let damaged = write(dir.path(), "damaged.txt", b"#checklist=1.AAAA");
    let out = run(&["checklist", damaged.to_str().unwrap()]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("damaged"), "{}", out.stderr);
}

#[test]
fn every_command_has_its_own_help_summary() {
    let commands = ["validate", "fix", "checklist", "keygen", "seal", "open"];
    let mut summaries = Vec::new();
    for command in commands {
        let out = run(&[command, "--help"]);
        assert_eq!(out.code, 0, "{command}: {}", out.stderr);
        let summary = out.stdout.lines().next().unwrap_or_default().to_owned();
        assert!(!summary.is_empty(), "{command} has no summary");
        summaries.push((command, summary));
    }
    for (command, expected) in [
        ("validate", "Check a profile file"),
        ("fix", "Apply every suggestion"),
        ("checklist", "enablement checklist"),
        ("keygen", "Generate an age X25519 identity"),
        ("seal", "Seal the handoff packet"),
        ("open", "Open a handoff packet"),
    ] {
        let (_, summary) = summaries.iter().find(|(c, _)| *c == command).unwrap();
        assert!(summary.contains(expected), "{command}: {summary}");
    }
    let mut distinct: Vec<&String> = summaries.iter().map(|(_, summary)| summary).collect();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), commands.len(), "{summaries:#?}");
}

#[test]
fn fix_fills_the_suggestions_and_never_overwrites_the_input_unasked() {
    let dir = tempfile::tempdir().unwrap();
    let mut draft = example();
    draft["company_domain"] = json!("https://www.acme.com/");
    draft["ws_admin"] = json!({});
    let original = serde_json::to_vec_pretty(&draft).unwrap();
    let input = write(dir.path(), "draft.json", &original);

    let out = run(&["fix", input.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let fixed: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(fixed["company_domain"], "acme.com");
    assert_eq!(fixed["ws_admin"]["login_id"], "WSAdmin-Expensify@acme.com");
    assert_eq!(fixed["ws_admin"]["first_name"], "WSADMIN_John");
    assert!(out.stderr.contains("now no errors"), "{}", out.stderr);
    assert_eq!(
        std::fs::read(&input).unwrap(),
        original,
        "the input is untouched"
    );

    let out = run(&[
        "fix",
        input.to_str().unwrap(),
        "-o",
        input.to_str().unwrap(),
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.is_empty());
    let replaced: Value = serde_json::from_slice(&std::fs::read(&input).unwrap()).unwrap();
    assert_eq!(replaced["ws_admin"]["last_name"], "Smith");

    // What no suggestion can supply (the admin's own name) stays an error: exit 1.
    let mut nameless = example();
    nameless["authorizing_admin"]["first_name"] = json!("");
    nameless["ws_admin"] = json!({});
    let nameless = write(
        dir.path(),
        "nameless.json",
        &serde_json::to_vec(&nameless).unwrap(),
    );
    let out = run(&["fix", nameless.to_str().unwrap()]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("ADMIN-INCOMPLETE"), "{}", out.stderr);

    let broken = write(dir.path(), "broken.json", b"{not json");
    assert_eq!(run(&["fix", broken.to_str().unwrap()]).code, 2);
}

#[test]
fn validate_checks_many_files_and_exits_with_the_worst() {
    let dir = tempfile::tempdir().unwrap();
    let clean = write(dir.path(), "clean.json", example().to_string().as_bytes());
    let mut wrong = example();
    wrong["ws_admin"]["login_id"] = json!("john.smith@acme.com");
    let wrong = write(dir.path(), "wrong.json", wrong.to_string().as_bytes());
    let broken = write(dir.path(), "broken.json", b"{not json");
    let path = |p: &PathBuf| p.to_str().unwrap().to_owned();

    let both_clean = run(&["validate", &path(&clean), &path(&clean)]);
    assert_eq!(both_clean.code, 0, "{}", both_clean.stderr);
    assert!(
        both_clean
            .stdout
            .contains("2 files: 2 clean, 0 with errors, 0 unusable"),
        "{}",
        both_clean.stdout
    );

    let one_wrong = run(&["validate", &path(&clean), &path(&wrong)]);
    assert_eq!(one_wrong.code, 1);
    assert!(one_wrong.stdout.contains("LOGIN-PERSONAL"));
    assert!(one_wrong
        .stdout
        .contains("2 files: 1 clean, 1 with errors, 0 unusable"));

    let all = run(&[
        "validate",
        "--format",
        "json",
        &path(&clean),
        &path(&wrong),
        &path(&broken),
    ]);
    assert_eq!(all.code, 2, "{}", all.stderr);
    assert!(all.stderr.contains("broken.json"), "{}", all.stderr);
    let lines: Vec<Value> = all
        .stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["ok"], true);
    assert_eq!(lines[1]["ok"], false);
    assert!(lines[2]["unusable"].as_str().unwrap().contains("line 1"));
}

#[cfg(unix)]
#[test]
fn fix_o_keeps_the_files_permissions_and_leaves_no_temporary_file_behind() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let mut profile = example();
    profile["ws_admin"]["login_id"] = json!("jsmith@acme.com");
    let path = write(dir.path(), "private.json", profile.to_string().as_bytes());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = run(&["fix", path.to_str().unwrap(), "-o", path.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "the fixed profile is as private as it was");
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .contains("WSAdmin-Expensify@acme.com"));
    // The rename fails (the target is a directory): the temporary file is removed.
    let target = dir.path().join("a-directory");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("keep"), b"").unwrap();
    let out = run(&[
        "fix",
        path.to_str().unwrap(),
        "-o",
        target.to_str().unwrap(),
    ]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    assert_eq!(left, Vec::<String>::new());
}

#[test]
fn fix_prints_the_warnings_it_leaves_on_standard_error() {
    // A Login ID at another domain is a warning: worth a look, not an error.
    let mut profile = example();
    profile["ws_admin"]["login_id"] = json!("WSAdmin-Expensify@acme-services.com");
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "warned.json", profile.to_string().as_bytes());
    let out = run(&["fix", path.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("warning LOGIN-DOMAIN"),
        "{}",
        out.stderr
    );
    assert!(
        !out.stdout.contains("warning"),
        "the fixed profile alone is on stdout"
    );
}

#[test]
fn fix_keeps_a_role_that_is_right_adds_what_is_missing_and_fixes_spaces_on_either_route() {
    let dir = tempfile::tempdir().unwrap();
    // Standard's other label for the admin role is right "depending on configuration".
    let mut profile = example();
    profile["edition"] = json!("standard");
    profile["data_access"] = json!(["expense"]);
    profile["ws_admin"]["permissions"] = json!(["Travel and Expense Administrator"]);
    profile["ws_admin"].as_object_mut().unwrap().remove("email");
    // Spaces around what the admin typed are errors with a one-click fix, on this route too.
    profile["authorizing_admin"]["first_name"] = json!(" John ");
    profile["authorizing_admin"]["email"] = json!(" john.smith@acme.com ");
    let path = write(dir.path(), "typed.json", profile.to_string().as_bytes());
    let out = run(&["fix", path.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let fixed: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        fixed["ws_admin"]["permissions"],
        json!([
            "Travel and Expense Administrator",
            "Can Submit Expense Reports"
        ])
    );
    assert_eq!(fixed["authorizing_admin"]["first_name"], json!("John"));
    assert_eq!(
        fixed["authorizing_admin"]["email"],
        json!("john.smith@acme.com")
    );
    // Fixing again changes nothing, and the result is clean.
    let again_path = write(dir.path(), "fixed.json", out.stdout.as_bytes());
    let again = run(&["fix", again_path.to_str().unwrap()]);
    assert_eq!(again.stdout, out.stdout);
    assert_eq!(run(&["validate", again_path.to_str().unwrap()]).code, 0);
}
