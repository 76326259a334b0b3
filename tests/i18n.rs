//! The languages: the catalogues' checks name every kind of mistake a translator can make,
//! the messages render with each language's plural forms, packs round-trip and refuse what
//! is not theirs, and the CLI's language follows `--lang` and the locale.
#![cfg(not(target_arch = "wasm32"))]

use wsadmin_prep::i18n::catalogue::{compile, LANGUAGES};
use wsadmin_prep::i18n::{self, t, Lang, Pack, PackError};

fn read(name: &str) -> String {
    std::fs::read_to_string(format!("i18n/{name}")).unwrap()
}

/// The real catalogues with one language's file replaced.
fn with_replaced(lang: &str, text: &str) -> Result<(), Vec<String>> {
    let files: Vec<(&str, String)> = LANGUAGES
        .iter()
        .map(|l| {
            let source = if *l == lang {
                text.to_owned()
            } else {
                read(&format!("{l}.ftl"))
            };
            (*l, source)
        })
        .collect();
    let sources: Vec<(&str, &str)> = files.iter().map(|(l, s)| (*l, s.as_str())).collect();
    compile(
        &read("concur-labels.ftl"),
        &sources,
        &read("same-as-english.txt"),
    )
    .map(|_| ())
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let catalogue = with_replaced("none", "");
    assert_eq!(catalogue, Ok(()));
    assert_eq!(i18n::IDS.len(), i18n::COUNT);
    for lang in Lang::ALL.into_iter().skip(1) {
        let pack = Pack::file(lang).unwrap();
        assert_eq!(Pack::parse(&pack).unwrap().lang, lang);
    }
}

#[test]
fn the_checks_name_each_mistake_a_translation_can_make() {
    let german = read("de.ftl");
    let problem = |edited: String| with_replaced("de", &edited).unwrap_err().join("\n");

    let missing = german.replace("status-done = erledigt\n", "");
    assert!(problem(missing).contains("de: status-done is missing"));

    let extra = format!("{german}\nstatus-maybe = vielleicht\n");
    assert!(problem(extra).contains("de: status-maybe is not an English message"));

    let renamed = german.replace("{ $app } aktivieren", "{ $anwendung } aktivieren");
    assert!(problem(renamed).contains("de: step-enable-app has the variables"));

    let untranslated = german.replace("status-done = erledigt", "status-done = done");
    assert!(problem(untranslated).contains("de: status-done reads exactly as English"));

    let label = format!("{german}\n-ui-enable = Aktivieren\n");
    assert!(problem(label).contains("-ui-enable is a Concur label"));

    let broken = german.replace("md-note = Notiz", "md-note = { $");
    assert!(problem(broken).contains("de: line"));

    let japanese = read("ja.ftl").replace(
        "tally = エラー { $errors } 件、警告 { $warnings } 件",
        "tally = { $errors ->\n    [one] エラー 1 件\n   *[other] エラー { $errors } 件\n}、警告 { $warnings } 件",
    );
    let problems = with_replaced("ja", &japanese).unwrap_err().join("\n");
    assert!(
        problems.contains("ja: tally: [one] is not a plural form of this language"),
        "{problems}"
    );

    let no_default = german.replace(
        "*[other] { $warnings } Warnungen",
        "[other] { $warnings } Warnungen",
    );
    assert!(problem(no_default).contains("de: tally"));
}

#[test]
fn an_allowance_to_read_as_english_must_still_be_needed() {
    let german = read("de.ftl").replace("md-edition = Edition", "md-edition = Ausgabe");
    let problems = with_replaced("de", &german).unwrap_err().join("\n");
    assert!(problems.contains("de: md-edition is listed in same-as-english.txt but is translated"));
}

