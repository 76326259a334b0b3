//! How the domain is written and read: every file, link and stored form the app or the CLI
//! produces or accepts. Each reader names what is wrong with bad input, as a typed error.

pub mod checklist_json;
pub mod drafts_store;
pub mod json;
pub mod markdown;
pub mod profile_file;
pub mod recipient_link;
pub mod sealed_packet;
pub mod share_link;
