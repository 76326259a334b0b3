//! How the app reads and compares text: one place, so that every comparison agrees.
//!
//! Names arrive typed composed or decomposed (`José` as one letter or as `e` and a combining
//! accent), with curly or straight apostrophes and any of Unicode's dashes; app names carry
//! legal forms and punctuation; domains arrive typed as addresses or URLs. The rules and
//! the suggestions read them all through these functions.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};

use super::concur::FORBIDDEN_ADDRESS_CHARS;
use crate::i18n::t;

/// The form every comparison uses: NFC, lower case, and the apostrophe and dash families
/// each folded to one character.
pub fn fold(text: &str) -> String {
    // ASCII is already in NFC and has no apostrophe or dash variants, so lower case is all
    // its folding. Most e-mails and Login IDs take this path, which in the browser saves a
    // call into JavaScript for each known user on every keystroke.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    fold_unicode(text)
}

fn fold_unicode(text: &str) -> String {
    nfc(text)
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{02BC}' | '\u{2032}' | '\u{FF07}' => '\'',
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
            c => c,
        })
        .collect()
}

/// Unicode NFC (canonical composition). Natively by `unicode-normalization`; in the
/// browser by its own `String.prototype.normalize`, which implements the same algorithm
/// with the browser's ICU tables, so the page does not download a second copy of them
/// (70 KB gzipped, measured).
#[cfg(not(target_arch = "wasm32"))]
fn nfc(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfc().collect()
}

#[cfg(target_arch = "wasm32")]
fn nfc(text: &str) -> String {
    String::from(js_sys::JsString::from(text).normalize("NFC"))
}

/// Whether two texts are the same once folded.
pub fn same(a: &str, b: &str) -> bool {
    // Folding changes a text's length by a small factor at most (composing a Hangul
    // syllable, lower-casing), so texts of very different lengths differ, and a pasted
    // megabyte is not folded to learn it.
    let (shorter, longer) = (a.len().min(b.len()), a.len().max(b.len()));
    if longer > 4 * shorter + 16 {
        return false;
    }
    fold(a) == fold(b)
}

/// A name as a suggestion may use it: without surrounding spaces and without control or
/// invisible characters.
pub fn clean_name(name: &str) -> String {
    name.trim()
        .chars()
        .filter(|c| !c.is_control() && !is_invisible_format(*c))
        .collect()
}

/// What is wrong with a name's characters, if anything: spaces around it, or a tab, a
/// control or an invisible character anywhere in it.
pub fn name_chars_problem(name: &str) -> Option<String> {
    if let Some(c) = name
        .chars()
        .find(|c| (c.is_whitespace() && *c != ' ') || c.is_control() || is_invisible_format(*c))
    {
        return Some(t::pred_contains(&describe_char(c)));
    }
    (name != name.trim()).then(t::pred_spaces_around)
}

/// Legal forms a Login ID need not carry, at the end of an app's name only (`Expensify,
/// Inc.`, `Nexonia Ltd`): at its start they are the brand (`SAS Travel Analytics`, `Corp
/// Travel Management`).
const COMPANY_FORMS: &[&str] = &[
    "inc", "ltd", "llc", "gmbh", "ag", "sa", "sas", "bv", "plc", "corp", "co",
];
/// The vendor's own names, which a Login ID need not carry anywhere: every partner app is
/// "for SAP Concur".
const VENDOR_WORDS: &[&str] = &["sap", "concur"];

/// The words of an app's name in ASCII (spelled from any script, see [`ascii_spelling`]),
/// dots inside a word dropped so that `S.A.` is one word, legal forms at the end and vendor
/// words left out unless nothing else is left. None while the spelling of one of its characters is
/// not known yet (in the web page, until its worker has told it).
pub fn app_words(app_name: &str) -> Option<Vec<String>> {
    // A Login ID holds at most 128 characters, so the name's first thousand are plenty,
    // and a pasted megabyte costs no more than they do.
    let head: String = app_name.chars().take(1024).collect();
    let ascii = ascii_spelling(&head)?;
    let words: Vec<String> = ascii
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|token| {
            token
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
        })
        .filter(|word| !word.is_empty())
        .collect();
    let is = |list: &[&str], word: &String| list.contains(&word.to_ascii_lowercase().as_str());
    let mut kept: Vec<String> = words
        .iter()
        .filter(|word| !is(VENDOR_WORDS, word))
        .cloned()
        .collect();
    while kept.len() > 1 && kept.last().is_some_and(|word| is(COMPANY_FORMS, word)) {
        kept.pop();
    }
    Some(if kept.is_empty() { words } else { kept })
}

