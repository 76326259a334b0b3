//! The Company Request Token route end to end, natively: its profile rules and the token's
//! own rules (each triggered, each with a near miss), its checklist, its packet sealed and
//! opened by the CLI, and the real `age` CLI both ways.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::path::Path;
use std::process::Command;

use common::{age_keygen, age_seal, age_with_tty, run};
use proptest::prelude::*;
use wsadmin_prep::domain::checklist::{steps, ChecklistProgress, CreationRoute, StepStatus};
use wsadmin_prep::domain::concur::{Connection, DataCenter, Edition};
use wsadmin_prep::domain::profile::{Field, Profile};
use wsadmin_prep::domain::request_token::{rfc3339, UnixSeconds};
use wsadmin_prep::domain::rules::{
    validate, validate_token, Finding, FixAction, Severity, TokenCheck,
};
use wsadmin_prep::formats::markdown;

const EXAMPLE: &str = "docs/examples/zoe-travel-token.json";
const APP_ID: &str = "0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c";
const COMPANY_UUID: &str = "a1b2c3d4-5e6f-4a0b-8c9d-0e1f2a3b4c5d";
const TOKEN: &str = "Zq8xK2mP4vR7tY1wB3nC6";
/// 2026-11-28T10:00:00Z.
const NOON_ISH: UnixSeconds = 1_795_860_000;
const HOUR: i64 = 3600;

fn token_profile() -> Profile {
    Profile::from_json(&std::fs::read(EXAMPLE).unwrap()).unwrap()
}

fn rules_of(profile: &Profile) -> Vec<&'static str> {
    validate(profile)
        .iter()
        .map(|finding| finding.rule)
        .collect()
}

fn check(
    company_uuid: &str,
    request_token: &str,
    generated_at: UnixSeconds,
    now: UnixSeconds,
) -> Vec<Finding> {
    validate_token(&TokenCheck {
        company_uuid,
        request_token,
        generated_at,
        now,
        time_shown: rfc3339,
    })
}

fn token_rules(findings: &[Finding]) -> Vec<&'static str> {
    findings.iter().map(|finding| finding.rule).collect()
}

#[test]
fn the_example_token_profile_passes_and_runs_no_ws_admin_rule() {
    let profile = token_profile();
    assert_eq!(profile.connection, Connection::CompanyRequestToken);
    assert_eq!(rules_of(&profile), Vec::<&str>::new());
    // It has no Login ID, names, domain, data or permissions, and none is asked for.
    assert!(profile.ws_admin.login_id.is_empty() && profile.data_access.is_empty());
    // The same profile as a WS Admin user is full of findings, and the token's are gone.
    let as_ws = Profile {
        connection: Connection::WsAdminUser,
        app_id: None,
        ..profile
    };
    let rules = rules_of(&as_ws);
    assert!(
        rules.contains(&"LOGIN-REQUIRED") && rules.contains(&"ACCESS-NONE"),
        "{rules:?}"
    );
    assert!(!rules
        .iter()
        .any(|rule| rule.starts_with("APP-ID") || rule.starts_with("ADMIN-ROLE")));
}

