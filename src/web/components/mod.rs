//! Pieces the pages share. Each only displays what it is given and sends events back up.

pub mod drafts;
pub mod fields;
pub mod findings;
