//! The first view rendered into the page at build time (scripts/build, the prerender
//! binary) shows the form before the wasm has run. When the app starts it takes the page
//! over (adopting the markup on a first visit, replacing it otherwise; `web::start`); whatever
//! the person typed or ticked in the meantime is carried into it, and the field they were in
//! keeps the focus.

use gloo::timers::callback::Timeout;
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
pub fn carry_over(typed: Vec<Typed>, focused: Option<String>) {
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
                        input.set_checked(checked);
                        dispatch(&element, "change");
                    }
                }
                Change::Text(value) => {
                    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
                        input.set_value(&value);
                    } else if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
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
