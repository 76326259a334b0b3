//! The enablement checklist: its steps, gates, progress, exports (golden files), and links.
#![cfg(not(target_arch = "wasm32"))]

use wsadmin_prep::domain::checklist::{
    self, progress, steps, ChecklistProgress, CreationRoute, StepGroup, StepStatus, TickError,
};
use wsadmin_prep::domain::profile::Profile;
use wsadmin_prep::formats::checklist_json::{self, ChecklistFileError};
use wsadmin_prep::formats::json::FormatError;
use wsadmin_prep::formats::markdown;
use wsadmin_prep::formats::share_link as link;

fn example(name: &str) -> Profile {
    let path = format!("docs/examples/{name}.json");
    Profile::from_json(&std::fs::read(&path).unwrap()).unwrap()
}

fn ids(profile: &Profile, route: CreationRoute) -> Vec<&'static str> {
    steps(profile, route).iter().map(|step| step.id).collect()
}

/// Compares with a golden file; `UPDATE_GOLDEN=1 cargo test` rewrites it after a reviewed change.
#[track_caller]
fn golden(name: &str, actual: &str) {
    let path = format!("tests/golden/{name}");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{path} differs; run with UPDATE_GOLDEN=1 after checking the output:\n{actual}"
    );
}

/// A realistic mid-way state: the profile created, one step not applicable, notes written.
fn ticked(profile: &Profile) -> ChecklistProgress {
    let mut ticks = ChecklistProgress::default();
    let at = "2026-11-28T09:30:00Z";
    for id in ["dedicated-profile", "create-user", "grant-permissions"] {
        ticks.set_status(profile, id, StepStatus::Done, at).unwrap();
    }
    ticks.set_note(
        "create-user",
        "Created by John; password set in Concur only",
    );
    ticks
        .set_status(
            profile,
            "named-admin-enables",
            StepStatus::NotApplicable,
            at,
        )
        .unwrap();
    ticks.set_note("named-admin-enables", "John enables; noted for the audit");
    ticks
}

#[test]
fn steps_follow_the_guide_for_each_edition_and_route() {
    let standard = example("expensify-standard");
    let professional = example("expensify-professional-all-data");
    assert_eq!(
        ids(&standard, CreationRoute::Admin),
        [
            "dedicated-profile",
            "create-user",
            "save-and-activate",
            "send-credentials",
            "provider-confirms",
            "named-admin-enables",
            "log-in-as-ws-admin",
            "enable-app"
        ]
    );
    let professional_ids = ids(&professional, CreationRoute::Admin);
    assert_eq!(professional_ids[2], "grant-permissions");
    let create = &steps(&professional, CreationRoute::Admin)[1];
    assert_eq!(
        create.menu_path,
        Some("Administration > Company > Company Admin > Add New User")
    );
    // The guide's Professional User Permissions path.
    assert_eq!(
        steps(&professional, CreationRoute::Admin)[2].menu_path,
        Some("Administration > Company > Company Admin > User Permissions")
    );
    let standard_create = &steps(&standard, CreationRoute::Admin)[1];
    assert_eq!(
        standard_create.menu_path,
        Some("Administration > Setup > Users > Create/Edit User")
    );
    // The user page's variants the App Center guide names.
    for variant in [
        "Expense Settings",
        "Expense & Invoice Settings",
        "Invoice Settings) > User Accounts",
    ] {
        assert!(standard_create.detail.contains(variant), "{variant}");
    }
    assert!(standard_create
        .enter
        .iter()
        .any(|entry| entry.label == "Permissions" && entry.value.contains("Can Administer")));
    let enable = steps(&standard, CreationRoute::Admin).pop().unwrap();
    assert_eq!(
        enable.menu_path,
        Some("Administration > Company > Web Services > Enable Partner Application")
    );
    let helpdesk = ids(&standard, CreationRoute::Helpdesk);
    assert!(helpdesk.contains(&"helpdesk-ticket"));
    assert!(helpdesk.contains(&"receive-initial-password"));
    assert!(!helpdesk.contains(&"create-user"));
}

