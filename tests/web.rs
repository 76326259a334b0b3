//! The builder rendered in a real browser (headless Chromium through wasm-bindgen-test):
//! typing into the form shows the matching findings beside their field.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement};
use wsadmin_prep::web::App;

wasm_bindgen_test_configure!(run_in_browser);

async fn mount() -> Element {
    // Each test starts as a first visit: no drafts saved by an earlier test.
    gloo::utils::window()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn rules_in(root: &Element, selector: &str) -> Vec<String> {
    let list = root
        .query_selector_all(&format!("{selector} [data-rule]"))
        .unwrap();
    (0..list.length())
        .map(|i| {
            list.item(i)
                .unwrap()
                .unchecked_into::<Element>()
                .get_attribute("data-rule")
                .unwrap()
        })
        .collect()
}

async fn type_into(root: &Element, input_id: &str, value: &str) {
    let input: HtmlInputElement = find(root, &format!("#{input_id}")).unchecked_into();
    input.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;
}

/// A form where the WS Admin Login ID is the authorizing admin's own e-mail.
async fn mount_with_personal_login(app: &str) -> Element {
    let root = mount().await;
    type_into(&root, "input-app_name", app).await;
    type_into(
        &root,
        "input-authorizing_admin-email",
        "john.smith@acme.com",
    )
    .await;
    type_into(&root, "input-ws_admin-login_id", "john.smith@acme.com").await;
    root
}

#[wasm_bindgen_test]
async fn a_new_draft_shows_where_to_start_then_every_finding_once_typing_begins() {
    let root = mount().await;
    let summary = find(&root, "#summary");
    assert_eq!(
        summary.get_attribute("aria-live").as_deref(),
        Some("polite")
    );
    assert!(summary
        .text_content()
        .unwrap()
        .contains("start with the edition"));
    assert_eq!(rules_in(&root, "#findings-app_name"), Vec::<String>::new());
    type_into(&root, "input-authorizing_admin-first_name", "John").await;
    assert!(find(&root, "#summary")
        .text_content()
        .unwrap()
        .contains("errors"));
    assert_eq!(rules_in(&root, "#findings-app_name"), ["APP-REQUIRED"]);
    assert_eq!(
        rules_in(&root, "#findings-ws_admin-login_id"),
        ["LOGIN-REQUIRED"]
    );
}

#[wasm_bindgen_test]
async fn typing_a_personal_login_shows_login_personal_beside_the_login() {
    let root = mount_with_personal_login("Expensify").await;
    let login_rules = rules_in(&root, "#findings-ws_admin-login_id");
    assert!(
        login_rules.contains(&"LOGIN-PERSONAL".to_owned()),
        "{login_rules:?}"
    );
    let input = find(&root, "#input-ws_admin-login_id");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some("hint-ws_admin-login_id findings-ws_admin-login_id")
    );
}

#[wasm_bindgen_test]
async fn apply_fix_writes_the_suggested_login() {
    let root = mount_with_personal_login("App Provider").await;
    let button: HtmlElement = find(&root, "#findings-ws_admin-login_id .apply").unchecked_into();
    button.click();
    yew::scheduler::flush().await;
    let input: HtmlInputElement = find(&root, "#input-ws_admin-login_id").unchecked_into();
    assert_eq!(input.value(), "WSAdmin-AppProvider@acme.com");
    assert_eq!(
        rules_in(&root, "#findings-ws_admin-login_id"),
        Vec::<String>::new()
    );
}

#[wasm_bindgen_test]
async fn typing_is_saved_as_a_draft_and_restored_by_a_new_mount() {
    let root = mount().await;
    type_into(&root, "input-app_name", "Expensify").await;
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    let keys: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|index| storage.key(index).unwrap())
        .filter(|key| key.starts_with("wsadmin-prep/draft/"))
        .collect();
    assert_eq!(keys.len(), 1, "one key for the one draft: {keys:?}");
    let saved = storage
        .get_item(&keys[0])
        .unwrap()
        .expect("the draft is saved on every change");
    assert!(saved.contains("\"app_name\":\"Expensify\""), "{saved}");
    let document = gloo::utils::document();
    let again = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&again).unwrap();
    yew::Renderer::<App>::with_root(again.clone()).render();
    yew::scheduler::flush().await;
    let input: HtmlInputElement = find(&again, "#input-app_name").unchecked_into();
    assert_eq!(input.value(), "Expensify");
}

#[wasm_bindgen_test]
async fn the_permission_picker_shows_only_the_editions_labels() {
    let root = mount().await;
    let permissions = find(&root, "#findings-ws_admin-permissions")
        .parent_element()
        .unwrap();
    let labels = permissions.text_content().unwrap();
    assert!(labels.contains("Can Administer"), "{labels}");
    assert!(!labels.contains("Web Services Administrator"), "{labels}");
    let professional: HtmlElement = find(&root, "#edition-professional").unchecked_into();
    professional.click();
    yew::scheduler::flush().await;
    let labels = permissions.text_content().unwrap();
    assert!(labels.contains("Web Services Administrator"), "{labels}");
    assert!(!labels.contains("Can Submit Expense Reports"), "{labels}");
}

/// In the browser, names are compared in NFC by the browser's own `String.normalize`;
/// a name typed decomposed for the admin and composed on the profile is the same name,
/// and the app's name is read in ASCII as the CLI reads it.
#[wasm_bindgen_test]
async fn names_in_any_unicode_form_and_apps_in_any_script_compare_as_natively() {
    let root = mount().await;
    type_into(&root, "input-app_name", "Zoë Travel").await;
    type_into(&root, "input-authorizing_admin-first_name", "Jose\u{301}").await;
    type_into(&root, "input-authorizing_admin-last_name", "O\u{2019}Brien").await;
    type_into(&root, "input-authorizing_admin-email", "jose@acme.com").await;
    type_into(&root, "input-ws_admin-first_name", "WSADMIN_Jos\u{e9}").await;
    type_into(&root, "input-ws_admin-last_name", "O'Brien").await;
    type_into(
        &root,
        "input-ws_admin-login_id",
        "WSAdmin-ZoeTravel@acme.com",
    )
    .await;
    assert_eq!(
        rules_in(&root, "#findings-ws_admin-first_name"),
        Vec::<String>::new()
    );
    assert_eq!(
        rules_in(&root, "#findings-ws_admin-last_name"),
        Vec::<String>::new()
    );
    assert_eq!(
        rules_in(&root, "#findings-ws_admin-login_id"),
        Vec::<String>::new()
    );
    type_into(&root, "input-ws_admin-first_name", "WSADMIN_Jose").await;
    assert_eq!(
        rules_in(&root, "#findings-ws_admin-first_name"),
        ["FIRST-ADMIN"]
    );
}

/// The page spells a domain beyond ASCII with the browser's own URL parser: it must give
/// what the `idna` crate gives the CLI (tests/rules.rs checks the native side).
#[wasm_bindgen_test]
fn the_browser_spells_a_unicode_domain_as_the_cli_does() {
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
    assert!(same_address(
        "jan@müller-reisen.de",
        "JAN@xn--mller-reisen-dlb.de"
    ));
    assert_eq!(ascii_domain("bad dömain.de"), None);
}
