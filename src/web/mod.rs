//! The web app. Its state and actions (`state`) are plain Rust, compiled and tested
//! natively; everything else exists on wasm32 only (and natively with the `prerender`
//! feature, which renders the first view at build time): thin Yew components that display
//! the state and send actions back up. All rules live in the domain.
//!
//! - `app`: the one component that owns the workspace of drafts.
//! - `pages`: the Profile, Checklist and Handoff views.
//! - `components`: pieces the pages share (fields, findings, the drafts bar).
//! - `hooks`: the browser's clipboard and file reading, as hooks.
//! - `services`: storage, files, the worker client, compression.

pub mod state;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
mod app;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
mod components;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
mod hooks;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
mod pages;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
mod services;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub use app::App;

/// A message without variables as page text. One function, never inlined, turns every
/// message into a text node: written at each place, the conversion of a `String` into Yew's
/// text costs the page far more than the call (measured: docs/decisions.md).
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
#[inline(never)]
pub fn tx(message: crate::i18n::Message) -> yew::Html {
    yew::Html::from(message.text())
}

/// Mounts the app into `#app`, or into the body if the page lacks one. The first view that
/// scripts/build rendered into `#app` gives way to the app, which takes in whatever was typed
/// there before it started.
///
/// On a first visit with nothing typed yet, the first view already is what the app would
/// render, so the app adopts it only when the person first reaches for the page (a pointer,
/// a key, focus, input or a dragged file; `first_view::on_first_reach`): loading never runs
/// the adoption's long task, and a person who only reads never pays for it.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // In a task of its own: compiling the wasm was one long task already, and the first view
    // is on screen meanwhile, so the page stays responsive between the two.
    gloo::timers::callback::Timeout::new(0, || {
        if services::first_view::untouched_first_visit() {
            services::first_view::on_first_reach(take_over);
        } else {
            take_over();
        }
    })
    .forget();
}

#[cfg(target_arch = "wasm32")]
fn take_over() {
    match gloo::utils::document().get_element_by_id("app") {
        Some(root) => {
            let (typed, focused) = services::first_view::changed_fields(&root);
            // A first visit renders exactly the markup, so the app adopts it (no new DOM to
            // style and lay out); a saved draft renders otherwise, so the markup is replaced.
            let adopted = services::storage::is_first_visit();
            if adopted {
                yew::Renderer::<App>::with_root(root).hydrate();
            } else {
                root.set_inner_html("");
                yew::Renderer::<App>::with_root(root).render();
            }
            services::first_view::carry_over(typed, focused, adopted);
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

/// Whether the checkbox an event came from is ticked now: read from the box itself, never
/// inferred from what the page last drew (a browser may have restored the box before the
/// app started, as Firefox does after a reload).
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
fn checked_of(event: &web_sys::Event) -> bool {
    use wasm_bindgen::JsCast;
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|input| input.checked())
}

/// The id of an element that belongs to a field: dots would need escaping in CSS selectors.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
fn dom_id(prefix: &str, field: crate::domain::profile::Field) -> String {
    format!("{prefix}-{}", field.path().replace('.', "-"))
}

/// Moves the focus to a field of the profile form once it is on screen (the next task: Yew
/// renders before it): its input, or the first box of its group.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
fn focus_field(field: crate::domain::profile::Field) {
    let findings = dom_id("findings", field);
    let selector = format!(
        "input[aria-describedby~=\"{findings}\"], select[aria-describedby~=\"{findings}\"], \
         textarea[aria-describedby~=\"{findings}\"], fieldset[aria-describedby~=\"{findings}\"] input"
    );
    gloo::timers::callback::Timeout::new(0, move || {
        if let Some(element) = gloo::utils::document()
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|element| {
                wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok()
            })
        {
            let _ = element.focus();
        }
    })
    .forget();
}

/// Moves the focus to an element by its ID once it is on screen, and brings it into view.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
fn focus_id(id: &'static str) {
    gloo::timers::callback::Timeout::new(0, move || {
        if let Some(element) = gloo::utils::document()
            .get_element_by_id(id)
            .and_then(|element| {
                wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok()
            })
        {
            element.scroll_into_view();
            let _ = element.focus();
        }
    })
    .forget();
}

/// The browser's clock, as an ISO 8601 timestamp (UTC), for ticks and packets.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// The browser's clock in seconds since the Unix epoch, for token times.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
fn now_seconds() -> crate::domain::request_token::UnixSeconds {
    (js_sys::Date::now() / 1000.0) as i64
}

/// A day (`YYYY-MM-DD`) as the person's browser writes dates ("30 Nov 2026", "30.11.2026").
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
fn local_day(day: &str) -> String {
    let part = |range: std::ops::Range<usize>| day.get(range).and_then(|p| p.parse::<i32>().ok());
    let (Some(year), Some(month), Some(date)) = (part(0..4), part(5..7), part(8..10)) else {
        return day.to_owned();
    };
    // Local midnight of that day, so no time zone moves it to the day before.
    let local = js_sys::Date::new_with_year_month_day(year as u32, month - 1, date);
    intl_format(&local, &[("dateStyle", "medium")]).unwrap_or_else(|| day.to_owned())
}

/// A date written by the browser's `Intl.DateTimeFormat`: in the page's language when it is
/// not English, else in the browser's own default locale (which keeps an English reader's
/// regional style). Asking for `navigator.language` instead would throw where it is no
/// language tag (WebKit run with `LANG=C` says "C"). `None` if the browser cannot.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
fn intl_format(date: &js_sys::Date, options: &[(&str, &str)]) -> Option<String> {
    let settings = js_sys::Object::new();
    for (key, value) in options {
        let _ = js_sys::Reflect::set(&settings, &(*key).into(), &(*value).into());
    }
    let locales = js_sys::Array::new();
    if crate::i18n::lang() != crate::i18n::Lang::En {
        locales.push(&crate::i18n::lang().code().into());
    }
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &settings).format();
    format
        .call1(&wasm_bindgen::JsValue::NULL, date)
        .ok()
        .and_then(|text| text.as_string())
}