#[test]
fn the_helpdesk_ticket_is_offered_only_for_a_clean_profile_and_the_admin_logs_it() {
    let clean = example("expensify-standard");
    let mut broken = clean.clone();
    broken.ws_admin.login_id = "john.smith@acme.com".into();
    let ticket_of = |profile: &Profile| {
        steps(profile, CreationRoute::Helpdesk)
            .into_iter()
            .find(|step| step.id == "helpdesk-ticket")
            .unwrap()
    };
    let offered = ticket_of(&clean);
    assert_eq!(offered.actor, checklist::Actor::AuthorizingAdmin);
    assert!(offered.gated);
    assert!(offered.enter[0]
        .value
        .contains("Please create a Web Services Administrator"));
    let withheld = ticket_of(&broken);
    assert!(
        !withheld.enter[0].value.contains("Please create"),
        "{}",
        withheld.enter[0].value
    );
    assert!(withheld.enter[0].value.contains("no errors"));
    // Nor do the exports carry it.
    let ticks = ChecklistProgress {
        route: CreationRoute::Helpdesk,
        ..ChecklistProgress::default()
    };
    for export in [
        markdown::to_markdown(&broken, &ticks, "2026-11-28"),
        checklist_json::to_json(&broken, &ticks, "2026-11-28"),
    ] {
        assert!(!export.contains("Please create"), "{export}");
        assert!(!export.contains("dedicated service profile"), "{export}");
    }
}

#[test]
fn activation_says_which_password_to_seal_and_creation_what_to_do_when_the_login_is_taken() {
    let profile = example("expensify-standard");
    let all = steps(&profile, CreationRoute::Admin);
    let activate = all
        .iter()
        .find(|step| step.id == "save-and-activate")
        .unwrap();
    assert!(
        activate.detail.contains("new password"),
        "{}",
        activate.detail
    );
    let create = all.iter().find(|step| step.id == "create-user").unwrap();
    assert!(create.detail.contains("already taken"), "{}", create.detail);
}

#[test]
fn the_helpdesk_ticket_has_every_value_and_no_password() {
    let profile = example("expensify-professional-all-data");
    let ticket = checklist::helpdesk_ticket(&profile);
    for value in [
        "WSAdmin-Expensify@acme.com",
        "WSADMIN_John",
        "Smith",
        "john.smith@acme.com",
        "Web Services Administrator, Expense User, Travel User, Invoice User",
        "Professional Edition",
        "Expensify",
    ] {
        assert!(ticket.contains(value), "{value} missing from:\n{ticket}");
    }
    assert!(!ticket.to_lowercase().contains("password:"));
}

#[test]
fn creating_handing_over_or_enabling_waits_for_a_clean_profile() {
    let mut profile = example("expensify-standard");
    profile.ws_admin.login_id = "john.smith@acme.com".into();
    let mut ticks = ChecklistProgress::default();
    for gated in [
        "create-user",
        "send-credentials",
        "provider-confirms",
        "log-in-as-ws-admin",
        "enable-app",
    ] {
        let error = ticks
            .set_status(&profile, gated, StepStatus::Done, "2026-11-28T10:00:00Z")
            .unwrap_err();
        let TickError::ProfileHasErrors(errors) = &error else {
            panic!("{error}")
        };
        assert_eq!(errors[0].rule, "LOGIN-WSADMIN");
        assert!(error.to_string().contains("3 errors"), "{error}");
    }
    // Checking the profile, activating, and undoing a tick are never blocked.
    ticks
        .set_status(
            &profile,
            "dedicated-profile",
            StepStatus::Done,
            "2026-11-28T10:00:00Z",
        )
        .unwrap();
    ticks
        .set_status(
            &profile,
            "enable-app",
            StepStatus::NotApplicable,
            "2026-11-28T10:00:00Z",
        )
        .unwrap();
    profile.ws_admin.login_id = "WSAdmin-Expensify@acme.com".into();
    ticks
        .set_status(
            &profile,
            "send-credentials",
            StepStatus::Done,
            "2026-11-28T10:00:00Z",
        )
        .unwrap();
    assert_eq!(ticks.record("send-credentials").status, StepStatus::Done);
    assert!(matches!(
        ticks.set_status(&profile, "no-such-step", StepStatus::Done, "x"),
        Err(TickError::UnknownStep(_))
    ));
}

