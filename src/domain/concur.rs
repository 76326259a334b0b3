//! What SAP Concur itself imposes: field limits, the characters it refuses in a Login ID
//! or e-mail, and the permission labels of each edition, worded as Concur's screens word them.

use serde::{Deserialize, Serialize};

use crate::i18n::{t, Lang};

/// The longest Login ID Concur accepts (User API v1, Identity v4).
pub const LOGIN_ID_MAX_CHARS: usize = 128;
/// The longest first or last name Concur accepts.
pub const NAME_MAX_CHARS: usize = 32;
/// The longest e-mail address Concur accepts.
pub const EMAIL_MAX_CHARS: usize = 255;

/// Characters Concur refuses in a Login ID or an e-mail address. `_`, `-` and `.` are allowed.
pub const FORBIDDEN_ADDRESS_CHARS: &[char] = &[
    '%', '[', '#', '!', '*', '&', '(', ')', '~', '\'', '{', '^', '}', '\\', '/', '?', '>', '<',
    ',', ';', ':', '"', '+', '=', '|', '`',
];

/// The SAP Concur data centre a company's entity lives in: it decides where the admin signs
/// in, whether the Company Request Token page exists, and the base URI the provider calls.
/// Sources: developer.concur.com, "Base URIs" (src/platform/base-uris.markdown) and "Company
/// Request Token Self-Service Tool" (src/api-reference/authentication/company-refresh-tool.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DataCenter {
    Us,
    Emea,
    China,
    Pscc,
}

impl DataCenter {
    pub const ALL: [DataCenter; 4] = [
        DataCenter::Us,
        DataCenter::Emea,
        DataCenter::China,
        DataCenter::Pscc,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DataCenter::Us => "us",
            DataCenter::Emea => "emea",
            DataCenter::China => "china",
            DataCenter::Pscc => "pscc",
        }
    }

    pub fn parse(text: &str) -> Option<DataCenter> {
        DataCenter::ALL
            .into_iter()
            .find(|center| center.as_str().eq_ignore_ascii_case(text.trim()))
    }

    pub fn title(self) -> &'static str {
        match self {
            DataCenter::Us => "US (North America)",
            DataCenter::Emea => "EMEA",
            DataCenter::China => "China",
            DataCenter::Pscc => "PSCC",
        }
    }

    /// The production base URI the provider's calls go to ("Base URIs", Production table,
    /// the "Optionally request certs" default of each data centre).
    pub fn base_uri(self) -> &'static str {
        match self {
            DataCenter::Us => "https://us.api.concursolutions.com",
            DataCenter::Emea => "https://emea.api.concursolutions.com",
            DataCenter::China => "https://cn.api.concurcdc.cn",
            DataCenter::Pscc => "https://usg.api.concursolutions.com",
        }
    }

    /// "This tool is currently only available in the US (North America) and EMEA data
    /// centers. All other data centers can contact Client Web Services for assistance."
    pub fn has_company_request_token_page(self) -> bool {
        matches!(self, DataCenter::Us | DataCenter::Emea)
    }
}

/// The two Concur editions; they name their roles differently and create users in different menus.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Edition {
    #[default]
    Standard,
    Professional,
}

impl Edition {
    pub const ALL: [Edition; 2] = [Edition::Standard, Edition::Professional];

    pub fn as_str(self) -> &'static str {
        match self {
            Edition::Standard => "standard",
            Edition::Professional => "professional",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Edition::Standard => "Standard Edition",
            Edition::Professional => "Professional Edition",
        }
    }

    pub fn other(self) -> Edition {
        match self {
            Edition::Standard => Edition::Professional,
            Edition::Professional => Edition::Standard,
        }
    }

    /// The permission labels this edition shows, in the order its screen lists them.
    pub fn roles(self) -> impl Iterator<Item = &'static Role> {
        ROLES.iter().filter(move |role| role.edition == self)
    }

    /// The role that grants a kind of data in this edition.
    pub fn data_role(self, data: DataKind) -> &'static Role {
        self.roles()
            .find(|role| role.grants == Grant::Data(data))
            .expect("every edition has a role for every kind of data")
    }

    /// The label the guide tells the admin to tick for web-services administration.
    pub fn admin_role(self) -> &'static Role {
        self.roles()
            .find(|role| role.grants == Grant::WebServicesAdmin)
            .expect("every edition has a web-services admin role")
    }

    /// Finds this edition's role whose label matches `label`, ignoring case.
    pub fn role_named(self, label: &str) -> Option<&'static Role> {
        let wanted = label.to_lowercase();
        self.roles()
            .find(|role| role.label.to_lowercase() == wanted)
    }
}

/// How a partner app connects to the company's Concur: signing in as a dedicated WS Admin
/// user (the guide), or with a Company Request Token the admin generates for the app's App ID
/// (Concur's company-level OAuth 2.0 flow).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Connection {
    #[default]
    WsAdminUser,
    CompanyRequestToken,
}

