//! Where links start and what a pasted link holds. A share link is the app's address plus a
//! fragment (`#checklist=…`, `#recipient=…`); the single-file edition has no address worth
//! sharing (`file://` names a file on one person's disk), so the person may set the address
//! where their company hosts the app, and anyone may paste a link, or just its fragment, into
//! the app instead of opening it.

use crate::formats::{recipient_link, share_link};

/// The base of the links the app makes: the address the person set, else the page's own
/// address when it is served over HTTP(S), else none (links are then fragments only).
pub fn link_base(set_by_person: Option<&str>, page_address: &str) -> Option<String> {
    set_by_person
        .and_then(web_address)
        .or_else(|| web_address(page_address))
}

/// `text` as the base of a link, if it is an http(s) address: trimmed, fragment dropped.
pub fn web_address(text: &str) -> Option<String> {
    let text = text.trim();
    let lower = text.to_ascii_lowercase();
    let has_host = ["https://", "http://"]
        .iter()
        .find_map(|scheme| lower.strip_prefix(scheme))
        .is_some_and(|rest| !rest.is_empty() && !rest.starts_with(['/', '#', '?']));
    if !has_host || text.chars().any(char::is_whitespace) {
        return None;
    }
    Some(text.split('#').next().unwrap_or(text).to_owned())
}

/// The base of a provider's recipient link: the page's own address when it is served, else
/// none (the single file: the link is its `#recipient=` part alone). Never an address set
/// on this computer: every `file://` page, and every page of a shared origin, can write
/// that one, and a key link that opens someone else's page would hand them the key step.
pub fn recipient_link_base(page_address: &str) -> Option<String> {
    web_address(page_address)
}

/// The fragment that opens the app provider's side directly: no profile, no findings, the
/// key and the packet first. Unlike a share link it stays in the address, so a provider's
/// bookmark and a reload both land there again.
pub const PROVIDER_ENTRY: &str = "#provider";

/// Whether an address's fragment asks for the provider's side.
pub fn is_provider_entry(fragment: &str) -> bool {
    fragment.trim().eq_ignore_ascii_case(PROVIDER_ENTRY)
}

/// The link an admin sends to their app provider: this page's own address and the provider's
/// fragment, like a recipient link never an address stored on this computer. `None` for the
/// single file, whose address names a file on this disk: the admin sends the file itself.
pub fn provider_link(page_address: &str) -> Option<String> {
    recipient_link_base(page_address).map(|base| format!("{base}{PROVIDER_ENTRY}"))
}

/// The host a link made from `base` opens, when that is not where this page is served: an
/// address set on this computer (by the person, or planted by another page that shares this
/// storage). The page shows it beside the link and asks before copying.
pub fn foreign_host(base: Option<&str>, page_address: &str) -> Option<String> {
    let base = base?;
    let own = web_address(page_address);
    if own.as_deref().map(origin) == Some(origin(base)) {
        return None;
    }
    Some(host(base).to_owned())
}

/// `scheme://host[:port]` of an http(s) address, in lower case.
fn origin(address: &str) -> String {
    let (scheme, rest) = address.split_once("://").unwrap_or(("", address));
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    format!(
        "{}://{}",
        scheme.to_ascii_lowercase(),
        authority.to_ascii_lowercase()
    )
}

/// The host (with its port, without any user name) of an http(s) address.
fn host(address: &str) -> &str {
    let rest = address.split_once("://").map_or(address, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host)
}

/// A link made from `base` (if any) and a fragment such as `checklist=1.…`.
pub fn link(base: Option<&str>, fragment: &str) -> String {
    format!("{}#{fragment}", base.unwrap_or(""))
}

