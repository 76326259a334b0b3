//! The checklist as Markdown: GitHub task-list syntax that pastes cleanly into tickets,
//! e-mail and chat. Values are escaped, so a hostile name cannot add links or markup.

use std::fmt::Write;

use crate::domain::checklist::{
    helpdesk_ticket, progress, steps_with_ticket, ChecklistProgress, CreationRoute, EntryKind,
    StepGroup, StepStatus, TicketWriter,
};
use crate::domain::concur::{label_in_language, menu_end_in_language, Connection};
use crate::domain::profile::Profile;
use crate::domain::rules::{self, Tally};
use crate::i18n::t;

/// Renders the checklist in the active language; `prepared_on` is the date printed at the top
/// (ISO 8601 in every language). Concur's menu paths and field labels stay in English.
pub fn to_markdown(profile: &Profile, ticks: &ChecklistProgress, prepared_on: &str) -> String {
    to_markdown_with_ticket(profile, ticks, prepared_on, &helpdesk_ticket)
}

/// The same, with the Helpdesk ticket written by `ticket` (in the language chosen for it).
pub fn to_markdown_with_ticket(
    profile: &Profile,
    ticks: &ChecklistProgress,
    prepared_on: &str,
    ticket: TicketWriter,
) -> String {
    let steps = steps_with_ticket(profile, ticks.route, ticket);
    let total = progress(&steps, ticks, None);
    let admin = &profile.authorizing_admin;
    let mut out = String::new();
    let app = if profile.app_name.is_empty() {
        t::md_app_not_named()
    } else {
        text(&profile.app_name)
    };
    let token_route = profile.connection == Connection::CompanyRequestToken;
    let title = match (token_route, ticks.route) {
        (true, CreationRoute::AppCenter) => t::md_title_app_center(),
        (true, _) => t::md_title_token(),
        (false, _) => t::md_title_ws(),
    };
    let _ = writeln!(out, "# {}\n", t::pair(&title, &app));
    if let Some(company) = profile.company_name.as_deref() {
        let _ = writeln!(out, "- {}", t::pair(&t::md_company(), &text(company)));
    }
    let _ = writeln!(
        out,
        "- {}",
        t::pair(&t::md_edition(), &profile.edition.title())
    );
    let _ = writeln!(out, "- {}", t::pair(&t::md_prepared(), &text(prepared_on)));
    let _ = writeln!(out, "- {}", t::md_progress(&total.done, &total.applicable));
    // Each route names what it hands over: a WS Admin user's Login ID, or the App ID the
    // token is generated for and the data centre that has the token page.
    if token_route {
        let _ = writeln!(
            out,
            "- {}",
            t::pair(&"App ID", &code(profile.app_id.as_deref().unwrap_or("")))
        );
        let center = profile
            .data_center
            .map_or_else(t::md_data_centre_not_chosen, |center| {
                center.title().to_owned()
            });
        let _ = writeln!(out, "- {}", t::pair(&t::md_data_centre(), &center));
    } else {
        let _ = writeln!(
            out,
            "- {}",
            t::pair(&t::md_ws_login_id(), &code(&profile.ws_admin.login_id))
        );
    }
    let admin_said = format!(
        "{} {} ({})",
        text(&admin.first_name),
        text(&admin.last_name),
        code(&admin.email)
    );
    let _ = writeln!(
        out,
        "- {}",
        t::pair(&t::md_authorizing_admin(), &admin_said)
    );
    if !token_route {
        let data: Vec<&str> = profile.data_access.iter().map(|d| d.title()).collect();
        let needed = if data.is_empty() {
            t::md_none_chosen()
        } else {
            data.join(", ")
        };
        let _ = writeln!(out, "- {}", t::pair(&t::md_data_needed(), &needed));
    }
    let tally = Tally::of(&rules::validate(profile)).to_string();
    let _ = writeln!(out, "- {}", t::pair(&t::md_profile_check(), &tally));
    let _ = writeln!(
        out,
        "\n> {}\n",
        if token_route {
            t::md_no_token()
        } else {
            t::md_no_password()
        }
    );
    // A route with no step in a group (the App Center hands nothing over) prints no heading.
    for group in StepGroup::ALL
        .into_iter()
        .filter(|group| steps.iter().any(|step| step.group == *group))
    {
        let in_group = progress(&steps, ticks, Some(group));
        let _ = writeln!(
            out,
            "## {} ({})\n",
            group.title(profile.connection, ticks.route.within(profile.connection)),
            t::md_group_progress(&in_group.done, &in_group.applicable)
        );
        for step in steps.iter().filter(|step| step.group == group) {
            let record = ticks.record(step.id);
            let (mark, title) = match record.status {
                StepStatus::Done => ("x", format!("**{}**", text(&step.title))),
                StepStatus::Todo => (" ", format!("**{}**", text(&step.title))),
                StepStatus::NotApplicable => (
                    "x",
                    format!("~~{}~~ ({})", text(&step.title), t::md_not_applicable()),
                ),
            };
            let _ = writeln!(out, "- [{mark}] {title} ({})  ", step.actor.title());
            if let Some(menu) = step.menu_path {
                let here = menu_end_in_language(menu)
                    .map(|label| format!(" {}", t::concur_label_here(&label)))
                    .unwrap_or_default();
                let path = format!("**{menu}**{}", text(&here));
                let _ = writeln!(out, "  {}  ", t::pair(&t::md_in_concur(), &path));
            }
            let _ = writeln!(out, "  {}", text(&step.detail));
            if step.gated {
                let _ = writeln!(out, "  _{}_", t::md_gated());
            }
            for entry in &step.enter {
                let here = label_in_language(&entry.label, step.menu_path)
                    .map(|label| format!(" {}", t::concur_label_here(&label)))
                    .unwrap_or_default();
                let label = format!("{}{}", text(&entry.label), text(&here));
                let value = &entry.value;
                match entry.kind {
                    EntryKind::Block => {
                        let fence = "`".repeat(longest_run(value, '`').max(2) + 1);
                        let _ = writeln!(out, "  - {label}:\n\n    {fence}text");
                        for line in value.lines() {
                            let _ = writeln!(out, "    {line}");
                        }
                        let _ = writeln!(out, "    {fence}\n");
                    }
                    EntryKind::Instruction => {
                        let _ = writeln!(out, "  - {}", t::pair(&label, &text(value)));
                    }
                    EntryKind::Value | EntryKind::List => {
                        let _ = writeln!(out, "  - {}", t::pair(&label, &code(value)));
                    }
                }
            }
            if record.status != StepStatus::Todo {
                let when = record.at.as_deref().map(text).unwrap_or_default();
                let what = match record.status {
                    StepStatus::Done => t::md_done(),
                    _ => t::md_marked_not_applicable(),
                };
                let _ = writeln!(out, "  - {what} {when}");
            }
            if !record.note.is_empty() {
                let _ = writeln!(out, "  - {}", t::pair(&t::md_note(), &text(&record.note)));
            }
        }
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Plain text on one line, with Markdown's active characters escaped. GitHub and GitLab
/// also turn bare `https://…`, `www.…` and e-mail addresses (`x@y.z`, `mailto:`, `xmpp:`)
/// into links, and they do so after parsing, so a backslash escape does not stop them: each
/// word that could become one (any `@`, a `:` inside it, `www.`) is written as a code span,
/// where no link is made, with the punctuation around it left outside. `&` is escaped, so no
/// entity (`&commat;`) can spell an `@` back. Linear in the value's length.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    for (index, word) in value.split(char::is_whitespace).enumerate() {
        if index > 0 {
            out.push(' ');
        }
        if could_become_a_link(word) {
            let core = word.trim_start_matches(LEADING);
            let lead = &word[..word.len() - core.len()];
            let trimmed = core.trim_end_matches(TRAILING);
            let trail = &core[trimmed.len()..];
            escape_into(&mut out, lead);
            out.push_str(&code(trimmed));
            escape_into(&mut out, trail);
        } else {
            escape_into(&mut out, word);
        }
    }
    out
}

