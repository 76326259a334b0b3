//! The rule catalogue: every check a WS Admin profile must pass, read top to bottom.
//!
//! Each rule is data (ID, severity, field, the guide's reason, its source) plus one small
//! check. Text comparisons ignore case (Unicode lower-casing) and never trim: surrounding
//! spaces are a finding of their own. `docs/rules.md` documents the same list for people.

use std::fmt;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::concur::{
    DataKind, Grant, EMAIL_MAX_CHARS, FORBIDDEN_ADDRESS_CHARS, LOGIN_ID_MAX_CHARS, NAME_MAX_CHARS,
};
use crate::password::{PasswordPolicy, Strength};
use crate::profile::{Field, Profile};
use crate::suggest;

/// How much a finding matters: an error stops the enablement, a warning is worth a look.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One rule of the catalogue.
pub struct Rule {
    /// Stable identifier, shown to users and matched by scripts.
    pub id: &'static str,
    pub severity: Severity,
    /// The field the rule is about; a rule may point a finding at a sub-field instead.
    pub field: Field,
    /// Why the rule matters, in the guide's terms, for a person reading the finding.
    pub why: &'static str,
    /// The guide sentence or Concur limit the rule comes from.
    pub source: &'static str,
    check: Check,
}

/// What a rule looks at: the profile alone, or the password with the profile beside it.
enum Check {
    Profile(fn(&Profile) -> Vec<Hit>),
    Password(fn(&PasswordCheck) -> Vec<Hit>),
}

/// A password under check. It is borrowed for the check and never kept.
pub struct PasswordCheck<'a> {
    pub profile: &'a Profile,
    pub password: &'a str,
    pub policy: &'a PasswordPolicy,
    /// zxcvbn's estimate, computed by the caller (in the web app, in a worker).
    pub strength: Option<&'a Strength>,
}

/// What a person can do about a finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    /// The advice, in words.
    pub text: String,
    /// The change that applies it, where one can be derived from the profile.
    pub action: Option<FixAction>,
}

/// A change to the profile that resolves a finding in one click.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FixAction {
    /// Replace the field's text with this value.
    SetText(Field, String),
    AddPermission(&'static str),
    RemovePermission(String),
    ReplacePermission {
        from: String,
        to: &'static str,
    },
}

impl FixAction {
    /// The value the action writes, for people and for the CLI's JSON.
    pub fn suggested_value(&self) -> Option<&str> {
        match self {
            FixAction::SetText(_, value) => Some(value),
            FixAction::AddPermission(label) => Some(label),
            FixAction::ReplacePermission { to, .. } => Some(to),
            FixAction::RemovePermission(_) => None,
        }
    }

    /// Applies the change to a profile.
    pub fn apply(&self, profile: &mut Profile) {
        let permissions = &mut profile.ws_admin.permissions;
        match self {
            FixAction::SetText(field, value) => crate::draft::set_text(profile, *field, value),
            FixAction::AddPermission(label) => permissions.push((*label).to_owned()),
            FixAction::RemovePermission(label) => permissions.retain(|held| held != label),
            FixAction::ReplacePermission { from, to } => {
                for held in permissions.iter_mut().filter(|held| *held == from) {
                    *held = (*to).to_owned();
                }
            }
        }
    }
}

/// A rule that a profile breaks, where and how to mend it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    /// The rule's reason, carried along so that showing it needs no catalogue look-up.
    pub why: &'static str,
    pub field: Field,
    pub message: String,
    pub fix: Fix,
}

impl Serialize for Finding {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let value = self
            .fix
            .action
            .as_ref()
            .and_then(FixAction::suggested_value);
        let mut out = serializer.serialize_struct("Finding", 6)?;
        out.serialize_field("rule", self.rule)?;
        out.serialize_field("severity", self.severity.as_str())?;
        out.serialize_field("field", self.field.path())?;
        out.serialize_field("message", &self.message)?;
        out.serialize_field("fix", &self.fix.text)?;
        out.serialize_field("suggested_value", &value)?;
        out.end()
    }
}

/// Every rule the profile breaks, in catalogue order.
pub fn validate(profile: &Profile) -> Vec<Finding> {
    run(RULES, |check| match check {
        Check::Profile(check) => check(profile),
        Check::Password(_) => vec![],
    })
}