#[test]
fn a_file_from_before_the_choice_opens_as_the_ws_admin_route_and_the_route_round_trips() {
    let old = Profile::from_json(&std::fs::read("docs/examples/expensify-standard.json").unwrap())
        .unwrap();
    assert_eq!(old.connection, Connection::WsAdminUser);
    assert!(
        !old.to_json().contains("connection"),
        "the default is not written"
    );
    let profile = token_profile();
    let again = Profile::from_json(profile.to_json().as_bytes()).unwrap();
    assert_eq!(again, profile);
    assert!(profile
        .to_json()
        .contains("\"connection\": \"company_request_token\""));
    let error = Profile::from_json(br#"{"edition":"standard","connection":"oauth"}"#).unwrap_err();
    assert!(error.to_string().contains("unknown variant"), "{error}");
}

#[test]
fn app_id_required_and_format_with_a_fix_that_finds_the_uuid_in_a_paste() {
    let mut profile = token_profile();
    profile.app_id = None;
    assert_eq!(rules_of(&profile), ["APP-ID-REQUIRED"]);
    for paste in [
        " 0F8E6C2A-5B1D-4E7F-9A3C-2D4B6E8F0A1C\n",
        "{0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c}",
        "urn:uuid:0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c",
    ] {
        profile.app_id = Some(paste.into());
        let finding = validate(&profile).remove(0);
        assert_eq!(finding.rule, "APP-ID-FORMAT");
        assert_eq!(
            finding.fix.action,
            Some(FixAction::SetText(Field::AppId, APP_ID.into())),
            "{paste:?}"
        );
        finding.fix.action.unwrap().apply(&mut profile);
        assert_eq!(
            rules_of(&profile),
            Vec::<&str>::new(),
            "the fix mends {paste:?}"
        );
    }
    // Near misses: a UUID in capitals is still a UUID; a name is not, and gets advice only.
    profile.app_id = Some(APP_ID.to_uppercase());
    assert_eq!(rules_of(&profile), Vec::<&str>::new());
    profile.app_id = Some("Zoë Travel".into());
    let finding = validate(&profile).remove(0);
    assert_eq!((finding.rule, finding.fix.action), ("APP-ID-FORMAT", None));
    profile.app_id = Some("0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1".into());
    assert_eq!(rules_of(&profile), ["APP-ID-FORMAT"], "one digit short");
}

#[test]
fn the_admin_must_confirm_their_own_role_which_is_named_per_edition() {
    let mut profile = token_profile();
    profile.authorizing_admin.role_confirmed = false;
    let finding = validate(&profile).remove(0);
    assert_eq!(finding.rule, "ADMIN-ROLE-UNCONFIRMED");
    assert!(
        finding.message.contains("\"Web Services Administrator\""),
        "{}",
        finding.message
    );
    assert!(
        finding.fix.text.contains("User Permissions"),
        "{}",
        finding.fix.text
    );
    assert_eq!(
        finding.fix.action, None,
        "a role is looked at, not clicked away"
    );
    profile.edition = Edition::Standard;
    assert!(validate(&profile)[0].message.contains("\"Can Administer\""));
}

#[test]
fn the_company_uuid_and_the_token_are_checked_and_the_token_never_quoted() {
    let clean = check(COMPANY_UUID, TOKEN, NOON_ISH, NOON_ISH + 60);
    assert_eq!(token_rules(&clean), Vec::<&str>::new());
    assert_eq!(
        token_rules(&check("", "", NOON_ISH, NOON_ISH)),
        ["COMPANY-UUID-FORMAT", "TOKEN-REQUIRED"]
    );
    let pasted = check(
        &format!("{{{COMPANY_UUID}}}"),
        &format!("  {TOKEN}\n"),
        NOON_ISH,
        NOON_ISH,
    );
    assert_eq!(token_rules(&pasted), ["COMPANY-UUID-FORMAT", "TOKEN-PASTE"]);
    assert_eq!(
        pasted[0].fix.action,
        Some(FixAction::SetText(Field::CompanyUuid, COMPANY_UUID.into()))
    );
    assert_eq!(
        pasted[1].fix.action,
        Some(FixAction::RemoveWhitespace(Field::RequestToken))
    );
    assert!(
        pasted[1].message.contains("line breaks"),
        "{}",
        pasted[1].message
    );
    // A curly quote from a word processor, an invisible space, and a pasted page.
    for (token, says) in [
        (format!("“{TOKEN}”"), "U+201C"),
        (format!("{TOKEN}\u{200B}"), "U+200B"),
        ("x".repeat(5000), "5000 characters"),
    ] {
        let findings = check(COMPANY_UUID, &token, NOON_ISH, NOON_ISH);
        assert_eq!(token_rules(&findings), ["TOKEN-PASTE"], "{says}");
        assert!(
            findings[0].message.contains(says),
            "{}",
            findings[0].message
        );
    }
    for finding in pasted.iter().chain(&clean) {
        assert!(!finding.message.contains(TOKEN) && !finding.fix.text.contains(TOKEN));
    }
}

#[test]
fn a_token_warns_four_hours_before_it_expires_and_is_refused_once_it_has() {
    let at = |now| token_rules(&check(COMPANY_UUID, TOKEN, NOON_ISH, now));
    assert_eq!(at(NOON_ISH + 20 * HOUR), Vec::<&str>::new());
    assert_eq!(at(NOON_ISH + 20 * HOUR + 1), ["TOKEN-EXPIRING"]);
    assert_eq!(at(NOON_ISH + 24 * HOUR - 1), ["TOKEN-EXPIRING"]);
    assert_eq!(at(NOON_ISH + 24 * HOUR), ["TOKEN-EXPIRED"]);
    let expired = check(
        COMPANY_UUID,
        TOKEN,
        NOON_ISH,
        NOON_ISH + 26 * HOUR + 30 * 60,
    );
    assert_eq!(expired[0].severity, Severity::Error);
    assert_eq!(
        expired[0].message,
        "The token expired 2 h 30 min ago (at 2026-11-29T10:00:00Z)"
    );
    assert!(
        expired[0].fix.text.contains("Generate a new token"),
        "{}",
        expired[0].fix.text
    );
    let expiring = check(COMPANY_UUID, TOKEN, NOON_ISH, NOON_ISH + 23 * HOUR);
    assert_eq!(
        (expiring[0].rule, expiring[0].severity),
        ("TOKEN-EXPIRING", Severity::Warning)
    );
    // A generation time in the future: clock skew is tolerated, a typo is not.
    assert_eq!(at(NOON_ISH - 4 * 60), Vec::<&str>::new());
    assert_eq!(at(NOON_ISH - 6 * 60), ["TOKEN-FUTURE"]);
}

proptest! {
    /// Whatever is pasted as a token, no finding repeats it.
    #[test]
    fn no_finding_quotes_the_token(token in "\\PC{4,40}", spaces in "[ \n\t]{0,3}") {
        let pasted = format!("{spaces}{token}{spaces}");
        for finding in check(COMPANY_UUID, &pasted, NOON_ISH, NOON_ISH + 25 * HOUR) {
            prop_assert!(!finding.message.contains(&token) && !finding.fix.text.contains(&token));
        }
    }
}

fn ids(profile: &Profile, route: CreationRoute) -> Vec<&'static str> {
    steps(profile, route).iter().map(|step| step.id).collect()
}