#[test]
fn progress_counts_done_out_of_applicable_per_group() {
    let profile = example("expensify-professional-all-data");
    let ticks = ticked(&profile);
    let all = steps(&profile, ticks.route);
    let create = progress(&all, &ticks, Some(StepGroup::CreateProfile));
    assert_eq!((create.done, create.applicable), (3, 4));
    let enable = progress(&all, &ticks, Some(StepGroup::EnableApp));
    assert_eq!((enable.done, enable.applicable), (0, 2));
    let total = progress(&all, &ticks, None);
    assert_eq!((total.done, total.applicable), (3, 8));
}

#[test]
fn markdown_export_matches_its_golden_files() {
    let professional = example("expensify-professional-all-data");
    let markdown = markdown::to_markdown(&professional, &ticked(&professional), "2026-11-28");
    golden("checklist-professional-all-data.md", &markdown);
    let standard = example("expensify-standard");
    let helpdesk = ChecklistProgress {
        route: CreationRoute::Helpdesk,
        ..ChecklistProgress::default()
    };
    golden(
        "checklist-standard-helpdesk.md",
        &markdown::to_markdown(&standard, &helpdesk, "2026-11-28"),
    );
}

#[test]
fn the_documented_example_is_the_current_export() {
    let golden =
        std::fs::read_to_string("tests/golden/checklist-professional-all-data.md").unwrap();
    let example =
        std::fs::read_to_string("docs/examples/checklist-professional-all-data.md").unwrap();
    assert_eq!(example, golden, "copy the golden file to docs/examples/");
}

#[test]
fn json_export_matches_its_golden_file_and_reads_back() {
    let profile = example("expensify-professional-all-data");
    let ticks = ticked(&profile);
    let json = checklist_json::to_json(&profile, &ticks, "2026-11-28");
    golden("checklist-professional-all-data.json", &json);
    let (read_profile, mut read_ticks) = checklist_json::from_json(json.as_bytes()).unwrap();
    assert_eq!(read_profile, profile);
    // The day it was prepared is read to be told, not kept.
    assert_eq!(read_ticks.prepared_on.take().as_deref(), Some("2026-11-28"));
    assert_eq!(read_ticks, ticks);
}

#[test]
fn a_checklist_json_with_a_foreign_step_or_schema_is_refused() {
    let profile = example("expensify-standard");
    let json = checklist_json::to_json(&profile, &ChecklistProgress::default(), "2026-11-28");
    let foreign = json.replacen("\"dedicated-profile\"", "\"launch-rockets\"", 1);
    let error = checklist_json::from_json(foreign.as_bytes()).unwrap_err();
    assert_eq!(
        error,
        ChecklistFileError::UnknownStep("launch-rockets".into())
    );
    assert!(error.to_string().contains("launch-rockets"), "{error}");
    let newer = json.replace("checklist@1", "checklist@2");
    let error = checklist_json::from_json(newer.as_bytes()).unwrap_err();
    assert!(
        matches!(&error, ChecklistFileError::Format(FormatError::UnknownSchema { found, .. }) if found == "wsadmin-prep/checklist@2"),
        "{error:?}"
    );
    assert!(error.to_string().contains("unknown schema"), "{error}");
    let cut = &json[..json.len() / 2];
    let error = checklist_json::from_json(cut.as_bytes()).unwrap_err();
    assert!(
        matches!(error, ChecklistFileError::Format(FormatError::Json { .. })),
        "{error:?}"
    );
    assert!(error.to_string().starts_with("line "), "{error}");
}

#[test]
fn exports_escape_hostile_values() {
    let mut profile = example("expensify-standard");
    profile.app_name = "[Click](http://evil.example) <script>".into();
    profile.authorizing_admin.first_name = "**John**\n# Heading".into();
    let markdown = markdown::to_markdown(&profile, &ChecklistProgress::default(), "2026-11-28");
    // Outside code spans the link is escaped; inside one (`App: `…``) it is inert text.
    assert_eq!(
        markdown.matches("[Click](http").count(),
        markdown.matches("`[Click](http").count(),
        "{markdown}"
    );
    assert!(markdown.contains("\\<script>"));
    assert!(!markdown.contains("\n# Heading"));
}

#[test]
fn a_share_link_round_trips_the_checklist() {
    let profile = example("expensify-professional-all-data");
    let ticks = ticked(&profile);
    let fragment = link::encode(&profile, &ticks);
    assert!(fragment.starts_with("checklist=1."));
    assert!(fragment.len() < 2000, "{} characters", fragment.len());
    assert!(fragment
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "=.-_".contains(c)));
    let (read_profile, read_ticks) = link::decode(&format!("#{fragment}")).unwrap();
    assert_eq!(read_profile, profile);
    assert_eq!(read_ticks, ticks);
}