/// Every password rule the password breaks. Findings never quote the password.
pub fn validate_password(check: &PasswordCheck) -> Vec<Finding> {
    run(PASSWORD_RULES, |rule| match rule {
        Check::Profile(_) => vec![],
        Check::Password(rule) => rule(check),
    })
}

/// The whole catalogue: the profile's rules, then the password's.
pub fn all_rules() -> impl Iterator<Item = &'static Rule> {
    RULES.iter().chain(PASSWORD_RULES)
}

fn run(rules: &'static [Rule], mut check: impl FnMut(&Check) -> Vec<Hit>) -> Vec<Finding> {
    rules
        .iter()
        .flat_map(|rule| {
            check(&rule.check).into_iter().map(|hit| Finding {
                rule: rule.id,
                severity: rule.severity,
                why: rule.why,
                field: hit.field.unwrap_or(rule.field),
                message: hit.message,
                fix: hit.fix,
            })
        })
        .collect()
}

/// Counts of findings by severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub errors: usize,
    pub warnings: usize,
}

impl Tally {
    pub fn of(findings: &[Finding]) -> Tally {
        let errors = findings
            .iter()
            .filter(|finding| finding.severity == Severity::Error)
            .count();
        Tally {
            errors,
            warnings: findings.len() - errors,
        }
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = |n: usize, word: &str| match n {
            0 => format!("no {word}s"),
            1 => format!("1 {word}"),
            n => format!("{n} {word}s"),
        };
        write!(
            f,
            "{}, {}",
            plural(self.errors, "error"),
            plural(self.warnings, "warning")
        )
    }
}