/// Punctuation that may surround a word in a sentence, kept outside its code span.
const LEADING: &[char] = &['(', '[', '"', '\''];
const TRAILING: &[char] = &[')', ']', '"', '\'', ',', '.', ';', ':', '!', '?'];

/// Whether GitHub's autolinker could make a link of (part of) this word: an `@`, a scheme
/// (a letter then `:`, as in `https:` or `mailto:`; a time's `09:30` is not one), or `www.`.
fn could_become_a_link(word: &str) -> bool {
    word.contains('@')
        || word
            .trim_end_matches(TRAILING)
            .as_bytes()
            .windows(2)
            .any(|pair| pair[0].is_ascii_alphabetic() && pair[1] == b':')
        || word
            .as_bytes()
            .windows(4)
            .any(|four| four.eq_ignore_ascii_case(b"www."))
}

/// Appends `text` with Markdown's active characters escaped and control characters dropped.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            // `>` only quotes at the start of a line, and no line starts with a value.
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '#' | '|' | '~' | '!' | '&' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
}

/// A code span that holds any value, backticks included; "(empty)" when there is none.
fn code(value: &str) -> String {
    if value.is_empty() {
        return t::md_empty();
    }
    let single_line: String = value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let fence = "`".repeat(longest_run(&single_line, '`') + 1);
    let pad = if single_line.starts_with('`') || single_line.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{single_line}{pad}{fence}")
}

fn longest_run(value: &str, of: char) -> usize {
    let (mut longest, mut run) = (0, 0);
    for c in value.chars() {
        run = if c == of { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_cannot_open_links_or_emphasis() {
        assert_eq!(text("*b* <img> [x]"), "\\*b\\* \\<img> \\[x\\]");
        assert_eq!(text("[x](http://evil)"), "\\[`x](http://evil`)");
        assert_eq!(text("line\nbreak"), "line break");
    }

    #[test]
    fn words_that_could_become_links_are_code_spans() {
        assert_eq!(
            text("See https://evil.example, WWW.evil.example or (x@evil.example)."),
            "See `https://evil.example`, `WWW.evil.example` or (`x@evil.example`)."
        );
        assert_eq!(text("x&commat;evil.example"), "x\\&commat;evil.example");
        // A colon that ends a word, or sits in a time, cannot start a link, and stays plain.
        assert_eq!(text("Note: done"), "Note: done");
        assert_eq!(text("2026-11-28T09:30:00Z"), "2026-11-28T09:30:00Z");
    }

    #[test]
    fn code_spans_survive_backticks() {
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`x`"), "`` `x` ``");
        assert_eq!(code(""), "(empty)");
    }
}