#[test]
fn damaged_and_foreign_links_say_what_is_wrong() {
    let profile = example("expensify-standard");
    let fragment = link::encode(&profile, &ChecklistProgress::default());
    let cut = &fragment[..fragment.len() - 10];
    assert!(link::decode(cut)
        .unwrap_err()
        .to_string()
        .contains("damaged"));
    let mut flipped = fragment.clone().into_bytes();
    let middle = flipped.len() / 2;
    flipped[middle] = if flipped[middle] == b'A' { b'B' } else { b'A' };
    let flipped = String::from_utf8(flipped).unwrap();
    assert!(matches!(
        link::decode(&flipped),
        Err(link::LinkError::Damaged(_))
    ));
    let newer = fragment.replacen("checklist=1.", "checklist=2.", 1);
    assert!(link::decode(&newer)
        .unwrap_err()
        .to_string()
        .contains("newer version"));
    assert_eq!(
        link::decode("#section-2"),
        Err(link::LinkError::NotAChecklistLink)
    );
    assert!(!link::is_checklist_link("#section-2"));
}

#[test]
fn a_link_that_inflates_too_far_is_refused() {
    use base64::Engine;
    let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b' '; 10_000_000], 9);
    let fragment = format!(
        "checklist=1.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bomb)
    );
    let error = link::decode(&fragment).unwrap_err();
    assert!(error.to_string().contains("does not decompress"), "{error}");
}

/// The export as GitHub shows it: cmark-gfm's rules (comrak), autolinks on.
fn rendered_as_github(markdown: &str) -> String {
    let mut options = comrak::Options::default();
    options.extension.autolink = true;
    options.extension.tasklist = true;
    options.extension.strikethrough = true;
    options.extension.table = true;
    comrak::markdown_to_html(markdown, &options)
}

#[test]
fn the_markdown_export_rendered_as_github_does_holds_no_link() {
    // GitHub links these after parsing, whatever backslashes stood in them.
    let hostile = "x@evil.example x\\@evil.example mailto:x@evil.example xmpp:x@evil.example \
                   x&commat;evil.example x&#64;evil.example www.evil.example WWW\\.evil.example \
                   https://evil.example https\\://evil.example <https://evil.example> \
                   [a](https://evil.example) (see:www.evil.example).";
    let mut profile = example("expensify-standard");
    profile.app_name = hostile.into();
    profile.authorizing_admin.first_name = hostile.into();
    profile.authorizing_admin.last_name = hostile.into();
    profile.company_domain = Some("evil.example".into());
    let mut ticks = ChecklistProgress::default();
    ticks.set_note("dedicated-profile", hostile);
    ticks.set_note("create-user", hostile);
    for route in [CreationRoute::Admin, CreationRoute::Helpdesk] {
        ticks.route = route;
        let markdown = markdown::to_markdown(&profile, &ticks, "2026-11-28");
        let html = rendered_as_github(&markdown);
        assert!(!html.contains("<a "), "{route:?}: a link in\n{html}");
        // The values are all still there, as text.
        assert!(html.contains("x@evil.example"), "{html}");
    }
}

#[test]
fn a_share_link_whose_data_gives_a_key_twice_is_refused_by_name() {
    let profile = example("expensify-standard");
    let fragment = link::encode(&profile, &ChecklistProgress::default());
    let (read, _) = link::decode(&format!("#{fragment}")).unwrap();
    assert_eq!(read, profile);
    // The payload as a link carries it, with the app's name given twice.
    let payload = serde_json::json!({ "v": 1 }).to_string();
    assert!(link::read_payload(payload.as_bytes()).is_err());
    let doubled = br#"{"profile": {"app_name": "Expensify", "app_name": "Evil"}}"#;
    let error = link::read_payload(doubled).unwrap_err().to_string();
    assert!(error.contains("\"app_name\" is given twice"), "{error}");
}

