//! Every rule of the catalogue: one profile that triggers it and a near miss that does not.
#![cfg(not(target_arch = "wasm32"))]

use wsadmin_prep::domain::concur::{DataKind, Edition};
use wsadmin_prep::domain::profile::{Field, Profile};
use wsadmin_prep::domain::rules::{all_rules, validate, Finding, FixAction, Severity};

/// The example: a Standard profile that passes every rule.
fn standard() -> Profile {
    Profile::from_json(include_bytes!("../docs/examples/expensify-standard.json"))
        .expect("the example profile parses")
}

/// A Professional profile for an app that needs all three kinds of data, passing every rule.
fn professional() -> Profile {
    let mut profile = standard();
    profile.edition = Edition::Professional;
    profile.data_access = DataKind::ALL.to_vec();
    profile.ws_admin.email = Some("john.smith@acme.com".into());
    profile.ws_admin.permissions = vec![
        "Web Services Administrator".into(),
        "Expense User".into(),
        "Travel User".into(),
        "Invoice User".into(),
    ];
    profile
}

fn findings_of(profile: &Profile, rule: &str) -> Vec<Finding> {
    validate(profile)
        .into_iter()
        .filter(|finding| finding.rule == rule)
        .collect()
}

#[track_caller]
fn flags(profile: &Profile, rule: &str) -> Finding {
    let mut found = findings_of(profile, rule);
    assert!(
        !found.is_empty(),
        "expected {rule}, got {:?}",
        validate(profile).iter().map(|f| f.rule).collect::<Vec<_>>()
    );
    found.remove(0)
}

#[track_caller]
fn passes(profile: &Profile, rule: &str) {
    let found = findings_of(profile, rule);
    assert!(found.is_empty(), "expected no {rule}, got {found:?}");
}

fn with(mut profile: Profile, change: impl FnOnce(&mut Profile)) -> Profile {
    change(&mut profile);
    profile
}

fn login(value: &str) -> Profile {
    with(standard(), |p| p.ws_admin.login_id = value.into())
}

#[test]
fn the_examples_pass_every_rule() {
    assert_eq!(validate(&standard()), []);
    assert_eq!(validate(&professional()), []);
}

#[test]
fn every_rule_has_an_id_a_reason_and_a_source() {
    let mut ids: Vec<&str> = all_rules().map(|rule| rule.id).collect();
    assert_eq!(ids.len(), 50);
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 50, "rule IDs are unique");
    for rule in all_rules() {
        assert!(
            !rule.why.text().is_empty() && !rule.source.0.is_empty(),
            "{}",
            rule.id
        );
    }
}

#[test]
fn app_required() {
    let finding = flags(&with(standard(), |p| p.app_name.clear()), "APP-REQUIRED");
    assert_eq!(finding.field, Field::AppName);
    passes(
        &with(standard(), |p| p.app_name = "X".into()),
        "APP-REQUIRED",
    );
}

#[test]
fn access_none() {
    flags(&with(standard(), |p| p.data_access.clear()), "ACCESS-NONE");
    passes(
        &with(standard(), |p| p.data_access = vec![DataKind::Invoice]),
        "ACCESS-NONE",
    );
}

#[test]
fn admin_incomplete_points_at_each_missing_field() {
    let profile = with(standard(), |p| {
        p.authorizing_admin.first_name.clear();
        p.authorizing_admin.email.clear();
    });
    let fields: Vec<Field> = findings_of(&profile, "ADMIN-INCOMPLETE")
        .iter()
        .map(|f| f.field)
        .collect();
    assert_eq!(fields, [Field::AdminFirstName, Field::AdminEmail]);
    // The admin's own Login ID is optional.
    passes(
        &with(standard(), |p| p.authorizing_admin.login_id = None),
        "ADMIN-INCOMPLETE",
    );
}

#[test]
fn login_required_suggests_the_guide_pattern() {
    let finding = flags(&login(""), "LOGIN-REQUIRED");
    assert_eq!(
        finding.fix.action,
        Some(FixAction::SetText(
            Field::LoginId,
            "WSAdmin-Expensify@acme.com".into()
        ))
    );
    passes(&login("x"), "LOGIN-REQUIRED");
}

#[test]
fn login_format() {
    for bad in [
        "WSAdmin-Expensify.acme.com",
        "WSAdmin-Expensify@a@acme.com",
        "@acme.com",
        "WSAdmin-Expensify@acme",
        "WSAdmin-Expensify@acme.",
        "WSAdmin-Expensify@acme..com",
    ] {
        flags(&login(bad), "LOGIN-FORMAT");
    }
    for bad in [
        "WSAdmin..Expensify@acme.com",
        ".WSAdmin-Expensify@acme.com",
        "WSAdmin-Expensify.@acme.com",
        "WSAdmin-Expensify@-acme.com",
        "WSAdmin-Expensify@acme-.com",
    ] {
        flags(&login(bad), "LOGIN-FORMAT");
    }
    passes(&login("WSAdmin-Expensify@acme.co.uk"), "LOGIN-FORMAT");
    passes(&login("WSAdmin.Expensify@my-acme.com"), "LOGIN-FORMAT");
    passes(&login("w@a.b"), "LOGIN-FORMAT");
}

