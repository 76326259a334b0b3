//! The page's side of the worker: started on first use, answers matched to requests by ID,
//! requests queued until the worker says it is ready, and stopped on demand (after a
//! passphrase seal, to hand back scrypt's 256 MB).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::Callback;

use crate::worker_protocol::{WorkerRequest, WorkerResponse};

#[derive(Clone, Default)]
pub struct CryptoWorker(Rc<RefCell<Inner>>);

#[derive(Default)]
struct Inner {
    worker: Option<Worker>,
    /// Kept alive as long as the worker it listens to.
    listener: Option<Closure<dyn FnMut(MessageEvent)>>,
    ready: bool,
    queue: Vec<String>,
    pending: HashMap<u32, Callback<WorkerResponse>>,
    next_id: u32,
}

impl PartialEq for CryptoWorker {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

fn id_of(response: &WorkerResponse) -> Option<u32> {
    match response {
        WorkerResponse::Ready => None,
        WorkerResponse::Checked { id, .. }
        | WorkerResponse::Generated { id, .. }
        | WorkerResponse::Sealed { id, .. }
        | WorkerResponse::Opened { id, .. }
        | WorkerResponse::KeyGenerated { id, .. }
        | WorkerResponse::Failed { id, .. } => Some(*id),
    }
}

impl CryptoWorker {
    /// Starts the worker if it is not running, so that its module loads while the person
    /// is still reading (the page calls this when the handoff view opens).
    pub fn warm_up(&self) {
        if self.0.borrow().worker.is_some() {
            return;
        }
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let Ok(worker) = Worker::new_with_options("worker.js", &options) else {
            return;
        };
        let inner = Rc::downgrade(&self.0);
        let listener = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let Some(inner) = inner.upgrade() else { return };
            let text = event.data().as_string().unwrap_or_default();
            let Ok(response) = serde_json::from_str::<WorkerResponse>(&text) else {
                return;
            };
            if response == WorkerResponse::Ready {
                let mut inner = inner.borrow_mut();
                inner.ready = true;
                let queue = std::mem::take(&mut inner.queue);
                if let Some(worker) = &inner.worker {
                    for message in queue {
                        let _ = worker.post_message(&JsValue::from_str(&message));
                    }
                }
                return;
            }
            let reply = id_of(&response).and_then(|id| inner.borrow_mut().pending.remove(&id));
            match (reply, &response) {
                (Some(reply), _) => reply.emit(response),
                // A failure with no request behind it (the module did not load) fails them all.
                (None, WorkerResponse::Failed { message, .. }) => {
                    let pending: Vec<_> = inner.borrow_mut().pending.drain().collect();
                    for (id, reply) in pending {
                        reply.emit(WorkerResponse::Failed {
                            id,
                            message: message.clone(),
                        });
                    }
                }
                _ => {}
            }
        });
        worker.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        let mut inner = self.0.borrow_mut();
        inner.worker = Some(worker);
        inner.listener = Some(listener);
        inner.ready = false;
    }

    /// Sends a request; `reply` gets the answer.
    pub fn request(
        &self,
        make: impl FnOnce(u32) -> WorkerRequest,
        reply: Callback<WorkerResponse>,
    ) {
        self.warm_up();
        if self.0.borrow().worker.is_none() {
            reply.emit(WorkerResponse::Failed {
                id: 0,
                message: "this browser cannot start the worker that checks and seals passwords"
                    .into(),
            });
            return;
        }
        let mut inner = self.0.borrow_mut();
        inner.next_id += 1;
        let id = inner.next_id;
        let message = serde_json::to_string(&make(id)).expect("a request always serializes");
        inner.pending.insert(id, reply);
        match (&inner.worker, inner.ready) {
            (Some(worker), true) => {
                let _ = worker.post_message(&JsValue::from_str(&message));
            }
            _ => inner.queue.push(message),
        }
    }

    /// Stops the worker and frees its memory; the next request starts a new one.
    pub fn terminate(&self) {
        let mut inner = self.0.borrow_mut();
        if let Some(worker) = inner.worker.take() {
            worker.terminate();
        }
        inner.listener = None;
        inner.ready = false;
        inner.queue.clear();
    }
}