#[test]
fn a_checklist_read_back_never_shows_a_locked_step_done_while_the_profile_has_errors() {
    let profile = example("expensify-professional-all-data");
    let ticks = ticked(&profile);
    assert_eq!(ticks.record("create-user").status, StepStatus::Done);
    // The profile gains an error after the ticks were set, and is exported and shared so.
    let mut broken = profile.clone();
    broken.ws_admin.login_id = "john.smith@acme.com".into();
    let json = checklist_json::to_json(&broken, &ticks, "2026-11-28");
    let fragment = link::encode(&broken, &ticks);
    for (read_profile, read_ticks) in [
        checklist_json::from_json(json.as_bytes()).unwrap(),
        link::decode(&format!("#{fragment}")).unwrap(),
    ] {
        assert_eq!(read_profile, broken);
        for gated in ["create-user", "grant-permissions"] {
            let record = read_ticks.record(gated);
            assert_eq!(record.status, StepStatus::Todo, "{gated} shown done");
            assert_eq!(record.at, None);
        }
        // Not gated: kept. The note on a set-aside step: kept.
        assert_eq!(
            read_ticks.record("dedicated-profile").status,
            StepStatus::Done
        );
        assert_eq!(
            read_ticks.record("create-user").note,
            "Created by John; password set in Concur only"
        );
        let notice = read_ticks.set_aside_notice().expect("the person is told");
        assert!(
            notice.contains("2 steps") && notice.contains("create-user"),
            "{notice}"
        );
    }
    // With the profile clean, nothing is set aside.
    let (_, clean) = checklist_json::from_json(
        checklist_json::to_json(&profile, &ticks, "2026-11-28").as_bytes(),
    )
    .unwrap();
    assert_eq!(clean.set_aside_notice(), None);
    assert_eq!(clean.record("create-user").status, StepStatus::Done);
}

#[test]
fn a_returned_copy_updates_its_draft_per_step_and_loses_nothing_typed_here() {
    use wsadmin_prep::domain::draft::{merge_returned, Draft};
    // The consultant's draft: the context filled, a note of their own, shared with an id.
    let mut mine = Draft::from_profile(example("expensify-standard"));
    mine.profile.ws_admin.login_id.clear();
    mine.checklist.set_note("dedicated-profile", "Asked HR");
    let shared = mine.shared_checklist(|| "0123456789abcdef".into());
    assert_eq!(shared.share_id.as_deref(), Some("0123456789abcdef"));
    mine.checklist = shared.clone();
    // The client opens the link, fills the Login ID, ticks a step and writes notes.
    let fragment = link::encode(&mine.profile, &mine.checklist);
    let (profile, ticks) = link::decode(&format!("#{fragment}")).unwrap();
    assert_eq!(ticks.share_id.as_deref(), Some("0123456789abcdef"));
    let mut theirs = Draft::from_link(profile, ticks);
    theirs.profile.ws_admin.login_id = "WSAdmin-Expensify@acme.com".into();
    theirs.profile.app_name = "Expensify Inc".into();
    let client = theirs.profile.clone();
    theirs
        .checklist
        .set_status(
            &client,
            "dedicated-profile",
            StepStatus::Done,
            "2026-11-29T10:00:00Z",
        )
        .unwrap();
    theirs
        .checklist
        .set_note("dedicated-profile", "Confirmed with IT");
    // Back through a JSON export, as the client might send it.
    let json = checklist_json::to_json(&theirs.profile, &theirs.checklist, "2026-11-29");
    let (profile, ticks) = checklist_json::from_json(json.as_bytes()).unwrap();
    let returned = Draft::from_link(profile, ticks);
    assert_eq!(returned.checklist.share_id, mine.checklist.share_id);

    let (merged, changes) = merge_returned(&mine, &returned);
    assert_eq!(
        merged.profile.ws_admin.login_id,
        "WSAdmin-Expensify@acme.com"
    );
    assert_eq!(
        merged.profile.app_name, "Expensify",
        "a value typed here is kept"
    );
    let record = merged.checklist.record("dedicated-profile");
    assert_eq!(record.status, StepStatus::Done);
    assert_eq!(
        record.note, "Asked HR\nConfirmed with IT",
        "both notes are kept"
    );
    let said = changes.join("; ");
    assert!(said.contains("WSAdmin-Expensify@acme.com"), "{said}");
    assert!(
        said.contains("kept yours (the copy has Expensify Inc)"),
        "{said}"
    );
    assert!(said.contains(": done"), "{said}");
    // The same copy a second time changes nothing, and the workspace says so in any
    // language (the page then shows the draft instead of offering an update).
    let (again, changes) = merge_returned(&merged, &returned);
    assert_eq!(again, merged);
    for lang in wsadmin_prep::i18n::Lang::ALL {
        let here = wsadmin_prep::domain::workspace::Workspace::from_drafts(vec![merged.clone()], 0);
        let copy = wsadmin_prep::i18n::with_lang(lang, || here.returned_copy(&returned)).unwrap();
        assert!(copy.brings_nothing, "{lang:?}: {:?}", copy.changes);
        let first = wsadmin_prep::domain::workspace::Workspace::from_drafts(vec![mine.clone()], 0);
        assert!(!first.returned_copy(&returned).unwrap().brings_nothing);
    }
    assert_eq!(
        changes.iter().filter(|c| !c.contains("kept yours")).count(),
        0,
        "{changes:?}"
    );
    // An older tick never overwrites a newer one set here.
    let mut newer_here = merged.clone();
    let profile = newer_here.profile.clone();
    newer_here
        .checklist
        .set_status(
            &profile,
            "dedicated-profile",
            StepStatus::Todo,
            "2026-11-30T08:00:00Z",
        )
        .unwrap();
    let (kept, _) = merge_returned(&newer_here, &returned);
    assert_eq!(
        kept.checklist.record("dedicated-profile").status,
        StepStatus::Todo
    );
}