#[test]
fn counts_take_each_language_s_plural_forms() {
    let tally = |lang, errors, warnings| i18n::with_lang(lang, || t::tally(errors, warnings));
    assert_eq!(tally(Lang::En, 0, 1), "no errors, 1 warning");
    assert_eq!(tally(Lang::En, 2, 0), "2 errors, no warnings");
    assert_eq!(tally(Lang::De, 1, 3), "1 Fehler, 3 Warnungen");
    assert_eq!(tally(Lang::Fr, 0, 1), "aucune erreur, 1 avertissement");
    assert_eq!(tally(Lang::Fr, 2, 2), "2 erreurs, 2 avertissements");
    assert_eq!(tally(Lang::Es, 1, 2), "1 error, 2 advertencias");
    assert_eq!(tally(Lang::Ja, 2, 1), "エラー 2 件、警告 1 件");
    // The language is the thread's and borrowed only for the call.
    assert_eq!(i18n::lang(), Lang::En);
}

#[test]
fn concur_labels_stay_in_english_inside_translated_sentences() {
    for lang in [Lang::De, Lang::Fr, Lang::Es, Lang::Ja] {
        let detail = i18n::with_lang(lang, || t::step_enable_app_detail(&"Expensify"));
        assert!(
            detail.contains("Enable") && detail.contains("Expensify"),
            "{lang}: {detail}"
        );
        assert!(!detail.contains("click"), "{lang}: {detail}");
    }
}

#[test]
fn a_pack_from_another_build_or_not_a_pack_is_refused() {
    let german = Pack::file(Lang::De).unwrap();
    let other_build = german.replacen(i18n::FINGERPRINT, "0000000000000000", 1);
    assert_eq!(Pack::parse(&other_build), Err(PackError::OtherBuild));
    assert_eq!(Pack::parse("{}"), Err(PackError::NotAPack));
    assert_eq!(
        Pack::parse("[\"wsadmin-prep/lang@1\"]"),
        Err(PackError::NotAPack)
    );
    let unknown = german.replacen("\"de\"", "\"xx\"", 1);
    assert_eq!(Pack::parse(&unknown), Err(PackError::NotAPack));
}

#[test]
fn languages_come_from_tags_and_the_locale_as_posix_orders_it() {
    assert_eq!(Lang::from_tag("de-AT"), Some(Lang::De));
    assert_eq!(Lang::from_tag("fr_CA.UTF-8"), Some(Lang::Fr));
    assert_eq!(Lang::from_tag("pt-BR"), None);
    assert_eq!(Lang::negotiate(["pt-BR", "es-419", "en"]), Lang::Es);
    assert_eq!(Lang::negotiate(["pt-BR"]), Lang::En);
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        }
    };
    assert_eq!(
        Lang::from_environment(env(&[("LANG", "ja_JP.UTF-8")])),
        Lang::Ja
    );
    assert_eq!(
        Lang::from_environment(env(&[("LC_ALL", "C"), ("LANG", "ja_JP.UTF-8")])),
        Lang::En,
        "LC_ALL decides first, and C is English"
    );
    assert_eq!(
        Lang::from_environment(env(&[("LC_MESSAGES", "es_ES.UTF-8"), ("LANG", "de_DE")])),
        Lang::Es
    );
    assert_eq!(
        Lang::from_environment(env(&[("LC_ALL", ""), ("LANG", "fr_FR")])),
        Lang::Fr
    );
}

/// The CLI with the locale's variables set as given (and no others).
fn command(args: &[&str], locale: &[(&str, &str)]) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_wsadmin-prep"));
    command
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (name, value) in locale {
        command.env(name, value);
    }
    command
}

/// Its standard output, whatever its exit status.
fn cli_any(args: &[&str], locale: &[(&str, &str)]) -> String {
    String::from_utf8(command(args, locale).output().unwrap().stdout).unwrap()
}

