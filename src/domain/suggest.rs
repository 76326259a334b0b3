//! Values the guide's naming scheme derives from what the admin has already entered. The
//! rules offer them as fixes; the builder offers them before anything is typed. A value
//! that would break one of Concur's limits is no suggestion, so none is made.

use crate::domain::concur::{EMAIL_MAX_CHARS, LOGIN_ID_MAX_CHARS, NAME_MAX_CHARS};
use crate::domain::profile::Profile;

fn within(limit: usize, value: String) -> Option<String> {
    (value.chars().count() <= limit).then_some(value)
}

/// `WSAdmin-<App>@<domain>`, the guide's pattern (`WSAdmin-AppProviderName@YourCompanyDomain.com`).
/// Only the app's ASCII letters and digits are kept, because Concur refuses spaces and most
/// punctuation in a Login ID.
pub fn login_id(profile: &Profile) -> Option<String> {
    let app: String = profile
        .app_name
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    let domain = profile.effective_domain()?;
    if app.is_empty() {
        return None;
    }
    within(LOGIN_ID_MAX_CHARS, format!("WSAdmin-{app}@{domain}"))
}

/// `WSADMIN_<First>`, as in the guide's example `WSADMIN_John`.
pub fn first_name(profile: &Profile) -> Option<String> {
    let first = &profile.authorizing_admin.first_name;
    if first.is_empty() {
        return None;
    }
    within(NAME_MAX_CHARS, format!("WSADMIN_{first}"))
}

/// The authorizing admin's own last name.
pub fn last_name(profile: &Profile) -> Option<String> {
    let last = &profile.authorizing_admin.last_name;
    if last.is_empty() {
        return None;
    }
    within(NAME_MAX_CHARS, last.clone())
}

/// The authorizing admin's own e-mail, which Professional Edition puts on the profile.
pub fn email(profile: &Profile) -> Option<String> {
    let email = &profile.authorizing_admin.email;
    if email.is_empty() {
        return None;
    }
    within(EMAIL_MAX_CHARS, email.clone())
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
        profile.app_name = "A".repeat(120);
        profile.authorizing_admin.first_name = "J".repeat(25);
        assert_eq!(login_id(&profile), None);
        assert_eq!(first_name(&profile), None);
        profile.authorizing_admin.first_name = "J".repeat(24);
        assert_eq!(first_name(&profile).map(|s| s.len()), Some(32));
    }

    #[test]
    fn first_name_uses_the_guide_example_form() {
        assert_eq!(first_name(&profile()).as_deref(), Some("WSADMIN_John"));
    }
}
