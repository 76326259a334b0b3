//! The web app's build-time outputs, made natively for scripts/build:
//! - with no argument, prints the first view as HTML (Yew's server-side rendering), which goes
//!   into index.html: the form is on screen before the wasm has downloaded, and the app
//!   replaces it, keeping anything typed, once it starts;
//! - with `--packs DIR`, writes each language but English as `DIR/<code>.json`, the packs the
//!   page fetches when someone chooses that language (English is compiled into the app).

use wsadmin_prep::i18n::{Lang, Pack};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, dir] = args.as_slice() {
        if flag == "--packs" {
            std::fs::create_dir_all(dir).expect("the packs' directory can be made");
            for lang in Lang::ALL.into_iter().skip(1) {
                let pack = Pack::file(lang).expect("every language is compiled in natively");
                let path = std::path::Path::new(dir).join(format!("{}.json", lang.code()));
                std::fs::write(path, pack).expect("a pack can be written");
            }
            return;
        }
    }
    let html = futures::executor::block_on(
        yew::ServerRenderer::<wsadmin_prep::web::App>::new()
            .hydratable(true)
            .render(),
    );
    print!("{html}");
}
