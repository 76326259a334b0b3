//! Values the guide's naming scheme derives from what the admin has already entered. The
//! rules offer them as fixes; the builder offers them before anything is typed. A value
//! that would break one of Concur's limits is no suggestion, so none is made.

use super::concur::{EMAIL_MAX_CHARS, LOGIN_ID_MAX_CHARS, NAME_MAX_CHARS};
use super::profile::Profile;
use super::text::{
    address_shape_problem, app_login_part, bare_domain, clean_name, first_bad_character,
    same_address, short_forms,
};

/// What the guide puts before the admin's first name (`WSADMIN_John`).
pub const FIRST_NAME_PREFIX: &str = "WSADMIN_";
/// What the guide puts before the app's name in a Login ID.
pub const LOGIN_PREFIX: &str = "WSAdmin-";

/// `WSAdmin-<App>@<domain>`, the guide's pattern (`WSAdmin-AppProviderName@YourCompanyDomain.com`):
/// the app's name in ASCII without legal forms (see `text::app_login_part`), cut to fit
/// Concur's 128 characters where it is longer, at the company's bare domain.
///
/// Login IDs are unique across all of Concur: where that one is already taken (listed among
/// the known users, or the admin's own), a qualifier goes before the `@`, as the checklist
/// advises: the client company's name, else the domain's first label
/// (`WSAdmin-Expensify-Acme@acme.com`), then a number.
pub fn login_id(profile: &Profile) -> Option<String> {
    let plain = scheme_login_id(profile, "")?;
    if !is_taken(profile, &plain) {
        return Some(plain);
    }
    let company = company_qualifier(profile)?;
    (1..10)
        .map(|n| match n {
            1 => format!("-{company}"),
            n => format!("-{company}{n}"),
        })
        .filter_map(|qualifier| scheme_login_id(profile, &qualifier))
        .find(|candidate| !is_taken(profile, candidate))
}

/// `WSAdmin-<App><qualifier>@<domain>`, the app's part cut to fit Concur's 128 characters.
fn scheme_login_id(profile: &Profile, qualifier: &str) -> Option<String> {
    let app = app_login_part(&profile.app_name)?;
    let domain = profile.login_domain()?;
    let room = LOGIN_ID_MAX_CHARS
        .checked_sub(LOGIN_PREFIX.len() + qualifier.len() + 1 + domain.chars().count())?;
    if app.is_empty() || room == 0 {
        return None;
    }
    // The app's part is ASCII, so a byte index is a character index.
    let app = &app[..app.len().min(room)];
    Some(format!("{LOGIN_PREFIX}{app}{qualifier}@{domain}"))
}

/// Whether a Login ID is someone's already: a known user's, or the admin's own.
fn is_taken(profile: &Profile, login_id: &str) -> bool {
    let admin = &profile.authorizing_admin;
    [
        admin.email.as_str(),
        admin.login_id.as_deref().unwrap_or(""),
    ]
    .into_iter()
    .chain(profile.known_users.iter().map(String::as_str))
    .any(|taken| !taken.is_empty() && same_address(login_id, taken))
}

/// The company in ASCII letters for a Login ID's qualifier: its name's words (legal forms
/// at the end left out, as for the app), else its domain's first label, capitalised.
fn company_qualifier(profile: &Profile) -> Option<String> {
    let from_name = profile
        .company_name
        .as_deref()
        .and_then(app_login_part)
        .filter(|part| !part.is_empty());
    from_name
        .or_else(|| {
            // In letters a person reads: `müller-reisen.de` gives `Mullerreisen`.
            let domain = profile.effective_domain()?;
            let label = app_login_part(domain.split('.').next()?)?;
            let mut letters = label.chars();
            let first = letters.next()?.to_ascii_uppercase();
            Some(std::iter::once(first).chain(letters).collect())
        })
        .map(|part| part.chars().take(24).collect())
}

/// `WSADMIN_<First>`, as in the guide's example `WSADMIN_John`; where the whole name does
/// not fit Concur's 32 characters, its longest leading part that does (see
/// `text::short_forms`).
pub fn first_name(profile: &Profile) -> Option<String> {
    let first = clean_name(&profile.authorizing_admin.first_name);
    let room = NAME_MAX_CHARS - FIRST_NAME_PREFIX.len();
    let form = short_forms(&first, room).into_iter().next()?;
    (!form.is_empty()).then(|| format!("{FIRST_NAME_PREFIX}{form}"))
}