/// The catalogue. Order matters only for display: findings are listed in this order.
pub static RULES: &[Rule] = &[
    // The context the profile is built from.
    Rule {
        id: "APP-REQUIRED",
        severity: Severity::Error,
        field: Field::AppName,
        why: "The Login ID and the enablement step both name the partner app.",
        source: "Guide, Step 1: \"Include WSAdmin and the name of the application as the login id\"",
        check: Check::Profile(|p| {
            required(&p.app_name, "Enter the partner app's name as its provider spells it")
        }),
    },
    Rule {
        id: "ACCESS-NONE",
        severity: Severity::Error,
        field: Field::DataAccess,
        why: "The roles on the profile decide which data the app sees; with none it sees nothing.",
        source: "Guide, Step 1: \"based on what type of data is needed for the application\"",
        check: Check::Profile(|p| {
            hit_if(
                p.data_access.is_empty(),
                "No data is selected for the app".into(),
                advice("Tick Expense, Travel and/or Invoice, as the app provider asks"),
            )
        }),
    },
    Rule {
        id: "ADMIN-INCOMPLETE",
        severity: Severity::Error,
        field: Field::AdminFirstName,
        why: "The profile carries the authorizing admin's name so that anyone can later tell who enabled the app.",
        source: "Guide, Step 1: \"indicate who the authorized user was that enabled the application\"",
        check: Check::Profile(|p| {
            let admin = &p.authorizing_admin;
            [
                (Field::AdminFirstName, &admin.first_name, "first name"),
                (Field::AdminLastName, &admin.last_name, "last name"),
                (Field::AdminEmail, &admin.email, "e-mail"),
            ]
            .into_iter()
            .filter(|(_, value, _)| value.is_empty())
            .map(|(field, _, what)| Hit {
                field: Some(field),
                message: format!("The authorizing admin's {what} is missing"),
                fix: advice(&format!("Enter the {what} of the real administrator who authorizes the app")),
            })
            .collect()
        }),
    },
    // The Login ID.
    Rule {
        id: "LOGIN-REQUIRED",
        severity: Severity::Error,
        field: Field::LoginId,
        why: "The app provider signs in with this Login ID.",
        source: "Concur user fields: LoginID is required",
        check: Check::Profile(|p| {
            required_with(
                &p.ws_admin.login_id,
                "The Login ID is empty",
                suggest_text(Field::LoginId, suggest::login_id(p), "Use WSAdmin-<App>@<your company domain>"),
            )
        }),
    },
    Rule {
        id: "LOGIN-FORMAT",
        severity: Severity::Error,
        field: Field::LoginId,
        why: "Concur Login IDs have the form of an e-mail address, local@domain.",
        source: "Concur user fields: LoginID \"must contain @\", e-mail form",
        check: Check::Profile(|p| {
            let login = &p.ws_admin.login_id;
            let problem = (!login.is_empty()).then(|| address_shape_problem(login)).flatten();
            match problem {
                Some(problem) => one(
                    format!("The Login ID {problem}"),
                    suggest_text(Field::LoginId, suggest::login_id(p), "Write it as name@company-domain"),
                ),
                None => vec![],
            }
        }),
    },
    Rule {
        id: "LOGIN-CHARS",
        severity: Severity::Error,
        field: Field::LoginId,
        why: "Concur refuses these characters, and invisible ones make a Login ID nobody can type.",
        source: "Concur user fields: forbidden characters % [ # ! * & ( ) ~ ' { ^ } \\ / ? > < , ; : \" + = | `",
        check: Check::Profile(|p| bad_characters(Field::LoginId, "Login ID", &p.ws_admin.login_id)),
    },
    Rule {
        id: "LOGIN-LENGTH",
        severity: Severity::Error,
        field: Field::LoginId,
        why: "Concur cuts off or refuses longer Login IDs.",
        source: "Concur user fields: LoginID at most 128 characters",
        check: Check::Profile(|p| {
            too_long(&p.ws_admin.login_id, LOGIN_ID_MAX_CHARS, "Login ID", || {
                suggest_text(Field::LoginId, suggest::login_id(p), "Shorten it, keeping WSAdmin and the app name")
            })
        }),
    },
    Rule {
        id: "LOGIN-WSADMIN",
        severity: Severity::Error,
        field: Field::LoginId,
        why: "WSAdmin in the Login ID marks the account as a service profile, not a person.",
        source: "Guide, Step 1: \"Include WSAdmin and the name of the application as the login id\"",
        check: Check::Profile(|p| {
            let login = &p.ws_admin.login_id;
            hit_if(
                !login.is_empty() && !fold(login).contains("wsadmin"),
                "The Login ID does not contain WSAdmin".into(),
                suggest_text(Field::LoginId, suggest::login_id(p), "Start it with WSAdmin-"),
            )
        }),
    },
    Rule {
        id: "LOGIN-APP",
        severity: Severity::Error,
        field: Field::LoginId,
        why: "Naming the app in the Login ID tells each app's WS Admin apart when several are enabled.",
        source: "Guide, Step 1: \"Include WSAdmin and the name of the application as the login id\"",
        check: Check::Profile(|p| {
            let login = &p.ws_admin.login_id;
            let local = p.login_local_part();
            let app = letters_and_digits(&p.app_name);
            hit_if(
                !login.is_empty() && !app.is_empty() && !letters_and_digits(local).contains(&app),
                format!("The Login ID does not name the app {}", quote(&p.app_name)),
                suggest_text(Field::LoginId, suggest::login_id(p), "Put the app's name after WSAdmin-"),
            )
        }),
    },
    Rule {
        id: "LOGIN-PERSONAL",
        severity: Severity::Error,
        field: Field::LoginId,
        why: "If a real person's account is used and they leave the company, the app stops working.",
        source: "Guide, Step 1: \"this Web Services Admin User Profile is not the same as any actual user of the system\"",
        check: Check::Profile(|p| {
            let login = &p.ws_admin.login_id;
            let admin = &p.authorizing_admin;
            let real_people = [
                (admin.email.as_str(), "the authorizing admin's own e-mail"),
                (admin.login_id.as_deref().unwrap_or(""), "the authorizing admin's own Login ID"),
            ]
            .into_iter()
            .chain(p.known_users.iter().map(|user| (user.as_str(), "a known real user's")));
            let whose = real_people
                .filter(|(theirs, _)| !login.is_empty() && same(login, theirs))
                .map(|(_, whose)| whose)
                .next();
            match whose {
                Some(whose) => one(
                    format!("The Login ID is {whose}; the profile must be a dedicated one, not a person's"),
                    suggest_text(Field::LoginId, suggest::login_id(p), "Create a new user named WSAdmin-<App>@<domain>"),
                ),
                None => vec![],
            }
        }),
    },
    Rule {
        id: "LOGIN-DOMAIN",
        severity: Severity::Warning,
        field: Field::LoginId,
        why: "A Login ID outside the company's domain is easy to mistake for someone else's.",
        source: "Guide, Step 1: the Login ID example WSAdmin-AppProviderName@YourCompanyDomain.com",
        check: Check::Profile(|p| {
            let Some(company) = p.company_domain.as_deref().filter(|d| !d.is_empty()) else {
                return vec![];
            };
            let login = &p.ws_admin.login_id;
            match login.split_once('@') {
                Some((_, domain)) if !domain.is_empty() && !same(domain, company) => one(
                    format!("The Login ID's domain {} is not the company's {}", quote(domain), quote(company)),
                    suggest_text(Field::LoginId, suggest::login_id(p), "End the Login ID with the company's domain"),
                ),
                _ => vec![],
            }
        }),
    },
    // The names on the profile.
    Rule {
        id: "FIRST-REQUIRED",
        severity: Severity::Error,
        field: Field::FirstName,
        why: "Concur requires a first name on every user.",
        source: "Concur user fields: First name required",
        check: Check::Profile(|p| {
            required_with(
                &p.ws_admin.first_name,
                "The first name is empty",
                suggest_text(Field::FirstName, suggest::first_name(p), "Use WSADMIN_ and the authorizing admin's first name"),
            )
        }),
    },
    Rule {
        id: "FIRST-PREFIX",
        severity: Severity::Error,
        field: Field::FirstName,
        why: "The WSAdmin prefix makes the profile easy to find and identify later.",
        source: "Guide, Step 1: \"use a combination of 'WSAdmin' and the first name\" (example WSADMIN_John)",
        check: Check::Profile(|p| {
            let first = &p.ws_admin.first_name;
            hit_if(
                !first.is_empty() && !fold(first).starts_with("wsadmin"),
                "The first name does not start with WSAdmin".into(),
                suggest_text(Field::FirstName, suggest::first_name(p), "Write WSADMIN_ before the admin's first name"),
            )
        }),
    },
    Rule {
        id: "FIRST-ADMIN",
        severity: Severity::Error,
        field: Field::FirstName,
        why: "The first name records which real administrator authorized the app.",
        source: "Guide, Step 1: \"the first name of the actual administrator who is authorizing the application\"",
        check: Check::Profile(|p| {
            let first = &p.ws_admin.first_name;
            let admin_first = &p.authorizing_admin.first_name;
            let folded = fold(first);
            let Some(rest) = folded.strip_prefix("wsadmin") else {
                return vec![];
            };
            let rest = rest.strip_prefix(['_', '-', ' ']).unwrap_or(rest);
            hit_if(
                !admin_first.is_empty() && rest != fold(admin_first),
                format!(
                    "After WSAdmin the first name should be the admin's first name {}{}",
                    quote(admin_first),
                    spaces_note(rest, admin_first)
                ),
                suggest_text(Field::FirstName, suggest::first_name(p), ""),
            )
        }),
    },
    Rule {
        id: "FIRST-LENGTH",
        severity: Severity::Error,
        field: Field::FirstName,
        why: "Concur refuses longer first names.",
        source: "Concur user fields: First name at most 32 characters",
        check: Check::Profile(|p| {
            too_long(&p.ws_admin.first_name, NAME_MAX_CHARS, "first name", || {
                advice("Shorten it; WSADMIN_ and a short form of the admin's first name is enough")
            })
        }),
    },
    Rule {
        id: "LAST-REQUIRED",
        severity: Severity::Error,
        field: Field::LastName,
        why: "Concur requires a last name on every user.",
        source: "Concur user fields: Last name required",
        check: Check::Profile(|p| {
            required_with(
                &p.ws_admin.last_name,
                "The last name is empty",
                suggest_text(Field::LastName, suggest::last_name(p), "Use the authorizing admin's last name"),
            )
        }),
    },
    Rule {
        id: "LAST-ADMIN",
        severity: Severity::Error,
        field: Field::LastName,
        why: "The last name records which real administrator authorized the app.",
        source: "Guide, Step 1: \"Last Name: Insert the actual last name of the authorized administrator\"",
        check: Check::Profile(|p| {
            let last = &p.ws_admin.last_name;
            let admin_last = &p.authorizing_admin.last_name;
            hit_if(
                !last.is_empty() && !admin_last.is_empty() && !same(last, admin_last),
                format!(
                    "The last name should be the admin's last name {}{}",
                    quote(admin_last),
                    spaces_note(last, admin_last)
                ),
                suggest_text(Field::LastName, suggest::last_name(p), ""),
            )
        }),
    },
    Rule {
        id: "LAST-LENGTH",
        severity: Severity::Error,
        field: Field::LastName,
        why: "Concur refuses longer last names.",
        source: "Concur user fields: Last name at most 32 characters",
        check: Check::Profile(|p| too_long(&p.ws_admin.last_name, NAME_MAX_CHARS, "last name", || advice("Shorten it to 32 characters"))),
    },
    // The e-mail on the profile.
    Rule {
        id: "EMAIL-REQUIRED",
        severity: Severity::Error,
        field: Field::Email,
        why: "Professional Edition puts the authorizing admin's real e-mail on the profile.",
        source: "Guide, Step 1 (Professional): \"Email Address: Use the actual email address of the authorized administrator\"",
        check: Check::Profile(|p| {
            let email = p.ws_admin.email.as_deref().unwrap_or("");
            hit_if(
                p.edition == crate::concur::Edition::Professional && email.is_empty(),
                "Professional Edition needs an e-mail on the profile".into(),
                suggest_text(Field::Email, suggest::email(p), "Use the authorizing admin's e-mail"),
            )
        }),
    },
    Rule {
        id: "EMAIL-FORMAT",
        severity: Severity::Error,
        field: Field::Email,
        why: "Concur refuses an e-mail address it cannot deliver to.",
        source: "Concur user fields: e-mail contains @, at most 255 characters, same forbidden characters as LoginID",
        check: Check::Profile(|p| {
            let email = p.ws_admin.email.as_deref().unwrap_or("");
            if email.is_empty() {
                return vec![];
            }
            let problem = address_shape_problem(email)
                .or_else(|| (email.chars().count() > EMAIL_MAX_CHARS).then(|| format!("is longer than {EMAIL_MAX_CHARS} characters")))
                .or_else(|| first_bad_character(email).map(|c| format!("contains {}", describe_char(c))));
            match problem {
                Some(problem) => one(
                    format!("The e-mail {problem}"),
                    suggest_text(Field::Email, suggest::email(p).filter(|s| s != email), "Enter a valid address such as name@company.com"),
                ),
                None => vec![],
            }
        }),
    },
    Rule {
        id: "EMAIL-ADMIN",
        severity: Severity::Error,
        field: Field::Email,
        why: "Professional Edition expects the authorizing admin's real e-mail on the profile.",
        source: "Guide, Step 1 (Professional): \"Use the actual email address of the authorized administrator\"",
        check: Check::Profile(|p| {
            let email = p.ws_admin.email.as_deref().unwrap_or("");
            let admin_email = &p.authorizing_admin.email;
            hit_if(
                p.edition == crate::concur::Edition::Professional
                    && !email.is_empty()
                    && !admin_email.is_empty()
                    && !same(email, admin_email),
                format!("The e-mail should be the authorizing admin's, {}", quote(admin_email)),
                suggest_text(Field::Email, suggest::email(p), ""),
            )
        }),
    },
    // The permissions.
    Rule {
        id: "PERM-ADMIN",
        severity: Severity::Error,
        field: Field::Permissions,
        why: "Without the web-services admin role the app cannot be enabled: Concur greys out Connect.",
        source: "Guide, Step 1: Standard \"Select 'Can Administer'\"; Professional \"grant Web Services Administrator Permission\"",
        check: Check::Profile(|p| {
            let role = p.edition.admin_role();
            hit_if(
                !granted(p).any(|grant| grant == Grant::WebServicesAdmin),
                format!("The profile lacks {}", quote(role.label)),
                Fix { text: format!("Tick {}", quote(role.label)), action: Some(FixAction::AddPermission(role.label)) },
            )
        }),
    },
    Rule {
        id: "PERM-ACCESS",
        severity: Severity::Error,
        field: Field::Permissions,
        why: "The app sees only the data whose role the profile holds; a missing role means no data.",
        source: "Guide, Step 1: \"if the app needs to access Travel data and the WS Admin User Profile does not have access to travel, the app will not access travel data\"",
        check: Check::Profile(|p| {
            wanted_data(p)
                .filter(|data| !granted(p).any(|grant| grant == Grant::Data(*data)))
                .map(|data| {
                    let role = p.edition.data_role(data);
                    Hit {
                        field: None,
                        message: format!("The app needs {} data but the profile lacks {}", data.title(), quote(role.label)),
                        fix: Fix { text: format!("Tick {}", quote(role.label)), action: Some(FixAction::AddPermission(role.label)) },
                    }
                })
                .collect()
        }),
    },
    Rule {
        id: "PERM-UNNEEDED",
        severity: Severity::Warning,
        field: Field::Permissions,
        why: "A role for data the app does not need gives it more than it asked for.",
        source: "Guide, Step 1: roles \"based on what type of data is needed for the application\" (least privilege)",
        check: Check::Profile(|p| {
            p.ws_admin
                .permissions
                .iter()
                .filter_map(|held| Some((held, p.edition.role_named(held)?)))
                .filter_map(|(held, role)| match role.grants {
                    Grant::Data(data) if !p.data_access.contains(&data) => Some(Hit {
                        field: None,
                        message: format!("{} grants {} data, which the app does not need", quote(role.label), data.title()),
                        fix: Fix { text: format!("Untick {}, or tick {} under data needed", quote(role.label), data.title()), action: Some(FixAction::RemovePermission(held.clone())) },
                    }),
                    _ => None,
                })
                .collect()
        }),
    },
    Rule {
        id: "PERM-UNKNOWN",
        severity: Severity::Error,
        field: Field::Permissions,
        why: "Only the edition's own permission labels exist on its screen; anything else cannot be ticked.",
        source: "Guide, Step 1: the permission names of each edition",
        check: Check::Profile(|p| {
            let edition = p.edition;
            p.ws_admin
                .permissions
                .iter()
                .filter(|held| edition.role_named(held).is_none())
                .map(|held| {
                    let own = edition.role_named(held.trim());
                    let other = edition.other().role_named(held.trim());
                    let fix = match (own, other) {
                        (Some(role), _) => Fix {
                            text: format!("Remove the surrounding spaces: {}", quote(role.label)),
                            action: Some(FixAction::ReplacePermission { from: held.clone(), to: role.label }),
                        },
                        (None, Some(role)) => {
                            let equivalent = role.equivalent_in(edition);
                            Fix {
                                text: format!("{} is a {} label; {} calls it {}", quote(role.label), edition.other().title(), edition.title(), quote(equivalent.label)),
                                action: Some(FixAction::ReplacePermission { from: held.clone(), to: equivalent.label }),
                            }
                        }
                        (None, None) => Fix {
                            text: format!(
                                "Remove it; {} lists {}",
                                edition.title(),
                                edition.roles().map(|role| quote(role.label)).collect::<Vec<_>>().join(", ")
                            ),
                            action: Some(FixAction::RemovePermission(held.clone())),
                        },
                    };
                    Hit { field: None, message: format!("{} is not a {} permission", quote(held), edition.title()), fix }
                })
                .collect()
        }),
    },
];