/// The app's part of a Login ID: its words joined (`Expensify, Inc.` → `Expensify`, `Zoë
/// Travel` → `ZoeTravel`). The rule and the suggestion both use it. None while a
/// character's spelling is not known yet.
pub fn app_login_part(app_name: &str) -> Option<String> {
    app_words(app_name).map(|words| words.concat())
}

/// A text's ASCII letters and digits, lower-cased, after spelling it in ASCII, so that a
/// Login ID's local part can be searched for the app's part. Only the first 4096
/// characters are read: a Login ID is at most 128. None while a character's spelling is
/// not known yet.
pub fn ascii_letters(text: &str) -> Option<String> {
    let head: String = text.chars().take(4096).collect();
    Some(
        ascii_spelling(&head)?
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect(),
    )
}

/// A text spelled in ASCII, one character at a time by `deunicode`'s table (`Zoë` → `Zoe`,
/// `Тревел` → `Trevel`, `楽楽精算` → `Le Le Jing Suan`); a character the table lacks is
/// left out. None while the spelling of one of its characters is not known yet.
///
/// The table is about 170 KB gzipped, more than a third of the web page's first load, and
/// most app names never need it. So the page does not carry it: its worker does (see
/// `web::hooks::use_spellings`). The page knows the spellings it has been told, notes the
/// characters it lacks (see [`spellings_wanted`]), asks the worker for them and is told
/// (see [`learn_spellings`]). Natively, and in the worker, the table is linked in and every
/// character is known.
pub fn ascii_spelling(text: &str) -> Option<String> {
    if text.is_ascii() {
        return Some(text.to_owned());
    }
    SPELLINGS.with(|spellings| {
        let mut spellings = spellings.borrow_mut();
        let mut ascii = String::with_capacity(text.len());
        let mut complete = true;
        for c in text.chars() {
            // Every character is looked at, known or not, so that one request asks for all
            // the text lacks (`&=` does not stop at the first unknown one).
            complete &= spellings.spell_into(c, &mut ascii);
        }
        complete.then_some(ascii)
    })
}

/// Where the spelling of characters beyond ASCII comes from.
enum Spellings {
    /// `deunicode`'s table, linked in.
    Table(fn(char) -> Option<&'static str>),
    /// What the page has been told, and the characters it still needs.
    Told {
        known: HashMap<char, String>,
        wanted: BTreeSet<char>,
        asked: BTreeSet<char>,
    },
}

impl Spellings {
    /// Appends the spelling of `c` to `out`; false when it is not known (yet).
    fn spell_into(&mut self, c: char, out: &mut String) -> bool {
        if c.is_ascii() {
            out.push(c);
            return true;
        }
        match self.spelling(c) {
            Some(spelling) => {
                out.push_str(spelling);
                true
            }
            None => false,
        }
    }