/// A moment as the person reads times: their time zone, their browser's way of writing a
/// date and a time ("30 Nov 2026, 16:36"). Exports and packets keep RFC 3339.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
fn local_time(at: crate::domain::request_token::UnixSeconds) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64 * 1000.0));
    intl_format(&date, &[("dateStyle", "medium"), ("timeStyle", "short")])
        .unwrap_or_else(|| crate::domain::request_token::rfc3339(at))
}

/// An ISO 8601 time as stored (a tick's `at`) in the person's local time; as stored when it
/// is not one.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
fn local_stamp(iso: &str) -> String {
    let millis = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso)).get_time();
    if millis.is_finite() {
        local_time((millis / 1000.0) as i64)
    } else {
        iso.to_owned()
    }
}

/// A time in the browser's time zone as a `datetime-local` input writes it
/// (`2026-11-28T11:00`).
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
fn local_datetime(at: crate::domain::request_token::UnixSeconds) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64 * 1000.0));
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date(),
        date.get_hours(),
        date.get_minutes()
    )
}

/// Reads what a `datetime-local` input holds, in the browser's time zone; `None` when it is
/// empty or not a time.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
fn parse_local_datetime(text: &str) -> Option<crate::domain::request_token::UnixSeconds> {
    // ECMAScript reads a date-time with no offset as local time.
    let millis = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(text)).get_time();
    (!text.is_empty() && millis.is_finite()).then(|| (millis / 1000.0) as i64)
}

/// Where the person set the links the app makes to start (`web::state::links`). Not a secret.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
const LINK_BASE_KEY: &str = "wsadmin-prep/link-base";

/// The base of every link the app makes: the address the person set, else the page's own
/// address when it is served, else none (the single file: links are fragments only).
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
fn link_base() -> Option<String> {
    state::links::link_base(saved_link_base().as_deref(), &page_address())
}

/// This page's address: origin and path, no query or fragment.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
fn page_address() -> String {
    let location = gloo::utils::window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// Where a provider's recipient link starts: this page, never a stored address.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
fn recipient_link_base() -> Option<String> {
    state::links::recipient_link_base(&page_address())
}

/// The link an admin sends to their app provider (`#provider` on this page), none for the
/// single file.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
fn provider_link() -> Option<String> {
    state::links::provider_link(&page_address())
}

/// The single file says once, on its first start, that other local files can read what it
/// keeps: every `file://` page shares one storage in Chromium. `None` when served, or
/// when it was said before.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
fn local_file_notice() -> Option<crate::i18n::Message> {
    const SAID_KEY: &str = "wsadmin-prep/local-file-notice";
    let location = gloo::utils::window().location();
    if location.protocol().ok()? != "file:" {
        return None;
    }
    let storage = gloo::utils::window().local_storage().ok().flatten()?;
    if storage.get_item(SAID_KEY).ok().flatten().is_some() {
        return None;
    }
    storage.set_item(SAID_KEY, "said").ok()?;
    Some(crate::i18n::m::LOCAL_FILE_NOTICE)
}

/// Safari deletes what a site's scripts stored after 7 days without a visit, unless its
/// storage is made persistent (or the app is on the Home Screen), which would delete drafts.
/// Asks for persistence; true when drafts may still be cleared and the person has not been
/// told yet (it is said once). Only WebKit's browsers cap script-written storage so.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
async fn drafts_may_be_cleared() -> bool {
    const SAID_KEY: &str = "wsadmin-prep/eviction-notice";
    let window = gloo::utils::window();
    let navigator = window.navigator();
    let vendor = js_sys::Reflect::get(&navigator, &"vendor".into())
        .ok()
        .and_then(|vendor| vendor.as_string())
        .unwrap_or_default();
    if !vendor.starts_with("Apple") {
        return false;
    }
    let Some(storage) = window.local_storage().ok().flatten() else {
        return false;
    };
    if storage.get_item(SAID_KEY).ok().flatten().is_some() {
        return false;
    }
    let granted = match navigator.storage().persist() {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|answer| answer.as_bool())
            .unwrap_or(false),
        Err(_) => false,
    };
    if granted {
        return false;
    }
    let _ = storage.set_item(SAID_KEY, "said");
    true
}

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
fn saved_link_base() -> Option<String> {
    let storage = gloo::utils::window().local_storage().ok().flatten()?;
    storage.get_item(LINK_BASE_KEY).ok().flatten()
}

/// Keeps the address links should start with; an empty one goes back to the default.
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
fn save_link_base(text: &str) {
    if let Some(storage) = gloo::utils::window().local_storage().ok().flatten() {
        let _ = match state::links::web_address(text) {
            Some(address) => storage.set_item(LINK_BASE_KEY, &address),
            None => storage.remove_item(LINK_BASE_KEY),
        };
    }
}
