//! The profile's rules, in the order a person fills the form and findings are shown.

use super::{
    advice, cite, hit_if, not_a_uuid, one, required, required_with, suggest_text, too_long, Check,
    Fix, FixAction, Hit, Rule, Severity,
};
use crate::domain::concur::{
    DataKind, Edition, Grant, EMAIL_MAX_CHARS, LOGIN_ID_MAX_CHARS, NAME_MAX_CHARS,
};
use crate::domain::profile::{Connection, Field, Profile};
use crate::domain::suggest::{self, FIRST_NAME_PREFIX, LOGIN_PREFIX};
use crate::domain::text::{
    address_shape_problem, app_login_part, ascii_letters, clean_name, describe_char,
    domain_problem, first_bad_character, fold, is_bad_character, is_invisible_format,
    is_unprintable, name_chars_problem, quote, same, same_address, short_forms, within_domain,
};
use crate::i18n::{m, t};

/// The catalogue. Order matters only for display: findings are listed in this order.
pub static RULES: &[Rule] = &[
    // The context the profile is built from.
    Rule {
        id: "APP-REQUIRED",
        severity: Severity::Error,
        field: Field::AppName,
        why: m::WHY_APP_REQUIRED,
        source: cite("Guide, Step 1: \"Include WSAdmin and the name of the application as the login id\""),
        check: Check::Profile(|p| {
            required(&p.app_name, &t::fix_app_required())
        }),
    },
    Rule {
        id: "APP-NAME-CHARS",
        severity: Severity::Error,
        field: Field::AppName,
        why: m::WHY_APP_NAME_CHARS,
        source: cite("Guide, Step 1: the Login ID names the app"),
        check: Check::Profile(|p| {
            let Some(bad) = p.app_name.chars().find(|c| is_unprintable(*c)) else {
                return vec![];
            };
            let cleaned: String = p
                .app_name
                .chars()
                .filter(|c| !is_unprintable(*c))
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            one(
                t::app_name_holds(&describe_char(bad)),
                suggest_text(
                    Field::AppName,
                    Some(cleaned).filter(|name| !name.is_empty()),
                    &t::fix_app_name_again(),
                ),
            )
        }),
    },
    Rule {
        id: "APP-ID-REQUIRED",
        severity: Severity::Error,
        field: Field::AppId,
        why: m::WHY_APP_ID_REQUIRED,
        source: cite("Concur, Company Request Token: \"enter the App ID and select Submit\""),
        check: Check::Profile(|p| {
            required_with(
                p.app_id.as_deref().unwrap_or_default(),
                &t::app_id_missing(),
                advice(&t::fix_app_id_ask()),
            )
        }),
    },
    Rule {
        id: "APP-ID-FORMAT",
        severity: Severity::Error,
        field: Field::AppId,
        why: m::WHY_APP_ID_FORMAT,
        source: cite("Concur, Company Request Token: the App ID is the app's Client ID, a UUID"),
        check: Check::Profile(|p| {
            let typed = p.app_id.as_deref().unwrap_or_default();
            not_a_uuid(Field::AppId, "App ID", typed, &t::fix_app_id_copy())
        }),
    },
    Rule {
        id: "DATA-CENTER-REQUIRED",
        severity: Severity::Error,
        field: Field::DataCenter,
        why: m::WHY_DATA_CENTER_REQUIRED,
        source: cite("developer.concur.com, Base URIs: a different domain for each data centre; Company Request Token Self-Service Tool, Limitations"),
        check: Check::Profile(|p| {
            hit_if(
                p.data_center.is_none(),
                t::data_center_not_chosen(),
                advice(&t::fix_data_center()),
            )
        }),
    },
    Rule {
        id: "DATA-CENTER-NO-TOKEN-PAGE",
        severity: Severity::Error,
        field: Field::DataCenter,
        why: m::WHY_DATA_CENTER_NO_TOKEN_PAGE,
        source: cite("Company Request Token Self-Service Tool, Limitations: \"only available in the US (North America) and EMEA data centers. All other data centers can contact Client Web Services\""),
        check: Check::Profile(|p| match p.data_center {
            Some(center) if !center.has_company_request_token_page() => one(
                t::no_token_page(&center.title()),
                advice(&t::fix_no_token_page()),
            ),
            _ => vec![],
        }),
    },
    Rule {
        id: "ACCESS-NONE",
        severity: Severity::Error,
        field: Field::DataAccess,
        why: m::WHY_ACCESS_NONE,
        source: cite("Guide, Step 1: \"based on what type of data is needed for the application\""),
        check: Check::Profile(|p| {
            hit_if(
                p.data_access.is_empty(),
                t::no_data(),
                advice(&t::fix_no_data()),
            )
        }),
    },
    Rule {
        id: "DOMAIN-FORMAT",
        severity: Severity::Error,
        field: Field::CompanyDomain,
        why: m::WHY_DOMAIN_FORMAT,
        source: cite("Guide, Step 1: the Login ID example WSAdmin-AppProviderName@YourCompanyDomain.com"),
        check: Check::Profile(|p| {
            let Some(typed) = p.company_domain.as_deref().filter(|d| !d.is_empty()) else {
                return vec![];
            };
            match domain_problem(typed) {
                Some(problem) => one(
                    t::subject_problem(&t::subj_company_domain(&quote(typed)), &problem),
                    suggest_text(Field::CompanyDomain, suggest::company_domain(p), &t::fix_domain()),
                ),
                None => vec![],
            }
        }),
    },
    Rule {
        id: "ADMIN-INCOMPLETE",
        severity: Severity::Error,
        field: Field::AdminFirstName,
        why: m::WHY_ADMIN_INCOMPLETE,
        source: cite("Guide, Step 1: \"indicate who the authorized user was that enabled the application\""),
        check: Check::Profile(|p| {
            let admin = &p.authorizing_admin;
            [
                (Field::AdminFirstName, &admin.first_name),
                (Field::AdminLastName, &admin.last_name),
                (Field::AdminEmail, &admin.email),
            ]
            .into_iter()
            .filter(|(_, value)| value.is_empty())
            .map(|(field, _)| {
                // Concur requires both names. Someone with one name only (a mononym) usually
                // enters it in both: offered, since only they can say it is their only name.
                let other = match field {
                    Field::AdminFirstName => admin.last_name.trim(),
                    Field::AdminLastName => admin.first_name.trim(),
                    _ => "",
                };
                let fix = match field {
                    _ if other.is_empty() => advice(&match field {
                        Field::AdminFirstName => t::fix_admin_first(),
                        Field::AdminLastName => t::fix_admin_last(),
                        _ => t::fix_admin_email(),
                    }),
                    Field::AdminFirstName => Fix {
                        text: t::fix_admin_first_mononym(&quote(other)),
                        action: Some(FixAction::OneNameInBoth(field, other.to_owned())),
                    },
                    _ => Fix {
                        text: t::fix_admin_last_mononym(&quote(other)),
                        action: Some(FixAction::OneNameInBoth(field, other.to_owned())),
                    },
                };
                let message = match field {
                    Field::AdminFirstName => t::admin_first_missing(),
                    Field::AdminLastName => t::admin_last_missing(),
                    _ => t::admin_email_missing(),
                };
                Hit { field: Some(field), message, fix }
            })
            .collect()
        }),
    },
    Rule {
        id: "ADMIN-ROLE-UNCONFIRMED",
        severity: Severity::Error,
        field: Field::AdminRole,
        why: m::WHY_ADMIN_ROLE_UNCONFIRMED,
        source: cite("Concur, Company Request Token prerequisites: Web Services Administrator (Professional), Can Administer (Standard); \"Enabling and Disabling Apps from the Concur App Center\": Can Administer or Travel and Expense Administrator, depending on configuration"),
        check: Check::Profile(|p| {
            hit_if(
                !p.authorizing_admin.role_confirmed,
                t::role_unconfirmed(&p.edition.admin_role_said()),
                advice(&t::fix_role_unconfirmed(&p.edition.own_roles_said())),
            )
        }),
    },
    // The Login ID.
    Rule {
        id: "ADMIN-NAME-CHARS",
        severity: Severity::Error,
        field: Field::AdminFirstName,
        why: m::WHY_ADMIN_NAME_CHARS,
        source: cite("Concur user fields: names are stored as typed; Guide, Step 1: the profile carries the admin's actual names"),
        check: Check::Profile(|p| {
            let admin = &p.authorizing_admin;
            [
                (Field::AdminFirstName, &admin.first_name, t::subj_admin_first_name as fn() -> String),
                (Field::AdminLastName, &admin.last_name, t::subj_admin_last_name),
            ]
            .into_iter()
            .filter_map(|(field, value, subject)| Some((field, value, subject, name_chars_problem(value)?)))
            .map(|(field, value, subject, problem)| Hit {
                field: Some(field),
                message: t::subject_problem(&subject(), &problem),
                fix: cleaned_name_fix(field, value),
            })
            .collect()
        }),
    },
    Rule {
        id: "ADMIN-EMAIL-FORMAT",
        severity: Severity::Error,
        field: Field::AdminEmail,
        why: m::WHY_ADMIN_EMAIL_FORMAT,
        source: cite("Concur user fields: e-mail contains @, at most 255 characters, same forbidden characters as LoginID (where it is entered in Concur: the Professional WS Admin's e-mail)"),
        check: Check::Profile(|p| {
            let email = &p.authorizing_admin.email;
            // Concur's Login ID character list binds the address only where it is typed into
            // Concur: as the Professional WS Admin's e-mail. Elsewhere (the token route, a
            // Standard profile) `sean.o'brien@acme.ie` is a fine address.
            let entered_in_concur = p.connection == Connection::WsAdminUser
                && p.edition == Edition::Professional;
            let problem_of = |email: &str| address_problem(email, entered_in_concur);
            match problem_of(email) {
                Some(problem) => {
                    let trimmed = email.trim();
                    // A real address that Concur refuses to store (an apostrophe in
                    // sean.o'brien@acme.ie): the profile must carry the admin's own e-mail,
                    // so the way out is another address of the same mailbox.
                    let refused_only = entered_in_concur && address_problem(trimmed, false).is_none();
                    let alias: String = trimmed.chars().filter(|c| !is_bad_character(*c)).collect();
                    let fix = if trimmed != email && problem_of(trimmed).is_none() {
                        Fix { text: t::fix_spaces_around(&quote(trimmed)), action: Some(FixAction::SetText(Field::AdminEmail, trimmed.to_owned())) }
                    } else if refused_only {
                        advice(&t::fix_email_alias(&quote(&alias)))
                    } else {
                        advice(&t::fix_admin_own_address())
                    };
                    one(t::subject_problem(&t::subj_admin_email(), &problem), fix)
                }
                None => vec![],
            }
        }),
    },
    Rule {
        id: "LOGIN-REQUIRED",
        severity: Severity::Error,
        field: Field::LoginId,
        why: m::WHY_LOGIN_REQUIRED,
        source: cite("Concur user fields: LoginID is required"),
        check: Check::Profile(|p| {
            required_with(
                &p.ws_admin.login_id,
                &t::login_empty(),
                login_fix(p, &t::fix_login_use_scheme()),
            )
        }),
    },
    Rule {
        id: "LOGIN-FORMAT",
        severity: Severity::Error,
        field: Field::LoginId,
        why: m::WHY_LOGIN_FORMAT,
        source: cite("Concur user fields: LoginID \"must contain @\", e-mail form"),
        check: Check::Profile(|p| {
            let login = &p.ws_admin.login_id;
            let problem = (!login.is_empty()).then(|| address_shape_problem(login)).flatten();
            match problem {
                Some(problem) => one(
                    t::subject_problem(&t::subj_login_id(), &problem),
                    login_fix(p, &t::fix_login_shape()),
                ),
                None => vec![],
            }
        }),
    },
    Rule {
        id: "LOGIN-CHARS",
        severity: Severity::Error,
        field: Field::LoginId,
        why: m::WHY_LOGIN_CHARS,
        source: cite("Concur user fields: forbidden characters % [ # ! * & ( ) ~ ' { ^ } \\ / ? > < , ; : \" + = | `"),
        check: Check::Profile(|p| bad_characters(Field::LoginId, t::subj_login_id(), &p.ws_admin.login_id)),
    },
    Rule {
        id: "LOGIN-LENGTH",
        severity: Severity::Error,
        field: Field::LoginId,
        why: m::WHY_LOGIN_LENGTH,
        source: cite("Concur user fields: LoginID at most 128 characters"),
        check: Check::Profile(|p| {
            too_long(&p.ws_admin.login_id, LOGIN_ID_MAX_CHARS, t::subj_login_id(), || {
                login_fix(p, &t::fix_login_shorten())
            })
        }),
    },
    Rule {
        id: "LOGIN-WSADMIN",
        severity: Severity::Error,
        field: Field::LoginId,
        why: m::WHY_LOGIN_WSADMIN,
        source: cite("Guide, Step 1: \"Include WSAdmin and the name of the application as the login id\""),
        check: Check::Profile(|p| {
            let login = &p.ws_admin.login_id;
            hit_if(
                // Lower-casing makes ASCII letters only of ASCII letters (and the Kelvin
                // sign, which "wsadmin" lacks), so an ASCII search is the folded one.
                !login.is_empty() && !p.login_local_part().to_ascii_lowercase().contains("wsadmin"),
                t::login_no_wsadmin(),
                login_fix(p, &t::fix_login_start()),
            )
        }),
    },
    Rule {
        id: "LOGIN-APP",
        severity: Severity::Error,
        field: Field::LoginId,
        why: m::WHY_LOGIN_APP,
        source: cite("Guide, Step 1: \"Include WSAdmin and the name of the application as the login id\""),
        check: Check::Profile(|p| {
            let login = &p.ws_admin.login_id;
            // Until the page knows how the app's name and the Login ID are spelled in ASCII
            // (see `text::ascii_spelling`), there is nothing to compare.
            let (Some(app), Some(letters)) =
                (app_login_part(&p.app_name), ascii_letters(p.login_local_part()))
            else {
                return vec![];
            };
            let app = app.to_ascii_lowercase();
            if login.is_empty() || app.is_empty() {
                return vec![];
            }
            // Where WSAdmin-, the app's whole name and the domain exceed Concur's limit, the
            // app's leading letters that fit are enough.
            let domain_chars = login.split_once('@').map_or(0, |(_, domain)| domain.chars().count());
            let room = LOGIN_ID_MAX_CHARS.saturating_sub(LOGIN_PREFIX.len() + 1 + domain_chars).max(1);
            let cut = app.len() > room;
            let required = &app[..app.len().min(room)];
            let message = t::login_no_app(&quote(&p.app_name));
            let message = if cut {
                t::login_app_cut(&message, &room, &quote(required), &LOGIN_ID_MAX_CHARS)
            } else {
                message
            };
            hit_if(
                !letters.contains(required),
                message,
                login_fix(p, &t::fix_login_app()),
            )
        }),
    },
    Rule {
        id: "LOGIN-PERSONAL",
        severity: Severity::Error,
        field: Field::LoginId,
        why: m::WHY_LOGIN_PERSONAL,
        source: cite("Guide, Step 1: \"this Web Services Admin User Profile is not the same as any actual user of the system\""),
        check: Check::Profile(|p| {
            let login = &p.ws_admin.login_id;
            let admin = &p.authorizing_admin;
            let real_people = [
                (admin.email.as_str(), t::login_is_admin_email as fn() -> String),
                (admin.login_id.as_deref().unwrap_or(""), t::login_is_admin_login),
            ]
            .into_iter()
            .chain(p.known_users.iter().map(|user| (user.as_str(), t::login_is_known_user as fn() -> String)));
            let whose = real_people
                .filter(|(theirs, _)| !login.is_empty() && same_address(login, theirs))
                .map(|(_, whose)| whose)
                .next();
            match whose {
                // A Login ID in the scheme, listed as taken: another company's or an old one.
                Some(_) if login.to_ascii_lowercase().starts_with("wsadmin") => one(
                    t::login_id_taken(),
                    login_fix(p, &t::fix_login_qualifier()),
                ),
                Some(whose) => one(
                    whose(),
                    login_fix(p, &t::fix_login_new_user()),
                ),
                None => vec![],
            }
        }),
    },
    Rule {
        id: "LOGIN-DOMAIN",
        severity: Severity::Warning,
        field: Field::LoginId,
        why: m::WHY_LOGIN_DOMAIN,
        source: cite("Guide, Step 1: the Login ID example WSAdmin-AppProviderName@YourCompanyDomain.com"),
        check: Check::Profile(|p| {
            let Some(company) = p.effective_domain() else {
                return vec![];
            };
            let typed = p.company_domain.as_deref().is_some_and(|d| !d.is_empty());
            match p.ws_admin.login_id.split_once('@') {
                Some((_, domain)) if !domain.is_empty() && !within_domain(domain, &company) => one(
                    if typed {
                        t::login_other_domain(&quote(domain), &quote(&company))
                    } else {
                        t::login_other_domain_from_email(&quote(domain), &quote(&company))
                    },
                    login_fix(p, &t::fix_login_domain()),
                ),
                _ => vec![],
            }
        }),
    },
    Rule {
        id: "FIRST-REQUIRED",
        severity: Severity::Error,
        field: Field::FirstName,
        why: m::WHY_FIRST_REQUIRED,
        source: cite("Concur user fields: First name required"),
        check: Check::Profile(|p| {
            required_with(
                &p.ws_admin.first_name,
                &t::first_empty(),
                suggest_text(Field::FirstName, suggest::first_name(p), &t::fix_first_use()),
            )
        }),
    },
    Rule {
        id: "FIRST-CHARS",
        severity: Severity::Error,
        field: Field::FirstName,
        why: m::WHY_FIRST_CHARS,
        source: cite("Concur user fields: names are stored as typed"),
        check: Check::Profile(|p| name_chars_hit(Field::FirstName, t::subj_first_name(), &p.ws_admin.first_name)),
    },
    Rule {
        id: "FIRST-PREFIX",
        severity: Severity::Error,
        field: Field::FirstName,
        why: m::WHY_FIRST_PREFIX,
        source: cite("Guide, Step 1: \"use a combination of 'WSAdmin' and the first name\" (example WSADMIN_John)"),
        check: Check::Profile(|p| {
            let first = &p.ws_admin.first_name;
            hit_if(
                !first.is_empty() && !fold(&first.chars().take(16).collect::<String>()).starts_with("wsadmin"),
                t::first_no_prefix(),
                suggest_text(Field::FirstName, suggest::first_name(p), &t::fix_first_prefix()),
            )
        }),
    },
    Rule {
        id: "FIRST-ADMIN",
        severity: Severity::Error,
        field: Field::FirstName,
        why: m::WHY_FIRST_ADMIN,
        source: cite("Guide, Step 1: \"the first name of the actual administrator who is authorizing the application\""),
        check: Check::Profile(|p| {
            let admin_first = clean_name(&p.authorizing_admin.first_name);
            let first = &p.ws_admin.first_name;
            let head: String = first.chars().take(16).collect();
            if admin_first.is_empty() || !fold(&head).starts_with("wsadmin") {
                return vec![];
            }
            // Far longer than any form of the admin's name: no need to fold it all to know.
            if first.chars().count() > 4 * admin_first.chars().count() + 64 {
                return one(
                    t::first_should_be_admins(&quote(&admin_first)),
                    suggest_text(Field::FirstName, suggest::first_name(p), &t::fix_first_write()),
                );
            }
            let folded = fold(&clean_name(first));
            let Some(rest) = folded.strip_prefix("wsadmin") else {
                return vec![];
            };
            if admin_first.is_empty() {
                return vec![];
            }
            let (separator, rest) = match rest.strip_prefix(['_', '-', ' ']) {
                Some(rest) => (1, rest),
                None => (0, rest),
            };
            let room = NAME_MAX_CHARS - "wsadmin".len() - separator;
            match expected_name(rest, &admin_first, room, t::expected_first) {
                Some(expected) => one(
                    t::first_should_be(&FIRST_NAME_PREFIX, &expected),
                    suggest_text(Field::FirstName, suggest::first_name(p), &t::fix_first_write()),
                ),
                None => vec![],
            }
        }),
    },
    Rule {
        id: "FIRST-LENGTH",
        severity: Severity::Error,
        field: Field::FirstName,
        why: m::WHY_FIRST_LENGTH,
        source: cite("Concur user fields: First name at most 32 characters"),
        check: Check::Profile(|p| {
            too_long(&p.ws_admin.first_name, NAME_MAX_CHARS, t::subj_first_name(), || {
                suggest_text(Field::FirstName, suggest::first_name(p), &t::fix_first_shorten())
            })
        }),
    },
    Rule {
        id: "LAST-REQUIRED",
        severity: Severity::Error,
        field: Field::LastName,
        why: m::WHY_LAST_REQUIRED,
        source: cite("Concur user fields: Last name required"),
        check: Check::Profile(|p| {
            required_with(
                &p.ws_admin.last_name,
                &t::last_empty(),
                suggest_text(Field::LastName, suggest::last_name(p), &t::fix_last_use_authorizing()),
            )
        }),
    },
    Rule {
        id: "LAST-CHARS",
        severity: Severity::Error,
        field: Field::LastName,
        why: m::WHY_LAST_CHARS,
        source: cite("Concur user fields: names are stored as typed"),
        check: Check::Profile(|p| name_chars_hit(Field::LastName, t::subj_last_name(), &p.ws_admin.last_name)),
    },
    Rule {
        id: "LAST-ADMIN",
        severity: Severity::Error,
        field: Field::LastName,
        why: m::WHY_LAST_ADMIN,
        source: cite("Guide, Step 1: \"Last Name: Insert the actual last name of the authorized administrator\""),
        check: Check::Profile(|p| {
            let last = clean_name(&p.ws_admin.last_name);
            let admin_last = clean_name(&p.authorizing_admin.last_name);
            if last.is_empty() || admin_last.is_empty() {
                return vec![];
            }
            match expected_name(&last, &admin_last, NAME_MAX_CHARS, t::expected_last) {
                Some(expected) => one(
                    t::last_should_be(&expected),
                    suggest_text(Field::LastName, suggest::last_name(p), &t::fix_last_use()),
                ),
                None => vec![],
            }
        }),
    },
    Rule {
        id: "LAST-LENGTH",
        severity: Severity::Error,
        field: Field::LastName,
        why: m::WHY_LAST_LENGTH,
        source: cite("Concur user fields: Last name at most 32 characters"),
        check: Check::Profile(|p| {
            too_long(&p.ws_admin.last_name, NAME_MAX_CHARS, t::subj_last_name(), || {
                suggest_text(Field::LastName, suggest::last_name(p), &t::fix_last_shorten())
            })
        }),
    },
    Rule {
        id: "EMAIL-REQUIRED",
        severity: Severity::Error,
        field: Field::Email,
        why: m::WHY_EMAIL_REQUIRED,
        source: cite("Guide, Step 1 (Professional): \"Email Address: Use the actual email address of the authorized administrator\""),
        check: Check::Profile(|p| {
            let email = p.ws_admin.email.as_deref().unwrap_or("");
            hit_if(
                p.edition == Edition::Professional && email.is_empty(),
                t::email_needed(),
                suggest_text(Field::Email, suggest::email(p), &t::fix_email_use_admin()),
            )
        }),
    },
    Rule {
        id: "EMAIL-FORMAT",
        severity: Severity::Error,
        field: Field::Email,
        why: m::WHY_EMAIL_FORMAT,
        source: cite("Concur user fields: e-mail contains @, at most 255 characters, same forbidden characters as LoginID"),
        check: Check::Profile(|p| {
            let email = p.ws_admin.email.as_deref().unwrap_or("");
            if email.is_empty() {
                return vec![];
            }
            match address_problem(email, true) {
                Some(problem) => one(
                    t::subject_problem(&t::subj_email(), &problem),
                    suggest_text(Field::Email, suggest::email(p).filter(|s| s != email), &t::fix_email_valid()),
                ),
                None => vec![],
            }
        }),
    },
    Rule {
        id: "EMAIL-ADMIN",
        severity: Severity::Error,
        field: Field::Email,
        why: m::WHY_EMAIL_ADMIN,
        source: cite("Guide, Step 1 (Professional): \"Use the actual email address of the authorized administrator\""),
        check: Check::Profile(|p| {
            let email = p.ws_admin.email.as_deref().unwrap_or("");
            let admin_email = &p.authorizing_admin.email;
            hit_if(
                p.edition == Edition::Professional
                    && !email.is_empty()
                    && !admin_email.is_empty()
                    && !same_address(email, admin_email),
                t::email_should_be_admins(&quote(admin_email)),
                suggest_text(Field::Email, suggest::email(p), ""),
            )
        }),
    },
    // The permissions.
    Rule {
        id: "PERM-ADMIN",
        severity: Severity::Error,
        field: Field::Permissions,
        why: m::WHY_PERM_ADMIN,
        source: cite("Guide, Step 1: Standard \"Select 'Can Administer'\"; Professional \"grant Web Services Administrator Permission\""),
        check: Check::Profile(|p| {
            let role = p.edition.admin_role();
            hit_if(
                !granted(p).any(|grant| grant == Grant::WebServicesAdmin),
                t::profile_lacks(&p.edition.admin_role_said()),
                Fix { text: t::fix_tick(&quote(role.label)), action: Some(FixAction::AddPermission(role.label)) },
            )
        }),
    },
    Rule {
        id: "PERM-ACCESS",
        severity: Severity::Error,
        field: Field::Permissions,
        why: m::WHY_PERM_ACCESS,
        source: cite("Guide, Step 1: \"if the app needs to access Travel data and the WS Admin User Profile does not have access to travel, the app will not access travel data\""),
        check: Check::Profile(|p| {
            wanted_data(p)
                .filter(|data| !granted(p).any(|grant| grant == Grant::Data(*data)))
                .map(|data| {
                    let role = p.edition.data_role(data);
                    Hit {
                        field: None,
                        message: t::data_role_missing(&data.title(), &quote(role.label)),
                        fix: Fix { text: t::fix_tick(&quote(role.label)), action: Some(FixAction::AddPermission(role.label)) },
                    }
                })
                .collect()
        }),
    },
    Rule {
        id: "PERM-UNNEEDED",
        severity: Severity::Warning,
        field: Field::Permissions,
        why: m::WHY_PERM_UNNEEDED,
        source: cite("Guide, Step 1: roles \"based on what type of data is needed for the application\" (least privilege)"),
        check: Check::Profile(|p| {
            p.ws_admin
                .permissions
                .iter()
                .filter_map(|held| Some((held, p.edition.role_named(held)?)))
                .filter_map(|(held, role)| match role.grants {
                    Grant::Data(data) if !p.data_access.contains(&data) => Some(Hit {
                        field: None,
                        message: t::role_unneeded(&quote(role.label), &data.title()),
                        fix: Fix { text: t::fix_untick(&quote(role.label), &data.title()), action: Some(FixAction::RemovePermission(held.clone())) },
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
        why: m::WHY_PERM_UNKNOWN,
        source: cite("Guide, Step 1: the permission names of each edition"),
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
                            text: t::fix_spaces_around(&quote(role.label)),
                            action: Some(FixAction::ReplacePermission { from: held.clone(), to: role.label }),
                        },
                        (None, Some(role)) => {
                            let equivalent = role.equivalent_in(edition);
                            Fix {
                                text: t::fix_other_edition_label(&quote(role.label), &edition.other().title(), &edition.title(), &quote(equivalent.label)),
                                action: Some(FixAction::ReplacePermission { from: held.clone(), to: equivalent.label }),
                            }
                        }
                        (None, None) => Fix {
                            text: t::fix_remove_listing(
                                &edition.title(),
                                &edition.roles().map(|role| quote(role.label)).collect::<Vec<_>>().join(", "),
                            ),
                            action: Some(FixAction::RemovePermission(held.clone())),
                        },
                    };
                    Hit { field: None, message: t::not_a_permission(&quote(held), &edition.title()), fix }
                })
                .collect()
        }),
    },
    Rule {
        id: "PERM-DUPLICATE",
        severity: Severity::Warning,
        field: Field::Permissions,
        why: m::WHY_PERM_DUPLICATE,
        source: cite("Guide, Step 1: the permission names of each edition"),
        check: Check::Profile(|p| {
            let mut seen: Vec<String> = Vec::new();
            let mut twice: Vec<&str> = Vec::new();
            for held in &p.ws_admin.permissions {
                let folded = fold(held.trim());
                if seen.contains(&folded) {
                    twice.push(held);
                } else {
                    seen.push(folded);
                }
            }
            match twice.first() {
                Some(held) => one(
                    t::listed_twice(&quote(held)),
                    Fix { text: t::fix_keep_one(), action: Some(FixAction::DropDuplicatePermissions) },
                ),
                None => vec![],
            }
        }),
    },
];

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