#[test]
fn login_chars_catches_spaces_invisibles_and_forbidden_characters() {
    let spaced = flags(&login(" WSAdmin-Expensify@acme.com"), "LOGIN-CHARS");
    assert!(spaced.message.contains("a space"), "{}", spaced.message);
    assert_eq!(
        spaced.fix.action,
        Some(FixAction::SetText(
            Field::LoginId,
            "WSAdmin-Expensify@acme.com".into()
        ))
    );
    flags(&login("WSAdmin-Expensify@acme.com\t"), "LOGIN-CHARS");
    let invisible = flags(&login("WSAdmin-Expen\u{200B}sify@acme.com"), "LOGIN-CHARS");
    assert!(
        invisible.message.contains("U+200B"),
        "{}",
        invisible.message
    );
    flags(&login("WSAdmin-Expen\u{7}sify@acme.com"), "LOGIN-CHARS");
    for forbidden in "%[#!*&()~'{^}\\/?><,;:\"+=|`".chars() {
        flags(
            &login(&format!("WSAdmin-Expensify{forbidden}1@acme.com")),
            "LOGIN-CHARS",
        );
    }
    passes(&login("WSAdmin_Expensify.Prod-1@acme.com"), "LOGIN-CHARS");
}

#[test]
fn login_length_counts_characters_not_bytes() {
    let at_limit = format!("WSAdmin-Expensify{}@acme.com", "é".repeat(128 - 26));
    assert_eq!(at_limit.chars().count(), 128);
    passes(&login(&at_limit), "LOGIN-LENGTH");
    let over = format!("WSAdmin-Expensify{}@acme.com", "e".repeat(129 - 26));
    let finding = flags(&login(&over), "LOGIN-LENGTH");
    assert!(finding.message.contains("129"), "{}", finding.message);
}

#[test]
fn login_wsadmin_ignores_case() {
    flags(&login("Expensify-Integration@acme.com"), "LOGIN-WSADMIN");
    passes(&login("wsadmin.expensify@acme.com"), "LOGIN-WSADMIN");
    // WSAdmin in the domain does not mark the user.
    flags(&login("Expensify@wsadmin.acme.com"), "LOGIN-WSADMIN");
}

#[test]
fn login_app_compares_letters_and_digits_of_the_local_part() {
    let app_provider = |login_id: &str| {
        with(standard(), |p| {
            p.app_name = "App Provider".into();
            p.ws_admin.login_id = login_id.into();
        })
    };
    passes(&app_provider("WSAdmin-AppProvider@acme.com"), "LOGIN-APP");
    passes(&app_provider("WSAdmin-app_provider@acme.com"), "LOGIN-APP");
    flags(&app_provider("WSAdmin-Concur@acme.com"), "LOGIN-APP");
    // The company's domain does not count as naming the app.
    let acme_app = with(standard(), |p| {
        p.app_name = "Acme".into();
        p.ws_admin.login_id = "WSAdmin-Expensify@acme.com".into();
    });
    flags(&acme_app, "LOGIN-APP");
}

#[test]
fn login_app_reads_the_app_in_ascii_without_legal_forms() {
    let app = |name: &str, login_id: &str| {
        with(standard(), |p| {
            p.app_name = name.into();
            p.ws_admin.login_id = login_id.into();
        })
    };
    passes(
        &app("Zoë Travel", "WSAdmin-ZoeTravel@acme.com"),
        "LOGIN-APP",
    );
    passes(
        &app("Expensify, Inc.", "WSAdmin-Expensify@acme.com"),
        "LOGIN-APP",
    );
    passes(
        &app("Acme Reisen GmbH", "WSAdmin-AcmeReisen@acme.com"),
        "LOGIN-APP",
    );
    flags(&app("Zoë Travel", "WSAdmin-ZoTravel@acme.com"), "LOGIN-APP");
    // The suggestion for each passes the rule.
    for name in [
        "Zoë Travel",
        "Expensify, Inc.",
        "楽楽精算",
        "Ταξίδια+",
        "S.A. Viajes & Co.",
    ] {
        let finding = flags(&app(name, "WSAdmin-Other@acme.com"), "LOGIN-APP");
        let Some(FixAction::SetText(_, suggested)) = finding.fix.action else {
            panic!("{name}: no suggestion")
        };
        passes(&app(name, &suggested), "LOGIN-APP");
    }
}

#[test]
fn company_forms_are_dropped_from_the_app_only_at_the_end_of_its_name() {
    let app = |name: &str, login_id: &str| {
        with(standard(), |p| {
            p.app_name = name.into();
            p.ws_admin.login_id = login_id.into();
        })
    };
    // At the start a company-form word is the brand: a Login ID without it is refused.
    flags(
        &app("SAS Travel Analytics", "WSAdmin-TravelAnalytics@acme.com"),
        "LOGIN-APP",
    );
    passes(
        &app(
            "SAS Travel Analytics",
            "WSAdmin-SASTravelAnalytics@acme.com",
        ),
        "LOGIN-APP",
    );
    flags(
        &app(
            "Corp Travel Management",
            "WSAdmin-TravelManagement@acme.com",
        ),
        "LOGIN-APP",
    );
    // At the end it is not needed, however many there are.
    passes(&app("Nexonia Ltd", "WSAdmin-Nexonia@acme.com"), "LOGIN-APP");
    passes(
        &app("Acme Travel Co Ltd", "WSAdmin-AcmeTravel@acme.com"),
        "LOGIN-APP",
    );
    for (name, suggested) in [
        (
            "SAS Travel Analytics",
            "WSAdmin-SASTravelAnalytics@acme.com",
        ),
        (
            "Corp Travel Management",
            "WSAdmin-CorpTravelManagement@acme.com",
        ),
        ("Expensify, Inc.", "WSAdmin-Expensify@acme.com"),
        ("Tripl’Agent SAS", "WSAdmin-TriplAgent@acme.com"),
    ] {
        assert_eq!(
            wsadmin_prep::domain::suggest::login_id(&app(name, "")).as_deref(),
            Some(suggested),
            "{name}"
        );
    }
}