impl Connection {
    pub const ALL: [Connection; 2] = [Connection::WsAdminUser, Connection::CompanyRequestToken];

    pub fn as_str(self) -> &'static str {
        match self {
            Connection::WsAdminUser => "ws_admin_user",
            Connection::CompanyRequestToken => "company_request_token",
        }
    }

    pub fn title(self) -> String {
        match self {
            Connection::WsAdminUser => crate::i18n::t::connection_ws(),
            // Concur's own name for it, in every language.
            Connection::CompanyRequestToken => "Company Request Token".into(),
        }
    }

    pub fn is_default(&self) -> bool {
        *self == Connection::default()
    }
}

/// Where the admin generates a Company Request Token for an App ID.
pub const COMPANY_REQUEST_TOKEN_MENU: &str =
    "Administration > Company > Authentication Admin > Company Request Token";
/// A Company Request Token is valid for this long after it is generated (12 hours before
/// August 2021).
pub const REQUEST_TOKEN_LIFETIME_SECS: i64 = 24 * 60 * 60;
/// A token with less than this left is still sealed, with a warning to send it now.
pub const REQUEST_TOKEN_WARNING_SECS: i64 = 4 * 60 * 60;

impl Edition {
    /// Where the admin checks which roles their own account holds ("Enabling and Disabling
    /// Apps from the Concur App Center", Step 2), as Concur's menus name it.
    pub fn own_roles_menu(self) -> &'static str {
        match self {
            Edition::Standard => "Administration > Expense Settings > User Accounts",
            Edition::Professional => "Administration > Company > Company Admin > User Permissions",
        }
    }

    /// The same place said in a sentence, in the active language: in Standard Edition the
    /// roles are on the admin's own user there, and some sites name the menu Expense &
    /// Invoice Settings or Invoice Settings (the same guide).
    pub fn own_roles_said(self) -> String {
        match self {
            Edition::Standard => t::own_roles_standard(&self.own_roles_menu()),
            Edition::Professional => self.own_roles_menu().to_owned(),
        }
    }

    /// The web-services admin role as a sentence names it: in Standard Edition, either of
    /// its labels, "depending on configuration" (the same guide).
    pub fn admin_role_said(self) -> String {
        let labels: Vec<String> = self
            .roles()
            .filter(|role| role.grants == Grant::WebServicesAdmin)
            .map(|role| t::quoted(&role.label))
            .collect();
        match labels.as_slice() {
            [one] => one.clone(),
            [first, second] => crate::i18n::t::depending_on_configuration(first, second),
            _ => labels.join(", "),
        }
    }
}

/// The kinds of company data a partner app can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DataKind {
    Expense,
    Travel,
    Invoice,
}

impl DataKind {
    pub const ALL: [DataKind; 3] = [DataKind::Expense, DataKind::Travel, DataKind::Invoice];

    pub fn as_str(self) -> &'static str {
        match self {
            DataKind::Expense => "expense",
            DataKind::Travel => "travel",
            DataKind::Invoice => "invoice",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            DataKind::Expense => "Expense",
            DataKind::Travel => "Travel",
            DataKind::Invoice => "Invoice",
        }
    }
}

/// What ticking a permission gives the WS Admin profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grant {
    /// Lets the profile enable partner applications (without it "Connect" is greyed out).
    WebServicesAdmin,
    /// Lets the app read one kind of data.
    Data(DataKind),
}

/// One permission as Concur labels it in one edition.
#[derive(Debug, PartialEq, Eq)]
pub struct Role {
    pub label: &'static str,
    pub edition: Edition,
    pub grants: Grant,
}

impl Role {
    /// The role with the same grant in the other edition, used to map a profile across editions.
    pub fn equivalent_in(&self, edition: Edition) -> &'static Role {
        match self.grants {
            Grant::WebServicesAdmin => edition.admin_role(),
            Grant::Data(data) => edition.data_role(data),
        }
    }
}

/// Every permission the guide names, by edition. The first web-services admin role of an
/// edition is the one the guide tells the admin to tick.
pub static ROLES: &[Role] = &[
    Role {
        label: "Can Administer",
        edition: Edition::Standard,
        grants: Grant::WebServicesAdmin,
    },
    // Some Standard configurations label the same permission this way.
    Role {
        label: "Travel and Expense Administrator",
        edition: Edition::Standard,
        grants: Grant::WebServicesAdmin,
    },
    Role {
        label: "Can Submit Expense Reports",
        edition: Edition::Standard,
        grants: Grant::Data(DataKind::Expense),
    },
    Role {
        label: "Can Book Travel",
        edition: Edition::Standard,
        grants: Grant::Data(DataKind::Travel),
    },
    Role {
        label: "Is Invoice AP User",
        edition: Edition::Standard,
        grants: Grant::Data(DataKind::Invoice),
    },
    Role {
        label: "Web Services Administrator",
        edition: Edition::Professional,
        grants: Grant::WebServicesAdmin,
    },
    Role {
        label: "Expense User",
        edition: Edition::Professional,
        grants: Grant::Data(DataKind::Expense),
    },
    Role {
        label: "Travel User",
        edition: Edition::Professional,
        grants: Grant::Data(DataKind::Travel),
    },
    Role {
        label: "Invoice User",
        edition: Edition::Professional,
        grants: Grant::Data(DataKind::Invoice),
    },
];