    fn spelling(&mut self, c: char) -> Option<&str> {
        match self {
            // deunicode ends some spellings with a space between words (`北` → `Bei `)
            // and trims it before another space or at the end; every caller splits words
            // on spaces and keeps only letters and digits, so the untrimmed form reads the
            // same.
            Spellings::Table(table) => Some(table(c).unwrap_or("")),
            Spellings::Told {
                known,
                wanted,
                asked,
            } => {
                if let Some(spelling) = latin_spelling(c) {
                    return Some(spelling);
                }
                if !known.contains_key(&c) && !asked.contains(&c) {
                    wanted.insert(c);
                }
                known.get(&c).map(String::as_str)
            }
        }
    }
}

/// `deunicode`'s spellings of U+00A0 to U+024F (Latin-1 Supplement, Latin Extended-A and
/// -B: `ë`, `ß`, `ø`, `ł`, `œ`), so that the web page spells the app names of most
/// companies at once, without asking its worker. 432 short strings, about 2 KB gzipped
/// where the whole table is 170 KB. A test compares every entry with the table.
const LATIN_FIRST: u32 = 0xA0;
const LATIN_SPELLINGS: [&str; 0x250 - 0xA0] = [
    " ", "!", "C/", "PS", "$?", "Y=", "|", "SS", "\"", "(c)", "a", "<<", "!", "", "(r)", "-",
    "deg", "+-", "2", "3", "'", "u", "P", "*", ",", "1", "o", ">>", "1/4", "1/2", "3/4", "?", "A",
    "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I", "D", "N", "O", "O",
    "O", "O", "O", "x", "O", "U", "U", "U", "U", "Y", "Th", "ss", "a", "a", "a", "a", "a", "a",
    "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", "d", "n", "o", "o", "o", "o", "o", "/", "o",
    "u", "u", "u", "u", "y", "th", "y", "A", "a", "A", "a", "A", "a", "C", "c", "C", "c", "C", "c",
    "C", "c", "D", "d", "D", "d", "E", "e", "E", "e", "E", "e", "E", "e", "E", "e", "G", "g", "G",
    "g", "G", "g", "G", "g", "H", "h", "H", "h", "I", "i", "I", "i", "I", "i", "I", "i", "I", "i",
    "IJ", "ij", "J", "j", "K", "k", "k", "L", "l", "L", "l", "L", "l", "L", "l", "L", "l", "N",
    "n", "N", "n", "N", "n", "'n", "ng", "NG", "O", "o", "O", "o", "O", "o", "OE", "oe", "R", "r",
    "R", "r", "R", "r", "S", "s", "S", "s", "S", "s", "S", "s", "T", "t", "T", "t", "T", "t", "U",
    "u", "U", "u", "U", "u", "U", "u", "U", "u", "U", "u", "W", "w", "Y", "y", "Y", "Z", "z", "Z",
    "z", "Z", "z", "s", "b", "B", "B", "b", "6", "6", "O", "C", "c", "D", "D", "D", "d", "d", "3",
    "@", "E", "F", "f", "G", "G", "hv", "I", "I", "K", "k", "l", "l", "W", "N", "n", "O", "O", "o",
    "OI", "oi", "P", "p", "YR", "2", "2", "SH", "sh", "t", "T", "t", "T", "U", "u", "Y", "V", "Y",
    "y", "Z", "z", "ZH", "ZH", "zh", "zh", "2", "5", "5", "ts", "w", "|", "||", "|=", "!", "DZ",
    "Dz", "dz", "LJ", "Lj", "lj", "NJ", "Nj", "nj", "A", "a", "I", "i", "O", "o", "U", "u", "U",
    "u", "U", "u", "U", "u", "U", "u", "@", "A", "a", "A", "a", "AE", "ae", "G", "g", "G", "g",
    "K", "k", "O", "o", "O", "o", "ZH", "zh", "j", "DZ", "Dz", "dz", "G", "g", "HV", "W", "N", "n",
    "A", "a", "AE", "ae", "O", "o", "A", "a", "A", "a", "E", "e", "E", "e", "I", "i", "I", "i",
    "O", "o", "O", "o", "R", "r", "R", "r", "U", "u", "U", "u", "S", "s", "T", "t", "Y", "y", "H",
    "h", "N", "d", "OU", "ou", "Z", "z", "A", "a", "E", "e", "O", "o", "O", "o", "O", "o", "O",
    "o", "Y", "y", "l", "n", "t", "j", "db", "qp", "A", "C", "c", "L", "T", "s", "z", "'", "'",
    "B", "U", "^", "E", "e", "J", "j", "q", "q", "R", "r", "Y", "y",
];

/// A Latin character's spelling from [`LATIN_SPELLINGS`].
fn latin_spelling(c: char) -> Option<&'static str> {
    LATIN_SPELLINGS
        .get(u32::from(c).checked_sub(LATIN_FIRST)? as usize)
        .copied()
}

/// At most this many characters are asked for at once, so that a pasted text in many
/// scripts makes a bounded request.
pub const SPELLINGS_ASKED_AT_ONCE: usize = 512;