#[test]
fn login_app_accepts_the_leading_letters_of_a_name_too_long_to_fit() {
    let long = "Supercalifragilistic".repeat(8);
    let profile = with(standard(), |p| {
        p.app_name = long.clone();
        p.ws_admin.login_id = "WSAdmin-Other@acme.com".into();
    });
    let finding = flags(&profile, "LOGIN-APP");
    assert!(
        finding.message.contains("are enough"),
        "{}",
        finding.message
    );
    let Some(FixAction::SetText(_, suggested)) = finding.fix.action else {
        panic!("no suggestion")
    };
    assert_eq!(suggested.chars().count(), 128);
    let fixed = with(profile, |p| p.ws_admin.login_id = suggested);
    assert_eq!(validate(&fixed), []);
}

#[test]
fn domain_format_names_the_problem_and_gives_the_bare_domain() {
    let domain = |typed: &str| with(standard(), |p| p.company_domain = Some(typed.into()));
    for typed in [
        "@acme.com",
        "https://www.acme.com/",
        "acme.com.",
        " acme.com ",
        "www.acme.com",
        "acme.com/path",
    ] {
        let finding = flags(&domain(typed), "DOMAIN-FORMAT");
        assert_eq!(
            finding.fix.action,
            Some(FixAction::SetText(Field::CompanyDomain, "acme.com".into())),
            "{typed:?}"
        );
    }
    let no_dot = flags(&domain("acme"), "DOMAIN-FORMAT");
    assert_eq!(no_dot.fix.action, None);
    for good in ["acme.com", "ACME.com", "corp.acme.co.uk"] {
        passes(&domain(good), "DOMAIN-FORMAT");
    }
    // A malformed company domain never reaches a suggestion.
    let url = with(domain("https://www.acme.com/"), |p| {
        p.ws_admin.login_id = String::new()
    });
    let login = flags(&url, "LOGIN-REQUIRED");
    assert_eq!(
        login.fix.action,
        Some(FixAction::SetText(
            Field::LoginId,
            "WSAdmin-Expensify@acme.com".into()
        ))
    );
}

#[test]
fn admin_names_and_email_are_checked_too() {
    let admin = |first: &str, email: &str| {
        with(standard(), |p| {
            p.authorizing_admin.first_name = first.into();
            p.authorizing_admin.email = email.into();
        })
    };
    let spaced = flags(&admin(" John", "john.smith@acme.com"), "ADMIN-NAME-CHARS");
    assert_eq!(spaced.field, Field::AdminFirstName);
    assert_eq!(
        spaced.fix.action,
        Some(FixAction::SetText(Field::AdminFirstName, "John".into()))
    );
    flags(
        &admin("Jo\u{200B}hn", "john.smith@acme.com"),
        "ADMIN-NAME-CHARS",
    );
    flags(&admin("Jo\thn", "john.smith@acme.com"), "ADMIN-NAME-CHARS");
    passes(
        &admin("Mary Ann", "john.smith@acme.com"),
        "ADMIN-NAME-CHARS",
    );
    let last = with(standard(), |p| {
        p.authorizing_admin.last_name = "Smith ".into()
    });
    assert_eq!(flags(&last, "ADMIN-NAME-CHARS").field, Field::AdminLastName);

    for bad in [
        "john smith@acme.com",
        "john@acme",
        "john.smith.acme.com",
        "john@@acme.com",
    ] {
        flags(&admin("John", bad), "ADMIN-EMAIL-FORMAT");
    }
    let trimmed = flags(&admin("John", " john.smith@acme.com"), "ADMIN-EMAIL-FORMAT");
    assert_eq!(
        trimmed.fix.action,
        Some(FixAction::SetText(
            Field::AdminEmail,
            "john.smith@acme.com".into()
        ))
    );
    passes(&admin("John", "john.smith@acme.com"), "ADMIN-EMAIL-FORMAT");
}

#[test]
fn names_compare_in_any_unicode_form_and_with_any_apostrophe() {
    let named = |admin_first: &str, admin_last: &str, first: &str, last: &str| {
        with(standard(), |p| {
            p.authorizing_admin.first_name = admin_first.into();
            p.authorizing_admin.last_name = admin_last.into();
            p.ws_admin.first_name = first.into();
            p.ws_admin.last_name = last.into();
        })
    };
    // José typed decomposed for the admin, composed on the profile, and the other way round.
    let jose = named(
        "Jose\u{301}",
        "O\u{2019}Brien",
        "WSADMIN_Jos\u{e9}",
        "O'Brien",
    );
    passes(&jose, "FIRST-ADMIN");
    passes(&jose, "LAST-ADMIN");
    let dashes = named("Anne\u{2013}Marie", "Smith", "WSADMIN_Anne-Marie", "Smith");
    passes(&dashes, "FIRST-ADMIN");
}