/// The password's rules, checked when it is typed or piped in; it never reaches the profile.
/// A table of their own, so that the web app's first load, which never sees a password,
/// does not carry them.
pub static PASSWORD_RULES: &[Rule] = &[
    Rule {
        id: "PASSWORD-WEAK",
        severity: Severity::Error,
        field: Field::Password,
        why: "The password is all that protects a profile that can read the company's expense, travel or invoice data.",
        source: "Guide, Step 1: \"Create a unique and secure password for the user\" (zxcvbn score 3 or more)",
        check: Check::Password(|c| {
            let Some(strength) = c.strength.filter(|s| s.score < 3 && !c.password.is_empty()) else {
                return vec![];
            };
            let mut advice_text = strength.suggestions.join(" ");
            if advice_text.is_empty() {
                advice_text = "Use the generator, or four or more unrelated words".into();
            }
            one(
                format!(
                    "The password is easy to guess (strength {} of 4){}",
                    strength.score,
                    strength.warning.as_deref().map(|w| format!(": {w}")).unwrap_or_default()
                ),
                advice(&advice_text),
            )
        }),
    },
    Rule {
        id: "PASSWORD-PERSONAL",
        severity: Severity::Error,
        field: Field::Password,
        why: "A password built from the profile's own names is the first thing an attacker tries.",
        source: "Guide, Step 1: \"Create a unique and secure password\"; company policy: no login or name inside",
        check: Check::Password(|c| {
            let p = c.profile;
            let password = fold(c.password);
            let found = [
                (p.login_local_part(), "the Login ID"),
                (p.authorizing_admin.first_name.as_str(), "the admin's first name"),
                (p.authorizing_admin.last_name.as_str(), "the admin's last name"),
                (p.app_name.as_str(), "the app's name"),
                (p.domain_first_label(), "the company's domain"),
            ]
            .into_iter()
            .find(|(word, _)| word.chars().count() >= 3 && password.contains(&fold(word)));
            match found {
                Some((_, what)) => one(
                    format!("The password contains {what}"),
                    advice("Use a password with nothing from the profile in it"),
                ),
                None => vec![],
            }
        }),
    },
    Rule {
        id: "PASSWORD-POLICY",
        severity: Severity::Error,
        field: Field::Password,
        why: "Concur refuses a password that breaks the company's sign-in policy.",
        source: "Concur: password policy set under Authentication Admin > Sign-In Settings; at most 255 characters",
        check: Check::Password(|c| {
            let shortfalls = c.policy.shortfalls(c.password);
            hit_if(
                !shortfalls.is_empty(),
                format!("The password breaks the company's policy: {}", shortfalls.join("; ")),
                advice("Generate one that meets the policy"),
            )
        }),
    },
];