/// The fragment of a pasted link, whole or fragment alone (`#checklist=…`, `checklist=…`,
/// `https://…/#recipient=age1…`), if it is one the app opens.
pub fn pasted_fragment(pasted: &str) -> Option<String> {
    let pasted = pasted.trim();
    let fragment = match pasted.find('#') {
        Some(at) => &pasted[at..],
        None => pasted,
    };
    let fragment = format!("#{}", fragment.trim_start_matches('#'));
    (share_link::is_checklist_link(&fragment) || recipient_link::is_recipient_link(&fragment))
        .then_some(fragment)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_start_where_the_app_is_served_or_where_the_person_says() {
        let served = "https://tools.acme.com/wsadmin-prep/";
        assert_eq!(link_base(None, served).as_deref(), Some(served));
        assert_eq!(link_base(None, "file:///home/jane/wsadmin-prep.html"), None);
        assert_eq!(
            link_base(
                Some(" https://intranet.acme.com/wsadmin#old "),
                "file:///x.html"
            )
            .as_deref(),
            Some("https://intranet.acme.com/wsadmin")
        );
        // Something that is not a web address is not used: the page's own address is.
        assert_eq!(
            link_base(Some("acme intranet"), served).as_deref(),
            Some(served)
        );
        assert_eq!(
            link_base(Some("javascript:alert(1)"), "file:///x.html"),
            None
        );
        assert_eq!(web_address("https://"), None);
        assert_eq!(web_address("https:///path"), None);
        assert_eq!(link(None, "checklist=1.abc"), "#checklist=1.abc");
        assert_eq!(
            link(Some(served), "checklist=1.abc"),
            format!("{served}#checklist=1.abc")
        );
    }

    #[test]
    fn a_recipient_link_starts_at_the_page_never_at_a_stored_address() {
        assert_eq!(
            recipient_link_base("https://tools.acme.com/wsadmin-prep/").as_deref(),
            Some("https://tools.acme.com/wsadmin-prep/")
        );
        // The single file: the link is its fragment alone.
        assert_eq!(
            recipient_link_base("file:///home/jane/wsadmin-prep.html"),
            None
        );
    }

    #[test]
    fn the_provider_link_is_this_page_with_the_providers_fragment() {
        assert_eq!(
            provider_link("https://tools.acme.com/wsadmin-prep/").as_deref(),
            Some("https://tools.acme.com/wsadmin-prep/#provider")
        );
        assert_eq!(provider_link("file:///home/jane/wsadmin-prep.html"), None);
        for fragment in ["#provider", "#Provider", " #provider "] {
            assert!(is_provider_entry(fragment), "{fragment:?}");
        }
        for fragment in ["", "#", "#providers", "#recipient=age1x", "provider"] {
            assert!(!is_provider_entry(fragment), "{fragment:?}");
        }
    }

    #[test]
    fn a_link_that_starts_elsewhere_names_its_host() {
        let served = "https://tools.acme.com/wsadmin-prep/";
        assert_eq!(foreign_host(Some(served), served), None);
        assert_eq!(
            foreign_host(Some("HTTPS://Tools.Acme.com/other/"), served),
            None,
            "the same origin, another path"
        );
        assert_eq!(
            foreign_host(Some("https://evil.example/x"), served).as_deref(),
            Some("evil.example")
        );
        assert_eq!(
            foreign_host(Some("https://tools.acme.com@evil.example:8443/"), served).as_deref(),
            Some("evil.example:8443"),
            "a user name cannot pass for the host"
        );
        // From the single file every whole link starts elsewhere.
        assert_eq!(
            foreign_host(Some("https://intranet.acme.com/w"), "file:///x.html").as_deref(),
            Some("intranet.acme.com")
        );
        assert_eq!(foreign_host(None, "file:///x.html"), None);
    }

    #[test]
    fn a_pasted_link_or_its_fragment_opens_and_anything_else_does_not() {
        for pasted in [
            "https://tools.acme.com/#checklist=1.abc",
            "file:///home/jane/wsadmin-prep.html#checklist=1.abc",
            "#checklist=1.abc",
            "  checklist=1.abc\n",
        ] {
            assert_eq!(
                pasted_fragment(pasted).as_deref(),
                Some("#checklist=1.abc"),
                "{pasted:?}"
            );
        }
        assert_eq!(
            pasted_fragment("https://x/#recipient=age1xyz").as_deref(),
            Some("#recipient=age1xyz")
        );
        for pasted in ["", "https://tools.acme.com/", "#other=1", "hello"] {
            assert_eq!(pasted_fragment(pasted), None, "{pasted:?}");
        }
    }
}
