//! The message catalogues (`i18n/*.ftl`, Project Fluent's syntax) compiled to the compact
//! templates the app renders, and checked: every language has exactly English's messages,
//! with the same variables, plural variants that exist in that language (CLDR), no Concur
//! label redefined, and no message left identical to English unless the allow-list says why.
//!
//! build.rs includes this file to generate `Msg` functions and the language packs, so a broken
//! catalogue fails the build; the library includes it natively so tests can feed it broken
//! catalogues and read the problems it names. It uses only std and `fluent-syntax`.
//!
//! A template is text in which `\`, `{`, `}` and `|` are escaped with `\`, `{N}` is the Nth
//! variable (0-9), and `{N|one=…|other=…}` picks a variant by the Nth variable's plural
//! category or exact value (`0=…`), `other` being the default.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use fluent_syntax::ast;

/// The languages, English first: it is the source every other catalogue is checked against.
pub const LANGUAGES: [&str; 5] = ["en", "de", "fr", "es", "ja"];

/// CLDR's plural categories for integers in each language: English and German tell one from
/// other; French counts 0 as one, and French and Spanish say "many" for millions; Japanese has
/// one form.
pub fn plural_categories(lang: &str) -> &'static [&'static str] {
    match lang {
        "fr" | "es" => &["one", "many", "other"],
        "ja" => &["other"],
        _ => &["one", "other"],
    }
}

/// A message's variable: its name, and whether it chooses a plural variant (a count).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variable {
    pub name: String,
    pub count: bool,
}

#[derive(Debug, Default)]
pub struct Catalogue {
    /// Message IDs in English's order.
    pub ids: Vec<String>,
    /// Each message's variables, in the order English first uses them.
    pub variables: Vec<Vec<Variable>>,
    /// Each message's English text with its variables as `{$name}`, for documentation.
    pub english: Vec<String>,
    /// Per language (in [`LANGUAGES`]' order), each message's template.
    pub templates: Vec<Vec<String>>,
}

impl Catalogue {
    /// A digest of the message IDs and their variables: a language pack made for another
    /// build of the app has another, and is refused rather than shown out of place.
    pub fn fingerprint(&self) -> String {
        // FNV-1a, 64 bits: no security is asked of it, only that a change changes it.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for (id, variables) in self.ids.iter().zip(&self.variables) {
            let names = variables.iter().map(|v| v.name.as_str());
            for part in std::iter::once(id.as_str()).chain(names) {
                for byte in part.bytes().chain([0]) {
                    hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
                }
            }
        }
        format!("{hash:016x}")
    }
}

/// One parsed message before it is checked against English.
struct Parsed {
    template: String,
    /// Variables in order of first use, and whether each selects.
    variables: Vec<Variable>,
    /// The text with variables as `{$name}`.
    display: String,
}

