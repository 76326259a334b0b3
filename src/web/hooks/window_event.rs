use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Calls `handler` each time the window fires `event`, for as long as the component lives.
/// The first render's handler is the one kept, so it should hold handles that stay valid
/// (dispatchers, state handles), not values of one render.
#[hook]
pub fn use_window_event<F: Fn() + 'static>(event: &'static str, handler: F) {
    use_effect_with((), move |_| {
        let listener = Closure::<dyn Fn()>::new(handler);
        let window = gloo::utils::window();
        let _ = window.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        move || {
            let _ = window
                .remove_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        }
    });
}

/// Asks before the page is left (a reload, closing the tab, navigating away) whenever
/// `would_lose_work` says so at that moment: the browser shows its own "Leave site?" prompt.
#[hook]
pub fn use_before_unload<F: Fn() -> bool + 'static>(would_lose_work: F) {
    use_effect_with((), move |_| {
        let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            if would_lose_work() {
                event.prevent_default();
                // Older engines ask only when returnValue is set.
                let _ = js_sys::Reflect::set(&event, &"returnValue".into(), &"".into());
            }
        });
        let window = gloo::utils::window();
        let _ = window
            .add_event_listener_with_callback("beforeunload", listener.as_ref().unchecked_ref());
        move || {
            let _ = window.remove_event_listener_with_callback(
                "beforeunload",
                listener.as_ref().unchecked_ref(),
            );
        }
    });
}