#[test]
fn the_checklist_has_a_hand_over_path_and_an_app_center_path() {
    let profile = token_profile();
    assert_eq!(
        ids(&profile, CreationRoute::Admin),
        [
            "confirm-own-role",
            "generate-token",
            "copy-token-values",
            "send-token",
            "provider-connects",
            "confirm-connected"
        ]
    );
    assert_eq!(
        ids(&profile, CreationRoute::AppCenter),
        [
            "confirm-own-role",
            "app-center-enabled",
            "connect-in-app-center",
            "confirm-connected"
        ]
    );
    // The guide's prerequisite: the App Center tab, else a Helpdesk ticket.
    let app_center = steps(&profile, CreationRoute::AppCenter);
    assert!(app_center[1].detail.contains("App Center tab"));
    assert!(app_center[1].detail.contains("Helpdesk"));
    // The last step names only places the sources name: the listing's Connected mark on
    // the App Center path; the provider's word on the token path, with no Concur menu.
    let last = app_center.last().unwrap();
    assert_eq!(last.menu_path, Some("App Center"));
    assert!(last.title.contains("listing shows Connected"));
    let handed = steps(&profile, CreationRoute::Admin).pop().unwrap();
    assert_eq!(handed.menu_path, None);
    assert!(handed.title.contains("provider"));
    for step in app_center
        .iter()
        .chain(steps(&profile, CreationRoute::Admin).iter())
    {
        assert!(
            !step.menu_path.unwrap_or_default().contains("My Apps"),
            "{} names an unsourced place",
            step.id
        );
    }
    // The App Center path hands nothing over: its export prints no empty group.
    let exported = markdown::to_markdown(
        &profile,
        &ChecklistProgress {
            route: CreationRoute::AppCenter,
            ..ChecklistProgress::default()
        },
        "2026-11-30",
    );
    assert!(exported.contains("## Step 1: Check the App Center and your role"));
    assert!(exported.contains("## Step 2: Connect the app in the App Center"));
    assert!(!exported.contains("Hand the token"), "{exported}");
    assert!(!exported.contains("(0 of 0 done)"), "{exported}");
    // Standard accepts either label of the admin role, as the guide says.
    let mut standard = profile.clone();
    standard.edition = Edition::Standard;
    assert!(steps(&standard, CreationRoute::Admin)[0].title.contains(
        "\"Can Administer\" or \"Travel and Expense Administrator\" (depending on configuration)"
    ));
    // A Helpdesk route chosen before the connection changed reads as the default.
    assert_eq!(
        ids(&profile, CreationRoute::Helpdesk),
        ids(&profile, CreationRoute::Admin)
    );
    let generate = &steps(&profile, CreationRoute::Admin)[1];
    assert_eq!(
        generate.menu_path,
        Some("Administration > Company > Authentication Admin > Company Request Token")
    );
    assert_eq!(generate.enter[0].value, APP_ID);
    // The WS Admin profile's checklist is untouched by the App Center route.
    let ws = Profile::from_json(&std::fs::read("docs/examples/expensify-standard.json").unwrap())
        .unwrap();
    assert_eq!(
        ids(&ws, CreationRoute::AppCenter),
        ids(&ws, CreationRoute::Admin)
    );
}