/// A finding before the catalogue gives it its ID and severity.
struct Hit {
    /// Overrides the rule's field, for rules that cover several fields.
    field: Option<Field>,
    message: String,
    fix: Fix,
}

fn one(message: String, fix: Fix) -> Vec<Hit> {
    vec![Hit {
        field: None,
        message,
        fix,
    }]
}

fn hit_if(condition: bool, message: String, fix: Fix) -> Vec<Hit> {
    if condition {
        one(message, fix)
    } else {
        vec![]
    }
}

fn advice(text: &str) -> Fix {
    Fix {
        text: text.to_owned(),
        action: None,
    }
}

/// A fix that writes `value` into `field` when the naming scheme can derive one.
fn suggest_text(field: Field, value: Option<String>, otherwise: &str) -> Fix {
    match value {
        Some(value) => Fix {
            text: format!("Use {}", quote(&value)),
            action: Some(FixAction::SetText(field, value)),
        },
        None => advice(otherwise),
    }
}

fn required(value: &str, fix: &str) -> Vec<Hit> {
    hit_if(
        value.is_empty(),
        "This field is required".into(),
        advice(fix),
    )
}

fn required_with(value: &str, message: &str, fix: Fix) -> Vec<Hit> {
    hit_if(value.is_empty(), message.to_owned(), fix)
}