/// Compiles the catalogues. `labels` holds Concur's labels as Fluent terms (`-ui-…`), in
/// English in every language; `sources` pairs each language of [`LANGUAGES`] with its file;
/// `same_as_english` lists `lang id` pairs allowed to read exactly as English does (a line
/// each, `#` starting a comment). Every problem is named with its language and message.
pub fn compile(
    labels: &str,
    sources: &[(&str, &str)],
    same_as_english: &str,
) -> Result<Catalogue, Vec<String>> {
    let mut problems = Vec::new();
    let shared_terms = terms_of("labels", labels, &BTreeMap::new(), &mut problems);
    let allowed: BTreeSet<(String, String)> = same_as_english
        .lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .filter_map(|line| {
            let (lang, id) = line.split_once(char::is_whitespace)?;
            Some((lang.to_owned(), id.trim().to_owned()))
        })
        .collect();
    let mut catalogue = Catalogue::default();
    let mut english: BTreeMap<String, Parsed> = BTreeMap::new();
    for (index, lang) in LANGUAGES.iter().enumerate() {
        let Some((_, source)) = sources.iter().find(|(name, _)| name == lang) else {
            problems.push(format!("{lang}: no catalogue"));
            continue;
        };
        let messages = messages_of(lang, source, &shared_terms, &mut problems);
        if index == 0 {
            for (id, parsed) in &messages {
                catalogue.ids.push(id.clone());
                catalogue.variables.push(parsed.variables.clone());
                catalogue.english.push(parsed.display.clone());
            }
            english = messages.into_iter().collect();
            catalogue.templates.push(
                catalogue
                    .ids
                    .iter()
                    .map(|id| english[id].template.clone())
                    .collect(),
            );
            continue;
        }
        let by_id: BTreeMap<String, Parsed> = messages.into_iter().collect();
        for id in by_id.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{lang}: {id} is not an English message"));
        }
        let mut templates = Vec::new();
        for id in &catalogue.ids {
            let source = &english[id];
            let Some(parsed) = by_id.get(id) else {
                problems.push(format!("{lang}: {id} is missing"));
                templates.push(String::new());
                continue;
            };
            let names = |p: &Parsed| {
                p.variables
                    .iter()
                    .map(|v| v.name.clone())
                    .collect::<BTreeSet<_>>()
            };
            if names(parsed) != names(source) {
                problems.push(format!(
                    "{lang}: {id} has the variables {:?}, English has {:?}",
                    names(parsed),
                    names(source)
                ));
            }
            for variable in parsed.variables.iter().filter(|v| v.count) {
                if !source
                    .variables
                    .iter()
                    .any(|v| v.name == variable.name && v.count)
                {
                    problems.push(format!(
                        "{lang}: {id} chooses a form by ${}, which English does not count",
                        variable.name
                    ));
                }
            }
            let listed = allowed.contains(&(lang.to_string(), id.clone()));
            if parsed.display == source.display && !listed {
                problems.push(format!(
                    "{lang}: {id} reads exactly as English; translate it, or list it in same-as-english.txt with the reason"
                ));
            } else if parsed.display != source.display && listed {
                problems.push(format!(
                    "{lang}: {id} is listed in same-as-english.txt but is translated; take it off the list"
                ));
            }
            // The template numbers variables in English's order, so one call serves every
            // language.
            templates.push(renumber(
                &parsed.template,
                &parsed.variables,
                &source.variables,
            ));
        }
        catalogue.templates.push(templates);
    }
    if problems.is_empty() {
        Ok(catalogue)
    } else {
        Err(problems)
    }
}

/// The terms (`-name = value`) of a file: plain text, to be inlined where they are used.
fn terms_of(
    lang: &str,
    source: &str,
    shared: &BTreeMap<String, String>,
    problems: &mut Vec<String>,
) -> BTreeMap<String, String> {
    let resource = parse(lang, source, problems);
    let mut terms = BTreeMap::new();
    for entry in &resource.body {
        if let ast::Entry::Term(term) = entry {
            let name = term.id.name.to_owned();
            if shared.contains_key(&name) {
                problems.push(format!(
                    "{lang}: -{name} is a Concur label, which stays in English (concur-labels.ftl)"
                ));
                continue;
            }
            let mut text = String::new();
            for element in &term.value.elements {
                match element {
                    ast::PatternElement::TextElement { value } => text.push_str(value),
                    ast::PatternElement::Placeable { .. } => {
                        problems.push(format!("{lang}: -{name} must be plain text"));
                    }
                }
            }
            terms.insert(name, text);
        }
    }
    terms
}

fn parse<'s>(lang: &str, source: &'s str, problems: &mut Vec<String>) -> ast::Resource<&'s str> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                let line = source[..error.pos.start.min(source.len())]
                    .lines()
                    .count()
                    .max(1);
                problems.push(format!("{lang}: line {line}: {:?}", error.kind));
            }
            resource
        }
    };
    resource
}

fn messages_of(
    lang: &str,
    source: &str,
    shared_terms: &BTreeMap<String, String>,
    problems: &mut Vec<String>,
) -> Vec<(String, Parsed)> {
    let mut terms = terms_of(lang, source, shared_terms, problems);
    terms.extend(shared_terms.iter().map(|(k, v)| (k.clone(), v.clone())));
    let resource = parse(lang, source, problems);
    let mut seen = BTreeSet::new();
    let mut messages = Vec::new();
    for entry in &resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name.to_owned();
        if !seen.insert(id.clone()) {
            problems.push(format!("{lang}: {id} is defined twice"));
            continue;
        }
        let Some(pattern) = &message.value else {
            problems.push(format!("{lang}: {id} has no text"));
            continue;
        };
        if !message.attributes.is_empty() {
            problems.push(format!("{lang}: {id}: attributes are not used here"));
        }
        let mut compiler = Compiler {
            lang,
            id: &id,
            terms: &terms,
            variables: Vec::new(),
            problems,
        };
        let (template, display) = compiler.pattern(pattern);
        let variables = compiler.variables;
        if variables.len() > 10 {
            problems.push(format!("{lang}: {id} has more than 10 variables"));
        }
        messages.push((
            id,
            Parsed {
                template,
                variables,
                display,
            },
        ));
    }
    messages
}

