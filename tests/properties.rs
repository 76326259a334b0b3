//! The rules hold for every admin Concur accepts: real names in many scripts, real app
//! names, domains typed the way people type them. For each such context, "Fill
//! suggestions" (and the CLI's `fix`) leaves no error, and no finding ever suggests a
//! value that another rule refuses, or the value already there.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::process::Command;

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;
use wsadmin_prep::domain::concur::{Connection, DataKind, Edition};
use wsadmin_prep::domain::draft::ProfileEdit;
use wsadmin_prep::domain::profile::{Field, Profile};
use wsadmin_prep::domain::rules::{validate, FixAction, Severity};

/// Given names and surnames as people write them, across scripts.
const NAMES: &[&str] = &[
    // Latin, with diacritics, apostrophes and particles.
    "John",
    "Smith",
    "José",
    "María",
    "da",
    "Conceição",
    "Aparecida",
    "Müller",
    "Łukasz",
    "Żółć",
    "Ørsted",
    "Ægir",
    "Siobhán",
    "O'Brien",
    "O’Connor",
    "D’Angelo",
    "van",
    "der",
    "Berg",
    "Çelik",
    "Şahin",
    "Ğülşen",
    "İlkay",
    "Ångström",
    "Niño",
    "François",
    "Zoë",
    "Wolfeschlegelsteinhausenbergerdorff",
    "Jean",
    "Pierre",
    "Anne",
    "Marie",
    "Mac",
    "Dúnlaing",
    // Vietnamese.
    "Nguyễn",
    "Thị",
    "Minh",
    "Khai",
    "Trần",
    "Phương",
    // Greek.
    "Γιώργος",
    "Παπαδόπουλος",
    "Ελένη",
    // Cyrillic.
    "Александр",
    "Сергеевич",
    "Пушкин",
    "Ёлкин",
    "Ольга",
    // CJK.
    "王",
    "小明",
    "佐藤",
    "花子",
    "김",
    "민준",
    "山田",
    // Arabic.
    "محمد",
    "عبد",
    "الله",
    "فاطمة",
];

/// Partner apps as their providers spell them.
const APPS: &[&str] = &[
    "Expensify",
    "Expensify, Inc.",
    "Zoë Travel",
    "TripActions",
    "Navan",
    "AppZen GmbH",
    "Emburse Certify",
    "S.A. Viajes & Co.",
    "Concur Connector+",
    "SAP Concur Bridge",
    "Acme Reisen AG",
    "Procter & Gamble Travel",
    "楽楽精算",
    "Яндекс Такси",
    "Ταξίδια Plus",
    "Nexonia Ltd",
    "Chrome River (Emburse) plc",
    "Mileage-IQ",
    "A",
    "X2 Corp",
    "Tripl’Agent SAS",
    "Invoice.ai BV",
    "TravelPerk S.L.",
    "Ramp LLC",
    "Brex Inc",
];

fn name() -> impl Strategy<Value = String> {
    let words = prop::collection::vec(prop::sample::select(NAMES), 1..5);
    let joiner = prop::sample::select(&[" ", "-", " ", "’"][..]);
    (words, joiner, any::<bool>()).prop_map(|(words, joiner, decomposed)| {
        let joined = words.join(joiner);
        let text: String = if decomposed {
            joined.nfd().collect()
        } else {
            joined
        };
        // Concur accepts 1 to 32 characters; what is cut must still be a name.
        let cut: String = text.chars().take(32).collect();
        let trimmed = cut.trim_end_matches([' ', '-', '’']).trim();
        if trimmed.is_empty() {
            "Al".to_owned()
        } else {
            trimmed.to_owned()
        }
    })
}

fn app_name() -> impl Strategy<Value = String> {
    (
        prop::sample::select(APPS),
        prop::sample::select(APPS),
        0..3usize,
    )
        .prop_map(|(first, second, how)| {
            let name = match how {
                0 => first.to_owned(),
                1 => format!("{first} {second}"),
                _ => format!("{first} + {second}"),
            };
            name.chars().take(64).collect()
        })
}

/// The company's domain, typed as people type it, or left out.
fn company_domain() -> impl Strategy<Value = (Option<String>, &'static str)> {
    let base =
        prop::sample::select(&["acme.com", "corp.acme.co.uk", "müller-gruppe.de", "a.io"][..]);
    let typed = prop::sample::select(
        &[
            "{}",
            "{}.",
            "@{}",
            " {} ",
            "https://www.{}/",
            "HTTP://{}/path",
            "www.{}",
            "{}:443",
            "",
        ][..],
    );
    (base, typed, any::<bool>()).prop_map(|(base, typed, given)| {
        let domain = if given && !typed.is_empty() {
            Some(typed.replace("{}", base))
        } else {
            None
        };
        (domain, base)
    })
}