fn too_long(value: &str, max: usize, what: &str, fix: impl FnOnce() -> Fix) -> Vec<Hit> {
    let length = value.chars().count();
    if length <= max {
        return vec![];
    }
    one(
        format!("The {what} has {length} characters; Concur allows at most {max}"),
        fix(),
    )
}

/// The data kinds the app needs, each once.
fn wanted_data(profile: &Profile) -> impl Iterator<Item = DataKind> + '_ {
    DataKind::ALL
        .into_iter()
        .filter(|data| profile.data_access.contains(data))
}

/// What the profile's recognised permissions grant, in its own edition.
fn granted(profile: &Profile) -> impl Iterator<Item = Grant> + '_ {
    profile
        .ws_admin
        .permissions
        .iter()
        .filter_map(|held| profile.edition.role_named(held))
        .map(|role| role.grants)
}

fn bad_characters(field: Field, what: &str, value: &str) -> Vec<Hit> {
    let Some(first) = first_bad_character(value) else {
        return vec![];
    };
    let cleaned: String = value.chars().filter(|c| !is_bad_character(*c)).collect();
    let fix = if cleaned.is_empty() {
        advice("Use only letters, digits, @ and . _ -")
    } else {
        Fix {
            text: format!("Remove it: {}", quote(&cleaned)),
            action: Some(FixAction::SetText(field, cleaned)),
        }
    };
    one(format!("The {what} contains {}", describe_char(first)), fix)
}

