//! Layouts: where a page is not in the regular layout that `render_markdown` writes, the
//! page's own text with placeholders where the catalog's texts go, so that `render_page`
//! gives the page back byte for byte.
//!
//! The page is cut into the preamble (up to the end of the last block before the first
//! section), one span per section (from the end of the one before to the end of its own last
//! block, so the blank line before a heading and a `<!--Del-->` that opens the section are
//! its own) and the trailer (after the last section's last block). A span whose text is not
//! what the regular layout writes for its entry keeps its text, each of the entry's texts
//! found in it, in order, replaced by its placeholder.

use core::ops::Range;
use std::string::String;
use std::vec::Vec;

use crate::page::section::is_marker;
use crate::page::tree::{Kind, Node};
use crate::page::Page;

/// The spans of a page: preamble, one per section (page order), trailer.
pub(crate) struct Spans {
    pub preamble: Range<usize>,
    pub sections: Vec<Range<usize>>,
    pub trailer: Range<usize>,
}

/// Cuts `page` into its spans.
pub(crate) fn spans(page: &Page) -> Spans {
    let source = page.source();
    let mut ends = Vec::new();
    // The end of the last block seen so far that belongs with what comes before it.
    let mut end = 0;
    let mut first_section = None;
    for node in &page.nodes {
        if let Kind::Section { .. } = node.kind {
            if first_section.is_none() {
                first_section = Some(end);
            } else {
                ends.push(end);
            }
        }
        for leaf in node.leaves() {
            if leaf.kind != Kind::Trivia && !opens_del(source, leaf) {
                end = leaf.span.end;
            }
        }
    }
    ends.push(end);
    let preamble_end = first_section.unwrap_or(end);
    let mut sections = Vec::new();
    let mut start = preamble_end;
    for end in ends {
        sections.push(start..end);
        start = end;
    }
    Spans {
        preamble: 0..preamble_end,
        sections,
        trailer: start..source.len(),
    }
}

/// A `<!--Del-->` (without its `<!--DelEnd-->` on the same line): it opens what follows.
fn opens_del(source: &str, leaf: &Node) -> bool {
    is_marker(source, leaf) && {
        let text = source[leaf.span.clone()].trim();
        text.starts_with("<!--Del-->") && !text.contains("DelEnd")
    }
}

/// `text` as a template: each value found, in order, from `fields` (a placeholder name, the
/// value, and where in `text` to start looking for it) replaced by `{name}`, everything else
/// kept, braces doubled. A value not found stays in the text as it is.
pub(crate) fn template(text: &str, fields: &[(&str, &str, usize)]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for (name, value, from) in fields {
        if value.is_empty() {
            continue;
        }
        let start = at.max(*from).min(text.len());
        let Some(found) = text.get(start..).and_then(|rest| rest.find(value)) else {
            continue;
        };
        let found = start + found;
        escape(&text[at..found], &mut out);
        out.push('{');
        out.push_str(name);
        out.push('}');
        at = found + value.len();
    }
    escape(&text[at..], &mut out);
    out
}

/// `text` with its braces doubled, as a template's literal.
pub(crate) fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        if c == '{' || c == '}' {
            out.push(c);
        }
        out.push(c);
    }
}