/// Where Standard Edition creates a user: the page the translated labels below come from.
pub const STANDARD_CREATE_USER_MENU: &str = "Administration > Setup > Users > Create/Edit User";

/// Concur's own translation of one of its labels on one page, as a dated source gives it.
/// Labels stay in English everywhere (an admin's Concur UI language is their own setting,
/// and every guide names the English label); these are shown beside the English one, never
/// instead of it, to an admin reading this app in that language.
pub struct TranslatedLabel {
    pub english: &'static str,
    /// The menu path of the page the label is on (its last step is the page's button).
    pub page: &'static str,
    pub lang: Lang,
    pub label: &'static str,
}

/// Where the translations below come from: SAP Help Portal, Concur Standard Edition
/// administration help, "Add a User", version 2022_02, in each language
/// (help.sap.com/doc/7d29bbe39d844af8bd37f897455710e8/2022_02/<lang>/c4651bec51c31015a0e78c4b615a49ca.html).
/// Its English page names the user form's fields "Login (email address)" and "Password",
/// and its button "Create/Edit User". No Spanish (es-ES) page of it was found, and no
/// source for Professional's pages or Concur's sign-in page: those stay English alone.
pub const TRANSLATED_LABELS_SOURCE: &str =
    "SAP Help Portal, Concur Standard Edition administration help, \"Add a User\", 2022_02";

/// Every translation a source gives, one table for all languages (docs/decisions.md).
#[rustfmt::skip]
pub const TRANSLATED_LABELS: &[TranslatedLabel] = &[
    TranslatedLabel { english: "Create/Edit User", page: STANDARD_CREATE_USER_MENU, lang: Lang::De, label: "Benutzer anlegen/bearbeiten" },
    TranslatedLabel { english: "Login ID", page: STANDARD_CREATE_USER_MENU, lang: Lang::De, label: "Anmeldung (E-Mail-Adresse)" },
    TranslatedLabel { english: "Password", page: STANDARD_CREATE_USER_MENU, lang: Lang::De, label: "Kennwort" },
    TranslatedLabel { english: "Create/Edit User", page: STANDARD_CREATE_USER_MENU, lang: Lang::Fr, label: "Créer/Modifier l'utilisateur" },
    TranslatedLabel { english: "Login ID", page: STANDARD_CREATE_USER_MENU, lang: Lang::Fr, label: "Identifiant (adresse e-mail)" },
    TranslatedLabel { english: "Password", page: STANDARD_CREATE_USER_MENU, lang: Lang::Fr, label: "Mot de passe" },
    TranslatedLabel { english: "Create/Edit User", page: STANDARD_CREATE_USER_MENU, lang: Lang::Ja, label: "ユーザーの作成/編集" },
    TranslatedLabel { english: "Login ID", page: STANDARD_CREATE_USER_MENU, lang: Lang::Ja, label: "ログイン (メール アドレス)" },
    TranslatedLabel { english: "Password", page: STANDARD_CREATE_USER_MENU, lang: Lang::Ja, label: "パスワード" },
];

/// Concur's own label on the page at `menu`, in the active language, where a source gives it.
pub fn label_in_language(english: &str, menu: Option<&str>) -> Option<&'static str> {
    let (lang, menu) = (crate::i18n::lang(), menu?);
    TRANSLATED_LABELS
        .iter()
        .find(|t| t.english == english && t.page == menu && t.lang == lang)
        .map(|t| t.label)
}

/// The translation of a menu path's last step (the button or page it leads to), if any.
pub fn menu_end_in_language(menu: &str) -> Option<&'static str> {
    label_in_language(menu.rsplit(" > ").next()?, Some(menu))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_edition_maps_every_role_to_the_other() {
        for edition in Edition::ALL {
            for role in edition.roles() {
                let there = role.equivalent_in(edition.other());
                assert_eq!(there.edition, edition.other());
                assert_eq!(there.grants, role.grants);
            }
        }
    }

    #[test]
    fn role_lookup_ignores_case_but_not_spelling() {
        assert_eq!(
            Edition::Standard
                .role_named("can ADMINISTER")
                .map(|r| r.label),
            Some("Can Administer")
        );
        assert_eq!(Edition::Standard.role_named("Expense User"), None);
        assert_eq!(Edition::Standard.role_named("Can Administer "), None);
    }
}
