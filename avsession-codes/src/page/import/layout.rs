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
use std::collections::BTreeMap;
use std::string::{String, ToString};
use std::vec;
use std::vec::Vec;

use crate::page::label::Role;
use crate::page::section::is_marker;
use crate::page::tree::{Kind, Node};
use crate::page::{Page, Section};

use super::lists::{self, Listed};
use crate::render::{self, preamble_of, Labels, Style, Texts};

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
    // Where the span of the next section starts when a group heading comes first: the group
    // heading belongs to the codes under it.
    let mut group_start = None;
    for node in &page.nodes {
        if let Kind::Section { .. } = node.kind {
            let boundary = group_start.take().unwrap_or(end);
            if first_section.is_none() {
                first_section = Some(boundary);
            } else {
                ends.push(boundary);
            }
        } else if matches!(node.kind, Kind::Heading { level } if level > 1) && group_start.is_none()
        {
            group_start = Some(end);
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

/// `text` as a template: each value of `fields` (a placeholder name, the value, and the part
/// of `text` that holds it: its block in the page's tree), in order, replaced by `{name}`
/// where that part has it, everything else kept, braces doubled. A value is looked for only in
/// its own part, so a text that happens to repeat a field elsewhere stays text.
pub(crate) fn template(text: &str, fields: &[(&str, &str, Range<usize>)]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for (name, value, within) in fields {
        if value.is_empty() {
            continue;
        }
        let start = at.max(within.start).min(text.len());
        let stop = within.end.min(text.len()).max(start);
        let Some(found) = text.get(start..stop).and_then(|part| part.find(value)) else {
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
    // Each text is looked for in its own block of the page's tree, relative to the span.
    let local =
        |range: Range<usize>| range.start.saturating_sub(offset)..range.end.saturating_sub(offset);
    let block = |role: Role| section.block(role).map(|b| local(b.span()));
    let heading = local(section.heading_span());
    let code_text = texts.code.to_string();
    let mut fields = vec![("code", code_text.as_str(), heading.clone())];
    if let Some(title) = texts.title {
        fields.push(("title", title, heading.clone()));
    }
    // A section without the label has its message in the paragraph after its heading.
    let message_block = block(Role::Message).or_else(|| {
        let end = section
            .blocks()
            .first()
            .map_or(text.len(), |b| local(b.span()).start);
        Some(heading.end..end)
    });
    let mut push = |name, value, within: Option<Range<usize>>| {
        if let Some(within) = within {
            fields.push((name, value, within));
        }
    };
    if let Some(message) = texts.message {
        push("message", message, message_block);
    }
    if let Some(description) = texts.description {
        push("description", description, block(Role::Description));
    }
    for cause in texts.causes {
        push("cause", cause, block(Role::Causes));
    }
    for solution in texts.solutions {
        push("solution", solution, block(Role::Solution));
    }
    // Each case's texts in its subsection's own blocks.
    let subsections = section.subsections();
    for index in 0..texts.cases.len() {
        let (Some(case), Some(subsection)) = (texts.cases.get(index), subsections.get(index))
        else {
            break;
        };
        let case_block = |role: Role| subsection.block(role).map(|b| local(b.span()));
        push("case", case.title, Some(local(subsection.heading_span())));
        if let Some(message) = case.message {
            push("case_message", message, case_block(Role::Message));
        }
        if let Some(description) = case.description {
            push(
                "case_description",
                description,
                case_block(Role::Description),
            );
        }
        for cause in case.causes {
            push("case_cause", cause, case_block(Role::Causes));
        }
        for solution in case.solutions {
            push("case_solution", solution, case_block(Role::Solution));
        }
    }
    let template = template(text, &fields);
    // Its lists as list placeholders where that writes the same section.
    let listed = Listed::of(&template);
    let mut written = String::new();
    let same = listed.has_lists()
        && render::section(&listed.template(), texts, &mut written).is_ok()
        && written == text;
    Layout {
        template,
        regular,
        listed: same.then_some(listed),
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
    let heading = page.title_span().unwrap_or(0..0);
    if let Some(title) = title {
        fields.push(("title", title, heading));
    }
    if let Some((note, within)) = note.zip(page.note().map(|n| n.span())) {
        fields.push(("note", note, within));
    }
    let mut out = template(preamble, &fields);
    out.push_str("{entries}");
    escape(trailer, &mut out);
    Some(out)
}

/// A section's layout: its template, whether the regular layout writes it, and the template
/// with its lists as list placeholders where those write the same section.
pub(crate) struct Layout {
    pub template: String,
    pub regular: bool,
    pub listed: Option<Listed>,
}

impl Layout {
    /// A layout without list placeholders.
    pub(crate) fn of(template: String, regular: bool) -> Layout {
        Layout {
            template,
            regular,
            listed: None,
        }
    }

    /// The template with lists as placeholders where it has them, without: sections of the
    /// same shape differ at most in their lists' styles.
    fn shape(&self) -> String {
        self.listed
            .as_ref()
            .map_or_else(|| self.template.clone(), Listed::shape)
    }

    fn styles(&self) -> Vec<Option<Style>> {
        self.listed.as_ref().map(Listed::styles).unwrap_or_default()
    }

    /// The section's own template: with list placeholders where it has lists.
    fn own(self) -> String {
        match self.listed {
            Some(listed) => listed.template(),
            None => self.template,
        }
    }
}

/// The catalog's section layout and each entry's own: the layout that writes the most
/// sections (of the most frequent shape, each list in the style that fits the most of them)
/// becomes the catalog's (written once) where it writes more sections than the regular
/// layout, and an entry keeps a layout only where its section is neither that one nor,
/// without one, the regular.
pub(crate) fn fold(layouts: Vec<Layout>) -> (Option<String>, Vec<Option<String>>) {
    let regular = layouts.iter().filter(|l| l.regular).count();
    let shapes: Vec<String> = layouts.iter().map(Layout::shape).collect();
    let styles: Vec<Vec<Option<Style>>> = layouts.iter().map(Layout::styles).collect();
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (index, shape) in shapes.iter().enumerate() {
        groups.entry(shape).or_default().push(index);
    }
    // Per shape, the styles that fit the most of its sections, and which sections they fit.
    let mut best: Option<(Vec<usize>, usize, Vec<Option<Style>>)> = None;
    for members in groups.values().filter(|members| members.len() >= 2) {
        let chosen = choose_styles(members, &styles);
        let fitting: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&m| lists::fits(&styles[m], &chosen))
            .collect();
        if best
            .as_ref()
            .is_none_or(|(most, _, _)| fitting.len() > most.len())
        {
            best = Some((fitting, members[0], chosen));
        }
    }
    let section = best.filter(|(fitting, _, _)| fitting.len() >= 2 && fitting.len() > regular);
    let mut covered = vec![false; layouts.len()];
    let section = section.map(|(fitting, example, chosen)| {
        for index in fitting {
            covered[index] = true;
        }
        match &layouts[example].listed {
            Some(listed) => listed.template_with(&chosen),
            None => layouts[example].template.clone(),
        }
    });
    let own = layouts
        .into_iter()
        .zip(covered)
        .map(|(layout, covered)| match &section {
            Some(_) => (!covered).then(|| layout.own()),
            None => (!layout.regular).then(|| layout.own()),
        })
        .collect();
    (section, own)
}

/// For sections of one shape (`members`), each list's style: list by list, the one that fits
/// the most of them together with the styles chosen before it.
fn choose_styles(members: &[usize], styles: &[Vec<Option<Style>>]) -> Vec<Option<Style>> {
    let slots = styles[members[0]].len();
    let mut chosen: Vec<Option<Style>> = Vec::with_capacity(slots);
    for slot in 0..slots {
        let mut options: Vec<Option<Style>> = members.iter().map(|&m| styles[m][slot]).collect();
        options.push(None);
        options.sort();
        options.dedup();
        let fitting = |option: Option<Style>| {
            members
                .iter()
                .filter(|&&m| {
                    let mut layout = chosen.clone();
                    layout.push(option);
                    lists::fits(&styles[m][..=slot], &layout)
                })
                .count()
        };
        let pick = options
            .into_iter()
            .max_by_key(|option| (fitting(*option), option.is_none()))
            .flatten();
        chosen.push(pick);
    }
    chosen
}