thread_local! {
    static SPELLINGS: RefCell<Spellings> = RefCell::new(default_spellings());
}

#[cfg(not(target_arch = "wasm32"))]
fn default_spellings() -> Spellings {
    Spellings::Table(deunicode::deunicode_char)
}

#[cfg(target_arch = "wasm32")]
fn default_spellings() -> Spellings {
    told_spellings()
}

fn told_spellings() -> Spellings {
    Spellings::Told {
        known: HashMap::new(),
        wanted: BTreeSet::new(),
        asked: BTreeSet::new(),
    }
}

/// The web page's way, on this thread: no character beyond ASCII is known until told (see
/// [`learn_spellings`]). The page starts this way; native tests use it to check the page's
/// path.
pub fn spell_by_asking() {
    SPELLINGS.with(|spellings| *spellings.borrow_mut() = told_spellings());
}

/// Links `deunicode`'s table in (`deunicode::deunicode_char`), so every character is
/// known: the web worker calls this as it starts.
pub fn spell_with_table(table: fn(char) -> Option<&'static str>) {
    SPELLINGS.with(|spellings| *spellings.borrow_mut() = Spellings::Table(table));
}

/// The characters whose spelling [`ascii_spelling`] needed and did not know, now marked
/// as asked for (at most [`SPELLINGS_ASKED_AT_ONCE`]); empty when the table is linked in.
pub fn spellings_wanted() -> Vec<char> {
    SPELLINGS.with(|spellings| match &mut *spellings.borrow_mut() {
        Spellings::Table(_) => Vec::new(),
        Spellings::Told { wanted, asked, .. } => {
            let now: Vec<char> = wanted
                .iter()
                .copied()
                .take(SPELLINGS_ASKED_AT_ONCE)
                .collect();
            for c in &now {
                wanted.remove(c);
                asked.insert(*c);
            }
            now
        }
    })
}

/// Each character's spelling, as the one who has the table answered; an empty spelling
/// for a character it lacks. Characters asked for and not answered (the answer failed)
/// may be wanted again.
pub fn learn_spellings(answered: &[char], spellings: &[String]) {
    SPELLINGS.with(|state| {
        if let Spellings::Told { known, asked, .. } = &mut *state.borrow_mut() {
            for (c, spelling) in answered.iter().zip(spellings) {
                asked.remove(c);
                // Only ASCII is a spelling; anything else from a confused answer is dropped.
                known.insert(*c, spelling.chars().filter(char::is_ascii).collect());
            }
        }
    });
}

/// Characters asked for whose answer will not come (the worker failed): they are wanted
/// again the next time a text needs them.
pub fn spellings_unanswered(unanswered: &[char]) {
    SPELLINGS.with(|state| {
        if let Spellings::Told { asked, .. } = &mut *state.borrow_mut() {
            for c in unanswered {
                asked.remove(c);
            }
        }
    });
}

/// The spelling of each character, from the linked-in table (the worker's answer to the
/// page): empty for a character the table lacks.
pub fn spell_chars(chars: &[char]) -> Vec<String> {
    SPELLINGS.with(|spellings| {
        let mut spellings = spellings.borrow_mut();
        chars
            .iter()
            .map(|c| {
                let mut spelling = String::new();
                spellings.spell_into(*c, &mut spelling);
                spelling
            })
            .collect()
    })
}

/// The leading parts of a name that fit in `room` characters, cut where a word ends (at a
/// space or a hyphen), longest first; or, when not even the first word fits, the name cut
/// at `room`. A name that fits whole has only itself.
pub fn short_forms(name: &str, room: usize) -> Vec<String> {
    if name.chars().count() <= room {
        return vec![name.to_owned()];
    }
    let mut forms: Vec<String> = name
        .char_indices()
        .filter(|(_, c)| *c == ' ' || *c == '-')
        .map(|(at, _)| name[..at].trim_end_matches([' ', '-']).to_owned())
        .filter(|form| !form.is_empty() && form.chars().count() <= room)
        .collect();
    forms.dedup();
    forms.reverse();
    if forms.is_empty() {
        forms.push(name.chars().take(room).collect());
    }
    forms
}