/// The suggested Login ID as a fix. Where the company's domain is written beyond ASCII,
/// the fix says why the suggestion spells it otherwise.
fn login_fix(p: &Profile, otherwise: &str) -> Fix {
    let mut fix = suggest_text(Field::LoginId, suggest::login_id(p), otherwise);
    if let (Some(typed), Some(ascii)) = (p.effective_domain(), p.login_domain()) {
        if fix.action.is_some() && typed != ascii {
            fix.text = t::login_fix_ascii(&fix.text, &quote(&typed), &quote(&ascii));
        }
    }
    fix
}

fn bad_characters(field: Field, subject: String, value: &str) -> Vec<Hit> {
    let Some(first) = first_bad_character(value) else {
        return vec![];
    };
    let cleaned: String = value.chars().filter(|c| !is_bad_character(*c)).collect();
    let fix = if cleaned.is_empty() {
        advice(&t::fix_only_allowed_chars())
    } else {
        Fix {
            text: t::fix_remove_it(&quote(&cleaned)),
            action: Some(FixAction::SetText(field, cleaned)),
        }
    };
    one(
        t::subject_problem(&subject, &t::pred_contains(&describe_char(first))),
        fix,
    )
}

/// What is wrong with an e-mail address, if anything: its shape, its length, or a
/// character Concur refuses.
/// What is wrong with an address: its shape, its length, and its characters. Concur's Login
/// ID character list binds only an address typed into Concur (`in_concur`); any other may
/// hold an apostrophe, but no address holds a space, a control or an invisible character.
fn address_problem(email: &str, in_concur: bool) -> Option<String> {
    if email.is_empty() {
        return None;
    }
    let bad = |c: char| {
        if in_concur {
            is_bad_character(c)
        } else {
            c.is_whitespace() || c.is_control() || is_invisible_format(c)
        }
    };
    address_shape_problem(email)
        .or_else(|| {
            (email.chars().count() > EMAIL_MAX_CHARS).then(|| t::pred_longer_than(&EMAIL_MAX_CHARS))
        })
        .or_else(|| {
            email
                .chars()
                .find(|c| bad(*c))
                .map(|c| t::pred_contains(&describe_char(c)))
        })
}

