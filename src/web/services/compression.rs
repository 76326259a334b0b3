//! Share links in the browser: the link format of `formats::share_link`, compressed by the
//! browser's own CompressionStream (see `compression.js`), which costs the bundle nothing.

use js_sys::{Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::domain::checklist::ChecklistProgress;
use crate::domain::profile::Profile;
use crate::formats::share_link::{self as link, LinkError};

#[wasm_bindgen(module = "/src/web/services/compression.js")]
extern "C" {
    #[wasm_bindgen(js_name = deflateRaw)]
    fn deflate_raw(bytes: &[u8]) -> Promise;
    #[wasm_bindgen(js_name = inflateRaw)]
    fn inflate_raw(bytes: &[u8], limit: u32) -> Promise;
}

/// The fragment (without `#`) for a checklist.
pub async fn encode(profile: &Profile, ticks: &ChecklistProgress) -> Result<String, String> {
    let deflated = JsFuture::from(deflate_raw(&link::payload(profile, ticks)))
        .await
        .map_err(|_| crate::i18n::m::NO_COMPRESSION.text())?;
    Ok(link::fragment_from_deflated(
        &Uint8Array::new(&deflated).to_vec(),
    ))
}

/// Reads a fragment (with or without its `#`).
pub async fn decode(fragment: &str) -> Result<(Profile, ChecklistProgress), LinkError> {
    let deflated = link::deflated_from_fragment(fragment)?;
    let json = JsFuture::from(inflate_raw(&deflated, link::MAX_INFLATED_BYTES as u32))
        .await
        .map_err(|_| link::not_deflate())?;
    link::read_payload(&Uint8Array::new(&json).to_vec())
}