#[test]
fn names_too_long_for_concur_accept_a_leading_part_cut_at_a_word() {
    let long = |first: &str, last: &str| {
        with(standard(), |p| {
            p.authorizing_admin.first_name = "Maria da Conceição Aparecida".into();
            p.authorizing_admin.last_name = "Wolfeschlegelsteinhausen Bergerdorff".into();
            p.ws_admin.first_name = first.into();
            p.ws_admin.last_name = last.into();
        })
    };
    let ok = long("WSADMIN_Maria da Conceição", "Wolfeschlegelsteinhausen");
    assert_eq!(validate(&ok), []);
    passes(
        &long("WSADMIN_Maria", "Wolfeschlegelsteinhausen"),
        "FIRST-ADMIN",
    );
    let cut_mid_word = flags(
        &long("WSADMIN_Maria da Conc", "Wolfeschlegelsteinhausen"),
        "FIRST-ADMIN",
    );
    assert!(
        cut_mid_word.message.contains("a leading part"),
        "{}",
        cut_mid_word.message
    );
    assert_eq!(
        cut_mid_word.fix.action,
        Some(FixAction::SetText(
            Field::FirstName,
            "WSADMIN_Maria da Conceição".into()
        ))
    );
    let whole = long(
        "WSADMIN_Maria da Conceição Aparecida",
        "Wolfeschlegelsteinhausen",
    );
    let too_long = flags(&whole, "FIRST-LENGTH");
    assert_eq!(
        too_long.fix.action,
        Some(FixAction::SetText(
            Field::FirstName,
            "WSADMIN_Maria da Conceição".into()
        ))
    );
    flags(&long("WSADMIN_Maria", "Wolfeschlegel"), "LAST-ADMIN");
}

#[test]
fn perm_duplicate_is_a_warning_whose_fix_keeps_one() {
    let twice = permissions(
        standard(),
        &[
            "Can Administer",
            "Can Submit Expense Reports",
            "can administer",
        ],
    );
    let finding = flags(&twice, "PERM-DUPLICATE");
    assert_eq!(finding.severity, Severity::Warning);
    let mut fixed = twice.clone();
    finding.fix.action.unwrap().apply(&mut fixed);
    assert_eq!(
        fixed.ws_admin.permissions,
        ["Can Administer", "Can Submit Expense Reports"]
    );
    passes(&standard(), "PERM-DUPLICATE");
}

#[test]
fn login_personal_catches_the_admin_and_known_users() {
    let admin_email = flags(&login("John.Smith@ACME.com"), "LOGIN-PERSONAL");
    assert!(admin_email.message.contains("admin's own e-mail"));
    flags(&login("jsmith@acme.com"), "LOGIN-PERSONAL");
    flags(&login("JANE.DOE@acme.com"), "LOGIN-PERSONAL");
    let near = with(standard(), |p| {
        p.known_users = vec!["wsadmin-expensify@acme.co".into()]
    });
    passes(&near, "LOGIN-PERSONAL");
}

#[test]
fn login_domain_is_a_warning() {
    let finding = flags(&login("WSAdmin-Expensify@acme.co.uk"), "LOGIN-DOMAIN");
    assert_eq!(finding.severity, Severity::Warning);
    passes(&login("WSAdmin-Expensify@ACME.COM"), "LOGIN-DOMAIN");
    passes(&login("WSAdmin-Expensify@us.acme.com"), "LOGIN-DOMAIN");
    flags(&login("WSAdmin-Expensify@notacme.com"), "LOGIN-DOMAIN");
    // Without a company domain, the admin's e-mail gives it.
    let no_company = |login_id: &str| with(login(login_id), |p| p.company_domain = None);
    let finding = flags(&no_company("WSAdmin-Expensify@gmail.com"), "LOGIN-DOMAIN");
    assert!(
        finding.message.contains("from the admin's e-mail"),
        "{}",
        finding.message
    );
    passes(&no_company("WSAdmin-Expensify@acme.com"), "LOGIN-DOMAIN");
    // With neither, there is nothing to compare with.
    passes(
        &with(no_company("WSAdmin-Expensify@gmail.com"), |p| {
            p.authorizing_admin.email = String::new()
        }),
        "LOGIN-DOMAIN",
    );
}

fn first(value: &str) -> Profile {
    with(standard(), |p| p.ws_admin.first_name = value.into())
}

fn last(value: &str) -> Profile {
    with(standard(), |p| p.ws_admin.last_name = value.into())
}

#[test]
fn first_required() {
    flags(&first(""), "FIRST-REQUIRED");
    passes(&first("W"), "FIRST-REQUIRED");
}

#[test]
fn first_prefix() {
    let finding = flags(&first("John"), "FIRST-PREFIX");
    assert_eq!(
        finding
            .fix
            .action
            .as_ref()
            .and_then(FixAction::suggested_value),
        Some("WSADMIN_John")
    );
    flags(&first("Admin_John"), "FIRST-PREFIX");
    passes(&first("wsadmin john"), "FIRST-PREFIX");
}

#[test]
fn first_admin_accepts_the_usual_separators() {
    for good in [
        "WSADMIN_John",
        "WSAdmin-John",
        "wsadmin john",
        "WSAdminJohn",
    ] {
        passes(&first(good), "FIRST-ADMIN");
    }
    for bad in ["WSADMIN_Jon", "WSADMIN__John", "WSADMIN_Smith"] {
        flags(&first(bad), "FIRST-ADMIN");
    }
    // Spaces around the name are FIRST-CHARS' finding, not a wrong name.
    passes(&first("WSADMIN_John "), "FIRST-ADMIN");
    flags(&first("WSADMIN_John "), "FIRST-CHARS");
}

#[test]
fn first_length() {
    flags(
        &first(&format!("WSADMIN_{}", "J".repeat(25))),
        "FIRST-LENGTH",
    );
    passes(
        &first(&format!("WSADMIN_{}", "J".repeat(24))),
        "FIRST-LENGTH",
    );
}

#[test]
fn last_required() {
    flags(&last(""), "LAST-REQUIRED");
    passes(&last("S"), "LAST-REQUIRED");
}

#[test]
fn last_admin() {
    flags(&last("Smyth"), "LAST-ADMIN");
    passes(&last(" Smith"), "LAST-ADMIN");
    flags(&last(" Smith"), "LAST-CHARS");
    passes(&last("SMITH"), "LAST-ADMIN");
}

#[test]
fn last_length() {
    flags(&last(&"S".repeat(33)), "LAST-LENGTH");
    passes(&last(&"S".repeat(32)), "LAST-LENGTH");
}

