//! The web app's worker: a second wasm module, loaded only when the person reaches the
//! handoff, that holds zxcvbn, age and scrypt so the first page load does not. It reads
//! JSON requests from `postMessage` and answers with JSON (see `wsadmin_prep::worker::protocol`).

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    // The spelling table is linked in here, and only here in the web app: the page asks
    // for the spellings it needs (see `wsadmin_prep::domain::text::ascii_spelling`).
    wsadmin_prep::domain::text::spell_with_table(deunicode::deunicode_char);
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let onmessage =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let request = event.data().as_string().unwrap_or_default();
            let response = wsadmin_prep::worker::protocol::handle_json(&request);
            let _ = reply.post_message(&JsValue::from_str(&response));
        });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    onmessage.forget();
    let _ = scope.post_message(&JsValue::from_str(
        &wsadmin_prep::worker::protocol::ready_json(),
    ));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("wsadmin-prep-worker is the web app's worker; scripts/build builds it for wasm32");
}
