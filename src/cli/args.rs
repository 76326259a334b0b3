//! The command line's arguments, as clap reads them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use wsadmin_prep::i18n::{m, Message};

#[derive(Parser)]
#[command(
    name = "wsadmin-prep",
    version,
    about = "Prepare and check an SAP Concur Web Services Administrator (WS Admin) profile, offline",
    long_about = "Prepare and check an SAP Concur Web Services Administrator (WS Admin) profile, offline.\n\n\
        A partner app (expense, travel or invoice integration) signs in to Concur as a dedicated \
        WS Admin user. wsadmin-prep checks that profile against every rule of Concur's enablement \
        guide and its field limits, for Standard and Professional editions. Nothing is sent anywhere.",
    after_help = "Exit status: 0 no errors (warnings allowed), 1 the profile has errors, 2 the input cannot be used.\n\
        The profile file format is described in docs/formats.md."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// The language of what is printed for people (the checklist, findings' tally) [default:
    /// from LC_ALL, LC_MESSAGES or LANG, else English]. JSON, rule IDs and Concur's own
    /// labels stay in English
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,
}

/// The languages `--lang` takes.
#[derive(Clone, Copy, ValueEnum)]
pub enum LangArg {
    En,
    De,
    Fr,
    Es,
    Ja,
}

impl From<LangArg> for wsadmin_prep::i18n::Lang {
    fn from(lang: LangArg) -> Self {
        use wsadmin_prep::i18n::Lang;
        match lang {
            LangArg::En => Lang::En,
            LangArg::De => Lang::De,
            LangArg::Fr => Lang::Fr,
            LangArg::Es => Lang::Es,
            LangArg::Ja => Lang::Ja,
        }
    }
}