struct Compiler<'a> {
    lang: &'a str,
    id: &'a str,
    terms: &'a BTreeMap<String, String>,
    variables: Vec<Variable>,
    problems: &'a mut Vec<String>,
}

impl Compiler<'_> {
    fn problem(&mut self, what: String) {
        self.problems
            .push(format!("{}: {}: {what}", self.lang, self.id));
    }

    fn variable(&mut self, name: &str, count: bool) -> usize {
        if let Some(index) = self.variables.iter().position(|v| v.name == name) {
            self.variables[index].count |= count;
            return index;
        }
        self.variables.push(Variable {
            name: name.to_owned(),
            count,
        });
        self.variables.len() - 1
    }

    /// The pattern's template and its display text.
    fn pattern(&mut self, pattern: &ast::Pattern<&str>) -> (String, String) {
        let (mut template, mut display) = (String::new(), String::new());
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => {
                    template.push_str(&escape(value));
                    display.push_str(value);
                }
                ast::PatternElement::Placeable { expression } => {
                    let (t, d) = self.expression(expression);
                    template.push_str(&t);
                    display.push_str(&d);
                }
            }
        }
        (template, display)
    }

    fn expression(&mut self, expression: &ast::Expression<&str>) -> (String, String) {
        match expression {
            ast::Expression::Inline(inline) => self.inline(inline),
            ast::Expression::Select { selector, variants } => {
                let ast::InlineExpression::VariableReference { id } = selector else {
                    self.problem("only a variable can choose a variant".into());
                    return Default::default();
                };
                let index = self.variable(id.name, true);
                let categories = plural_categories(self.lang);
                let mut template = format!("{{{index}");
                let mut display = format!("{{${} ->", id.name);
                let mut has_default = false;
                for variant in variants {
                    let key = match &variant.key {
                        ast::VariantKey::Identifier { name } => {
                            if !categories.contains(name) {
                                self.problem(format!(
                                    "[{name}] is not a plural form of this language (it has {categories:?})"
                                ));
                            }
                            (*name).to_owned()
                        }
                        ast::VariantKey::NumberLiteral { value } => {
                            if value.parse::<u64>().is_err() {
                                self.problem(format!("[{value}] is not a whole number"));
                            }
                            (*value).to_owned()
                        }
                    };
                    if variant.default {
                        if key != "other" {
                            self.problem(format!("the default variant is *[{key}], not *[other]"));
                        }
                        has_default = true;
                    }
                    let (t, d) = self.pattern(&variant.value);
                    let _ = write!(template, "|{key}={t}");
                    let _ = write!(display, " [{key}] {d}");
                }
                if !has_default {
                    self.problem("a choice needs *[other]".into());
                }
                template.push('}');
                display.push('}');
                (template, display)
            }
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&str>) -> (String, String) {
        match inline {
            ast::InlineExpression::StringLiteral { value } => {
                let value = unescape_literal(value);
                (escape(&value), value)
            }
            ast::InlineExpression::VariableReference { id } => {
                let index = self.variable(id.name, false);
                (format!("{{{index}}}"), format!("{{${}}}", id.name))
            }
            ast::InlineExpression::TermReference {
                id,
                attribute: None,
                arguments: None,
            } => match self.terms.get(id.name) {
                Some(text) => (escape(text), text.clone()),
                None => {
                    self.problem(format!("-{} is not defined", id.name));
                    Default::default()
                }
            },
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
            other => {
                self.problem(format!("unsupported expression {other:?}"));
                Default::default()
            }
        }
    }
}

/// Fluent's string literals escape `\"`, `\\` and `\uXXXX`.
fn unescape_literal(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '{' | '}' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The template with each variable's index changed from `from`'s order to `to`'s.
fn renumber(template: &str, from: &[Variable], to: &[Variable]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        match c {
            '\\' => out.extend(chars.next()),
            '{' => {
                if let Some(digit) = chars.next().and_then(|d| d.to_digit(10)) {
                    let name = &from[digit as usize].name;
                    let index = to.iter().position(|v| &v.name == name).unwrap_or(0);
                    let _ = write!(out, "{index}");
                }
            }
            _ => {}
        }
    }
    out
}

/// Rust source for a string literal.
pub fn rust_literal(text: &str) -> String {
    format!("{text:?}")
}
