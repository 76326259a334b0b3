//! The page's side of the worker: started on first use, answers matched to requests by the
//! envelope's ID, requests queued until the worker says it is ready, every pending request
//! answered with a message if the worker dies, and stopped on demand (after a passphrase
//! seal or open, to hand back scrypt's 256 MB).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::Callback;

use crate::i18n::{m, Message};
use crate::worker::protocol::{Envelope, WorkerRequest, WorkerResponse};

#[derive(Clone, Default)]
pub struct CryptoWorker(Rc<RefCell<Inner>>);

#[derive(Default)]
struct Inner {
    worker: Option<Worker>,
    /// Kept alive as long as the worker they listen to.
    listeners: Vec<Closure<dyn FnMut(JsValue)>>,
    ready: bool,
    queue: Vec<String>,
    pending: HashMap<u32, Callback<WorkerResponse>>,
    next_id: u32,
    /// Stop the worker once no request is pending (`release_when_idle`).
    stop_when_idle: bool,
}

impl PartialEq for CryptoWorker {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Stops the worker and answers every pending request with `message`. The replies are
/// sent after the state is released, since a reply may send a new request.
fn fail_all(inner: &RefCell<Inner>, message: &str) {
    let pending: Vec<_> = {
        let mut inner = inner.borrow_mut();
        if let Some(worker) = inner.worker.take() {
            worker.terminate();
        }
        inner.ready = false;
        inner.queue.clear();
        inner.pending.drain().collect()
    };
    for (_, reply) in pending {
        reply.emit(WorkerResponse::Failed {
            message: message.to_owned(),
        });
    }
}

/// Starts the worker: from `worker.js` when the app is served, or through the hook the
/// single-file edition defines (a classic worker from a Blob URL, sent its wasm as bytes,
/// since a `file://` page can start no worker from a file). None if the browser refuses.
fn start_worker() -> Option<Worker> {
    let window = gloo::utils::window();
    let hook = js_sys::Reflect::get(&window, &JsValue::from_str("wsadminPrepStartWorker")).ok()?;
    if let Some(start) = hook.dyn_ref::<js_sys::Function>() {
        return start.call0(&window).ok()?.dyn_into::<Worker>().ok();
    }
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    Worker::new_with_options("worker.js", &options).ok()
}

impl CryptoWorker {
    /// Starts the worker if it is not running, so that its module loads while the person
    /// is still reading (the page calls this when the handoff view opens).
    pub fn warm_up(&self) {
        if self.0.borrow().worker.is_some() {
            return;
        }
        let Some(worker) = start_worker() else {
            return;
        };
        let inner = Rc::downgrade(&self.0);
        let on_message = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            let Some(inner) = inner.upgrade() else { return };
            let event: MessageEvent = event.unchecked_into();
            let text = event.data().as_string().unwrap_or_default();
            // Read over `serde_json::Value` by hand: serde's derived reader for the answers
            // cost the page 16 KB (`WorkerResponse::envelope_from_json`).
            let Some(Envelope { id, body }) = WorkerResponse::envelope_from_json(text.as_bytes())
            else {
                return;
            };
            if body == WorkerResponse::Ready {
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
            let reply = inner.borrow_mut().pending.remove(&id);
            match (reply, body) {
                (Some(reply), body) => reply.emit(body),
                // A failure with no request behind it (the module did not load) fails them all.
                (None, WorkerResponse::Failed { message }) => fail_all(&inner, &message),
                _ => {}
            }
            let release = {
                let inner = inner.borrow();
                inner.stop_when_idle && inner.pending.is_empty()
            };
            if release {
                CryptoWorker(inner.clone()).terminate();
            }
        });
        // A worker that fails to load, runs out of memory or aborts fires `error`; one that
        // cannot read a message fires `messageerror`. Either way nothing would answer, so
        // every pending request gets a message instead of waiting for ever.
        let failing = |message: Message| {
            let inner = Rc::downgrade(&self.0);
            Closure::<dyn FnMut(JsValue)>::new(move |_event: JsValue| {
                if let Some(inner) = inner.upgrade() {
                    fail_all(&inner, &message.text());
                }
            })
        };
        let on_error = failing(m::WORKER_STOPPED);
        let on_message_error = failing(m::WORKER_UNREADABLE_MESSAGE);
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        worker.set_onmessageerror(Some(on_message_error.as_ref().unchecked_ref()));
        let mut inner = self.0.borrow_mut();
        inner.worker = Some(worker);
        inner.listeners = vec![on_message, on_error, on_message_error];
        inner.ready = false;
        drop(inner);
        // A new worker speaks English until told: the page's language goes first.
        if let Some(pack) = super::language::pack_text() {
            self.set_language(Some(pack));
        }
    }

    /// Tells a running worker the page's language (a worker started later is told then).
    pub fn set_language(&self, pack: Option<String>) {
        if self.0.borrow().worker.is_some() {
            self.request(WorkerRequest::Language { pack }, Callback::noop());
        }
    }

    /// Sends a request; `reply` gets the answer. Returns the request's ID.
    pub fn request(&self, body: WorkerRequest, reply: Callback<WorkerResponse>) -> u32 {
        self.warm_up();
        let mut inner = self.0.borrow_mut();
        inner.next_id += 1;
        let id = inner.next_id;
        if inner.worker.is_none() {
            drop(inner);
            reply.emit(WorkerResponse::Failed {
                message: m::WORKER_CANNOT_START.text(),
            });
            return id;
        }
        let message =
            serde_json::to_string(&Envelope { id, body }).expect("a request always serializes");
        inner.pending.insert(id, reply);
        match (&inner.worker, inner.ready) {
            (Some(worker), true) => {
                let _ = worker.post_message(&JsValue::from_str(&message));
            }
            _ => inner.queue.push(message),
        }
        id
    }

    /// Stops the worker and frees its memory at once (Clear secrets); the next request
    /// starts a new one. Every request still waiting is answered, so nothing on the page
    /// waits for ever.
    pub fn terminate(&self) {
        let pending: Vec<_> = {
            let mut inner = self.0.borrow_mut();
            if let Some(worker) = inner.worker.take() {
                worker.terminate();
            }
            inner.listeners.clear();
            inner.ready = false;
            inner.queue.clear();
            inner.stop_when_idle = false;
            inner.pending.drain().collect()
        };
        for (_, reply) in pending {
            reply.emit(WorkerResponse::Failed {
                message: m::WORKER_REQUEST_STOPPED.text(),
            });
        }
    }

    /// Stops the worker once it has answered every request it holds (scrypt's gigabyte is
    /// handed back after a passphrase seal or open, without dropping a password check that
    /// was sent meanwhile).
    pub fn release_when_idle(&self) {
        let idle = {
            let mut inner = self.0.borrow_mut();
            inner.stop_when_idle = true;
            inner.pending.is_empty()
        };
        if idle {
            self.terminate();
        }
    }
}