#[derive(Subcommand)]
pub enum Command {
    /// Check a profile file against every rule and print the findings with their fixes
    #[command(
        long_about = "Check a profile file against every rule of the enablement guide and Concur's \
            field limits, and print each finding with the field it concerns and a fix.",
        after_help = "Examples:\n  wsadmin-prep validate acme-expensify.json\n  \
            wsadmin-prep validate --format json acme-expensify.json | jq '.findings[].rule'\n\n\
            Exit status: 0 no errors (warnings allowed), 1 the profile has errors, \
            2 the file cannot be used (unreadable, not JSON, not an object, unknown schema or edition)."
    )]
    Validate {
        /// Profile files (JSON, schema wsadmin-prep/profile@1); `-` reads standard input.
        /// With several, each is reported, then a summary line (JSON: one object per line)
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// How to print the findings: `text` for people, `json` for scripts
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Apply every suggestion to a profile, as the web app's "Fill suggestions" does
    #[command(
        long_about = "Apply every suggestion to a profile, as the web app's \"Fill suggestions\" does: \
            the company domain as a bare domain, the Login ID, first and last name and e-mail from \
            the guide's naming scheme where they are empty or wrong, and exactly the roles the \
            edition and data need. Values that pass the rules are kept. The fixed profile goes to \
            standard output, or to OUT; FILE itself is never overwritten unless -o names it.",
        after_help = "Examples:\n  wsadmin-prep fix draft.json > fixed.json\n  \
            wsadmin-prep fix draft.json -o draft.json   (replaces it)\n\n\
            Exit status: 0 the fixed profile has no errors, 1 errors remain (the admin's own details, \
            say, which no suggestion can supply), 2 the file cannot be used."
    )]
    Fix {
        /// The profile file; `-` reads standard input
        file: PathBuf,
        /// Where to write the fixed profile [default: standard output]
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// Print the enablement checklist for a profile, as Markdown or JSON
    #[command(
        long_about = "Print the enablement checklist for a profile: creating the WS Admin user \
            (or a Concur Helpdesk ticket), activating it, handing the credentials over, and enabling \
            the app, with Concur's menu paths and the values to enter. It never contains a password.",
        after_help = "Examples:\n  wsadmin-prep checklist acme-expensify.json > checklist.md\n  \
            wsadmin-prep checklist --helpdesk --format json acme-expensify.json\n  \
            wsadmin-prep checklist --app-center zoe-travel-token.json\n  \
            wsadmin-prep checklist exported-checklist.json   (keeps its ticks and notes)\n  \
            wsadmin-prep checklist --format link acme-expensify.json   (append to the app's address)\n\n\
            Exit status: 0 printed, 2 the file cannot be used."
    )]
    Checklist {
        /// A profile file, a checklist exported as JSON, or a file holding a share link (ticks and notes are kept); `-` reads standard input
        file: PathBuf,
        /// Markdown for people, JSON for tools and re-import
        #[arg(long, value_enum, default_value_t = ChecklistFormat::Md)]
        format: ChecklistFormat,
        /// The profile is created by a Concur Helpdesk ticket (the checklist includes its text)
        #[arg(long)]
        helpdesk: bool,
        /// Company Request Token route: the app is connected with the App Center's Connect
        /// button, so nothing is handed over
        #[arg(long, conflicts_with = "helpdesk")]
        app_center: bool,
        /// The date printed at the top [default: today, UTC]
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// The language of the Helpdesk ticket's text, when it differs from the checklist's
        /// (Concur's Helpdesk may need English) [default: the checklist's language]
        #[arg(long, value_enum, value_name = "LANG")]
        ticket_lang: Option<LangArg>,
    },
    /// Generate an age identity for receiving handoff packets (the provider's side)
    #[command(
        long_about = "Generate an age X25519 identity for receiving handoff packets. The identity \
            (secret) goes to KEYFILE, or to standard output without -o; the public key (age1…) is \
            printed on standard error: give it to the client's admin.",
        after_help = "Examples:\n  wsadmin-prep keygen -o provider.key\n\n\
            An existing KEYFILE is never overwritten. Exit status: 0 written, 2 cannot write."
    )]
    Keygen {
        /// Where to write the identity file (created with owner-only permissions)
        #[arg(short, long, value_name = "KEYFILE")]
        output: Option<PathBuf>,
    },
    /// Seal the Login ID and a password (read from stdin) for the app provider, with age
    #[command(
        long_about = "Seal the handoff packet (Login ID, password, app, edition) for the app provider \
            with age, ASCII-armored, to standard output. The password is read from standard input, \
            never from an argument. The profile must pass every rule and the password every \
            password rule first.",
        after_help = "Examples:\n  printf '%s' \"$PW\" | wsadmin-prep seal profile.json --password-stdin --to age1… > handoff.age\n  \
            wsadmin-prep seal profile.json --password-stdin --passphrase-file phrase.txt < pw.txt > handoff.age\n\n\
            The packet opens with `age -d -i KEYFILE` (or `age -d` and the passphrase) and with `wsadmin-prep open`.\n\
            Exit status: 0 sealed, 1 the profile or password breaks a rule, 2 unusable input."
    )]
    Seal {
        /// The profile file
        profile: PathBuf,
        /// Read the password from standard input (its first line); required, as a reminder that
        /// it is never an argument
        #[arg(long, required = true)]
        password_stdin: bool,
        #[command(flatten)]
        seal_to: SealToArgs,
        /// Confirms that you have logged in to Concur once with these credentials (required:
        /// Concur may ask for a new password at the first log-in, and that one is to be sealed)
        #[arg(long)]
        activated: bool,
        /// A note for the provider
        #[arg(long)]
        note: Option<String>,
    },
    /// Seal a Company Request Token (read from stdin) and its Company UUID for the app provider
    #[command(
        long_about = "Seal the values Concur's Company Request Token dialog shows (the Company UUID \
            and the token, read from standard input, never from an argument) with the app's name and \
            App ID, when the token was generated and when it expires (24 hours later), for the app \
            provider, with age, ASCII-armored, to standard output. An expired token, a Company UUID \
            or App ID that is not a UUID, or a token with spaces or line breaks is refused.",
        after_help = "Examples:\n  printf '%s' \"$TOKEN\" | wsadmin-prep seal-token --app-name 'Zoë Travel' \\\n      \
            --app-id 0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c --company-uuid a1b2c3d4-… --data-center us \\\n      \
            --generated-at now --token-stdin --to age1… > token.age\n\n\
            The packet opens with `age -d` and with `wsadmin-prep open`, which shows the time left.\n\
            Exit status: 0 sealed, 1 a rule refuses it (the rule IDs are listed), 2 unusable input."
    )]
    SealToken {
        /// The partner app's name, as its provider spells it
        #[arg(long, value_name = "NAME")]
        app_name: String,
        /// The client company's name, shown to the provider with the packet
        #[arg(long, value_name = "NAME")]
        company_name: Option<String>,
        /// The App ID the provider gave (a UUID)
        #[arg(long, value_name = "UUID")]
        app_id: String,
        /// The Company UUID the dialog showed
        #[arg(
            long,
            value_name = "UUID",
            required_unless_present = "company_uuid_file"
        )]
        company_uuid: Option<String>,
        /// Or read the Company UUID from a file (its first line), so that it stays out of the
        /// shell's history and the process list
        #[arg(long, value_name = "PATH", conflicts_with = "company_uuid")]
        company_uuid_file: Option<PathBuf>,
        /// The company's Concur edition
        #[arg(long, value_enum, default_value_t = EditionArg::Standard)]
        edition: EditionArg,
        /// When the token was generated: an RFC 3339 time, or `now`. Required, so that the
        /// 24 hours are counted from when Concur's dialog showed the token, not from when the
        /// command happened to run
        #[arg(long, value_name = "RFC3339|now")]
        generated_at: Option<String>,
        /// The company's Concur data centre (the token page exists in US and EMEA only)
        #[arg(long, value_enum, value_name = "us|emea")]
        data_center: Option<DataCenterArg>,
        /// Read the token from standard input (its first line); required, as a reminder that it
        /// is never an argument
        #[arg(long, required = true)]
        token_stdin: bool,
        #[command(flatten)]
        seal_to: SealToArgs,
        /// A note for the provider
        #[arg(long)]
        note: Option<String>,
    },
    /// Open a handoff packet (credentials or a token) and print its fields (the provider's side)
    #[command(
        long_about = "Open a handoff packet sealed by wsadmin-prep (or by age with a handoff packet \
            inside) and print its fields, the password or token included. For a Company Request \
            Token packet it also prints the time left, or that the token has expired and what the \
            admin must do.",
        after_help = "Examples:\n  wsadmin-prep open handoff.age --identity provider.key\n  \
            wsadmin-prep open handoff.age --passphrase-file phrase.txt --format json\n\n\
            JSON for a token packet adds \"expired\" and \"seconds_left\" to the packet's own fields.\n\
            Exit status: 0 opened, 1 cannot open (wrong key or passphrase, altered packet) or the \
            token in it has expired (it is still printed), 2 unusable input."
    )]
    Open {
        /// The packet (armored or binary age); `-` reads standard input
        packet: PathBuf,
        /// The provider's identity file
        #[arg(
            long,
            value_name = "KEYFILE",
            conflicts_with = "passphrase_file",
            required_unless_present = "passphrase_file"
        )]
        identity: Option<PathBuf>,
        /// A file holding the passphrase
        #[arg(long, value_name = "PATH")]
        passphrase_file: Option<PathBuf>,
        /// `text` for people, `json` for the packet's raw JSON
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