/// `None` when `typed` is the admin's name, or, where the name does not fit in `room`
/// characters, one of its leading parts cut where a word ends (FIRST-ADMIN, LAST-ADMIN);
/// otherwise what was expected, in words.
fn expected_name(
    typed: &str,
    admin: &str,
    room: usize,
    whole: fn(&dyn std::fmt::Display) -> String,
) -> Option<String> {
    let forms = short_forms(admin, room);
    if same(typed, admin) || forms.iter().any(|form| same(typed, form)) {
        return None;
    }
    let whole = whole(&quote(admin));
    Some(if forms[0] == admin {
        whole
    } else {
        t::expected_cut(&whole, &NAME_MAX_CHARS, &quote(&forms[0]))
    })
}

fn name_chars_hit(field: Field, subject: String, value: &str) -> Vec<Hit> {
    match name_chars_problem(value) {
        Some(problem) => one(
            t::subject_problem(&subject, &problem),
            cleaned_name_fix(field, value),
        ),
        None => vec![],
    }
}

fn cleaned_name_fix(field: Field, value: &str) -> Fix {
    let cleaned = clean_name(value);
    if cleaned.is_empty() {
        advice(&t::fix_name_again())
    } else {
        Fix {
            text: t::use_value(&quote(&cleaned)),
            action: Some(FixAction::SetText(field, cleaned)),
        }
    }
}