#[test]
fn generating_and_handing_over_stay_locked_while_the_profile_has_errors() {
    let mut profile = token_profile();
    profile.authorizing_admin.role_confirmed = false;
    let mut ticks = ChecklistProgress::default();
    ticks
        .set_status(
            &profile,
            "confirm-own-role",
            StepStatus::Done,
            "2026-11-28T10:00:00Z",
        )
        .unwrap();
    let refused = ticks.set_status(
        &profile,
        "generate-token",
        StepStatus::Done,
        "2026-11-28T10:00:00Z",
    );
    // Said in the words a client reads: the field and its finding, no rule ID.
    let said = refused.unwrap_err().to_string();
    assert!(
        said.contains(&format!("on {}", Field::AdminRole.label())),
        "{said}"
    );
    assert!(!said.contains("ADMIN-ROLE-UNCONFIRMED"), "{said}");
    profile.authorizing_admin.role_confirmed = true;
    ticks
        .set_status(
            &profile,
            "generate-token",
            StepStatus::Done,
            "2026-11-28T10:00:00Z",
        )
        .unwrap();
    let md = markdown::to_markdown(&profile, &ticks, "2026-11-28");
    assert!(
        md.contains("Step 1: Generate the Company Request Token"),
        "{md}"
    );
    assert!(md.contains("- [x] ") && md.contains(APP_ID), "{md}");
}

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_wsadmin-prep")
}

fn seal_token(
    dir: &std::path::Path,
    generated_at: &str,
    token: &str,
    extra: &[&str],
) -> (i32, String, String, std::path::PathBuf) {
    let key = dir.join("provider.key");
    if !key.exists() {
        let (code, _, stderr) = run(
            Command::new(bin()).args(["keygen", "-o", key.to_str().unwrap()]),
            b"",
        );
        assert_eq!(code, 0, "{stderr}");
        std::fs::write(
            dir.join("public"),
            stderr.trim().strip_prefix("Public key: ").unwrap(),
        )
        .unwrap();
    }
    let public = std::fs::read_to_string(dir.join("public")).unwrap();
    let mut args = vec![
        "seal-token",
        "--data-center",
        "us",
        "--app-name",
        "Zoë Travel",
        "--app-id",
        APP_ID,
        "--company-uuid",
        COMPANY_UUID,
        "--edition",
        "professional",
        "--generated-at",
        generated_at,
        "--token-stdin",
        "--to",
        &public,
    ];
    args.extend(extra);
    let (code, out, err) = run(
        Command::new(bin()).args(&args),
        format!("{token}\n").as_bytes(),
    );
    (code, out, err, key)
}

/// `wsadmin-prep open PACKET --identity KEY [EXTRA…]`.
fn open_with_key(packet: &Path, key: &Path, extra: &[&str]) -> (i32, String, String) {
    let mut args = vec![
        "open",
        packet.to_str().unwrap(),
        "--identity",
        key.to_str().unwrap(),
    ];
    args.extend(extra);
    run(Command::new(bin()).args(&args), b"")
}