#[test]
fn email_required_in_professional_only() {
    let finding = flags(
        &with(professional(), |p| p.ws_admin.email = None),
        "EMAIL-REQUIRED",
    );
    assert_eq!(
        finding
            .fix
            .action
            .as_ref()
            .and_then(FixAction::suggested_value),
        Some("john.smith@acme.com")
    );
    flags(
        &with(professional(), |p| p.ws_admin.email = Some(String::new())),
        "EMAIL-REQUIRED",
    );
    passes(
        &with(standard(), |p| p.ws_admin.email = None),
        "EMAIL-REQUIRED",
    );
}

#[test]
fn email_format() {
    let email = |value: String| with(standard(), |p| p.ws_admin.email = Some(value));
    flags(&email("john.smith@acme".into()), "EMAIL-FORMAT");
    flags(&email("john smith@acme.com".into()), "EMAIL-FORMAT");
    flags(
        &email(format!("{}@acme.com", "j".repeat(247))),
        "EMAIL-FORMAT",
    );
    passes(
        &email(format!("{}@acme.com", "j".repeat(246))),
        "EMAIL-FORMAT",
    );
}

#[test]
fn email_admin_in_professional() {
    flags(
        &with(professional(), |p| {
            p.ws_admin.email = Some("it-team@acme.com".into())
        }),
        "EMAIL-ADMIN",
    );
    passes(
        &with(professional(), |p| {
            p.ws_admin.email = Some("JOHN.SMITH@acme.com".into())
        }),
        "EMAIL-ADMIN",
    );
    // Standard Edition does not ask for the admin's e-mail on the profile.
    passes(
        &with(standard(), |p| {
            p.ws_admin.email = Some("it-team@acme.com".into())
        }),
        "EMAIL-ADMIN",
    );
}

fn permissions(mut profile: Profile, labels: &[&str]) -> Profile {
    profile.ws_admin.permissions = labels.iter().map(|label| label.to_string()).collect();
    profile
}

#[test]
fn perm_admin_per_edition() {
    let finding = flags(
        &permissions(standard(), &["Can Submit Expense Reports"]),
        "PERM-ADMIN",
    );
    assert_eq!(
        finding.fix.action,
        Some(FixAction::AddPermission("Can Administer"))
    );
    passes(
        &permissions(
            standard(),
            &[
                "Travel and Expense Administrator",
                "Can Submit Expense Reports",
            ],
        ),
        "PERM-ADMIN",
    );
    passes(
        &permissions(
            standard(),
            &["can administer", "Can Submit Expense Reports"],
        ),
        "PERM-ADMIN",
    );
    flags(
        &permissions(
            professional(),
            &["Expense User", "Travel User", "Invoice User"],
        ),
        "PERM-ADMIN",
    );
}

#[test]
fn perm_access_reports_each_missing_role() {
    let profile = with(
        permissions(
            professional(),
            &["Web Services Administrator", "Expense User"],
        ),
        |_| {},
    );
    let missing: Vec<Option<String>> = findings_of(&profile, "PERM-ACCESS")
        .into_iter()
        .map(|f| {
            f.fix
                .action
                .as_ref()
                .and_then(FixAction::suggested_value)
                .map(str::to_owned)
        })
        .collect();
    assert_eq!(
        missing,
        [
            Some("Travel User".to_owned()),
            Some("Invoice User".to_owned())
        ]
    );
    passes(&professional(), "PERM-ACCESS");
}

#[test]
fn perm_unneeded_is_a_warning_for_data_not_asked_for() {
    let profile = permissions(
        standard(),
        &[
            "Can Administer",
            "Can Submit Expense Reports",
            "Can Book Travel",
        ],
    );
    let finding = flags(&profile, "PERM-UNNEEDED");
    assert_eq!(finding.severity, Severity::Warning);
    assert_eq!(
        finding.fix.action,
        Some(FixAction::RemovePermission("Can Book Travel".into()))
    );
    passes(
        &with(profile, |p| p.data_access.push(DataKind::Travel)),
        "PERM-UNNEEDED",
    );
}

#[test]
fn perm_unknown_names_the_editions_equivalent() {
    let finding = flags(
        &permissions(standard(), &["Can Administer", "Expense User"]),
        "PERM-UNKNOWN",
    );
    assert!(finding.fix.text.contains("Can Submit Expense Reports"));
    assert_eq!(
        finding.fix.action,
        Some(FixAction::ReplacePermission {
            from: "Expense User".into(),
            to: "Can Submit Expense Reports"
        })
    );
    let spaced = flags(
        &permissions(
            standard(),
            &["Can Administer ", "Can Submit Expense Reports"],
        ),
        "PERM-UNKNOWN",
    );
    assert!(spaced.fix.text.contains("surrounding spaces"));
    flags(&permissions(standard(), &["Root"]), "PERM-UNKNOWN");
    passes(
        &permissions(
            standard(),
            &["CAN ADMINISTER", "can submit expense reports"],
        ),
        "PERM-UNKNOWN",
    );
}

#[test]
fn a_five_megabyte_field_is_reported_briefly() {
    let huge = "W".repeat(5 * 1024 * 1024);
    let profile = with(standard(), |p| {
        p.app_name = huge.clone();
        p.ws_admin.login_id = huge.clone();
        p.ws_admin.first_name = huge.clone();
    });
    let findings = validate(&profile);
    assert!(findings.iter().any(|f| f.rule == "LOGIN-LENGTH"));
    assert!(findings.iter().any(|f| f.rule == "FIRST-LENGTH"));
    for finding in &findings {
        assert!(
            finding.message.len() < 400 && finding.fix.text.len() < 400,
            "{} echoes the whole value",
            finding.rule
        );
    }
}

