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
use std::borrow::ToOwned;
use std::collections::BTreeMap;
use std::string::{String, ToString};
use std::vec;
use std::vec::Vec;

use crate::page::label::Role;
use crate::page::section::is_marker;
use crate::page::tree::{Kind, Node};
use crate::page::{Page, Section};
use crate::render::{preamble_of, Labels, Texts};

/// The spans of a page: preamble, one per section (page order), trailer.
pub(crate) struct Spans {
    pub preamble: Range<usize>,
    pub sections: Vec<Range<usize>>,
    pub trailer: Range<usize>,
}

/// Cuts `page` into its spans.
pub(crate) fn spans(page: &Page) -> Spans {
    let source = page.source();
    let rows = page.rows();
    if !rows.is_empty() {
        // A code table: each row's span from the end of the row before, so that text between
        // two tables goes with the next row.
        let first = rows[0].span().start;
        let mut sections = Vec::new();
        let mut start = first;
        for row in &rows {
            sections.push(start..row.span().end);
            start = row.span().end;
        }
        return Spans {
            preamble: 0..first,
            sections,
            trailer: start..source.len(),
        };
    }
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

/// The layout of a section whose span is `text` (at `offset` in the page): its template, and
/// whether it is what the regular layout writes for `texts`.
pub(crate) fn entry_layout(
    texts: &Texts<'_>,
    labels: &Labels,
    section: &Section<'_>,
    text: &str,
    offset: usize,
) -> Layout {
    let mut rendered = String::from("\n");
    let regular = texts.render(labels, &mut rendered).is_ok() && rendered == text;
    // Where each block starts, relative to the span: values are looked for from there on.
    let from = |role: Role| {
        section
            .block(role)
            .map_or(0, |block| block.span_start().saturating_sub(offset))
    };
    let code_text = texts.code.to_string();
    let mut fields = vec![("code", code_text.as_str(), 0)];
    if let Some(title) = texts.title {
        fields.push(("title", title, 0));
    }
    if let Some(message) = texts.message {
        fields.push(("message", message, from(Role::Message)));
    }
    if let Some(description) = texts.description {
        fields.push(("description", description, from(Role::Description)));
    }
    let causes_from = from(Role::Causes);
    fields.extend(texts.causes.iter().map(|c| ("cause", *c, causes_from)));
    let solutions_from = from(Role::Solution);
    fields.extend(
        texts
            .solutions
            .iter()
            .map(|s| ("solution", *s, solutions_from)),
    );
    // Each case's texts from its subsection on.
    let subsections = section.subsections();
    for index in 0..texts.cases.len() {
        let (Some(case), Some(subsection)) = (texts.cases.get(index), subsections.get(index))
        else {
            break;
        };
        let from = subsection.span_start().saturating_sub(offset);
        fields.push(("case", case.title, from));
        if let Some(message) = case.message {
            fields.push(("case_message", message, from));
        }
        if let Some(description) = case.description {
            fields.push(("case_description", description, from));
        }
        fields.extend(case.causes.iter().map(|c| ("case_cause", *c, from)));
        fields.extend(case.solutions.iter().map(|s| ("case_solution", *s, from)));
    }
    Layout {
        template: template(text, &fields),
        regular,
    }
}

/// The page's layout around its sections: `None` when the preamble and the trailer are what
/// the regular layout writes for `title` and `note`.
pub(crate) fn page_layout(
    title: Option<&str>,
    note: Option<&str>,
    labels: &Labels,
    page: &Page,
    spans: &Spans,
) -> Option<String> {
    let source = page.source();
    let preamble = &source[spans.preamble.clone()];
    let trailer = &source[spans.trailer.clone()];
    let mut regular = String::new();
    if let Some(title) = title {
        preamble_of(title, note, labels, &mut regular).ok()?;
    }
    if regular == preamble && trailer.is_empty() {
        return None;
    }
    let mut fields = Vec::new();
    if let Some(title) = title {
        fields.push(("title", title, 0));
    }
    if let Some(note) = note {
        fields.push(("note", note, 0));
    }
    let mut out = template(preamble, &fields);
    out.push_str("{entries}");
    escape(trailer, &mut out);
    Some(out)
}

/// A section's layout: its template, and whether the regular layout writes it.
pub(crate) struct Layout {
    pub template: String,
    pub regular: bool,
}

/// The catalog's section layout and each entry's own: the most frequent template becomes the
/// catalog's (written once) where it is more frequent than the regular layout, and an entry
/// keeps a layout only where its section is neither that one nor, without one, the regular.
pub(crate) fn fold(layouts: Vec<Layout>) -> (Option<String>, Vec<Option<String>>) {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    if layouts.is_empty() {
        return (None, Vec::new());
    }
    for layout in &layouts {
        *counts.entry(layout.template.as_str()).or_default() += 1;
    }
    let regular = layouts.iter().filter(|l| l.regular).count();
    let most = counts
        .iter()
        .max_by_key(|(_, count)| **count)
        .filter(|(_, count)| **count >= 2 && **count > regular)
        .map(|(template, _)| (*template).to_owned());
    let own = layouts
        .into_iter()
        .map(|layout| match &most {
            Some(most) => (layout.template != *most).then_some(layout.template),
            None => (!layout.regular).then_some(layout.template),
        })
        .collect();
    (most, own)
}