fn context() -> impl Strategy<Value = Profile> {
    let data = prop::sample::subsequence(DataKind::ALL.to_vec(), 1..=3);
    (
        prop::sample::select(Edition::ALL.to_vec()),
        app_name(),
        company_domain(),
        data,
        name(),
        name(),
        prop::sample::select(&["john.smith", "maria", "o.brien", "x"][..]),
        any::<bool>(),
    )
        .prop_map(
            |(edition, app, (domain, base), data, first, last, local, known)| {
                let mut profile = Profile {
                    edition,
                    app_name: app,
                    company_domain: domain,
                    data_access: data,
                    ..Profile::default()
                };
                profile.authorizing_admin.first_name = first;
                profile.authorizing_admin.last_name = last;
                profile.authorizing_admin.email = format!("{local}@{base}");
                if known {
                    profile.known_users = vec![format!("{local}@{base}"), format!("jane@{base}")];
                }
                profile
            },
        )
}

/// What a person might have typed in the WS Admin fields already: nothing, something
/// near the scheme, or something wrong.
fn typed_ws_fields() -> impl Strategy<Value = [String; 4]> {
    let value = prop::sample::select(
        &[
            "",
            "John",
            "WSADMIN_",
            "WSAdmin-Expensify@acme.com",
            "john smith@acme.com",
            "WSAdmin-Other@gmail.com",
            " Smith ",
            "Expensify@wsadmin.acme.com",
            "x@y",
            "WSADMIN_Jo\u{200B}hn",
        ][..],
    );
    prop::array::uniform4(value).prop_map(|values| values.map(str::to_owned))
}

fn errors(profile: &Profile) -> Vec<&'static str> {
    validate(profile)
        .into_iter()
        .filter(|finding| finding.severity == Severity::Error)
        .map(|finding| finding.rule)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn filling_suggestions_leaves_no_error(profile in context()) {
        let mut filled = profile.clone();
        filled.apply(ProfileEdit::FillSuggestions);
        prop_assert_eq!(errors(&filled), Vec::<&str>::new(), "{:#?}", filled);
    }

    #[test]
    fn filling_over_typed_values_leaves_no_error(profile in context(), typed in typed_ws_fields()) {
        let mut filled = profile;
        let [login, first, last, email] = typed;
        filled.set_text(Field::LoginId, &login);
        filled.set_text(Field::FirstName, &first);
        filled.set_text(Field::LastName, &last);
        filled.set_text(Field::Email, &email);
        filled.apply(ProfileEdit::FillSuggestions);
        prop_assert_eq!(errors(&filled), Vec::<&str>::new(), "{:#?}", filled);
    }

    #[test]
    fn no_finding_suggests_a_value_another_rule_refuses(profile in context(), typed in typed_ws_fields()) {
        let mut profile = profile;
        let [login, first, last, email] = typed;
        profile.set_text(Field::LoginId, &login);
        profile.set_text(Field::FirstName, &first);
        profile.set_text(Field::LastName, &last);
        profile.set_text(Field::Email, &email);
        for finding in validate(&profile) {
            let Some(FixAction::SetText(field, value)) = &finding.fix.action else { continue };
            prop_assert_ne!(Some(value.as_str()), field.text(&profile), "{} suggests what is there", finding.rule);
            let mut fixed = profile.clone();
            fixed.set_text(*field, value);
            let still: Vec<_> = validate(&fixed)
                .into_iter()
                .filter(|f| f.field == *field && f.severity == Severity::Error)
                .map(|f| f.rule)
                .collect();
            prop_assert!(still.is_empty(), "{}'s suggestion {:?} fails {:?}", finding.rule, value, still);
        }
    }
}