fn now() -> UnixSeconds {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

#[test]
fn seal_token_packets_open_in_age_and_in_open_with_the_time_left() {
    let dir = tempfile::tempdir().unwrap();
    let generated = rfc3339(now() - 2 * HOUR);
    let (code, armored, stderr, key) =
        seal_token(dir.path(), &generated, TOKEN, &["--note", "call Åsa"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(armored.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
    let packet = dir.path().join("token.age");
    std::fs::write(&packet, &armored).unwrap();
    let (code, json, stderr) = run(
        Command::new("age").args(["-d", "-i", key.to_str().unwrap(), packet.to_str().unwrap()]),
        b"",
    );
    assert_eq!(code, 0, "age: {stderr}");
    let opened: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(opened["schema"], "wsadmin-prep/token-handoff@1");
    assert_eq!(opened["request_token"], TOKEN);
    assert_eq!(opened["company_uuid"], COMPANY_UUID);
    assert_eq!(opened["app_id"], APP_ID);
    assert_eq!(opened["app_name"], "Zoë Travel");
    assert_eq!(opened["generated_at"], generated.as_str());
    assert_eq!(
        opened["expires_at"],
        rfc3339(now() - 2 * HOUR + 24 * HOUR).as_str()
    );

    let (code, text, stderr) = open_with_key(&packet, &key, &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        text.contains(TOKEN) && text.contains(COMPANY_UUID),
        "{text}"
    );
    let time_left = text
        .lines()
        .find(|line| line.starts_with("Time left"))
        .unwrap();
    assert!(
        time_left.contains("21 h 59 min left") || time_left.contains("22 h left"),
        "{time_left}"
    );
    let (code, json, _) = open_with_key(&packet, &key, &["--format", "json"]);
    assert_eq!(code, 0);
    let opened: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(opened["expired"], false);
    assert!(opened["seconds_left"].as_i64().unwrap() > 21 * HOUR);
}

#[test]
fn debian_age_opens_a_token_sealed_to_a_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let phrase = dir.path().join("phrase.txt");
    std::fs::write(&phrase, "quartz vivid ember lantern oxygen tundra\n").unwrap();
    let (code, armored, stderr) = run(
        Command::new(bin()).args([
            "seal-token",
            "--data-center",
            "us",
            "--generated-at",
            "now",
            "--app-name",
            "Expensify, Inc.",
            "--app-id",
            APP_ID,
            "--company-uuid",
            COMPANY_UUID,
            "--token-stdin",
            "--passphrase-file",
            phrase.to_str().unwrap(),
        ]),
        format!("{TOKEN}\n").as_bytes(),
    );
    assert_eq!(code, 0, "{stderr}");
    let packet = dir.path().join("token.age");
    std::fs::write(&packet, armored).unwrap();
    let out = dir.path().join("opened.json");
    let code = age_with_tty(
        &format!("-d -o {} {}", out.display(), packet.display()),
        "quartz vivid ember lantern oxygen tundra",
    );
    assert_eq!(code, 0);
    let opened: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(opened["request_token"], TOKEN);
    assert_eq!(opened["app_name"], "Expensify, Inc.");
}

#[test]
fn seal_token_refuses_an_expired_or_mangled_token_by_rule_and_never_echoes_it() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, stderr, _) = seal_token(dir.path(), &rfc3339(now() - 25 * HOUR), TOKEN, &[]);
    assert_eq!((code, out.as_str()), (1, ""), "{stderr}");
    assert!(
        stderr.contains("TOKEN-EXPIRED") && stderr.contains("generate"),
        "{stderr}"
    );
    let (code, _, stderr, _) = seal_token(
        dir.path(),
        &rfc3339(now()),
        &format!("{TOKEN} {TOKEN}"),
        &[],
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("TOKEN-PASTE") && !stderr.contains(TOKEN),
        "{stderr}"
    );
    let (code, _, stderr, _) = seal_token(dir.path(), "yesterday", TOKEN, &[]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("RFC 3339"), "{stderr}");
    // The admin's own details do not hold back a token whose clock runs; its App ID does.
    let (code, _, stderr) = run(
        Command::new(bin()).args([
            "seal-token",
            "--data-center",
            "us",
            "--generated-at",
            "now",
            "--app-name",
            "Zoë Travel",
            "--app-id",
            "zoe",
            "--company-uuid",
            COMPANY_UUID,
            "--token-stdin",
            "--to",
            "age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq",
        ]),
        format!("{TOKEN}\n").as_bytes(),
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("APP-ID-FORMAT") && !stderr.contains("ADMIN-"),
        "{stderr}"
    );
}

#[test]
fn open_says_a_token_made_by_age_has_expired_and_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let packet = serde_json::json!({
        "schema": "wsadmin-prep/token-handoff@1",
        "created_at": "2026-11-20T10:05:00Z",
        "edition": "standard",
        "app_name": "Expensify, Inc.",
        "app_id": APP_ID,
        "company_uuid": COMPANY_UUID,
        "request_token": TOKEN,
        "generated_at": "2026-11-20T10:00:00Z",
        "expires_at": "2026-11-21T10:00:00Z"
    });
    let plain = dir.path().join("packet.json");
    std::fs::write(&plain, packet.to_string()).unwrap();
    let (key, public) = age_keygen(dir.path());
    let sealed = dir.path().join("expired.age");
    age_seal(&public, &plain, &sealed);
    let (code, text, stderr) = open_with_key(&sealed, &key, &[]);
    assert_eq!(code, 1, "an expired token is no use: {stderr}");
    assert!(text.contains(TOKEN), "the packet is still shown: {text}");
    assert!(
        stderr.contains("expired") && stderr.contains("generate a new token"),
        "{stderr}"
    );
    let (code, json, _) = open_with_key(&sealed, &key, &["--format", "json"]);
    assert_eq!(code, 1);
    let opened: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        (opened["expired"].as_bool(), opened["seconds_left"].as_i64()),
        (Some(true), Some(0))
    );

    // A token packet whose time is not a time is refused, not guessed at.
    std::fs::write(
        &plain,
        packet
            .to_string()
            .replace("2026-11-21T10:00:00Z", "tomorrow"),
    )
    .unwrap();
    age_seal(&public, &plain, &sealed);
    let (code, _, stderr) = open_with_key(&sealed, &key, &[]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("expiry time is not an RFC 3339 time"),
        "{stderr}"
    );
}

