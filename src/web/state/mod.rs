//! The web app's state and actions as plain Rust, with no browser in them, so they are
//! tested natively. The workspace of drafts is the domain's own `Workspace`, kept in step
//! with storage and other tabs by `drafts`; the handoff keeps its secrets in states of its
//! own (`handoff`), never in a draft.

pub mod drafts;
pub mod handoff;
pub mod links;

/// A message about the person's files, links or drafts (not about the profile's rules).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Alert {
    Problem(String),
    Done(String),
}

/// The views of the app: the admin's three, and the app provider's own (`#provider`), which
/// shows only the provider's side of the handoff.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Profile,
    Checklist,
    Handoff,
    Provider,
}
