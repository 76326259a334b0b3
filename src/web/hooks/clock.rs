use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::domain::request_token::UnixSeconds;

/// The browser's clock in seconds, read again every `every_ms`, so that a view that shows
/// how long a token has left counts down without any input.
#[hook]
pub fn use_clock(every_ms: u32) -> UnixSeconds {
    let now = use_state(crate::web::now_seconds);
    {
        let now = now.clone();
        use_effect_with(every_ms, move |every_ms| {
            let interval = Interval::new(*every_ms, move || now.set(crate::web::now_seconds()));
            move || drop(interval)
        });
    }
    *now
}