#[test]
fn a_token_packet_cannot_claim_more_time_than_concur_gives_nor_come_from_the_future() {
    let dir = tempfile::tempdir().unwrap();
    let (key, public) = age_keygen(dir.path());
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let packet = |generated_at: i64, expires_at: i64| {
        serde_json::json!({
            "schema": "wsadmin-prep/token-handoff@1",
            "created_at": rfc3339(generated_at),
            "edition": "standard",
            "app_name": "Zoë Travel",
            "app_id": APP_ID,
            "company_uuid": COMPANY_UUID,
            "request_token": TOKEN,
            "generated_at": rfc3339(generated_at),
            "expires_at": rfc3339(expires_at)
        })
        .to_string()
    };
    let open = |plain: &str| {
        let path = dir.path().join("packet.json");
        std::fs::write(&path, plain).unwrap();
        let sealed = dir.path().join("packet.age");
        age_seal(&public, &path, &sealed);
        open_with_key(&sealed, &key, &["--format", "json"])
    };
    // Generated two hours ago, honestly: 22 hours left.
    let (code, json, stderr) = open(&packet(now - 2 * HOUR, now + 22 * HOUR));
    assert_eq!(code, 0, "{stderr}");
    let left = serde_json::from_str::<serde_json::Value>(&json).unwrap()["seconds_left"]
        .as_i64()
        .unwrap();
    assert!((22 * HOUR - 60..=22 * HOUR).contains(&left), "{left}");
    // An expiry a week away claims more than Concur's 24 hours: refused by name.
    let (code, json, stderr) = open(&packet(now - 2 * HOUR, now + 7 * 24 * HOUR));
    assert_eq!(code, 1, "{json}");
    assert!(stderr.contains("its times disagree"), "{stderr}");
    assert!(
        json.is_empty(),
        "nothing is printed from a refused packet: {json}"
    );
    // An expiry before the generation disagrees too.
    let (code, _, stderr) = open(&packet(now - 2 * HOUR, now - 3 * HOUR));
    assert_eq!(code, 1);
    assert!(stderr.contains("its times disagree"), "{stderr}");
    // Generated tomorrow, by the opener's clock: refused by name.
    let (code, json, stderr) = open(&packet(now + 24 * HOUR, now + 48 * HOUR));
    assert_eq!(code, 1, "{json}");
    assert!(stderr.contains("still to come"), "{stderr}");
    // A key given twice: serde would keep the last; the opener refuses the packet.
    let doubled = packet(now - HOUR, now + 23 * HOUR).replacen(
        "\"request_token\"",
        "\"request_token\":\"first\",\"request_token\"",
        1,
    );
    let (code, _, stderr) = open(&doubled);
    assert_ne!(code, 0);
    assert!(
        stderr.contains("\"request_token\" is given twice"),
        "{stderr}"
    );
}

#[test]
fn validate_and_checklist_take_token_profiles() {
    let (code, out, stderr) = run(Command::new(bin()).args(["validate", EXAMPLE]), b"");
    assert_eq!(code, 0, "{out}{stderr}");
    let unconfirmed = std::fs::read_to_string(EXAMPLE)
        .unwrap()
        .replace("\"role_confirmed\": true", "\"role_confirmed\": false");
    let (code, out, _) = run(
        Command::new(bin()).args(["validate", "-"]),
        unconfirmed.as_bytes(),
    );
    assert_eq!(code, 1);
    assert!(out.contains("ADMIN-ROLE-UNCONFIRMED"), "{out}");
    let (code, md, stderr) = run(Command::new(bin()).args(["checklist", EXAMPLE]), b"");
    assert_eq!(code, 0, "{stderr}");
    assert!(
        md.contains("Generate a Company Request Token for Zoë Travel's App ID"),
        "{md}"
    );
    let (code, json, _) = run(
        Command::new(bin()).args(["checklist", "--format", "json", EXAMPLE]),
        b"",
    );
    assert_eq!(code, 0);
    let checklist: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(checklist["profile"]["connection"], "company_request_token");
    assert_eq!(checklist["steps"][1]["id"], "generate-token");
    let (code, md, _) = run(
        Command::new(bin()).args(["checklist", "--app-center", EXAMPLE]),
        b"",
    );
    assert_eq!(code, 0);
    assert!(
        md.contains("Connect Zoë Travel in the App Center")
            && !md.contains("Generate a Company Request Token"),
        "{md}"
    );
    let (code, _, stderr) = run(
        Command::new(bin()).args(["checklist", "--helpdesk", EXAMPLE]),
        b"",
    );
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--helpdesk is for WS Admin users"),
        "{stderr}"
    );
}

#[test]
fn an_app_id_from_a_link_is_marked_until_it_is_changed_and_the_mark_is_saved() {
    use wsadmin_prep::domain::draft::{Draft, ProfileEdit};
    use wsadmin_prep::formats::drafts_store::{from_storage, to_storage, SavedDraft};
    let mut draft = Draft::from_link(token_profile(), ChecklistProgress::default());
    let note = draft.app_id_origin_note().expect("marked");
    assert!(note.contains("From the link you opened"), "{note}");
    // Saved and read back, the mark stays.
    let saved = SavedDraft {
        draft: draft.clone(),
        created_ms: 1,
        updated_ms: 2,
    };
    let restored = from_storage(&to_storage(&saved)).unwrap().draft;
    assert_eq!(restored.app_id_origin_note(), Some(note));
    // A draft made here, or an App ID typed over, has no mark.
    assert_eq!(
        Draft::from_profile(token_profile()).app_id_origin_note(),
        None
    );
    draft.apply(ProfileEdit::SetText(
        Field::AppId,
        "0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1d".into(),
    ));
    assert_eq!(draft.app_id_origin_note(), None);
}