/// The authorizing admin's own last name, or its longest leading part that fits.
pub fn last_name(profile: &Profile) -> Option<String> {
    let last = clean_name(&profile.authorizing_admin.last_name);
    short_forms(&last, NAME_MAX_CHARS)
        .into_iter()
        .next()
        .filter(|form| !form.is_empty())
}

/// The authorizing admin's own e-mail, which Professional Edition puts on the profile,
/// when it is a valid address.
pub fn email(profile: &Profile) -> Option<String> {
    let email = profile.authorizing_admin.email.trim();
    let valid = !email.is_empty()
        && email.chars().count() <= EMAIL_MAX_CHARS
        && address_shape_problem(email).is_none()
        && first_bad_character(email).is_none();
    valid.then(|| email.to_owned())
}

/// The company's domain as a bare domain, when what was typed is not one.
pub fn company_domain(profile: &Profile) -> Option<String> {
    let typed = profile.company_domain.as_deref()?;
    bare_domain(typed).filter(|bare| bare != typed)
}

/// Exactly the permissions the edition and the data need: the web-services admin role
/// and one data role per kind of data, in the order Concur lists them.
pub fn permissions(profile: &Profile) -> Vec<String> {
    let edition = profile.edition;
    let mut labels = vec![edition.admin_role().label.to_owned()];
    for data in crate::domain::concur::DataKind::ALL {
        if profile.data_access.contains(&data) {
            labels.push(edition.data_role(data).label.to_owned());
        }
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::profile::{DataKind, Edition};

    fn profile() -> Profile {
        let mut profile = Profile {
            app_name: "App Provider!".into(),
            ..Profile::default()
        };
        profile.authorizing_admin.first_name = "John".into();
        profile.authorizing_admin.email = "john.smith@acme.com".into();
        profile
    }

    #[test]
    fn login_id_takes_the_app_letters_and_the_admin_domain() {
        assert_eq!(
            login_id(&profile()).as_deref(),
            Some("WSAdmin-AppProvider@acme.com")
        );
    }

    #[test]
    fn login_id_prefers_the_company_domain() {
        let mut profile = profile();
        profile.company_domain = Some("corp.acme.com".into());
        assert_eq!(
            login_id(&profile).as_deref(),
            Some("WSAdmin-AppProvider@corp.acme.com")
        );
    }

    #[test]
    fn no_login_id_without_a_domain_or_an_app() {
        let mut no_domain = profile();
        no_domain.authorizing_admin.email = "john".into();
        assert_eq!(login_id(&no_domain), None);
        let mut no_app = profile();
        no_app.app_name = "???".into();
        assert_eq!(login_id(&no_app), None);
    }

    #[test]
    fn permissions_follow_edition_and_data() {
        let mut profile = profile();
        profile.edition = Edition::Professional;
        profile.data_access = vec![DataKind::Invoice, DataKind::Expense];
        assert_eq!(
            permissions(&profile),
            ["Web Services Administrator", "Expense User", "Invoice User"]
        );
    }

    #[test]
    fn no_suggestion_breaks_a_concur_limit() {
        let mut profile = profile();
        profile.app_name = "A".repeat(200);
        profile.authorizing_admin.first_name = "J".repeat(25);
        let login = login_id(&profile).unwrap();
        assert_eq!(login.chars().count(), 128);
        assert!(login.starts_with("WSAdmin-AAAA") && login.ends_with("A@acme.com"));
        assert_eq!(first_name(&profile).map(|s| s.len()), Some(32));
        profile.authorizing_admin.first_name = "Maria da Conceição Aparecida".into();
        assert_eq!(
            first_name(&profile).as_deref(),
            Some("WSADMIN_Maria da Conceição")
        );
    }

    #[test]
    fn suggestions_use_the_bare_company_domain() {
        let mut profile = profile();
        profile.company_domain = Some("https://www.acme.com/".into());
        assert_eq!(
            login_id(&profile).as_deref(),
            Some("WSAdmin-AppProvider@acme.com")
        );
        assert_eq!(company_domain(&profile).as_deref(), Some("acme.com"));
        profile.company_domain = Some("acme.com".into());
        assert_eq!(company_domain(&profile), None);
    }

    #[test]
    fn first_name_uses_the_guide_example_form() {
        assert_eq!(first_name(&profile()).as_deref(), Some("WSADMIN_John"));
    }
}