/// Where `seal` and `seal-token` seal to: one of the two.
#[derive(Args)]
pub struct SealToArgs {
    /// Seal to the provider's age public key (recommended)
    #[arg(
        long,
        value_name = "age1…",
        conflicts_with = "passphrase_file",
        required_unless_present = "passphrase_file"
    )]
    pub to: Option<String>,
    /// Seal to the passphrase in this file (scrypt, work factor 18)
    #[arg(long, value_name = "PATH")]
    pub passphrase_file: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum EditionArg {
    Standard,
    Professional,
}

impl From<EditionArg> for wsadmin_prep::domain::concur::Edition {
    fn from(edition: EditionArg) -> Self {
        match edition {
            EditionArg::Standard => Self::Standard,
            EditionArg::Professional => Self::Professional,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ChecklistFormat {
    /// Markdown with GitHub task lists, for tickets and e-mail
    Md,
    /// JSON (schema wsadmin-prep/checklist@1), re-importable in the web app
    Json,
    /// A share-link fragment (#checklist=1.…) to append to the web app's address
    Link,
}

/// The data centres whose Company Request Token page exists.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum DataCenterArg {
    Us,
    Emea,
}

impl From<DataCenterArg> for wsadmin_prep::domain::concur::DataCenter {
    fn from(arg: DataCenterArg) -> Self {
        match arg {
            DataCenterArg::Us => wsadmin_prep::domain::concur::DataCenter::Us,
            DataCenterArg::Emea => wsadmin_prep::domain::concur::DataCenter::Emea,
        }
    }
}

/// The command with each summary (`about`: the list `--help` prints, and `-h`) and the
/// language option's help in the active language. In another language than English the long
/// descriptions give way to the summaries, so that a help page opens in its reader's
/// language; the options' help, the examples and the exit statuses stay in English (clap's
/// derive takes them from doc comments; translating them would double this file for text
/// few people read, and `--lang en` shows the whole help).
pub fn with_translated_summaries(command: clap::Command) -> clap::Command {
    let english = wsadmin_prep::i18n::lang() == wsadmin_prep::i18n::Lang::En;
    let summary = |command: clap::Command, about: Message| {
        let command = command.about(about.text());
        if english {
            command
        } else {
            command.long_about(None::<&'static str>)
        }
    };
    let summaries: [(&str, Message); 7] = [
        ("validate", m::HELP_VALIDATE),
        ("fix", m::HELP_FIX),
        ("checklist", m::HELP_CHECKLIST),
        ("keygen", m::HELP_KEYGEN),
        ("seal", m::HELP_SEAL),
        ("seal-token", m::HELP_SEAL_TOKEN),
        ("open", m::HELP_OPEN),
    ];
    let command =
        summary(command, m::HELP_ABOUT).mut_arg("lang", |arg| arg.help(m::HELP_LANG.text()));
    summaries
        .into_iter()
        .fold(command, |command, (name, about)| {
            command.mut_subcommand(name, |sub| summary(sub, about))
        })
}