#[test]
fn a_token_pasted_as_the_app_id_is_never_quoted_and_the_uuid_may_come_from_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let uuid_file = dir.path().join("company-uuid.txt");
    std::fs::write(&uuid_file, format!("{COMPANY_UUID}\n")).unwrap();
    let (key, public) = age_keygen(dir.path());
    let seal = |app_id: &str| {
        run(
            Command::new(bin()).args([
                "seal-token",
                "--data-center",
                "us",
                "--generated-at",
                "now",
                "--app-name",
                "Zoë Travel",
                "--company-name",
                "Müller & Söhne GmbH",
                "--app-id",
                app_id,
                "--company-uuid-file",
                uuid_file.to_str().unwrap(),
                "--token-stdin",
                "--to",
                &public,
            ]),
            format!("{TOKEN}\n").as_bytes(),
        )
    };
    // The token went into the App ID box by mistake: refused, and never echoed.
    let (code, out, stderr) = seal(TOKEN);
    assert_eq!((code, out.as_str()), (1, ""), "{stderr}");
    assert!(stderr.contains("APP-ID-FORMAT"), "{stderr}");
    assert!(!stderr.contains(TOKEN), "the token was quoted: {stderr}");
    // From the file, the Company UUID reaches the packet.
    let (code, sealed, stderr) = seal(APP_ID);
    assert_eq!(code, 0, "{stderr}");
    let packet = dir.path().join("token.age");
    std::fs::write(&packet, sealed).unwrap();
    let (code, text, stderr) = open_with_key(&packet, &key, &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(text.contains(COMPANY_UUID), "{text}");
    // The provider sees whose token it is.
    assert!(
        text.contains("Company") && text.contains("Müller & Söhne GmbH"),
        "{text}"
    );
}