/// A company domain as a bare domain (`acme.com`), from the ways people type one:
/// ` acme.com `, `@acme.com`, `ACME.com.`, `https://www.acme.com/`, `john@acme.com`.
/// `None` when what is left is not a domain.
pub fn bare_domain(typed: &str) -> Option<String> {
    let mut text = typed.trim();
    if let Some(at) = text.find("://") {
        text = &text[at + 3..];
    }
    if let Some(end) = text.find(['/', '?', '#']) {
        text = &text[..end];
    }
    if let Some((_, after)) = text.rsplit_once('@') {
        text = after;
    }
    if let Some((host, port)) = text.rsplit_once(':') {
        if port.chars().all(|c| c.is_ascii_digit()) {
            text = host;
        }
    }
    let text = text.strip_prefix("www.").unwrap_or(text);
    let domain = text.trim_end_matches('.').to_lowercase();
    domain_problem(&domain).is_none().then_some(domain)
}

/// What keeps a text from being a bare domain, if anything.
pub fn domain_problem(domain: &str) -> Option<String> {
    if domain.is_empty() {
        return Some(t::domain_empty());
    }
    if domain.chars().any(char::is_whitespace) {
        return Some(t::domain_space());
    }
    if domain.contains('@') {
        return Some(t::domain_at());
    }
    if domain.contains("://") || domain.contains('/') {
        return Some(t::domain_web());
    }
    if domain.ends_with('.') {
        return Some(t::domain_ends_dot());
    }
    if !domain.contains('.') {
        return Some(t::domain_no_dot());
    }
    if domain.to_lowercase().starts_with("www.") {
        return Some(t::domain_www());
    }
    let labels_ok = domain.split('.').all(|label| {
        !label.is_empty()
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_alphanumeric() || c == '-')
    });
    if !labels_ok {
        return Some(t::domain_bad_part());
    }
    None
}

/// Whether `domain` is `company` or one of its subdomains (`us.acme.com` for `acme.com`),
/// whichever of a domain's two spellings each is in (`müller-reisen.de` is
/// `xn--mller-reisen-dlb.de`).
pub fn within_domain(domain: &str, company: &str) -> bool {
    let spelled = |text: &str| ascii_domain(text).unwrap_or_else(|| fold(text));
    let (domain, company) = (spelled(domain), spelled(company));
    domain == company || domain.ends_with(&format!(".{company}"))
}

/// A domain as DNS spells it: in lower case, each label beyond ASCII in punycode, as
/// UTS #46 maps it (`Müller-Reisen.de` is `xn--mller-reisen-dlb.de`). None when it is not a
/// domain. A Login ID is written with this form.
pub fn ascii_domain(domain: &str) -> Option<String> {
    if domain.is_ascii() {
        return Some(domain.to_ascii_lowercase());
    }
    // No space, control or URL punctuation: what the two converters would do with those
    // differs (one escapes a space, the other encodes it), and no domain holds them.
    if domain
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || "/?#@:%\\[]<>^|\"'`{}".contains(c))
    {
        return None;
    }
    idna_to_ascii(domain).filter(|ascii| !ascii.is_empty() && ascii.is_ascii())
}

/// Natively by the `idna` crate (the URL Standard's "domain to ASCII").
#[cfg(not(target_arch = "wasm32"))]
fn idna_to_ascii(domain: &str) -> Option<String> {
    idna::domain_to_ascii(domain).ok()
}

/// In the browser by its own URL parser, which implements the same standard: the page
/// carries no IDNA tables of its own.
#[cfg(target_arch = "wasm32")]
fn idna_to_ascii(domain: &str) -> Option<String> {
    web_sys::Url::new(&format!("http://{domain}/"))
        .ok()
        .map(|url| url.hostname())
}

/// Whether two e-mail addresses or Login IDs are the same: the part before the `@` folded,
/// the domain in either spelling.
pub fn same_address(a: &str, b: &str) -> bool {
    if same(a, b) {
        return true;
    }
    match (a.rsplit_once('@'), b.rsplit_once('@')) {
        (Some((a_local, a_domain)), Some((b_local, b_domain))) => {
            same(a_local, b_local)
                && ascii_domain(a_domain).is_some_and(|a| ascii_domain(b_domain) == Some(a))
        }
        _ => false,
    }
}

