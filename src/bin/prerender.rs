//! Prints the web app's first view as HTML (Yew's server-side rendering, natively), for
//! scripts/build to write into index.html: the form is on screen before the wasm has
//! downloaded, and the app replaces it, keeping anything typed, once it starts.

fn main() {
    let html = futures::executor::block_on(
        yew::ServerRenderer::<wsadmin_prep::web::App>::new()
            .hydratable(true)
            .render(),
    );
    print!("{html}");
}
