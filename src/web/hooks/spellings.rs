use yew::prelude::*;

use crate::domain::text;
use crate::web::services::worker_client::CryptoWorker;
use crate::worker::protocol::{WorkerRequest, WorkerResponse};

/// Asks the worker for the ASCII spelling of the characters the last render met and did
/// not know (in an app's name in Cyrillic, say), and renders again once told, so that the
/// findings and suggestions that wait on them appear. The page does not carry the
/// spelling table; the worker does (see `text::ascii_spelling`). A worker of its own, so
/// that it outlives the handoff's, which is stopped to free scrypt's memory.
///
/// Returns whether the last request failed (the worker could not start).
#[hook]
pub fn use_spellings() -> bool {
    let worker = use_memo((), |_| CryptoWorker::default());
    let render_again = use_force_update();
    let failed = use_state_eq(|| false);
    let result = *failed;
    use_effect(move || {
        let chars = text::spellings_wanted();
        if !chars.is_empty() {
            let asked = chars.clone();
            let reply = Callback::from(move |response| match response {
                WorkerResponse::Spelled { chars, spellings } => {
                    text::learn_spellings(&chars, &spellings);
                    failed.set(false);
                    render_again.force_update();
                }
                // The characters are asked for again at the next render that needs them;
                // meanwhile what depends on them keeps waiting, as it did.
                _ => {
                    text::spellings_unanswered(&asked);
                    failed.set(true);
                }
            });
            worker.request(WorkerRequest::Spell { chars }, reply);
        }
    });
    result
}