/// A profile as people leave it: any route, spaces around what they typed, roles of either
/// edition, held twice or under a configuration's other label, a pasted App ID.
fn messy() -> impl Strategy<Value = Profile> {
    let roles = prop::collection::vec(
        prop::sample::select(
            &[
                "Can Administer",
                "Travel and Expense Administrator",
                " Can Administer ",
                "can submit expense reports",
                "Can Book Travel",
                "Web Services Administrator",
                "Expense User",
                "Invoice User",
                "Admin",
            ][..],
        ),
        0..4,
    );
    let spaced = |value: &str, how: u8| match how {
        0 => value.to_owned(),
        1 => format!(" {value}"),
        _ => format!("{value}  "),
    };
    (
        context(),
        typed_ws_fields(),
        roles,
        (0u8..3, 0u8..3, 0u8..3),
        any::<bool>(),
        prop::sample::select(
            &[
                "",
                "0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c",
                "{0F8E6C2A-5B1D-4E7F-9A3C-2D4B6E8F0A1C}",
            ][..],
        ),
    )
        .prop_map(
            move |(mut profile, [login, first, last, email], roles, (f, l, e), token, app_id)| {
                profile.set_text(Field::LoginId, &login);
                profile.set_text(Field::FirstName, &first);
                profile.set_text(Field::LastName, &last);
                profile.set_text(Field::Email, &email);
                profile.ws_admin.permissions =
                    roles.iter().map(|role| (*role).to_owned()).collect();
                let admin = profile.authorizing_admin.clone();
                profile.set_text(Field::AdminFirstName, &spaced(&admin.first_name, f));
                profile.set_text(Field::AdminLastName, &spaced(&admin.last_name, l));
                profile.set_text(Field::AdminEmail, &spaced(&admin.email, e));
                if token {
                    profile.connection = Connection::CompanyRequestToken;
                    profile.set_text(Field::AppId, app_id);
                }
                profile
            },
        )
}

/// What a field holds, for comparing before and after a fix.
fn held(profile: &Profile, field: Field) -> String {
    match field {
        Field::Permissions => profile.ws_admin.permissions.join("\n"),
        Field::DataAccess => format!("{:?}", profile.data_access),
        field => field.text(profile).unwrap_or_default().to_owned(),
    }
}

fn fixed(profile: &Profile) -> Profile {
    let mut fixed = profile.clone();
    fixed.apply(ProfileEdit::FillSuggestions);
    fixed
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn fix_never_changes_a_value_that_passed_and_fixing_twice_is_fixing_once(profile in messy()) {
        let once = fixed(&profile);
        prop_assert_eq!(&fixed(&once), &once, "a second fix changed more");
        let findings = validate(&profile);
        for field in Field::ALL {
            let failed = findings.iter().any(|f| f.field == field && f.severity == Severity::Error);
            if !failed {
                prop_assert_eq!(held(&once, field), held(&profile, field), "{:?} passed, and fix changed it", field);
            }
        }
    }
}

proptest! {
    // Each case starts the CLI; fewer cases, the same contexts.
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn the_cli_fix_makes_every_context_clean(profile in context()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("profile.json");
        std::fs::write(&path, profile.to_json()).unwrap();
        let (code, stdout, stderr) = common::run(
            Command::new(env!("CARGO_BIN_EXE_wsadmin-prep")).arg("fix").arg(&path),
            b"",
        );
        prop_assert_eq!(code, 0, "{}", stderr);
        let fixed = Profile::from_json(stdout.as_bytes()).unwrap();
        prop_assert_eq!(errors(&fixed), Vec::<&str>::new());
    }
}

mod round_trips {
    use super::*;
    use wsadmin_prep::domain::checklist::{steps, ChecklistProgress, CreationRoute, StepStatus};
    use wsadmin_prep::domain::handoff::HandoffPacket;
    use wsadmin_prep::formats::sealed_packet::{open, seal, OpenWith, SealTo};
    use wsadmin_prep::formats::{checklist_json, share_link};

    /// A checklist with some steps ticked, some noted (notes in any script, with Markdown
    /// and control characters), on either route.
    fn ticked(profile: &Profile) -> impl Strategy<Value = ChecklistProgress> {
        let profile = profile.clone();
        (
            any::<bool>(),
            prop::collection::vec((0..12usize, 0..3u8, "\\PC{0,40}"), 0..6),
        )
            .prop_map(move |(helpdesk, marks)| {
                let route = if helpdesk {
                    CreationRoute::Helpdesk
                } else {
                    CreationRoute::Admin
                };
                let mut ticks = ChecklistProgress {
                    route,
                    ..ChecklistProgress::default()
                };
                let all = steps(&profile, route);
                for (index, status, note) in marks {
                    let step = &all[index % all.len()];
                    let status = [
                        StepStatus::Todo,
                        StepStatus::Done,
                        StepStatus::NotApplicable,
                    ][status as usize];
                    // A gated step refuses Done on a profile with errors; that is the model's call.
                    let _ = ticks.set_status(&profile, step.id, status, "2026-11-28T10:00:00Z");
                    ticks.set_note(step.id, &note);
                }
                ticks
            })
    }