pub fn first_bad_character(value: &str) -> Option<char> {
    value.chars().find(|c| is_bad_character(*c))
}

pub fn is_bad_character(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || is_invisible_format(c)
        || FORBIDDEN_ADDRESS_CHARS.contains(&c)
}

/// Whether the text holds something that looks like a password or token: a run of 12 or
/// more characters with no space, of three or more classes (upper case, lower case, digits,
/// symbols), with at least 10 different characters making up 60% or more of its length (a
/// random string repeats few; a date or a ticket number repeats many), that is not an
/// e-mail address, a web address or a UUID. Notes are saved and shared in clear, so such a
/// run is warned about before it is; a finding never quotes one.
pub fn looks_like_a_secret(text: &str) -> bool {
    text.split(char::is_whitespace).any(|run| {
        let length = run.chars().count();
        let trimmed = run.trim_matches(|c: char| matches!(c, ',' | '.' | ';' | ')' | '('));
        let is_address = trimmed.contains('@')
            && address_shape_problem(trimmed).is_none()
            && !trimmed.contains(['#', '!', '$', '%', '^', '*', '&']);
        if length < 12 || is_address || run.contains("://") || is_uuid(trimmed) {
            return false;
        }
        // The classes a password policy counts, as ASCII (a generated secret is ASCII).
        let mut classes = [false; 4];
        for c in run.chars() {
            let class = match c {
                'A'..='Z' => 0,
                'a'..='z' => 1,
                '0'..='9' => 2,
                _ => 3,
            };
            classes[class] = true;
        }
        let classes = classes.iter().filter(|present| **present).count();
        // Counted over the first 64 characters, which is plenty to tell, in linear time.
        let mut seen: Vec<char> = Vec::with_capacity(64);
        for c in run.chars().take(64) {
            if !seen.contains(&c) {
                seen.push(c);
            }
        }
        let distinct = seen.len();
        classes >= 3 && distinct >= 10 && distinct * 10 >= length.min(64) * 6
    })
}

/// Whether a character in a name prints as nothing a person can read or type back: a
/// control character, a line or paragraph separator, or a format character other than the
/// joiners (U+200C, U+200D) that Persian words and emoji sequences need.
pub fn is_unprintable(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}')
        || (is_invisible_format(c) && !matches!(c, '\u{200C}' | '\u{200D}'))
}

/// Format characters (Unicode category Cf, such as U+200B ZERO WIDTH SPACE) print as
/// nothing, so a Login ID holding one cannot be typed back.
pub fn is_invisible_format(c: char) -> bool {
    FORMAT_CHARACTERS
        .iter()
        .any(|&(first, last)| (first..=last).contains(&c))
}

/// Unicode's general category Cf, as ranges. Written out because the full category table
/// of a Unicode crate costs the web bundle 18 KB gzipped for these 21 ranges; a test checks
/// the list against `unicode-properties` character by character.
const FORMAT_CHARACTERS: &[(char, char)] = &[
    ('\u{00AD}', '\u{00AD}'),
    ('\u{0600}', '\u{0605}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{06DD}', '\u{06DD}'),
    ('\u{070F}', '\u{070F}'),
    ('\u{0890}', '\u{0891}'),
    ('\u{08E2}', '\u{08E2}'),
    ('\u{180E}', '\u{180E}'),
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{2064}'),
    ('\u{2066}', '\u{206F}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFF9}', '\u{FFFB}'),
    ('\u{110BD}', '\u{110BD}'),
    ('\u{110CD}', '\u{110CD}'),
    ('\u{13430}', '\u{1343F}'),
    ('\u{1BCA0}', '\u{1BCA3}'),
    ('\u{1D173}', '\u{1D17A}'),
    ('\u{E0001}', '\u{E0001}'),
    ('\u{E0020}', '\u{E007F}'),
];

pub fn describe_char(c: char) -> String {
    if c == ' ' {
        t::char_space()
    } else if c.is_whitespace() || c.is_control() || is_invisible_format(c) {
        t::char_invisible(&format!("U+{:04X}", c as u32))
    } else {
        t::char_forbidden(&format!("{:?}", c.to_string()))
    }
}