/// Its standard output, once it has succeeded.
fn cli(args: &[&str], locale: &[(&str, &str)]) -> String {
    let output = command(args, locale).output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// Compares with a golden file; `UPDATE_GOLDEN=1 cargo test` rewrites it after a reviewed
/// change (a translator's, for these).
#[track_caller]
fn golden(name: &str, actual: &str) {
    let path = format!("tests/golden/lang/{name}");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all("tests/golden/lang").unwrap();
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{path} differs; the output was:\n{actual}"
    );
}

#[test]
fn the_cli_prints_the_checklist_in_each_language() {
    for lang in ["en", "de", "fr", "es", "ja"] {
        let helpdesk = cli(
            &[
                "checklist",
                "--lang",
                lang,
                "--date",
                "2026-11-28",
                "--helpdesk",
                "docs/examples/expensify-standard.json",
            ],
            &[],
        );
        golden(&format!("checklist-standard-helpdesk.{lang}.md"), &helpdesk);
        let token = cli(
            &[
                "checklist",
                "--lang",
                lang,
                "--date",
                "2026-11-28",
                "docs/examples/zoe-travel-token.json",
            ],
            &[],
        );
        golden(&format!("checklist-token.{lang}.md"), &token);
        // Concur's menu paths and field labels are the same in every language (French
        // puts a space before the colon).
        assert!(
            helpdesk.contains("Login ID: `WSAdmin-Expensify@acme.com`")
                || (lang == "fr" && helpdesk.contains("Login ID : `WSAdmin-Expensify@acme.com`")),
            "{lang}"
        );
        assert!(token
            .contains("Administration > Company > Authentication Admin > Company Request Token"));
    }
}