    fn profile_and_ticks() -> impl Strategy<Value = (Profile, ChecklistProgress)> {
        (context(), typed_ws_fields()).prop_flat_map(
            |(mut profile, [login, first, last, email])| {
                profile.set_text(Field::LoginId, &login);
                profile.set_text(Field::FirstName, &first);
                profile.set_text(Field::LastName, &last);
                profile.set_text(Field::Email, &email);
                let ticks = ticked(&profile);
                (Just(profile), ticks)
            },
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn a_profile_file_reads_back_as_written(profile in context()) {
            prop_assert_eq!(Profile::from_json(profile.to_json().as_bytes()).unwrap(), profile);
        }

        #[test]
        fn a_checklist_survives_its_json_and_its_link((profile, ticks) in profile_and_ticks()) {
            let json = checklist_json::to_json(&profile, &ticks, "2026-11-28");
            let mut read = checklist_json::from_json(json.as_bytes()).unwrap();
            prop_assert_eq!(read.1.prepared_on.take(), Some("2026-11-28".to_owned()));
            prop_assert_eq!(&read, &(profile.clone(), ticks.clone()));
            let link = share_link::encode(&profile, &ticks);
            prop_assert_eq!(share_link::decode(&link).unwrap(), (profile, ticks));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn a_packet_opens_to_what_was_sealed(
            password in "\\PC{1,255}",
            note in prop::option::of("\\PC{0,500}"),
        ) {
            let identity = age::x25519::Identity::generate();
            let profile = Profile::from_json(include_bytes!("../docs/examples/expensify-standard.json")).unwrap();
            let packet = HandoffPacket::for_profile(&profile, &password, "2026-11-28T10:00:00Z", true, note);
            let sealed = seal(&packet, &SealTo::Recipient(identity.to_public())).unwrap();
            prop_assert_eq!(open(sealed.as_bytes(), &OpenWith::Identity(identity)).unwrap(), packet);
        }
    }
}

/// The web page carries no spelling table: it asks its worker for the ASCII spelling of
/// the characters it meets (see `text::ascii_spelling`). Until told, it shows only
/// findings the CLI shows too; once told, exactly the CLI's.
mod spellings_told_by_the_worker {
    use super::*;
    use wsadmin_prep::domain::rules::Finding;
    use wsadmin_prep::domain::text;
    use wsadmin_prep::worker::protocol::{handle, WorkerRequest, WorkerResponse};

    /// The worker's answer, from a thread of its own as in the browser: there the table
    /// is linked in, as it is natively.
    fn ask_the_worker(chars: Vec<char>) -> (Vec<char>, Vec<String>) {
        let answer = std::thread::spawn(move || handle(WorkerRequest::Spell { chars }))
            .join()
            .unwrap();
        match answer {
            WorkerResponse::Spelled { chars, spellings } => (chars, spellings),
            other => panic!("the worker answered {other:?}"),
        }
    }

    fn rule_ids(findings: &[Finding]) -> Vec<&'static str> {
        let mut ids: Vec<_> = findings.iter().map(|f| f.rule).collect();
        ids.sort_unstable();
        ids
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn the_page_finds_what_the_cli_finds_once_told(
            profile in context(),
            login in prop::sample::select(&[
                "",
                "WSAdmin-ZoeTravel@acme.com",
                "WSAdmin-ZoëTravel@acme.com",
                "WSAdmin-Яндекс@acme.com",
                "WSAdmin-RakuRaku@acme.com",
                "WSADMIN_Jo\u{200B}hn@acme.com",
            ][..]),
        ) {
            let mut profile = profile;
            profile.set_text(Field::LoginId, login);
            text::spell_with_table(deunicode::deunicode_char);
            let cli = validate(&profile);

            text::spell_by_asking();
            let waiting = validate(&profile);
            let mut asked_rounds = 0;
            loop {
                let wanted = text::spellings_wanted();
                if wanted.is_empty() {
                    break;
                }
                asked_rounds += 1;
                prop_assert!(asked_rounds < 4, "still asking after {asked_rounds} rounds");
                let (chars, spellings) = ask_the_worker(wanted);
                text::learn_spellings(&chars, &spellings);
                validate(&profile);
            }
            let told = validate(&profile);
            text::spell_with_table(deunicode::deunicode_char);

            prop_assert_eq!(&told, &cli);
            // Waiting only leaves findings out: it never shows one the CLI would not.
            let cli_ids = rule_ids(&cli);
            for id in rule_ids(&waiting) {
                prop_assert!(cli_ids.contains(&id), "{} shown while waiting, not by the CLI", id);
            }
            // What needs a spelling it lacks is not judged on a guess.
            if asked_rounds > 0 {
                prop_assert!(!waiting.iter().any(|f| f.rule == "LOGIN-APP"), "LOGIN-APP judged before the spelling came");
            }
            let ascii_only = profile.app_name.is_ascii() && login.is_ascii();
            prop_assert!(!ascii_only || asked_rounds == 0, "asked for an ASCII profile");
        }
    }

    #[test]
    fn a_name_in_another_script_waits_then_reads_as_natively() {
        text::spell_by_asking();
        assert_eq!(
            text::app_login_part("Expensify, Inc.").as_deref(),
            Some("Expensify")
        );
        assert_eq!(text::app_login_part("Яндекс Такси"), None);
        let wanted = text::spellings_wanted();
        let expected: std::collections::BTreeSet<char> =
            "Яндекс Такси".chars().filter(|c| !c.is_ascii()).collect();
        assert_eq!(wanted, expected.into_iter().collect::<Vec<_>>());
        // Asked for once: a second look neither asks again nor guesses.
        assert_eq!(text::app_login_part("Яндекс Такси"), None);
        assert!(text::spellings_wanted().is_empty());
        let (chars, spellings) = ask_the_worker(wanted);
        text::learn_spellings(&chars, &spellings);
        assert_eq!(
            text::app_login_part("Яндекс Такси").as_deref(),
            Some("IandeksTaksi")
        );
        // Latin letters with accents the page spells at once, without asking.
        assert_eq!(
            text::app_login_part("Zoë Łódź Straße").as_deref(),
            Some("ZoeLodzStrasse")
        );
        assert!(text::spellings_wanted().is_empty());
        // An answer that never came: the characters are wanted again.
        assert_eq!(text::app_login_part("Ταξίδια"), None);
        let lost = text::spellings_wanted();
        text::spellings_unanswered(&lost);
        assert_eq!(text::app_login_part("Ταξίδια"), None);
        assert_eq!(text::spellings_wanted(), lost);
    }
}

/// The passphrase and password floors read a secret as an attacker does: separators cost
/// an attacker nothing, so inserting them never turns a refused secret into an accepted one.
mod separators {
    use super::*;
    use wsadmin_prep::domain::profile::PasswordPolicy;
    use wsadmin_prep::domain::rules::{validate_password, PasswordCheck};
    use wsadmin_prep::worker::strength::{check_passphrase, estimate};