/// What is wrong with the shape of a `local@domain` address, if anything.
pub fn address_shape_problem(address: &str) -> Option<String> {
    let ats = address.matches('@').count();
    if ats != 1 {
        return Some(match ats {
            0 => t::addr_no_at(),
            n => t::addr_many_at(&n),
        });
    }
    let (local, domain) = address.split_once('@')?;
    if local.is_empty() {
        return Some(t::addr_nothing_before_at());
    }
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return Some(t::addr_local_dots());
    }
    if !domain.contains('.') {
        return Some(t::addr_no_dot_domain());
    }
    if domain.split('.').any(str::is_empty) {
        return Some(t::addr_empty_domain_part());
    }
    if domain
        .split('.')
        .any(|label| label.starts_with('-') || label.ends_with('-'))
    {
        return Some(t::addr_hyphen());
    }
    None
}

/// Whether `text` is a UUID as Concur shows one: 8-4-4-4-12 hexadecimal digits, in either
/// case, and nothing else.
pub fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups.iter().zip([8, 4, 4, 4, 12]).all(|(group, length)| {
            group.len() == length && group.bytes().all(|b| b.is_ascii_hexdigit())
        })
}

/// The UUID in a paste that has more around it than a UUID (spaces, line breaks, braces,
/// quotes, a `urn:uuid:` prefix), lower-cased; `None` when no UUID is there.
pub fn uuid_in_paste(text: &str) -> Option<String> {
    let trimmed = text.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '{' | '}' | '"' | '\'' | '<' | '>')
    });
    let bare = trimmed
        .strip_prefix("urn:uuid:")
        .or_else(|| trimmed.strip_prefix("URN:UUID:"))
        .unwrap_or(trimmed);
    if is_uuid(bare) {
        return Some(bare.to_ascii_lowercase());
    }
    // A labelled paste ("Company UUID: 3b9d…", "App ID = …"): the one UUID in it. Two are
    // not guessed between.
    let mut found = text
        .split(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    ':' | '=' | ',' | ';' | '{' | '}' | '"' | '\'' | '<' | '>'
                )
        })
        .filter(|part| is_uuid(part));
    match (found.next(), found.next()) {
        (Some(uuid), None) => Some(uuid.to_ascii_lowercase()),
        _ => None,
    }
}