#[test]
fn a_share_identity_that_is_not_ours_is_dropped_on_reading() {
    let profile = example("expensify-standard");
    let ticks = ChecklistProgress {
        share_id: Some("John Smith's draft".into()),
        ..ChecklistProgress::default()
    };
    let json = checklist_json::to_json(&profile, &ticks, "2026-11-28");
    let (_, read) = checklist_json::from_json(json.as_bytes()).unwrap();
    assert_eq!(read.share_id, None);
}

#[test]
fn a_draft_knows_its_client_company_in_titles_exports_and_the_ticket() {
    use wsadmin_prep::domain::checklist::helpdesk_ticket;
    use wsadmin_prep::domain::draft::Draft;
    let mut profile = example("expensify-standard");
    assert_eq!(
        Draft::from_profile(profile.clone()).title(),
        "Expensify · acme.com"
    );
    profile.company_name = Some("Müller & Söhne GmbH".into());
    assert_eq!(
        Draft::from_profile(profile.clone()).title(),
        "Expensify · Müller & Söhne GmbH"
    );
    // The profile file, the checklist JSON and share links (templates too) carry it.
    let read = Profile::from_json(profile.to_json().as_bytes()).unwrap();
    assert_eq!(read.company_name.as_deref(), Some("Müller & Söhne GmbH"));
    let fragment = link::encode(&profile.template(), &ChecklistProgress::default());
    let (template, _) = link::decode(&format!("#{fragment}")).unwrap();
    assert_eq!(
        template.company_name.as_deref(),
        Some("Müller & Söhne GmbH")
    );
    let markdown = markdown::to_markdown(&profile, &ChecklistProgress::default(), "2026-11-30");
    assert!(
        markdown.contains("- Company: Müller \\& Söhne GmbH"),
        "{markdown}"
    );
    assert!(helpdesk_ticket(&profile).contains("Standard Edition (Müller & Söhne GmbH)"));
}