    fn example() -> Profile {
        Profile::from_json(include_bytes!("../docs/examples/expensify-standard.json"))
            .expect("the example profile parses")
    }

    /// The pieces weak secrets are made of: single characters, digit groups, common words,
    /// the example profile's own words, years and well-known phrases.
    fn weak_piece() -> impl Strategy<Value = String> {
        prop_oneof![
            "[a-z0-9]".prop_map(String::from),
            "[0-9]{2,4}",
            prop::sample::select(vec![
                "password",
                "summer",
                "dragon",
                "monkey",
                "letmein",
                "qwerty",
                "welcome",
                "expensify",
                "john",
                "smith",
                "acme",
                "wsadmin",
                "concur",
                "handoff",
                "2026",
                "1999",
                "correct horse battery staple",
                "may the force be with you",
            ])
            .prop_map(String::from),
        ]
    }

    fn weak_secret() -> impl Strategy<Value = String> {
        (
            prop::collection::vec(weak_piece(), 1..7),
            prop::sample::select(vec!["", " ", "-", "."]),
        )
            .prop_map(|(pieces, joint)| pieces.join(joint))
    }

    /// Inserts each separator at its position (taken modulo the length, in characters).
    fn with_separators(secret: &str, insertions: &[(usize, char)]) -> String {
        let mut chars: Vec<char> = secret.chars().collect();
        for (at, separator) in insertions {
            let at = at % (chars.len() + 1);
            chars.insert(at, *separator);
        }
        chars.into_iter().collect()
    }