/// Quotes a user's value for a message: escaped, so control characters cannot reach a
/// terminal, and cut short, so a pasted megabyte does not become a megabyte of message.
pub fn quote(value: &str) -> String {
    const SHOWN: usize = 60;
    let shown: String = value.chars().take(SHOWN).collect();
    let ellipsis = if value.chars().nth(SHOWN).is_some() {
        "…"
    } else {
        ""
    };
    format!("{shown:?}{ellipsis}")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_labelled_paste_gives_its_one_uuid() {
        let uuid = "3b9d2c1e-5f6a-4b7c-8d9e-0f1a2b3c4d5e";
        for pasted in [
            format!("Company UUID: {uuid}"),
            format!("Company UUID:\t{}", uuid.to_ascii_uppercase()),
            format!("App ID = {{{uuid}}}"),
            format!("urn:uuid:{uuid}"),
            format!("  {uuid}\n"),
        ] {
            assert_eq!(uuid_in_paste(&pasted).as_deref(), Some(uuid), "{pasted:?}");
        }
        let other = "0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c";
        for pasted in [
            format!("Company UUID: {uuid} App ID: {other}"),
            "Company UUID: 3b9d2c1e".to_owned(),
            "Company UUID:".to_owned(),
        ] {
            assert_eq!(uuid_in_paste(&pasted), None, "{pasted:?}");
        }
    }

    #[test]
    fn the_ascii_shortcut_folds_as_the_full_path_does() {
        let every_ascii: String = (0u8..128).map(char::from).collect();
        assert_eq!(fold(&every_ascii), fold_unicode(&every_ascii));
        for text in ["John.Smith@ACME.com", "WSAdmin-Expensify", "O'Brien", ""] {
            assert_eq!(fold(text), fold_unicode(text), "{text:?}");
        }
    }

    #[test]
    fn composed_and_decomposed_names_curly_and_straight_apostrophes_compare_equal() {
        assert!(same("Jose\u{301}", "Jos\u{e9}"));
        assert!(same("O\u{2019}Brien", "o'brien"));
        assert!(same("Anne\u{2013}Marie", "Anne-Marie"));
        assert!(!same("Jose", "José"));
    }

    #[test]
    fn app_names_lose_legal_forms_and_punctuation_and_keep_their_letters() {
        for (app, part) in [
            ("Expensify, Inc.", "Expensify"),
            ("Zoë Travel", "ZoeTravel"),
            ("Acme S.A.", "Acme"),
            ("Procter & Gamble GmbH", "ProcterGamble"),
            ("Concur", "Concur"),
            ("SAP Concur Connector+", "Connector"),
        ] {
            assert_eq!(app_login_part(app).as_deref(), Some(part), "{app}");
        }
        let japanese = app_login_part("楽楽精算").unwrap();
        assert!(!japanese.is_empty());
        assert!(japanese.is_ascii());
    }

    #[test]
    fn the_pages_latin_spellings_are_the_tables() {
        for code in LATIN_FIRST..0x300 {
            let c = char::from_u32(code).unwrap();
            assert_eq!(
                latin_spelling(c),
                (code < 0x250).then(|| deunicode::deunicode_char(c).unwrap_or("")),
                "U+{code:04X}"
            );
        }
        assert_eq!(latin_spelling('z'), None);
    }

    #[test]
    fn short_forms_cut_at_word_ends_longest_first() {
        assert_eq!(short_forms("John", 24), ["John"]);
        assert_eq!(
            short_forms("Maria da Conceição Aparecida", 24),
            ["Maria da Conceição", "Maria da", "Maria"]
        );
        assert_eq!(
            short_forms("Jean-Pierre-Alexandre-Marie", 20),
            ["Jean-Pierre", "Jean"]
        );
        assert_eq!(short_forms(&"A".repeat(30), 24), ["A".repeat(24)]);
    }

    #[test]
    fn domains_typed_every_way_become_bare() {
        for typed in [
            "acme.com",
            "ACME.com.",
            "@acme.com",
            " acme.com ",
            "https://www.acme.com/",
            "john@acme.com",
            "http://acme.com:8080/path?q",
        ] {
            assert_eq!(bare_domain(typed).as_deref(), Some("acme.com"), "{typed:?}");
        }
        for typed in ["", "acme", "-acme.com", "acme..com", "a cme.com"] {
            assert_eq!(bare_domain(typed), None, "{typed:?}");
        }
        assert!(within_domain("us.acme.com", "acme.com"));
        assert!(!within_domain("notacme.com", "acme.com"));
    }

    #[test]
    fn runs_that_look_like_passwords_or_tokens_are_told_from_ordinary_notes() {
        for secret in [
            "password is vR7#q2Lm!x9Tz@4Wk",
            "Zq8xK2mP4vR7tY1wB3nC6",
            "token: 7hG2-kP9q_Xw4LmZ",
        ] {
            assert!(looks_like_a_secret(secret), "{secret}");
        }
        for ordinary in [
            "Created by John; password set in Concur only",
            "Ticket INC0012345 raised 2026-11-28T09:30:00Z",
            "WSAdmin-Expensify@acme.com created",
            "see https://tools.acme.com/wsadmin-prep/#checklist=1",
            "0f8e6c2a-5b1d-4e7f-9a3c-2d4b6e8f0a1c",
            "Müller & Söhne GmbH, Düsseldorf",
        ] {
            assert!(!looks_like_a_secret(ordinary), "{ordinary}");
        }
    }

    #[test]
    fn the_format_character_list_is_unicode_category_cf() {
        use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
        let differ: Vec<String> = (0..=char::MAX as u32)
            .filter_map(char::from_u32)
            .filter(|c| {
                is_invisible_format(*c) != (c.general_category() == GeneralCategory::Format)
            })
            .map(|c| format!("U+{:04X}", c as u32))
            .collect();
        assert!(differ.is_empty(), "differs from Unicode at {differ:?}");
    }
}