fn first_bad_character(value: &str) -> Option<char> {
    value.chars().find(|c| is_bad_character(*c))
}

fn is_bad_character(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || is_invisible_format(c)
        || FORBIDDEN_ADDRESS_CHARS.contains(&c)
}

/// Format characters (Unicode category Cf, such as U+200B ZERO WIDTH SPACE) print as
/// nothing, so a Login ID holding one cannot be typed back.
fn is_invisible_format(c: char) -> bool {
    FORMAT_CHARACTERS
        .iter()
        .any(|&(first, last)| (first..=last).contains(&c))
}

/// Unicode's general category Cf, as ranges. Written out because the full category table
/// of a Unicode crate costs the web bundle 18 KB gzipped for these 21 ranges; a test checks
/// the list against `unicode-properties` character by character.
const FORMAT_CHARACTERS: &[(char, char)] = &[
    ('\u{00AD}', '\u{00AD}'),
    ('\u{0600}', '\u{0605}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{06DD}', '\u{06DD}'),
    ('\u{070F}', '\u{070F}'),
    ('\u{0890}', '\u{0891}'),
    ('\u{08E2}', '\u{08E2}'),
    ('\u{180E}', '\u{180E}'),
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{2064}'),
    ('\u{2066}', '\u{206F}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFF9}', '\u{FFFB}'),
    ('\u{110BD}', '\u{110BD}'),
    ('\u{110CD}', '\u{110CD}'),
    ('\u{13430}', '\u{1343F}'),
    ('\u{1BCA0}', '\u{1BCA3}'),
    ('\u{1D173}', '\u{1D17A}'),
    ('\u{E0001}', '\u{E0001}'),
    ('\u{E0020}', '\u{E007F}'),
];