    fn insertions() -> impl Strategy<Value = Vec<(usize, char)>> {
        prop::collection::vec(
            (
                0usize..200,
                prop::sample::select(vec![' ', '-', '.', '_', ',', '/', '\t', '·']),
            ),
            1..12,
        )
    }

    /// The rules that judge what a passphrase is made of; PASSPHRASE-WORDS counts words,
    /// which separators make by definition, and is a second line after these.
    const FLOOR: [&str; 3] = ["PASSPHRASE-WEAK", "PASSPHRASE-PERSONAL", "PASSPHRASE-KNOWN"];

    fn passphrase_rules(passphrase: &str, profile: &Profile) -> Vec<&'static str> {
        check_passphrase(passphrase, profile)
            .1
            .into_iter()
            .map(|finding| finding.rule)
            .collect()
    }

    /// Whether the password is refused for what it is made of (PASSWORD-POLICY, which may
    /// ask for a symbol, is left out: a separator can be the symbol it asks for).
    fn password_refused(password: &str, profile: &Profile) -> bool {
        let strength = estimate(password, profile);
        validate_password(&PasswordCheck {
            profile,
            password,
            policy: &PasswordPolicy::default(),
            strength: Some(&strength),
        })
        .iter()
        .any(|finding| matches!(finding.rule, "PASSWORD-WEAK" | "PASSWORD-PERSONAL"))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn inserting_separators_never_makes_a_refused_passphrase_pass(
            secret in weak_secret(),
            inserted in insertions(),
        ) {
            let profile = example();
            let before = passphrase_rules(&secret, &profile);
            prop_assume!(before.iter().any(|rule| FLOOR.contains(rule)));
            let spread = with_separators(&secret, &inserted);
            let after = passphrase_rules(&spread, &profile);
            prop_assert!(
                after.iter().any(|rule| FLOOR.contains(rule)),
                "{secret:?} was refused ({before:?}), {spread:?} passes the floor ({after:?})"
            );
        }

        #[test]
        fn inserting_separators_never_makes_a_refused_password_pass(
            secret in weak_secret(),
            inserted in insertions(),
        ) {
            let profile = example();
            prop_assume!(password_refused(&secret, &profile));
            let spread = with_separators(&secret, &inserted);
            prop_assert!(password_refused(&spread, &profile), "{secret:?} was refused, {spread:?} is not");
        }
    }
}

/// No value, however it is spelt, becomes a link when GitHub renders the Markdown export.
mod markdown_links {
    use super::*;
    use wsadmin_prep::domain::checklist::ChecklistProgress;
    use wsadmin_prep::formats::markdown;

    fn rendered_as_github(markdown: &str) -> String {
        let mut options = comrak::Options::default();
        options.extension.autolink = true;
        options.extension.tasklist = true;
        options.extension.strikethrough = true;
        comrak::markdown_to_html(markdown, &options)
    }

    /// Text made of what links are made of: schemes, `www.`, addresses, and the escapes and
    /// entities that spell their characters, in runs with or without spaces between them.
    fn linkish() -> impl Strategy<Value = String> {
        let word = || prop::sample::select(vec!["x", "evil", "example", "com", "a_b", "b-c", "W"]);
        let atom = (
            prop::sample::select(vec![
                "", "mailto:", "xmpp:", "http://", "https://", "ftp://", "www.", "WwW.", "(", "\\",
                "<", "[a](",
            ]),
            word(),
            prop::sample::select(vec![
                "@", ".", "\\@", "&commat;", "&#64;", "&#x40;", ":", "/", "\\.",
            ]),
            word(),
            prop::sample::select(vec![".", "\\.", "", "&period;"]),
            word(),
            prop::sample::select(vec!["", " ", ",", "\n", ")", ">", "."]),
        )
            .prop_map(|(a, b, c, d, e, f, g)| [a, b, c, d, e, f, g].concat());
        prop::collection::vec(atom, 1..5).prop_map(|atoms| atoms.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn no_value_becomes_a_link(app in linkish(), name in linkish(), note in linkish()) {
            let mut profile = Profile::from_json(include_bytes!("../docs/examples/expensify-standard.json")).unwrap();
            profile.app_name = app;
            profile.authorizing_admin.last_name = name;
            let mut ticks = ChecklistProgress::default();
            ticks.set_note("dedicated-profile", &note);
            let markdown = markdown::to_markdown(&profile, &ticks, "2026-11-28");
            let html = rendered_as_github(&markdown);
            prop_assert!(!html.contains("<a "), "{markdown}\n{html}");
        }
    }
}