#[test]
fn the_cli_takes_its_language_from_the_locale_unless_told() {
    let args = [
        "checklist",
        "--date",
        "2026-11-28",
        "docs/examples/expensify-standard.json",
    ];
    let japanese = cli(&args, &[("LANG", "ja_JP.UTF-8")]);
    assert!(
        japanese.starts_with("# WS Admin 有効化チェックリスト"),
        "{japanese}"
    );
    let c = cli(&args, &[("LC_ALL", "C"), ("LANG", "ja_JP.UTF-8")]);
    assert!(c.starts_with("# WS Admin enablement checklist"), "{c}");
    let told = [&["--lang", "fr"][..], &args[..]].concat();
    let french = cli(&told, &[("LANG", "de_DE.UTF-8")]);
    assert!(
        french.starts_with("# Checklist d'activation WS Admin"),
        "{french}"
    );
    // JSON is for tools: its words stay English in every language.
    let json_args = [
        "checklist",
        "--format",
        "json",
        "--date",
        "2026-11-28",
        "docs/examples/expensify-standard.json",
    ];
    // (Each export gets a share ID of its own, so that line is left out.)
    let without_share_id = |json: String| {
        json.lines()
            .filter(|line| !line.contains("\"share_id\""))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(
        without_share_id(cli(&json_args, &[("LANG", "de_DE.UTF-8")])),
        without_share_id(cli(&json_args, &[]))
    );
}

#[test]
fn the_helpdesk_ticket_may_be_in_english_in_a_checklist_in_another_language() {
    let args = [
        "checklist",
        "--lang",
        "ja",
        "--ticket-lang",
        "en",
        "--helpdesk",
        "--date",
        "2026-11-28",
        "docs/examples/expensify-standard.json",
    ];
    let checklist = cli(&args, &[]);
    assert!(checklist.contains("Please create a Web Services Administrator user profile"));
    assert!(
        checklist.contains("ヘルプデスク"),
        "the rest stays Japanese"
    );
    let japanese = cli(
        &args[..3]
            .iter()
            .chain(&args[5..])
            .copied()
            .collect::<Vec<_>>(),
        &[],
    );
    assert!(
        japanese.contains("ユーザープロファイルを作成してください"),
        "{japanese}"
    );
}

#[test]
fn the_cli_prints_findings_in_each_language_and_json_in_english() {
    let file = "tests/fixtures/findings-in-every-language.json";
    let mut outputs = Vec::new();
    for lang in ["en", "de", "fr", "es", "ja"] {
        let text = cli_any(&["validate", "--lang", lang, file], &[]);
        golden(&format!("validate.{lang}.txt"), &text);
        // Rule IDs and Concur's field labels are the same in every language.
        assert!(text.contains("LOGIN-PERSONAL") && text.contains("Login ID (ws_admin.login_id)"));
        outputs.push(text);
    }
    // Each language says it its own way.
    for (i, a) in outputs.iter().enumerate() {
        for b in &outputs[i + 1..] {
            assert_ne!(a, b);
        }
    }
    let json = |lang| cli_any(&["validate", "--format", "json", "--lang", lang, file], &[]);
    assert_eq!(json("ja"), json("en"));
    assert!(
        json("de").contains("\"message\": \"The Login ID is the authorizing admin's own e-mail")
    );
}

#[test]
fn a_share_link_carries_the_language_it_was_made_in_as_a_hint() {
    use wsadmin_prep::formats::share_link;
    let link = |lang| {
        cli(
            &[
                "checklist",
                "--format",
                "link",
                "--lang",
                lang,
                "--date",
                "2026-11-28",
                "docs/examples/expensify-standard.json",
            ],
            &[],
        )
    };
    let (profile, ticks) = share_link::decode(link("de").trim()).unwrap();
    assert_eq!(ticks.made_in, Some(Lang::De));
    let (english_profile, english_ticks) = share_link::decode(link("en").trim()).unwrap();
    assert_eq!(
        english_ticks.made_in, None,
        "English, the default, needs no hint"
    );
    // The hint changes nothing else: the same profile and ticks in any language.
    assert_eq!(profile, english_profile);
    assert_eq!(ticks.records, english_ticks.records);
}

#[test]
fn the_worker_speaks_the_language_the_page_hands_it() {
    use wsadmin_prep::domain::profile::Profile;
    use wsadmin_prep::worker::protocol::{handle, WorkerRequest, WorkerResponse};
    let profile =
        Profile::from_json(&std::fs::read("docs/examples/expensify-standard.json").unwrap())
            .unwrap()
            .to_value();
    let check = || {
        let answer = handle(WorkerRequest::Check {
            password: "Expensify2026".into(),
            profile: profile.clone(),
        });
        let WorkerResponse::Checked { findings, .. } = answer else {
            panic!("{answer:?}")
        };
        findings
    };
    let set = |pack| {
        assert_eq!(
            handle(WorkerRequest::Language { pack }),
            WorkerResponse::LanguageSet
        )
    };
    set(Pack::file(Lang::De));
    let german = check();
    let personal = german
        .iter()
        .find(|f| f.rule == "PASSWORD-PERSONAL")
        .unwrap();
    assert_eq!(personal.message, "Das Passwort enthält die „Login ID“");
    assert!(personal
        .why
        .starts_with("Ein Passwort aus den eigenen Namen"));
    // A pack that cannot be read leaves the worker in English, never half-translated.
    set(Some(
        "[\"wsadmin-prep/lang@1\",\"de\",\"0000000000000000\"]".into(),
    ));
    let english = check();
    let personal = english
        .iter()
        .find(|f| f.rule == "PASSWORD-PERSONAL")
        .unwrap();
    assert_eq!(personal.message, "The password contains the Login ID");
}

/// Every way a file, a save, a link or a packet can fail, as each is shown to people.
fn every_problem() -> Vec<String> {
    use wsadmin_prep::domain::handoff::TokenTimesProblem;
    use wsadmin_prep::formats::checklist_json::{ChecklistFileError, ImportError};
    use wsadmin_prep::formats::drafts_store::RestoreError;
    use wsadmin_prep::formats::json::FormatError;
    use wsadmin_prep::formats::recipient_link::RecipientLinkError;
    use wsadmin_prep::formats::sealed_packet::{self as packets, HandoffError};
    use wsadmin_prep::formats::share_link::{self, LinkError};
    let json = FormatError::Json {
        line: 3,
        column: 7,
        reason: "expected `,`".into(),
    };
    let mut problems = vec![
        json.to_string(),
        FormatError::NotAnObject.to_string(),
        FormatError::UnknownSchema {
            found: "wsadmin-prep/profile@9".into(),
            expected: "wsadmin-prep/profile@1",
        }
        .to_string(),
        FormatError::MissingSchema {
            expected: "wsadmin-prep/checklist@1",
        }
        .to_string(),
        ChecklistFileError::Profile(FormatError::NotAnObject).to_string(),
        ChecklistFileError::UnknownStep("launch-rocket".into()).to_string(),
        ImportError::Checklist(ChecklistFileError::Format(json.clone())).to_string(),
        ImportError::Profile(json.clone()).to_string(),
        ImportError::Markdown.to_string(),
        RestoreError::Newer {
            schema: "wsadmin-prep/draft@2".into(),
        }
        .to_string(),
        RestoreError::Damaged(json).to_string(),
        RecipientLinkError::NotAKey.to_string(),
        LinkError::NotAChecklistLink.to_string(),
        share_link::decode("#checklist=1.!!!")
            .unwrap_err()
            .to_string(),
        TokenTimesProblem::Unreadable.to_string(),
        TokenTimesProblem::FromTheFuture {
            generated_at: "2030-01-01T00:00:00Z".into(),
        }
        .to_string(),
        PackError::OtherBuild.to_string(),
        HandoffError::TooLarge { bytes: 16385 }.to_string(),
        HandoffError::PostQuantum.to_string(),
        HandoffError::WrongKey.to_string(),
        HandoffError::WrongPassphrase.to_string(),
        HandoffError::WrongKind {
            sealed_to_passphrase: true,
        }
        .to_string(),
        HandoffError::Altered.to_string(),
        HandoffError::ExcessiveWork(22).to_string(),
        packets::open_any(
            b"hello",
            &packets::OpenWith::Passphrase("x".to_owned().into()),
        )
        .unwrap_err()
        .to_string(),
        packets::read_packet(b"[1]").unwrap_err().to_string(),
    ];
    for key in ["", "age1pq1abc", "ssh-ed25519 AAAA", "age1xyz"] {
        problems.push(packets::parse_recipient(key).unwrap_err().to_string());
    }
    for identity in ["# nothing", "AGE-SECRET-KEY-PQ-1ABC", "AGE-SECRET-KEY-1XYZ"] {
        let refused = packets::parse_identity(identity).err();
        problems.push(refused.expect("no identity").to_string());
    }
    problems
}

#[test]
fn problems_with_files_links_and_packets_are_told_in_each_language() {
    let english = every_problem();
    for lang in [Lang::De, Lang::Fr, Lang::Es, Lang::Ja] {
        let translated = i18n::with_lang(lang, every_problem);
        for (english, translated) in english.iter().zip(&translated) {
            assert_ne!(english, translated, "{lang:?} says it in English");
        }
    }
    let german = i18n::with_lang(Lang::De, every_problem);
    // What the person can act on is translated; what a parser said is quoted as it said it.
    assert_eq!(german[0], "Zeile 3, Spalte 7: expected `,`");
    assert!(german[20].starts_with("die Passphrase öffnet dieses Paket nicht"));
}

/// A credentials packet sealed to a passphrase, in a directory with the passphrase's file.
fn sealed_packet_files(dir: &std::path::Path) -> (String, String) {
    use wsadmin_prep::domain::handoff::HandoffPacket;
    use wsadmin_prep::domain::profile::Profile;
    use wsadmin_prep::formats::sealed_packet::{seal, SealTo};
    let profile =
        Profile::from_json(&std::fs::read("docs/examples/expensify-standard.json").unwrap())
            .unwrap();
    let packet = HandoffPacket::for_profile(
        &profile,
        "vR7#q2Lm!x9Tz@4Wk",
        "2026-11-28T10:00:00Z",
        true,
        None,
    );
    let to = SealTo::Passphrase("quartz vivid ember lantern oxygen tundra".to_owned().into());
    let sealed = dir.join("handoff.age");
    std::fs::write(&sealed, seal(&packet, &to).unwrap()).unwrap();
    let phrase = dir.join("phrase.txt");
    std::fs::write(&phrase, "quartz vivid ember lantern oxygen tundra\n").unwrap();
    (
        sealed.to_str().unwrap().to_owned(),
        phrase.to_str().unwrap().to_owned(),
    )
}

#[test]
fn the_cli_opens_a_packet_and_refuses_one_in_each_language() {
    let dir = tempfile::tempdir().unwrap();
    let (sealed, phrase) = sealed_packet_files(dir.path());
    let opened = |lang: &str| {
        cli(
            &[
                "--lang",
                lang,
                "open",
                &sealed,
                "--passphrase-file",
                &phrase,
            ],
            &[],
        )
    };
    let german = opened("de");
    let line = |text: &str, label: &str| {
        text.lines()
            .find(|line| line.starts_with(label))
            .unwrap_or_else(|| panic!("no {label} in\n{text}"))
            .to_owned()
    };
    // The provider's words are translated, Concur's field names are not, and the values line
    // up after the longest label of the language.
    assert!(line(&german, "Aktiviert").ends_with(" ja"), "{german}");
    assert!(line(&german, "Versiegelt am").ends_with("2026-11-28T10:00:00Z"));
    assert!(line(&german, "Login ID").ends_with("WSAdmin-Expensify@acme.com"));
    let width = "Domain des Unternehmens".chars().count();
    assert!(
        german.lines().all(|line| {
            let after: Vec<char> = line.chars().skip(width).take(2).collect();
            after.len() == 2 && after[0] == ' ' && after[1] != ' '
        }),
        "{german}"
    );
    assert!(line(&opened("ja"), "封印日時").ends_with("2026-11-28T10:00:00Z"));

    std::fs::write(&phrase, "a wrong passphrase of six words\n").unwrap();
    let output = command(
        &["open", &sealed, "--passphrase-file", &phrase],
        &[("LANG", "fr_FR.UTF-8")],
    )
    .output()
    .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        format!("wsadmin-prep: impossible d'ouvrir {sealed} : la phrase secrète n'ouvre pas ce paquet : vérifiez-la auprès de la personne qui l'a scellé\n")
    );
}

