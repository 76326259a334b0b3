//! The layers of `src/` depend one way, and no modules depend on each other in a circle.
//! Read from the source: every `crate::…` and `super::…` path in every file of the library.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The library's layers, lowest first: each may use only itself and the layers before it.
/// The languages' messages (`i18n`) are below everything: every layer speaks through them.
const LAYERS: [&str; 5] = ["i18n", "domain", "formats", "worker", "web"];
/// The domain's modules, lowest first: each may use only itself and those before it.
const DOMAIN: [&str; 10] = [
    "concur",
    "text",
    "profile",
    "request_token",
    "suggest",
    "rules",
    "checklist",
    "draft",
    "workspace",
    "handoff",
];

/// Every library source file with its module path (`src/domain/rules/text.rs` is
/// `["domain", "rules", "text"]`).
fn library_files() -> Vec<(Vec<String>, String)> {
    fn walk(dir: &Path, out: &mut Vec<(Vec<String>, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let relative = path.strip_prefix("src").unwrap().with_extension("");
                let mut module: Vec<String> = relative
                    .components()
                    .map(|part| part.as_os_str().to_string_lossy().into_owned())
                    .collect();
                if module
                    .last()
                    .is_some_and(|last| last == "mod" || last == "lib")
                {
                    module.pop();
                }
                out.push((module, std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    let mut files = Vec::new();
    for layer in LAYERS {
        walk(&Path::new("src").join(layer), &mut files);
    }
    files
}

/// The modules a file names through `crate::` or `super::` paths, as absolute paths.
fn references(module: &[String], source: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let code: String = source
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    for (start, _) in code.match_indices(['c', 's']) {
        let before = code[..start].chars().last();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let rest = &code[start..];
        let (mut path, tail) = if let Some(tail) = rest.strip_prefix("crate::") {
            (vec![], tail)
        } else if let Some(mut tail) = rest.strip_prefix("super::") {
            // A `mod.rs` file is its directory's module, so `super` is always the parent.
            let mut base: Vec<String> = module[..module.len() - 1].to_vec();
            while let Some(more) = tail.strip_prefix("super::") {
                base.pop();
                tail = more;
            }
            (base, tail)
        } else {
            continue;
        };
        let mut tail = tail;
        loop {
            let name: String = tail
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if name.is_empty() {
                if let Some(group) = tail.strip_prefix('{') {
                    let group = &group[..group.find('}').unwrap_or(group.len())];
                    for item in group.split(',') {
                        let item: String = item
                            .trim()
                            .chars()
                            .take_while(|c| c.is_alphanumeric() || *c == '_')
                            .collect();
                        if !item.is_empty() && item != "self" {
                            let mut each = path.clone();
                            each.push(item);
                            found.push(each);
                        }
                    }
                }
                break;
            }
            path.push(name.clone());
            tail = &tail[name.len()..];
            match tail.strip_prefix("::") {
                Some(more) => tail = more,
                None => {
                    found.push(path.clone());
                    break;
                }
            }
        }
        if !path.is_empty() {
            found.push(path);
        }
    }
    found
}

/// The unit a dependency is counted between: a layer's direct module (`domain::rules`).
fn unit(path: &[String]) -> Option<String> {
    match path {
        [layer, module, ..] if LAYERS.contains(&layer.as_str()) => {
            Some(format!("{layer}::{module}"))
        }
        _ => None,
    }
}

fn dependencies() -> BTreeMap<String, BTreeSet<String>> {
    let files = library_files();
    // Only modules count: a path to an item of a layer's own `mod.rs` is not a dependency
    // between modules.
    let known: BTreeSet<String> = files
        .iter()
        .filter_map(|(module, _)| unit(module))
        .collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, source) in files {
        let Some(from) = unit(&module) else { continue };
        for reference in references(&module, &source) {
            if let Some(to) = unit(&reference).filter(|to| known.contains(to)) {
                if to != from {
                    graph.entry(from.clone()).or_default().insert(to);
                }
            }
        }
        graph.entry(from).or_default();
    }
    graph
}

fn rank(unit: &str) -> (usize, usize) {
    let (layer, module) = unit.split_once("::").unwrap();
    let layer_rank = LAYERS.iter().position(|l| *l == layer).unwrap();
    let module_rank = match layer {
        "domain" => DOMAIN
            .iter()
            .position(|m| *m == module)
            .unwrap_or_else(|| panic!("domain::{module} is not in the domain's order")),
        _ => 0,
    };
    (layer_rank, module_rank)
}

#[test]
fn layers_depend_only_downwards() {
    let graph = dependencies();
    assert!(graph.contains_key("domain::rules") && graph.contains_key("web::pages"));
    let mut upward = Vec::new();
    for (from, tos) in &graph {
        for to in tos {
            let (from_layer, from_module) = rank(from);
            let (to_layer, to_module) = rank(to);
            let allowed = to_layer < from_layer
                || (to_layer == from_layer
                    && (LAYERS[from_layer] != "domain" || to_module < from_module));
            if !allowed {
                upward.push(format!("{from} uses {to}"));
            }
        }
    }
    assert!(upward.is_empty(), "dependencies that point up: {upward:#?}");
}

#[test]
fn no_modules_depend_on_each_other_in_a_circle() {
    let graph = dependencies();
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(cycle) = visit(node, &graph, &mut vec![], &mut done) {
            panic!("a cycle: {}", cycle.join(" -> "));
        }
    }
}

#[test]
fn the_reader_finds_grouped_and_relative_paths() {
    let module: Vec<String> = ["web", "checklist_view"].map(String::from).to_vec();
    let found = references(
        &module,
        "use super::app::Alert;\nuse crate::formats::{checklist_json, markdown};",
    );
    let units: BTreeSet<String> = found.iter().filter_map(|path| unit(path)).collect();
    assert!(units.contains("web::app"), "{found:?}");
    assert!(units.contains("formats::checklist_json") && units.contains("formats::markdown"));
}

/// Only the CLI writes to standard output and standard error, and only through its own
/// modules: no library module prints (a `{:?}` of a secret-holding value could leak that
/// way), and no stray example or demo binary is committed.
#[test]
fn only_the_command_line_prints() {
    for (module, source) in library_files() {
        if module.first().is_some_and(|layer| layer == "cli") {
            continue;
        }
        for macro_name in ["println!", "eprintln!", "print!", "eprint!", "dbg!"] {
            assert!(
                !source.contains(macro_name),
                "src/{} uses {macro_name}",
                module.join("/")
            );
        }
    }
    for stray in ["src/examples", "examples"] {
        assert!(!Path::new(stray).exists(), "{stray} is committed");
    }
}