#[test]
fn every_fix_that_sets_a_value_clears_its_own_finding() {
    let broken = [
        login(""),
        login("john.smith@acme.com"),
        first("John"),
        last("Smyth"),
        with(professional(), |p| p.ws_admin.email = None),
        permissions(standard(), &["Can Submit Expense Reports", "Expense User"]),
    ];
    for mut profile in broken {
        for finding in validate(&profile) {
            if let Some(action) = finding.fix.action.clone() {
                action.apply(&mut profile);
            }
        }
        assert_eq!(validate(&profile), [], "{profile:?}");
    }
}

mod password {
    use super::*;
    use wsadmin_prep::domain::profile::PasswordPolicy;
    use wsadmin_prep::domain::rules::{validate_password, PasswordCheck};
    use wsadmin_prep::worker::strength::estimate;

    fn findings(profile: &Profile, password: &str, policy: &PasswordPolicy) -> Vec<&'static str> {
        let strength = estimate(password, profile);
        validate_password(&PasswordCheck {
            profile,
            password,
            policy,
            strength: Some(&strength),
        })
        .into_iter()
        .map(|finding| finding.rule)
        .collect()
    }

    #[test]
    fn a_long_random_password_passes() {
        let profile = standard();
        assert_eq!(
            findings(&profile, "vR7#q2Lm!x9Tz@4Wk", &PasswordPolicy::default()),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn password_weak_carries_zxcvbn_feedback() {
        let profile = standard();
        let strength = estimate("password1234", &profile);
        let found = validate_password(&PasswordCheck {
            profile: &profile,
            password: "password1234",
            policy: &PasswordPolicy::default(),
            strength: Some(&strength),
        });
        let weak = found
            .iter()
            .find(|f| f.rule == "PASSWORD-WEAK")
            .expect("weak");
        assert!(weak.message.contains("strength"), "{}", weak.message);
        assert!(
            !weak.message.contains("password1234"),
            "never quotes the password"
        );
        assert_eq!(weak.field, Field::Password);
    }

    #[test]
    fn password_personal_catches_names_login_app_and_domain() {
        let profile = standard();
        for personal in [
            "Zq8!wsadmin-expensifyK2#",
            "Zq8!JohnK2#vv",
            "Zq8!smithK2#vv",
            "Zq8!EXPENSIFYk2#",
            "Zq8!acmeK2#vvv",
        ] {
            assert!(
                findings(&profile, personal, &PasswordPolicy::default())
                    .contains(&"PASSWORD-PERSONAL"),
                "{personal}"
            );
        }
        // Punctuation and legal forms cannot hide the app's name.
        let incorporated = with(standard(), |p| p.app_name = "Expensify, Inc.".into());
        assert!(
            findings(&incorporated, "Expensify2024!", &PasswordPolicy::default())
                .contains(&"PASSWORD-PERSONAL")
        );
        // Nor a double-barrelled name its halves.
        let hyphenated = with(standard(), |p| {
            p.authorizing_admin.last_name = "Smith-Jones".into()
        });
        assert!(
            findings(&hyphenated, "Zq8!jonesK2#vvv", &PasswordPolicy::default())
                .contains(&"PASSWORD-PERSONAL")
        );
        // A two-letter name is too short to count.
        let short = with(standard(), |p| p.authorizing_admin.first_name = "Al".into());
        assert!(
            !findings(&short, "Zq8!AlK2#vvxx9", &PasswordPolicy::default())
                .contains(&"PASSWORD-PERSONAL")
        );
    }

    #[test]
    fn password_policy_follows_the_company_policy() {
        let profile = standard();
        assert!(
            findings(&profile, "vR7#q2Lm!x9", &PasswordPolicy::default())
                .contains(&"PASSWORD-POLICY")
        );
        let strict = PasswordPolicy {
            min_length: 16,
            require_digit: true,
            ..PasswordPolicy::default()
        };
        let found = findings(&profile, "vR7#q2Lm!x9Tz@4Wk", &strict);
        assert!(!found.contains(&"PASSWORD-POLICY"), "{found:?}");
        let found = findings(&profile, "correct-horse-battery-staple", &strict);
        assert!(found.contains(&"PASSWORD-POLICY"), "{found:?}");
        let too_long = "vR7#q2Lm!x9Tz@4Wk".repeat(16);
        assert!(
            findings(&profile, &too_long, &PasswordPolicy::default()).contains(&"PASSWORD-POLICY")
        );
    }
}

#[test]
fn name_chars_flag_spaces_and_invisibles_but_not_names_of_several_words() {
    for bad in [
        "WSADMIN_John ",
        " WSADMIN_John",
        "WSADMIN_\tJohn",
        "WSADMIN_Jo\u{200D}hn",
    ] {
        flags(&first(bad), "FIRST-CHARS");
    }
    for bad in ["Smith ", "Sm\u{0007}ith"] {
        flags(&last(bad), "LAST-CHARS");
    }
    let several = with(standard(), |p| {
        p.authorizing_admin.first_name = "Mary Ann".into();
        p.authorizing_admin.last_name = "de la Cruz".into();
        p.ws_admin.first_name = "WSADMIN_Mary Ann".into();
        p.ws_admin.last_name = "de la Cruz".into();
    });
    passes(&several, "FIRST-CHARS");
    passes(&several, "LAST-CHARS");
    passes(&several, "FIRST-ADMIN");
    passes(&several, "LAST-ADMIN");
}

mod passphrase {
    use super::*;
    use wsadmin_prep::worker::generator::{generate_passphrase, secure_random_below};
    use wsadmin_prep::worker::strength::check_passphrase;

    fn rules_of(passphrase: &str) -> Vec<&'static str> {
        check_passphrase(passphrase, &standard())
            .1
            .iter()
            .map(|finding| finding.rule)
            .collect()
    }

    #[test]
    fn passphrase_weak_refuses_what_can_be_guessed_offline() {
        for weak in ["aaaaaaaaaaaa", "password1234", "Summer2026!!"] {
            assert!(rules_of(weak).contains(&"PASSPHRASE-WEAK"), "{weak}");
        }
        let finding = &check_passphrase("aaaaaaaaaaaa", &standard()).1[0];
        assert_eq!(finding.field, Field::Passphrase);
        assert!(finding.message.contains("bits"), "{}", finding.message);
        for strong in [
            "quartz vivid ember lantern oxygen tundra",
            "quartz-vivid-ember-lantern-oxygen-tundra",
            "Nimble walrus recites fourteen purple sonnets",
        ] {
            assert_eq!(rules_of(strong), Vec::<&str>::new(), "{strong}");
        }
    }

    /// The security review's list: each was sealed before, because zxcvbn rates separated
    /// single characters, repeated tokens and the profile's own words as unguessable.
    /// The example profile's admin is John Smith at acme.com, preparing Expensify.
    #[test]
    fn separators_repeats_the_profiles_words_and_famous_phrases_never_clear_the_floor() {
        for weak in [
            "a b c d e f g h",
            "a-b-c-d-e-f-g-h",
            "a.b.c.d.e.f.g.h",
            "1234 5678 1234 5678",
            "aaaa bbbb cccc dddd",
            "password password password password",
            "expensify john smith acme",
            "smith john acme expensify",
            "acme expensify handoff 2026",
            "wsadmin expensify acme com",
            "correct horse battery staple",
            "Correct-Horse-Battery-Staple-2026",
        ] {
            let found = rules_of(weak);
            assert!(!found.is_empty(), "{weak:?} was accepted");
            // The strength floor alone refuses every one that has no famous phrase in it:
            // the word count is a second line, not the only one.
            if !weak.to_lowercase().contains("horse") {
                assert!(found.contains(&"PASSPHRASE-WEAK"), "{weak:?}: {found:?}");
            }
        }
        assert!(rules_of("expensify john smith acme").contains(&"PASSPHRASE-PERSONAL"));
        assert!(rules_of("a b c d e f g h").contains(&"PASSPHRASE-WORDS"));
        assert!(rules_of("password password password password").contains(&"PASSPHRASE-WORDS"));
        let known = check_passphrase("correct horse battery staple", &standard()).1;
        let known = known
            .iter()
            .find(|finding| finding.rule == "PASSPHRASE-KNOWN")
            .expect("the XKCD phrase is refused by name");
        assert!(known.message.contains("xkcd 936"), "{}", known.message);
        assert!(
            !known.message.contains("horse"),
            "never quotes the passphrase"
        );
    }

    #[test]
    fn a_passphrase_needs_four_distinct_words_of_three_letters() {
        // Three words, however random, are refused by count; four distinct ones are not.
        assert!(rules_of("quartzvividember lantern oxygen").contains(&"PASSPHRASE-WORDS"));
        assert!(rules_of("ox ax quartz vivid ember lantern").is_empty());
        assert!(rules_of("Quartz quartz QUARTZ vivid ember lantern oxygen")
            .iter()
            .all(|rule| *rule != "PASSPHRASE-WORDS"));
        assert!(rules_of("Quartz quartz QUARTZ vivid ember").contains(&"PASSPHRASE-WORDS"));
    }

    #[test]
    fn the_profiles_words_are_found_through_case_and_separators() {
        let with_names = "quartz vivid ember lantern s-m-i-t-h oxygen";
        let found = check_passphrase(with_names, &standard()).1;
        let personal = found
            .iter()
            .find(|finding| finding.rule == "PASSPHRASE-PERSONAL")
            .expect("the admin's last name, spelled out, is found");
        assert!(
            personal.message.contains("the admin's last name"),
            "{}",
            personal.message
        );
    }

    #[test]
    fn the_password_floor_sees_through_separators_too() {
        use wsadmin_prep::domain::profile::PasswordPolicy;
        use wsadmin_prep::domain::rules::{validate_password, PasswordCheck};
        use wsadmin_prep::worker::strength::estimate;
        let profile = standard();
        for weak in [
            "a b c d e f g h i j k l",
            "1-2-3-4-5-6-7-8-9-0-1-2",
            "J.o.h.n.2.0.2.6.!.!",
        ] {
            let strength = estimate(weak, &profile);
            let rules: Vec<_> = validate_password(&PasswordCheck {
                profile: &profile,
                password: weak,
                policy: &PasswordPolicy::default(),
                strength: Some(&strength),
            })
            .into_iter()
            .map(|finding| finding.rule)
            .collect();
            assert!(
                rules.contains(&"PASSWORD-WEAK") || rules.contains(&"PASSWORD-PERSONAL"),
                "{weak:?}: {rules:?}"
            );
            assert!(strength.score < 3, "{weak:?} scored {}", strength.score);
        }
    }

    #[test]
    fn a_generated_passphrase_always_clears_the_floor() {
        for _ in 0..20 {
            let passphrase = generate_passphrase(&standard(), &mut secure_random_below);
            assert!(passphrase.split('-').count() >= 6, "{passphrase}");
            assert_eq!(rules_of(&passphrase), Vec::<&str>::new(), "{passphrase}");
        }
    }
}