#[test]
fn the_checklist_leads_to_the_handoff_and_a_taken_packet_completes_its_step() {
    use checklist::{done_by_sealing, HandoffLink};
    let leads = |profile: &Profile, route| -> Vec<(&'static str, HandoffLink)> {
        steps(profile, route)
            .iter()
            .filter_map(|step| step.handoff_link().map(|link| (step.id, link)))
            .collect()
    };
    let admin = example("expensify-standard");
    assert_eq!(
        leads(&admin, CreationRoute::Admin),
        [
            ("create-user", HandoffLink::GeneratePassword),
            ("send-credentials", HandoffLink::Seal)
        ]
    );
    assert_eq!(
        leads(&admin, CreationRoute::Helpdesk),
        [
            ("receive-initial-password", HandoffLink::GeneratePassword),
            ("send-credentials", HandoffLink::Seal)
        ]
    );
    let token = example("zoe-travel-token");
    assert_eq!(
        leads(&token, CreationRoute::Admin),
        [
            ("copy-token-values", HandoffLink::Seal),
            ("send-token", HandoffLink::Seal)
        ]
    );
    // Connecting in the App Center hands nothing over: nothing to seal, nothing to tick.
    assert!(leads(&token, CreationRoute::AppCenter).is_empty());
    assert!(done_by_sealing(
        &steps(&token, CreationRoute::AppCenter),
        &ChecklistProgress::default()
    )
    .is_none());

    // Sealing offers its step until the step is done or marked not applicable.
    for (profile, step) in [(&admin, "send-credentials"), (&token, "send-token")] {
        let all = steps(profile, CreationRoute::Admin);
        let mut ticks = ChecklistProgress::default();
        assert_eq!(done_by_sealing(&all, &ticks).map(|s| s.id), Some(step));
        ticks
            .set_status(profile, step, StepStatus::Done, "2026-11-30T16:36:00Z")
            .unwrap();
        assert_eq!(done_by_sealing(&all, &ticks), None);
        ticks
            .set_status(
                profile,
                step,
                StepStatus::NotApplicable,
                "2026-11-30T16:37:00Z",
            )
            .unwrap();
        assert_eq!(done_by_sealing(&all, &ticks), None);
    }
}

#[test]
fn a_client_opening_a_template_is_told_who_prepared_it_and_what_to_fill_in() {
    use wsadmin_prep::domain::draft::Draft;
    use wsadmin_prep::domain::profile::Field;
    let mut prepared = example("expensify-standard");
    prepared.company_name = Some("Müller & Söhne GmbH".into());
    let mut ticks = ChecklistProgress {
        prepared_on: Some("2026-11-30".into()),
        ..ChecklistProgress::default()
    };
    // The template travels as a link; the day and the company come with it.
    let (profile, read) = link::decode(&link::encode(&prepared.template(), &ticks)).unwrap();
    assert_eq!(read.prepared_on.as_deref(), Some("2026-11-30"));
    let welcome = Draft::from_link(profile, read.clone()).welcome(read.prepared_on);
    assert_eq!(welcome.company.as_deref(), Some("Müller & Söhne GmbH"));
    assert_eq!(welcome.prepared_on.as_deref(), Some("2026-11-30"));
    assert_eq!(
        welcome.to_fill,
        [
            Field::AdminFirstName,
            Field::AdminLastName,
            Field::AdminEmail
        ]
    );
    assert!(welcome.then_suggestions);
    assert_eq!(
        welcome.what_to_do(),
        "Fill in Admin's first name, Admin's last name, Admin's e-mail; then Fill suggestions writes the WS Admin user's fields."
    );
    // A consultant's whole checklist leaves nothing to fill in.
    let whole = Draft::from_link(prepared.clone(), ChecklistProgress::default()).welcome(None);
    assert!(whole.to_fill.is_empty() && !whole.then_suggestions);
    assert!(whole.what_to_do().starts_with("Everything is filled in"));

    // The JSON export says the day too; a day that is not a plain date is dropped.
    let json = checklist_json::to_json(&prepared, &ticks, "2026-11-29");
    assert_eq!(
        checklist_json::from_json(json.as_bytes())
            .unwrap()
            .1
            .prepared_on
            .as_deref(),
        Some("2026-11-29")
    );
    for hostile in ["30 Nov", "2026-11-30T00:00", "<b>2026</b>", "2026-1l-30"] {
        ticks.prepared_on = Some(hostile.into());
        let (_, read) = link::decode(&link::encode(&prepared, &ticks)).unwrap();
        assert_eq!(read.prepared_on, None, "{hostile:?}");
    }
}

#[test]
fn the_gate_note_names_every_step_the_errors_lock() {
    let mut profile = example("expensify-standard");
    assert_eq!(
        checklist::gate_note(&steps(&profile, CreationRoute::Admin), 0),
        None
    );
    profile.ws_admin.login_id.clear();
    let errors = wsadmin_prep::domain::rules::validate(&profile)
        .iter()
        .filter(|finding| finding.severity == wsadmin_prep::domain::rules::Severity::Error)
        .count();
    let all = steps(&profile, CreationRoute::Admin);
    let note = checklist::gate_note(&all, errors).unwrap();
    let locked: Vec<_> = all.iter().filter(|step| step.gated).collect();
    assert!(locked.len() > 2);
    for step in &locked {
        assert!(
            note.contains(&step.title),
            "{note} does not name {}",
            step.title
        );
    }
    for step in all.iter().filter(|step| !step.gated) {
        assert!(
            !note.contains(&step.title),
            "{note} names {}, which is not locked",
            step.title
        );
    }
    assert!(note.starts_with(&format!("The profile has {errors} error")));
    // Creating the user is locked too, not only handing over and enabling.
    assert!(note.contains("Create the WS Admin user"));
}