#[test]
fn concur_s_own_translation_of_a_label_shows_beside_it_where_a_source_gives_one() {
    use wsadmin_prep::domain::checklist::{steps, CreationRoute};
    use wsadmin_prep::domain::concur::{Edition, TRANSLATED_LABELS};
    let standard = "docs/examples/expensify-standard.json";
    let german = cli(&["--lang", "de", "checklist", standard], &[]);
    let lines_with = |text: &str, needle: &str| text.lines().filter(|l| l.contains(needle)).count();
    // On Standard's user form, beside the English label, never instead of it…
    assert!(german.contains(
        "  - Login ID (in Concur auf Deutsch: „Anmeldung (E-Mail-Adresse)“): `WSAdmin-Expensify@acme.com`"
    ));
    assert!(german.contains("**Administration > Setup > Users > Create/Edit User** (in Concur auf Deutsch: „Benutzer anlegen/bearbeiten“)"));
    // …and nowhere else: Concur's sign-in page is not that form.
    assert_eq!(
        lines_with(&german, "Anmeldung (E-Mail-Adresse)"),
        1,
        "{german}"
    );
    assert_eq!(
        lines_with(&german, "- Login ID: `WSAdmin-Expensify@acme.com`"),
        3
    );
    let japanese = cli(&["--lang", "ja", "checklist", standard], &[]);
    assert!(japanese.contains("「ログイン (メール アドレス)」"));
    // No source was found for Spanish, nor for Professional's pages.
    let spanish = cli(&["--lang", "es", "checklist", standard], &[]);
    assert!(!spanish.contains("en Concur en español"), "{spanish}");
    let professional = cli(
        &[
            "--lang",
            "de",
            "checklist",
            "docs/examples/expensify-professional-all-data.json",
        ],
        &[],
    );
    assert!(!professional.contains("in Concur auf Deutsch"));
    // Every translation sits on a page some step of the checklist sends the admin to.
    let mut profile =
        wsadmin_prep::domain::profile::Profile::from_json(&std::fs::read(standard).unwrap())
            .unwrap();
    profile.edition = Edition::Standard;
    let menus: Vec<&str> = steps(&profile, CreationRoute::Admin)
        .iter()
        .filter_map(|s| s.menu_path)
        .collect();
    for translated in TRANSLATED_LABELS {
        assert!(menus.contains(&translated.page), "{}", translated.page);
        assert_ne!(translated.lang, Lang::En);
    }
}

