//! The Rust module of an imported page, written as rustfmt writes it: an attribute on one line
//! when it fits in 100 columns, else one key per line (no trailing comma, as rustfmt leaves
//! attribute lists); string literals are never broken.

use core::fmt::Write as _;
use std::borrow::ToOwned;
use std::format;
use std::string::{String, ToString};
use std::vec;
use std::vec::Vec;

use super::cases::CaseRow;
use super::{Module, Row};

/// rustfmt's default line width.
const WIDTH: usize = 100;

pub(super) fn module(module: &Module) -> String {
    let mut out = String::new();
    let title = module.title.as_deref().unwrap_or(&module.name);
    let _ = write!(
        out,
        "// {}: the catalog `{}`, generated from its page by\n\
         // `avsession-codes import`. Regenerate it instead of editing it.\n\
         // Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.\n\n",
        one_line(title),
        module.enum_name,
    );
    out.push_str("use avsession_codes::ErrorCatalog;\n\n");
    doc(&mut out, "", &format!("{}.", one_line(title)));
    if let Some(note) = &module.note {
        out.push_str("///\n");
        doc(&mut out, "", note);
    }
    // The docs are the page's own text, which names APIs and products without backticks.
    out.push_str("#[allow(clippy::doc_markdown)]\n");
    out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]\n");
    let mut keys = vec![format!("name = {}", string(&module.name))];
    if let Some(title) = &module.title {
        keys.push(format!("title = {}", string(title)));
    }
    if let Some(note) = &module.note {
        keys.push(format!("note = {}", string(note)));
    }
    if let Some((start, end)) = module.range {
        keys.push(format!("range = {start}..={end}"));
    }
    if let Some(layout) = &module.layout {
        keys.push(format!("layout = {}", string(layout)));
    }
    if let Some(section) = &module.section {
        keys.push(format!("section = {}", string(section)));
    }
    if let Some(lock) = &module.lock {
        keys.push(format!("lock = {}", string(lock)));
    }
    let tags = |locales: Vec<&str>| {
        let tags: Vec<String> = locales.into_iter().map(string).collect();
        format!("[{}]", tags.join(", "))
    };
    if !module.locales.is_empty() {
        keys.push(format!(
            "locales = {}",
            tags(module.locales.iter().map(|l| l.tag.as_str()).collect())
        ));
    }
    let partial: Vec<&str> = module
        .locales
        .iter()
        .filter(|l| l.partial)
        .map(|l| l.tag.as_str())
        .collect();
    if !partial.is_empty() {
        keys.push(format!("partial = {}", tags(partial)));
    }
    attribute(&mut out, "", "catalog", &keys);
    for locale in &module.locales {
        let mut keys = vec![string(&locale.tag)];
        if let Some(title) = &locale.title {
            keys.push(format!("title = {}", string(title)));
        }
        if let Some(note) = &locale.note {
            keys.push(format!("note = {}", string(note)));
        }
        if let Some(layout) = &locale.layout {
            keys.push(format!("layout = {}", string(layout)));
        }
        if let Some(section) = &locale.section {
            keys.push(format!("section = {}", string(section)));
        }
        attribute(&mut out, "", "translation", &keys);
    }
    let _ = writeln!(out, "pub enum {} {{", module.enum_name);
    for code in &module.codes {
        variant(&mut out, code);
    }
    out.push_str("}\n");
    out
}

