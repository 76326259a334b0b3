//! The web app: thin Yew components that display the profile and its findings and send
//! [`ProfileEdit`](crate::draft::ProfileEdit)s back up. All logic lives in the domain modules.

mod app;
mod checklist_view;
mod drafts;
mod fields;
mod files;
mod findings;
mod handoff_view;
mod profile_form;
mod share_link;
mod storage;
mod worker_client;

pub use app::App;

/// Mounts the app into `#app`, or into the body if the page lacks one.
pub fn start() {
    match gloo::utils::document().get_element_by_id("app") {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}

/// The id of an element that belongs to a field: dots would need escaping in CSS selectors.
fn dom_id(prefix: &str, field: crate::profile::Field) -> String {
    format!("{prefix}-{}", field.path().replace('.', "-"))
}

/// The browser's clock, as an ISO 8601 timestamp (UTC), for ticks and packets.
fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}