#[test]
fn zxcvbn_s_feedback_is_told_in_each_language() {
    use wsadmin_prep::domain::profile::Profile;
    use wsadmin_prep::worker::strength::check_password;
    let profile =
        Profile::from_json(&std::fs::read("docs/examples/expensify-standard.json").unwrap())
            .unwrap();
    let weak = |lang| {
        i18n::with_lang(lang, || {
            let (_, findings) = check_password("password", &profile);
            let finding = findings
                .into_iter()
                .find(|f| f.rule == "PASSWORD-WEAK")
                .expect("a weak password");
            (finding.message, finding.fix.text)
        })
    };
    assert_eq!(
        weak(Lang::En).0,
        "The password is easy to guess (strength 0 of 4): This is a top-10 common password."
    );
    assert_eq!(
        weak(Lang::De).0,
        "Das Passwort ist leicht zu erraten (Stärke 0 von 4): Dies ist eines der 10 häufigsten Passwörter."
    );
    assert!(weak(Lang::Fr)
        .0
        .ends_with(" : Ce mot de passe fait partie des 10 plus courants."));
    for lang in [Lang::De, Lang::Fr, Lang::Es, Lang::Ja] {
        let (message, fix) = weak(lang);
        assert!(!message.contains("common password"), "{lang:?}: {message}");
        assert!(!fix.contains("Add another word"), "{lang:?}: {fix}");
    }
}

#[test]
fn the_cli_s_help_summarises_each_command_in_the_chosen_language() {
    let german = cli(&["--lang", "de", "--help"], &[]);
    assert!(
        german.contains("validate    Eine Profildatei gegen jede Regel prüfen"),
        "{german}"
    );
    assert!(german.starts_with("Ein SAP-Concur-Profil"), "{german}");
    let french = cli(&["open", "--help"], &[("LANG", "fr_FR.UTF-8")]);
    assert!(
        french.starts_with("Ouvrir un paquet de transmission"),
        "{french}"
    );
    // English keeps its long descriptions.
    let english = cli(&["open", "--help"], &[("LANG", "C")]);
    assert!(english.starts_with("Open a handoff packet"), "{english}");
    assert!(english.len() > french.len());
    // A language that does not exist is clap's error, and English stays the help's language.
    let output = command(&["--lang", "xx", "--help"], &[]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("invalid value 'xx' for '--lang <LANG>'")
    );
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_reported_not_panicked_on() {
    use std::os::unix::ffi::OsStrExt;
    let name = std::ffi::OsStr::from_bytes(b"profile-\xff.json");
    let output = command(&["--lang", "de", "validate"], &[])
        .arg(name)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("ist nicht verwendbar"), "{said}");
}
