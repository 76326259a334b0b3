//! Compiles the message catalogues in `i18n/` into Rust: one function per message (in
//! `crate::i18n::t`), English's templates, and every other language's for the CLI and the
//! build's language packs. A catalogue with a missing or extra message, a changed variable,
//! a plural form its language lacks or an untranslated message fails the build, naming it.

use std::fmt::Write;
use std::path::Path;

#[path = "src/i18n/catalogue.rs"]
mod catalogue;

fn main() {
    println!("cargo:rerun-if-changed=i18n");
    let read = |name: &str| {
        std::fs::read_to_string(Path::new("i18n").join(name))
            .unwrap_or_else(|error| panic!("i18n/{name}: {error}"))
    };
    let labels = read("concur-labels.ftl");
    let sources: Vec<(&str, String)> = catalogue::LANGUAGES
        .iter()
        .map(|lang| (*lang, read(&format!("{lang}.ftl"))))
        .collect();
    let sources: Vec<(&str, &str)> = sources.iter().map(|(l, s)| (*l, s.as_str())).collect();
    let catalogue = match catalogue::compile(&labels, &sources, &read("same-as-english.txt")) {
        Ok(catalogue) => catalogue,
        Err(problems) => panic!(
            "the message catalogues in i18n/ have {} problem(s):\n  {}",
            problems.len(),
            problems.join("\n  ")
        ),
    };
    let count = catalogue.ids.len();
    let mut out = String::new();
    let _ = writeln!(out, "/// A digest of the messages and their variables.");
    let _ = writeln!(
        out,
        "pub const FINGERPRINT: &str = {:?};",
        catalogue.fingerprint()
    );
    let _ = writeln!(out, "/// How many messages there are.");
    let _ = writeln!(out, "pub const COUNT: usize = {count};");
    let _ = writeln!(out, "/// The message IDs, for tests and tools.");
    let _ = writeln!(
        out,
        "pub static IDS: [&str; {count}] = {:?};",
        catalogue.ids
    );
    let _ = writeln!(
        out,
        "/// English's templates: in every build, the fallback."
    );
    let _ = writeln!(out, "pub static ENGLISH: [&str; {count}] = [");
    for template in &catalogue.templates[0] {
        let _ = writeln!(out, "    {},", catalogue::rust_literal(template));
    }
    let _ = writeln!(out, "];");
    let _ = writeln!(
        out,
        "/// The other languages' templates, natively only: the web app loads its pack on demand."
    );
    let _ = writeln!(out, "#[cfg(not(target_arch = \"wasm32\"))]");
    let _ = writeln!(
        out,
        "pub static TRANSLATIONS: [(&str, [&str; {count}]); {}] = [",
        catalogue::LANGUAGES.len() - 1
    );
    for (lang, templates) in catalogue::LANGUAGES
        .iter()
        .zip(&catalogue.templates)
        .skip(1)
    {
        let _ = writeln!(out, "    ({lang:?}, [");
        for template in templates {
            let _ = writeln!(out, "        {},", catalogue::rust_literal(template));
        }
        let _ = writeln!(out, "    ]),");
    }
    let _ = writeln!(out, "];");
    let _ = writeln!(
        out,
        "/// Each message without variables as a value, for tables (a rule's reason): cheaper in"
    );
    let _ = writeln!(out, "/// the page than a function pointer each.");
    let _ = writeln!(out, "pub mod m {{");
    let _ = writeln!(out, "    use crate::i18n::Message;");
    for (index, id) in catalogue.ids.iter().enumerate() {
        if catalogue.variables[index].is_empty() {
            let _ = writeln!(
                out,
                "    pub const {}: Message = Message({index});",
                id.replace('-', "_").to_uppercase()
            );
        }
    }
    let _ = writeln!(out, "}}");
    let _ = writeln!(out, "/// One function per message, named after its ID.");
    let _ = writeln!(out, "pub mod t {{");
    let _ = writeln!(out, "    #![allow(clippy::too_many_arguments)]");
    let _ = writeln!(out, "    use std::fmt::Display;");
    for (index, id) in catalogue.ids.iter().enumerate() {
        let variables = &catalogue.variables[index];
        let params: Vec<String> = variables
            .iter()
            .map(|v| {
                let name = v.name.replace('-', "_");
                if v.count {
                    format!("{name}: usize")
                } else {
                    format!("{name}: &dyn Display")
                }
            })
            .collect();
        let args: Vec<String> = variables
            .iter()
            .map(|v| {
                let name = v.name.replace('-', "_");
                if v.count {
                    format!("&{name}")
                } else {
                    name
                }
            })
            .collect();
        let doc = catalogue.english[index].replace('\n', "\n    /// ");
        let _ = writeln!(out, "    /// {doc}");
        let _ = writeln!(
            out,
            "    pub fn {}({}) -> String {{ crate::i18n::text({index}, &[{}]) }}",
            id.replace('-', "_"),
            params.join(", "),
            args.join(", ")
        );
    }
    let _ = writeln!(out, "}}");
    let path = Path::new(&std::env::var("OUT_DIR").unwrap()).join("messages.rs");
    std::fs::write(path, out).unwrap();
}