#[test]
fn a_login_id_listed_as_taken_gets_a_qualifier_before_the_at() {
    use wsadmin_prep::domain::draft::ProfileEdit;
    let taken = with(standard(), |p| {
        p.known_users = vec!["WSAdmin-Expensify@acme.com".into()];
    });
    let finding = flags(&taken, "LOGIN-PERSONAL");
    assert!(
        finding.message.contains("already taken"),
        "{}",
        finding.message
    );
    assert_eq!(
        finding.fix.action,
        Some(FixAction::SetText(
            Field::LoginId,
            "WSAdmin-Expensify-Acme@acme.com".into()
        ))
    );
    // The client company's name is the qualifier when there is one; a number after that.
    let named = with(taken.clone(), |p| {
        p.company_name = Some("Müller & Söhne GmbH".into());
        p.known_users
            .push("WSAdmin-Expensify-MullerSohne@acme.com".into());
    });
    assert_eq!(
        wsadmin_prep::domain::suggest::login_id(&named).as_deref(),
        Some("WSAdmin-Expensify-MullerSohne2@acme.com")
    );
    // fix applies it, and the profile is clean.
    let mut fixed = taken.clone();
    fixed.apply(ProfileEdit::FillSuggestions);
    assert_eq!(fixed.ws_admin.login_id, "WSAdmin-Expensify-Acme@acme.com");
    passes(&fixed, "LOGIN-PERSONAL");
    passes(&fixed, "LOGIN-APP");
}

