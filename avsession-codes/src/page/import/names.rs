//! Rust names for what a page names in prose: the enum from the page title, the variants from
//! the codes' English titles.

use std::collections::BTreeSet;
use std::format;
use std::string::String;
use std::vec::Vec;

/// Words that name nothing in an identifier (`Unknown Error in the Cast Controller` is
/// `UnknownErrorInCastController`).
const ARTICLES: &[&str] = &["the", "a", "an"];

/// Keywords that a one-word title could turn into.
const KEYWORDS: &[&str] = &["Self"];

/// A title without its HTML elements and their contents (`<sup>(deprecated)</sup>`).
pub(crate) fn without_markup(title: &str) -> String {
    let mut out = String::new();
    let mut rest = title;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let tag = &rest[open + 1..];
        let name: String = tag.chars().take_while(char::is_ascii_alphabetic).collect();
        let close = format!("</{name}>");
        rest = match (name.is_empty(), tag.find(&close)) {
            (false, Some(end)) => &tag[end + close.len()..],
            _ => match tag.find('>') {
                Some(end) => &tag[end + 1..],
                None => "",
            },
        };
    }
    out.push_str(rest);
    out
}

/// `Session Does Not Exist` as `SessionDoesNotExist`: words split at spaces and hyphens,
/// letters and digits kept, articles dropped, an all-capital word written as one word
/// (`HTTP` as `Http`, as Rust names acronyms), `None` when no ASCII word is left (a Chinese
/// title).
pub(crate) fn upper_camel(text: &str) -> Option<String> {
    let mut out = String::new();
    for word in text.split(|c: char| c.is_whitespace() || c == '-' || c == '_') {
        let word: String = word.chars().filter(char::is_ascii_alphanumeric).collect();
        if word.is_empty() || ARTICLES.contains(&word.to_ascii_lowercase().as_str()) {
            continue;
        }
        let acronym = word.len() > 1 && !word.chars().any(|c| c.is_ascii_lowercase());
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            if acronym {
                out.extend(chars.map(|c| c.to_ascii_lowercase()));
            } else {
                out.extend(chars);
            }
        }
    }
    if out.is_empty() {
        return None;
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) || KEYWORDS.contains(&out.as_str()) {
        out.insert_str(0, "Code");
    }
    Some(out)
}

/// Words of a message that a variant's name takes at most: enough to tell codes apart, short
/// enough to read.
const MESSAGE_WORDS: usize = 8;

/// Names each row's variant, in page order: from its title; for a code without one, from its C
/// constant where one is given (`AV_SESSION_ERR_SERVICE_EXCEPTION` as
/// `AvSessionErrServiceException`), else from its message's first clause (at most eight
/// words); `Code<code>` where none of them has an ASCII word. A name already taken is made
/// unique with the code.
pub(crate) fn name_variants(rows: &mut [super::Row]) {
    let mut taken = BTreeSet::new();
    for row in rows {
        let base = match &row.title {
            Some(title) => upper_camel(&without_markup(title)),
            None => row
                .constants
                .first()
                .map(String::as_str)
                .and_then(upper_camel)
                .or_else(|| upper_camel(&first_clause(&without_markup(&row.message)))),
        };
        let base = base.unwrap_or_else(|| format!("Code{}", row.code));
        let name = if taken.contains(&base) {
            format!("{base}{}", row.code)
        } else {
            base
        };
        taken.insert(name.clone());
        row.variant = name;
    }
}

/// The first clause of a message, up to its first punctuation and at most `MESSAGE_WORDS`
/// words: `Failed to obtain the geographical location.` gives `Failed to obtain the
/// geographical location`.
fn first_clause(message: &str) -> String {
    let clause = message
        .split(['.', ',', ':', ';', '(', '，', '。', '：', '；', '（'])
        .find(|part| !part.trim().is_empty())
        .unwrap_or("");
    clause
        .split_whitespace()
        .take(MESSAGE_WORDS)
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the page title names: `AVSession Management Error Codes` names `AVSession
/// Management`, `Universal Error Codes` names `Universal`.
pub(crate) fn subject(title: &str) -> &str {
    let title = title.trim();
    for suffix in [" Error Codes", " Error Code", " Errors", "错误码"] {
        if let Some(subject) = title.strip_suffix(suffix) {
            return subject.trim();
        }
    }
    title
}

/// The enum's name: the page's subject in `UpperCamelCase` with `Error` after it
/// (`Audio Error Codes` gives `AudioError`).
pub(crate) fn enum_name(title: &str) -> Option<String> {
    upper_camel(subject(title)).map(|name| format!("{name}Error"))
}

/// Whether `name` is a Rust identifier that a variant or type can have.
pub(crate) fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name != "_"
        && !["Self", "self", "crate", "super"].contains(&name)
}