fn variant(out: &mut String, code: &Row) {
    let indent = "    ";
    let heading = match &code.title {
        Some(title) => format!("{} ({}).", one_line(title), code.code),
        None => format!("Error code {}.", code.code),
    };
    doc(out, indent, &heading);
    if !code.constants.is_empty() {
        let names: Vec<String> = code.constants.iter().map(|c| format!("`{c}`")).collect();
        out.push_str("    ///\n");
        doc(out, indent, &format!("C API: {}.", names.join(", ")));
    }
    if let Some(description) = &code.description {
        out.push_str("    ///\n");
        doc(out, indent, description);
    }
    if code.deprecated {
        out.push_str("    #[deprecated = \"the page marks this code deprecated\"]\n");
    }
    let mut keys = vec![code.code.to_string()];
    if let Some(title) = &code.title {
        keys.push(format!("title = {}", string(title)));
    }
    // A code split into cases without a message of its own shows its first case's.
    if !code.message_from_case {
        keys.push(format!("message = {}", string(&code.message)));
    }
    if let Some(description) = &code.description {
        keys.push(format!("description = {}", string(description)));
    }
    keys.extend(code.causes.iter().map(|c| format!("cause = {}", string(c))));
    keys.extend(
        code.solutions
            .iter()
            .map(|s| format!("solution = {}", string(s))),
    );
    if let Some(since) = code.since {
        keys.push(format!("since = {since}"));
    }
    if code.system_api {
        keys.push("system_api".to_owned());
    }
    keys.extend(
        code.constants
            .iter()
            .map(|c| format!("constant = {}", string(c))),
    );
    if let Some(layout) = &code.layout {
        keys.push(format!("layout = {}", string(layout)));
    }
    attribute(out, indent, "code", &keys);
    for case in &code.cases {
        attribute(out, indent, "case", &case_keys(None, case));
    }
    for translation in &code.translations {
        let mut keys = vec![string(&translation.tag)];
        if let Some(title) = &translation.title {
            keys.push(format!("title = {}", string(title)));
        }
        if let Some(message) = &translation.message {
            keys.push(format!("message = {}", string(message)));
        }
        if let Some(description) = &translation.description {
            keys.push(format!("description = {}", string(description)));
        }
        keys.extend(
            translation
                .causes
                .iter()
                .map(|c| format!("cause = {}", string(c))),
        );
        keys.extend(
            translation
                .solutions
                .iter()
                .map(|s| format!("solution = {}", string(s))),
        );
        if let Some(layout) = &translation.layout {
            keys.push(format!("layout = {}", string(layout)));
        }
        attribute(out, indent, "translation", &keys);
        for case in &translation.cases {
            attribute(
                out,
                indent,
                "case",
                &case_keys(Some(&translation.tag), case),
            );
        }
    }
    let _ = writeln!(out, "    {},", code.variant);
}

/// The keys of `#[case(...)]`: the locale first for a translation's case.
fn case_keys(locale: Option<&str>, case: &CaseRow) -> Vec<String> {
    let mut keys: Vec<String> = locale.map(string).into_iter().collect();
    keys.push(format!("title = {}", string(&case.title)));
    if let Some(message) = &case.message {
        keys.push(format!("message = {}", string(message)));
    }
    if let Some(description) = &case.description {
        keys.push(format!("description = {}", string(description)));
    }
    keys.extend(case.causes.iter().map(|c| format!("cause = {}", string(c))));
    keys.extend(
        case.solutions
            .iter()
            .map(|s| format!("solution = {}", string(s))),
    );
    keys
}

/// `#[name(keys)]` on one line if it fits, else a key per line.
fn attribute(out: &mut String, indent: &str, name: &str, keys: &[String]) {
    let line = format!("{indent}#[{name}({})]", keys.join(", "));
    if line.len() <= WIDTH && !line.contains('\n') {
        out.push_str(&line);
        out.push('\n');
        return;
    }
    let _ = writeln!(out, "{indent}#[{name}(");
    let last = keys.len().saturating_sub(1);
    for (i, key) in keys.iter().enumerate() {
        let comma = if i == last { "" } else { "," };
        let _ = writeln!(out, "{indent}    {key}{comma}");
    }
    let _ = writeln!(out, "{indent})]");
}

/// Doc comment lines: `/// text`, an empty line as `///`.
fn doc(out: &mut String, indent: &str, text: &str) {
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            let _ = writeln!(out, "{indent}///");
        } else {
            let _ = writeln!(out, "{indent}/// {line}");
        }
    }
}

/// A title on one line (a title never has more, but a doc line must not break).
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A Rust string literal holding `text` exactly: `"`, `\` and control characters escaped,
/// the rest as it is.
pub(super) fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