#[test]
fn a_person_with_one_name_is_told_how_concurs_two_names_are_filled_and_offered_it() {
    use wsadmin_prep::domain::draft::ProfileEdit;
    let mononym = with(standard(), |p| {
        p.authorizing_admin.first_name = "Sukarno".into();
        p.authorizing_admin.last_name.clear();
        p.ws_admin.first_name.clear();
        p.ws_admin.last_name.clear();
    });
    let finding = flags(&mononym, "ADMIN-INCOMPLETE");
    assert_eq!(finding.field, Field::AdminLastName);
    assert!(
        finding.fix.text.contains("\"Sukarno\" is their only name"),
        "{}",
        finding.fix.text
    );
    assert!(finding.fix.text.contains("enter it in both"));
    let action = finding.fix.action.clone().expect("offered in one click");
    assert_eq!(
        action,
        FixAction::OneNameInBoth(Field::AdminLastName, "Sukarno".into())
    );
    // fix does not guess that a missing name is an only name...
    let mut guessed = mononym.clone();
    guessed.apply(ProfileEdit::FillSuggestions);
    assert_eq!(guessed.authorizing_admin.last_name, "");
    // ...the person applies it, and Fill suggestions completes the WS Admin user from it.
    let mut chosen = mononym.clone();
    chosen.apply(ProfileEdit::ApplyFix(action));
    chosen.apply(ProfileEdit::FillSuggestions);
    assert_eq!(chosen.ws_admin.first_name, "WSADMIN_Sukarno");
    assert_eq!(chosen.ws_admin.last_name, "Sukarno");
    assert!(validate(&chosen)
        .iter()
        .all(|finding| finding.severity != Severity::Error));
}

#[test]
fn a_domain_in_unicode_and_in_punycode_is_one_domain_for_every_rule() {
    use wsadmin_prep::domain::text::{ascii_domain, same_address, within_domain};
    for (typed, ascii) in [
        ("müller-reisen.de", "xn--mller-reisen-dlb.de"),
        ("MÜLLER-Reisen.DE", "xn--mller-reisen-dlb.de"),
        ("mu\u{308}ller-reisen.de", "xn--mller-reisen-dlb.de"),
        ("bücher.example.com", "xn--bcher-kva.example.com"),
        ("acme.com", "acme.com"),
    ] {
        assert_eq!(ascii_domain(typed).as_deref(), Some(ascii), "{typed}");
    }
    assert!(within_domain("xn--mller-reisen-dlb.de", "müller-reisen.de"));
    assert!(within_domain(
        "us.müller-reisen.de",
        "xn--mller-reisen-dlb.de"
    ));
    assert!(same_address(
        "jan@müller-reisen.de",
        "JAN@xn--mller-reisen-dlb.de"
    ));
    assert!(!same_address(
        "jan@müller-reisen.de",
        "jan@muller-reisen.de"
    ));
    assert_eq!(ascii_domain("bad dömain.de"), None);

    let idn = with(standard(), |p| {
        p.company_domain = Some("müller-reisen.de".into());
        p.authorizing_admin.email = "john.smith@xn--mller-reisen-dlb.de".into();
        p.ws_admin.login_id.clear();
    });
    // The suggestion is in ASCII, and says why.
    let finding = flags(&idn, "LOGIN-REQUIRED");
    assert_eq!(
        finding.fix.action,
        Some(FixAction::SetText(
            Field::LoginId,
            "WSAdmin-Expensify@xn--mller-reisen-dlb.de".into()
        ))
    );
    assert!(
        finding
            .fix
            .text
            .contains("as DNS spells it in ASCII letters"),
        "{}",
        finding.fix.text
    );
    // Either spelling of the Login ID is within the company's domain.
    for login in [
        "WSAdmin-Expensify@xn--mller-reisen-dlb.de",
        "WSAdmin-Expensify@müller-reisen.de",
    ] {
        passes(
            &with(idn.clone(), |p| p.ws_admin.login_id = login.into()),
            "LOGIN-DOMAIN",
        );
    }
    // A real person's address is theirs in either spelling.
    flags(
        &with(idn.clone(), |p| {
            p.ws_admin.login_id = "john.smith@müller-reisen.de".into()
        }),
        "LOGIN-PERSONAL",
    );
}