#[test]
fn see_the_findings_goes_to_the_first_error_in_the_forms_order() {
    use wsadmin_prep::domain::profile::Field;
    use wsadmin_prep::domain::rules::{first_error, validate};
    let mut profile = example("expensify-standard");
    assert_eq!(first_error(&validate(&profile)), None);
    profile.ws_admin.last_name.clear();
    profile.authorizing_admin.first_name.clear();
    assert_eq!(
        first_error(&validate(&profile)),
        Some(Field::AdminFirstName)
    );
}

#[test]
fn importing_a_markdown_export_says_to_import_the_json_instead() {
    for route in [CreationRoute::Admin, CreationRoute::Helpdesk] {
        let markdown = markdown::to_markdown(
            &example("expensify-standard"),
            &ChecklistProgress {
                route,
                ..ChecklistProgress::default()
            },
            "2026-11-30",
        );
        let error = checklist_json::from_checklist_or_profile(markdown.as_bytes()).unwrap_err();
        assert_eq!(error, checklist_json::ImportError::Markdown);
        assert!(error
            .to_string()
            .contains("import the checklist's JSON export"));
    }
    let token = markdown::to_markdown(
        &example("zoe-travel-token"),
        &ChecklistProgress::default(),
        "2026-11-30",
    );
    assert_eq!(
        checklist_json::from_checklist_or_profile(format!("\u{feff}{token}").as_bytes()),
        Err(checklist_json::ImportError::Markdown)
    );
    // An export made in another language is recognised as well.
    for lang in wsadmin_prep::i18n::Lang::ALL {
        let markdown = wsadmin_prep::i18n::with_lang(lang, || {
            markdown::to_markdown(
                &example("expensify-standard"),
                &ChecklistProgress::default(),
                "2026-11-30",
            )
        });
        assert_eq!(
            checklist_json::from_checklist_or_profile(markdown.as_bytes()),
            Err(checklist_json::ImportError::Markdown),
            "{lang:?}"
        );
    }
    // Other text is still named as not a profile.
    assert!(matches!(
        checklist_json::from_checklist_or_profile(b"# notes\nhello"),
        Err(checklist_json::ImportError::Profile(_))
    ));
}

#[test]
fn the_ticket_s_language_is_kept_with_the_draft_and_never_shared() {
    use wsadmin_prep::domain::draft::{ChecklistEdit, Draft};
    use wsadmin_prep::formats::drafts_store::{from_storage, to_storage, SavedDraft};
    let mut draft = Draft::from_profile(example("expensify-standard"));
    draft
        .edit_checklist(ChecklistEdit::SetRoute(CreationRoute::Helpdesk))
        .unwrap();
    draft
        .edit_checklist(ChecklistEdit::SetTicketInEnglish(true))
        .unwrap();
    let saved = SavedDraft {
        draft: draft.clone(),
        created_ms: 1,
        updated_ms: 2,
    };
    // Kept over a reload…
    let restored = from_storage(&to_storage(&saved)).unwrap();
    assert!(restored.draft.checklist.ticket_in_english);
    // …and never sent: the reader of a link or an export chooses their own.
    let ticks = &draft.checklist;
    let link = String::from_utf8(link::payload(&draft.profile, ticks)).unwrap();
    let export = checklist_json::to_json(&draft.profile, ticks, "2026-12-01");
    for sent in [&link, &export] {
        assert!(!sent.contains("ticket_in_english"), "{sent}");
    }
    let (_, read_back) = link::decode(&link::encode(&draft.profile, ticks)).unwrap();
    assert!(!read_back.ticket_in_english);
    // A draft that never chose says nothing about it.
    draft
        .edit_checklist(ChecklistEdit::SetTicketInEnglish(false))
        .unwrap();
    let saved = SavedDraft { draft, ..saved };
    assert!(!to_storage(&saved).contains("ticket_in_english"));
}