fn describe_char(c: char) -> String {
    if c == ' ' {
        "a space".into()
    } else if c.is_whitespace() || c.is_control() || is_invisible_format(c) {
        format!("an invisible character (U+{:04X})", c as u32)
    } else {
        format!("{:?}, which Concur does not allow", c.to_string())
    }
}

/// What is wrong with the shape of a `local@domain` address, if anything.
fn address_shape_problem(address: &str) -> Option<String> {
    let ats = address.matches('@').count();
    if ats != 1 {
        return Some(match ats {
            0 => "has no @; it must look like name@company.com".into(),
            n => format!("has {n} @ signs; it must have exactly one"),
        });
    }
    let (local, domain) = address.split_once('@')?;
    if local.is_empty() {
        return Some("has nothing before the @".into());
    }
    if !domain.contains('.') {
        return Some("has no dot in its domain, after the @".into());
    }
    if domain.split('.').any(str::is_empty) {
        return Some(
            "has an empty part in its domain (a dot at its start or end, or two dots)".into(),
        );
    }
    None
}

/// Lower-cases for comparison. One place, so that comparisons agree with each other.
fn fold(text: &str) -> String {
    text.to_lowercase()
}

fn same(a: &str, b: &str) -> bool {
    fold(a) == fold(b)
}

/// The letters and digits of a text, lower-cased, so that "App Provider" matches "AppProvider".
fn letters_and_digits(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A note for a value that would match but for surrounding spaces.
fn spaces_note(value: &str, expected: &str) -> &'static str {
    if value != value.trim() && same(value.trim(), expected) {
        " (remove the surrounding spaces)"
    } else {
        ""
    }
}

/// Quotes a user's value for a message: escaped, so control characters cannot reach a
/// terminal, and cut short, so a pasted megabyte does not become a megabyte of message.
pub(crate) fn quote(value: &str) -> String {
    const SHOWN: usize = 60;
    let shown: String = value.chars().take(SHOWN).collect();
    let ellipsis = if value.chars().nth(SHOWN).is_some() {
        "…"
    } else {
        ""
    };
    format!("{shown:?}{ellipsis}")
}

#[cfg(test)]
mod tests {
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

    #[test]
    fn the_format_character_list_is_unicode_category_cf() {
        let differ: Vec<String> = (0..=char::MAX as u32)
            .filter_map(char::from_u32)
            .filter(|c| {
                super::is_invisible_format(*c) != (c.general_category() == GeneralCategory::Format)
            })
            .map(|c| format!("U+{:04X}", c as u32))
            .collect();
        assert!(differ.is_empty(), "differs from Unicode at {differ:?}");
    }
}