#[test]
fn the_data_centre_is_asked_for_refused_where_the_token_page_is_missing_and_told_to_the_provider() {
    // A token profile without one: asked for, with how to tell.
    let mut profile = token_profile();
    profile.data_center = None;
    let missing = validate(&profile);
    let asked = missing
        .iter()
        .find(|finding| finding.rule == "DATA-CENTER-REQUIRED")
        .expect("asked for");
    assert!(asked.fix.text.contains("sign in"), "{}", asked.fix.text);
    for (center, refused) in [
        (DataCenter::Us, false),
        (DataCenter::Emea, false),
        (DataCenter::China, true),
        (DataCenter::Pscc, true),
    ] {
        profile.data_center = Some(center);
        let findings = validate(&profile);
        let no_page = findings
            .iter()
            .find(|finding| finding.rule == "DATA-CENTER-NO-TOKEN-PAGE");
        assert_eq!(no_page.is_some(), refused, "{center:?}");
        if let Some(finding) = no_page {
            assert!(finding.fix.text.contains("Client Web Services"));
        }
    }
    // A WS Admin profile has no data centre rule.
    let ws_admin =
        Profile::from_json(include_bytes!("../docs/examples/expensify-standard.json")).unwrap();
    assert!(validate(&ws_admin).is_empty());

    // seal-token: the data centre and its base URI reach the provider.
    let dir = tempfile::tempdir().unwrap();
    let (code, sealed, stderr, key) = seal_token(dir.path(), "now", TOKEN, &[]);
    assert_eq!(code, 0, "{stderr}");
    let packet = dir.path().join("dc.age");
    std::fs::write(&packet, sealed).unwrap();
    let (code, text, stderr) = open_with_key(&packet, &key, &[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(text.contains("US (North America)"), "{text}");
    assert!(
        text.contains("https://us.api.concursolutions.com"),
        "{text}"
    );
    let (_, json, _) = open_with_key(&packet, &key, &["--format", "json"]);
    let opened: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(opened["data_center"], "us");
    assert_eq!(opened["base_uri"], "https://us.api.concursolutions.com");
}

#[test]
fn seal_token_asks_when_the_token_was_generated_and_prints_its_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let (_, public) = age_keygen(dir.path());
    let seal = |generated: Option<&str>| {
        let mut args = vec![
            "seal-token",
            "--app-name",
            "Zoë Travel",
            "--app-id",
            APP_ID,
            "--company-uuid",
            COMPANY_UUID,
            "--data-center",
            "emea",
            "--token-stdin",
            "--to",
            &public,
        ];
        if let Some(generated) = generated {
            args.extend(["--generated-at", generated]);
        }
        run(
            Command::new(bin()).args(args),
            format!("{TOKEN}\n").as_bytes(),
        )
    };
    let (code, out, stderr) = seal(None);
    assert_eq!((code, out.as_str()), (2, ""), "{stderr}");
    assert!(
        stderr.contains("give --generated-at") && stderr.contains("now"),
        "{stderr}"
    );
    let (code, out, stderr) = seal(Some("now"));
    assert_eq!(code, 0, "{stderr}");
    assert!(out.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
    // Three hours left: sealed, exit 0, and the warning is on stderr, not dropped.
    let (code, out, stderr) = seal(Some(&rfc3339(now() - 21 * HOUR)));
    assert_eq!(code, 0, "{stderr}");
    assert!(out.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
    assert!(stderr.contains("warning TOKEN-EXPIRING"), "{stderr}");
}

#[test]
fn the_token_route_speaks_of_the_token_in_exports_and_validate() {
    let profile = token_profile();
    let markdown = markdown::to_markdown(&profile, &ChecklistProgress::default(), "2026-11-30");
    assert!(
        markdown.starts_with("# Company Request Token checklist: Zoë Travel"),
        "{markdown}"
    );
    assert!(
        markdown.contains(&format!("- App ID: `{APP_ID}`")),
        "{markdown}"
    );
    assert!(markdown.contains("- Data centre: EMEA"), "{markdown}");
    for absent in [
        "WS Admin Login ID",
        "Data the app needs",
        "carries no password",
    ] {
        assert!(!markdown.contains(absent), "{absent} in\n{markdown}");
    }
    let app_center = ChecklistProgress {
        route: CreationRoute::AppCenter,
        ..ChecklistProgress::default()
    };
    let markdown = markdown::to_markdown(&profile, &app_center, "2026-11-30");
    assert!(
        markdown.starts_with("# App Center connection checklist"),
        "{markdown}"
    );
    let (code, out, _) = run(Command::new(bin()).args(["validate", EXAMPLE]), b"");
    assert_eq!(code, 0);
    assert!(
        out.contains("Ready to generate the Company Request Token."),
        "{out}"
    );
    assert!(!out.contains("Ready to create in Concur"), "{out}");
}

#[test]
fn an_apostrophe_in_the_admins_address_is_fine_where_concur_never_sees_it() {
    let apostrophe = "sean.o'brien@acme.ie";
    let mut token = token_profile();
    token.authorizing_admin.email = apostrophe.into();
    assert!(
        !validate(&token)
            .iter()
            .any(|f| f.rule == "ADMIN-EMAIL-FORMAT"),
        "the token route never enters it in Concur"
    );
    // A space is no part of any address, on either route.
    token.authorizing_admin.email = "sean obrien@acme.ie".into();
    assert!(validate(&token)
        .iter()
        .any(|f| f.rule == "ADMIN-EMAIL-FORMAT"));
    // The Professional WS Admin's e-mail is typed into Concur, whose list refuses '.
    let mut professional = Profile::from_json(include_bytes!(
        "../docs/examples/expensify-professional-all-data.json"
    ))
    .unwrap();
    professional.authorizing_admin.email = apostrophe.into();
    let refused = validate(&professional)
        .into_iter()
        .find(|f| f.rule == "ADMIN-EMAIL-FORMAT")
        .expect("Concur refuses it there");
    // What to do instead: another address of the same mailbox, without the character.
    assert!(
        refused
            .fix
            .text
            .contains("another address of the same mailbox")
            && refused.fix.text.contains("\"sean.obrien@acme.ie\""),
        "{}",
        refused.fix.text
    );
    professional.authorizing_admin.email = "sean.obrien@acme.ie".into();
    professional.ws_admin.email = Some("sean.obrien@acme.ie".into());
    assert!(
        validate(&professional)
            .iter()
            .all(|f| f.severity != Severity::Error),
        "the alias makes the profile clean"
    );
    let mut standard =
        Profile::from_json(include_bytes!("../docs/examples/expensify-standard.json")).unwrap();
    standard.authorizing_admin.email = apostrophe.into();
    assert!(!validate(&standard)
        .iter()
        .any(|f| f.rule == "ADMIN-EMAIL-FORMAT"));
}

#[test]
fn a_company_uuid_pasted_with_its_label_gets_a_one_click_fix() {
    let now = 1_795_860_000;
    let findings = check(
        "Company UUID: 3B9D2C1E-5F6A-4B7C-8D9E-0F1A2B3C4D5E",
        "Zq8xK2mP4vR7tY1wB3nC6",
        now,
        now,
    );
    assert_eq!(token_rules(&findings), ["COMPANY-UUID-FORMAT"]);
    assert_eq!(
        findings[0].fix.action,
        Some(FixAction::SetText(
            Field::CompanyUuid,
            "3b9d2c1e-5f6a-4b7c-8d9e-0f1a2b3c4d5e".into()
        ))
    );
}
