//! The first view rendered into the page at build time (scripts/build, the prerender
//! binary) shows the form before the wasm has run. When the app starts it takes the page
//! over (adopting the markup on a first visit, replacing it otherwise; `web::start`); whatever
//! the person typed or ticked in the meantime is carried into it, and the field they were in
//! keeps the focus.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit, HtmlInputElement, HtmlTextAreaElement};

/// One field the person changed before the app started.
pub struct Typed {
    id: String,
    change: Change,
}

enum Change {
    Text(String),
    Checked(bool),
    /// A file chosen in a file input: the app is told again that it changed.
    Files,
}

/// Whether the app may wait for the person before it takes over: a first visit (the app
/// would render exactly the markup), no link in the address to open, and nothing typed,
/// ticked or focused in the first view yet.
pub fn untouched_first_visit() -> bool {
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id("app") else {
        return false;
    };
    let no_link = gloo::utils::window()
        .location()
        .hash()
        .map_or(true, |hash| hash.len() <= 1);
    let (typed, focused) = changed_fields(&root);
    no_link && typed.is_empty() && focused.is_none() && super::storage::is_first_visit()
}

/// What a person does first to a page they mean to use. A dragged file is one: without the
/// app, dropping it would open the file in place of the page.
const FIRST_REACH: [&str; 9] = [
    "pointerdown",
    "mousedown",
    "touchstart",
    "keydown",
    "focusin",
    "dragenter",
    "dragover",
    "input",
    "change",
];

/// A link opened in the page already open (only its `#…` differs) reaches the window, not the
/// page, and the app must open it.
const LINK_OPENED: &str = "hashchange";

/// Events that carry a change with them: the app takes over in the next task, once the
/// change is made, and takes it in as it takes in anything typed before it started. Taking
/// over at once would not do: Yew adopts the page at the end of the event's task, and a
/// `change` dispatched in the same task (as a file input sends right after `input`) would
/// reach a page no listener holds yet.
const CHANGES: [&str; 2] = ["input", "change"];

/// Calls `take_over` once, at the first of [`FIRST_REACH`] anywhere in the page (seen in the
/// capture phase, before the element it is for), and marks the page `data-app="waiting"`
/// meanwhile. What follows the event (the click after a pointerdown, the text after a
/// focus) reaches the app, which has adopted the page by then.
pub fn on_first_reach(take_over: fn()) {
    type Listener = Closure<dyn FnMut(Event)>;
    let listener: Rc<RefCell<Option<Listener>>> = Rc::default();
    let kept = listener.clone();
    *listener.borrow_mut() = Some(Closure::new(move |event: Event| {
        let Some(closure) = kept.borrow_mut().take() else {
            return;
        };
        listen(closure.as_ref().unchecked_ref(), false);
        let now = !CHANGES.contains(&event.type_().as_str());
        if now {
            take_over();
        }
        // The closure is running: it may be dropped only once it has returned.
        Timeout::new(0, move || {
            drop(closure);
            if !now {
                take_over();
            }
        })
        .forget();
    }));
    if let Some(closure) = listener.borrow().as_ref() {
        listen(closure.as_ref().unchecked_ref(), true);
    }
    if let Some(html) = gloo::utils::document().document_element() {
        let _ = html.set_attribute("data-app", "waiting");
    }
}

/// Adds `listener` for the first actions (in the capture phase) and for a link opened, or
/// removes it from all of them.
fn listen(listener: &js_sys::Function, on: bool) {
    let document = gloo::utils::document();
    for kind in FIRST_REACH {
        let _ = if on {
            document.add_event_listener_with_callback_and_bool(kind, listener, true)
        } else {
            document.remove_event_listener_with_callback_and_bool(kind, listener, true)
        };
    }
    let window = gloo::utils::window();
    let _ = if on {
        window.add_event_listener_with_callback(LINK_OPENED, listener)
    } else {
        window.remove_event_listener_with_callback(LINK_OPENED, listener)
    };
}

/// Every field under `root` whose value or tick differs from the markup's, and the field
/// that has the focus.
pub fn changed_fields(root: &Element) -> (Vec<Typed>, Option<String>) {
    let mut typed = Vec::new();
    if let Ok(nodes) = root.query_selector_all("input[id], textarea[id]") {
        for index in 0..nodes.length() {
            let Some(node) = nodes.item(index) else {
                continue;
            };
            if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
                let change = match input.type_().as_str() {
                    "file" if input.files().is_some_and(|files| files.length() > 0) => {
                        Some(Change::Files)
                    }
                    "file" => None,
                    "checkbox" | "radio" if input.checked() != input.default_checked() => {
                        Some(Change::Checked(input.checked()))
                    }
                    "checkbox" | "radio" => None,
                    _ if input.value() != input.default_value() => {
                        Some(Change::Text(input.value()))
                    }
                    _ => None,
                };
                if let Some(change) = change {
                    typed.push(Typed {
                        id: input.id(),
                        change,
                    });
                }
            } else if let Some(area) = node.dyn_ref::<HtmlTextAreaElement>() {
                if Ok(area.value()) != area.default_value() {
                    typed.push(Typed {
                        id: area.id(),
                        change: Change::Text(area.value()),
                    });
                }
            }
        }
    }
    let focused = gloo::utils::document()
        .active_element()
        .map(|element| element.id())
        .filter(|id| !id.is_empty());
    (typed, focused)
}

/// Once the app has rendered, makes the same changes through its own fields, as if typed
/// there, so that its state takes them in; then marks the page `data-app="started"`, which
/// tests and the benchmark wait for.
///
/// `adopted`: the app took the markup over as it was (a first visit), so each box and field
/// already shows what was typed and the app's state must be told. Otherwise the app drew a
/// saved draft afresh, and a change is carried over only where it differs from the draft: a
/// browser that restored the build-time form after a reload (Firefox does) must not have its
/// restored boxes taken for clicks.
pub fn carry_over(typed: Vec<Typed>, focused: Option<String>, adopted: bool) {
    Timeout::new(0, move || {
        let document = gloo::utils::document();
        for Typed { id, change } in typed {
            let Some(element) = document.get_element_by_id(&id) else {
                continue;
            };
            match change {
                Change::Checked(checked) => {
                    // Set, then told: an adopted (hydrated) box already shows the tick the
                    // app's state lacks, so a click would undo it.
                    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
                        if !adopted && input.checked() == checked {
                            continue;
                        }
                        input.set_checked(checked);
                        dispatch(&element, "change");
                    }
                }
                Change::Files => dispatch(&element, "change"),
                Change::Text(value) => {
                    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
                        if !adopted && input.value() == value {
                            continue;
                        }
                        input.set_value(&value);
                    } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
                        if !adopted && area.value() == value {
                            continue;
                        }
                        area.set_value(&value);
                    }
                    dispatch(&element, "input");
                }
            }
        }
        if let Some(element) = focused.and_then(|id| document.get_element_by_id(&id)) {
            if let Some(input) = element.dyn_ref::<web_sys::HtmlElement>() {
                let _ = input.focus();
            }
        }
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("data-app", "started");
        }
    })
    .forget();
}

/// Fires a bubbling event of `kind` at `element`, as the browser does when a person edits it.
fn dispatch(element: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = Event::new_with_event_init_dict(kind, &init) {
        let _ = element.dispatch_event(&event);
    }
}
