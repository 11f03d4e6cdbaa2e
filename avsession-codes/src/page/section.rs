//! Typed views over a page's tree: a code's section, its labelled blocks, its subsections.
//! Each reads its text from the tree when asked; nothing is copied into a second model.

use core::ops::Range;
use std::string::String;
use std::vec::Vec;

use pulldown_cmark::{Event, Parser, Tag};

use super::label::{self, Role};
use super::tree::{heading_text, Kind, Node};

/// One code's section: `## <code> <title>` and everything up to the next code or group
/// heading.
#[derive(Debug, Clone, Copy)]
pub struct Section<'p> {
    pub(crate) source: &'p str,
    pub(crate) node: &'p Node,
    pub(crate) code: i32,
    pub(crate) system_api: bool,
}

impl<'p> Section<'p> {
    /// The code, as its heading gives it.
    #[must_use]
    pub fn code(&self) -> i32 {
        self.code
    }

    /// The title, as written after the code (markup such as `<sup>(deprecated)</sup>` kept).
    #[must_use]
    pub fn title(&self) -> &'p str {
        let text = self.heading_text();
        let code_len = text.find([' ', '\t']).unwrap_or(text.len());
        text[code_len..].trim_matches([' ', '\t'])
    }

    /// The heading's level: 2 for `## 6600101 ...`, 3 for a code under a group heading.
    #[must_use]
    pub fn level(&self) -> u8 {
        match self.node.kind {
            Kind::Section { level, .. } => level,
            _ => 0,
        }
    }

    /// The 1-based line of the heading.
    #[must_use]
    pub fn line(&self) -> usize {
        self.node.line
    }

    /// Whether the section is inside `<!--Del-->`: a code only system applications receive.
    #[must_use]
    pub fn system_api(&self) -> bool {
        self.system_api
    }

    /// The section's source, from its heading to the next section's (or the end of the page).
    #[must_use]
    pub fn source(&self) -> &'p str {
        &self.source[self.node.span.clone()]
    }

    /// The paragraphs between the heading and the first label (an alias such as "Similar to
    /// the error code [27787277](...)."), as written.
    #[must_use]
    pub fn intro(&self) -> Vec<&'p str> {
        intro(self.source, body(self.node))
    }

    /// The labelled blocks of the section itself (not of its subsections), in page order.
    #[must_use]
    pub fn blocks(&self) -> Vec<Block<'p>> {
        blocks(self.source, body(self.node))
    }

    /// The first block with `role`.
    #[must_use]
    pub fn block(&self, role: Role) -> Option<Block<'p>> {
        self.blocks().into_iter().find(|block| block.role == role)
    }

    /// The error message: the text under `**Error Message**` up to a note under it (a `> **NOTE**`
    /// block, which stays in the layout), or, in a section without that label, its first
    /// paragraph before any label (6600111 on the AVSession page).
    #[must_use]
    pub fn message(&self) -> Option<String> {
        match self.block(Role::Message) {
            Some(block) => Some(block.lead_text()),
            None => self.intro().first().map(|text| String::from(*text)),
        }
    }

    /// The description.
    #[must_use]
    pub fn description(&self) -> Option<String> {
        self.block(Role::Description).map(|block| block.text())
    }

    /// The possible causes: the items of the causes block.
    #[must_use]
    pub fn causes(&self) -> Vec<String> {
        self.block(Role::Causes)
            .map(|block| block.items())
            .unwrap_or_default()
    }

    /// The solution steps: the items of the solution block, in order.
    #[must_use]
    pub fn solutions(&self) -> Vec<String> {
        self.block(Role::Solution)
            .map(|block| block.items())
            .unwrap_or_default()
    }

    /// The `###` subsections inside the section (scenarios, one per message).
    #[must_use]
    pub fn subsections(&self) -> Vec<Subsection<'p>> {
        self.node
            .children
            .iter()
            .filter(|node| matches!(node.kind, Kind::Subsection { .. }))
            .map(|node| Subsection {
                source: self.source,
                node,
            })
            .collect()
    }

    fn heading_text(&self) -> &'p str {
        heading_of(self.source, self.node)
    }

    /// The byte range of its heading line in the page.
    pub(crate) fn heading_span(&self) -> Range<usize> {
        heading_span(self.node)
    }
}

/// A subsection inside a code's section: `### <title>` and its own blocks.
#[derive(Debug, Clone, Copy)]
pub struct Subsection<'p> {
    source: &'p str,
    node: &'p Node,
}

impl<'p> Subsection<'p> {
    /// The title, as written.
    #[must_use]
    pub fn title(&self) -> &'p str {
        heading_of(self.source, self.node)
    }

    /// The 1-based line of its heading.
    #[must_use]
    pub fn line(&self) -> usize {
        self.node.line
    }

    /// Its source, heading included.
    #[must_use]
    pub fn source(&self) -> &'p str {
        &self.source[self.node.span.clone()]
    }

    /// The paragraphs before its first label.
    #[must_use]
    pub fn intro(&self) -> Vec<&'p str> {
        intro(self.source, body(self.node))
    }

    /// Its labelled blocks.
    #[must_use]
    pub fn blocks(&self) -> Vec<Block<'p>> {
        blocks(self.source, body(self.node))
    }

    /// The first block with `role`.
    #[must_use]
    pub fn block(&self, role: Role) -> Option<Block<'p>> {
        self.blocks().into_iter().find(|block| block.role == role)
    }

    /// The byte range of its heading line in the page.
    pub(crate) fn heading_span(&self) -> Range<usize> {
        heading_span(self.node)
    }

    /// Its error message: the text under its `**Error Message**` label, up to a note under it.
    #[must_use]
    pub fn message(&self) -> Option<String> {
        self.block(Role::Message).map(|block| block.lead_text())
    }

    /// Its description.
    #[must_use]
    pub fn description(&self) -> Option<String> {
        self.block(Role::Description).map(|block| block.text())
    }

    /// Its possible causes: the items of its causes block.
    #[must_use]
    pub fn causes(&self) -> Vec<String> {
        self.block(Role::Causes)
            .map(|block| block.items())
            .unwrap_or_default()
    }

    /// Its solution steps: the items of its solution block, in order.
    #[must_use]
    pub fn solutions(&self) -> Vec<String> {
        self.block(Role::Solution)
            .map(|block| block.items())
            .unwrap_or_default()
    }
}

/// A label and the blocks under it, up to the next label or subsection.
#[derive(Debug, Clone, Copy)]
pub struct Block<'p> {
    source: &'p str,
    label: &'p Node,
    body: &'p [Node],
    role: Role,
}

impl<'p> Block<'p> {
    /// The label's name as written: `Error Message`, `Possible Cause`, `错误信息`.
    #[must_use]
    pub fn label(&self) -> &'p str {
        label::name(&self.source[self.label.span.clone()])
    }

    /// What the block holds.
    #[must_use]
    pub fn role(&self) -> Role {
        self.role
    }

    /// The 1-based line of the label.
    #[must_use]
    pub fn line(&self) -> usize {
        self.label.line
    }

    /// The byte range of the block in the page: its label and the blocks under it.
    pub(crate) fn span(&self) -> Range<usize> {
        let end = self.body.last().map_or(self.label.span.end, |n| n.span.end);
        self.label.span.start..end
    }

    /// Whether the label has a `<br>` (`**Error Message**<br>`).
    #[must_use]
    pub fn has_br(&self) -> bool {
        self.source[self.label.span.clone()].contains("<br")
    }

    /// The text under the label, as written: from its first block to its last, without the
    /// blank lines around them and without the final newline.
    #[must_use]
    pub fn text(&self) -> String {
        let content = content(self.body);
        match (content.first(), content.last()) {
            (Some(first), Some(last)) => {
                let text = &self.source[first.span.start..last.span.end];
                String::from(text.trim_end_matches(['\n', ' ', '\t']))
            }
            _ => String::new(),
        }
    }

    /// The text under the label up to the first block that is neither a paragraph nor a list
    /// (a `> **NOTE**` quote, a code block, a table): a message, without the note under it.
    #[must_use]
    pub fn lead_text(&self) -> String {
        let all = content(self.body);
        let lead = all
            .iter()
            .position(|n| !matches!(n.kind, Kind::Paragraph | Kind::List { .. } | Kind::Trivia))
            .map_or(all, |stop| content(&all[..stop]));
        match (lead.first(), lead.last()) {
            (Some(first), Some(last)) => {
                let text = &self.source[first.span.start..last.span.end];
                String::from(text.trim_end_matches(['\n', ' ', '\t']))
            }
            _ => String::new(),
        }
    }

    /// Whether something other than paragraphs and lists follows the text under the label (a
    /// note under a message).
    #[must_use]
    pub(crate) fn has_trailer(&self) -> bool {
        content(self.body)
            .iter()
            .any(|n| !matches!(n.kind, Kind::Paragraph | Kind::List { .. } | Kind::Trivia))
    }

    /// The items under the label: a list's items (markers taken off), lines numbered `1.`
    /// without a space (`1.文字`) or `1、`, else each paragraph or other block as one item.
    #[must_use]
    pub fn items(&self) -> Vec<String> {
        let mut out = Vec::new();
        for node in content(self.body) {
            let text = &self.source[node.span.clone()];
            match node.kind {
                Kind::List { .. } => out.extend(list_items(text)),
                Kind::Paragraph if numbered_lines(text).is_some() => {
                    out.extend(numbered_lines(text).unwrap_or_default());
                }
                _ => out.push(String::from(text.trim_end_matches(['\n', ' ', '\t']))),
            }
        }
        out
    }
}

/// A section's or subsection's children after its heading.
fn body(node: &Node) -> &[Node] {
    node.children.get(1..).unwrap_or(&[])
}

/// The byte range of the heading that starts `node` (a section or subsection).
fn heading_span(node: &Node) -> Range<usize> {
    node.children.first().unwrap_or(node).span.clone()
}

/// The text of the heading that starts `node` (a section or subsection).
fn heading_of<'p>(source: &'p str, node: &Node) -> &'p str {
    let heading = node.children.first().unwrap_or(node);
    let line = &source[heading.span.clone()];
    heading_text(line).map_or(line.trim(), |(_, text)| text)
}

/// Whether a node is a marker of the documentation's build (`<!--Del-->`, `<!--RP1End-->`),
/// which belongs to no block's text.
pub(crate) fn is_marker(source: &str, node: &Node) -> bool {
    node.kind == Kind::Html && {
        let text = source[node.span.clone()].trim();
        text.starts_with("<!--") && text.ends_with("-->")
    }
}

/// `nodes` without the trivia at either end.
fn content(nodes: &[Node]) -> &[Node] {
    let start = nodes
        .iter()
        .position(|n| n.kind != Kind::Trivia)
        .unwrap_or(nodes.len());
    let end = nodes
        .iter()
        .rposition(|n| n.kind != Kind::Trivia)
        .map_or(start, |at| at + 1);
    &nodes[start..end.max(start)]
}

fn intro<'p>(source: &'p str, body: &'p [Node]) -> Vec<&'p str> {
    body.iter()
        .take_while(|node| {
            node.kind != Kind::Label && !matches!(node.kind, Kind::Subsection { .. })
        })
        .filter(|node| node.kind != Kind::Trivia && !is_marker(source, node))
        .map(|node| source[node.span.clone()].trim_end_matches(['\n', ' ', '\t']))
        .collect()
}

fn blocks<'p>(source: &'p str, body: &'p [Node]) -> Vec<Block<'p>> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < body.len() {
        if body[at].kind != Kind::Label {
            at += 1;
            continue;
        }
        let label = &body[at];
        let end = body[at + 1..]
            .iter()
            .position(|node| {
                node.kind == Kind::Label || matches!(node.kind, Kind::Subsection { .. })
            })
            .map_or(body.len(), |offset| at + 1 + offset);
        // Build markers at the end belong to what follows (the next section's `<!--Del-->`).
        let mut stop = end;
        while stop > at + 1
            && (body[stop - 1].kind == Kind::Trivia || is_marker(source, &body[stop - 1]))
        {
            stop -= 1;
        }
        out.push(Block {
            source,
            label,
            body: &body[at + 1..stop],
            role: label::role(label::name(&source[label.span.clone()])).0,
        });
        at = end;
    }
    out
}

/// The items of a Markdown list, each without its marker and the whitespace after it.
fn list_items(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    for (event, range) in Parser::new(text).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                if depth == 1 && matches!(tag, Tag::Item) {
                    let item = text[range].trim_start();
                    let marker = item
                        .find(|c: char| {
                            !(c.is_ascii_digit() || matches!(c, '.' | ')' | '-' | '*' | '+'))
                        })
                        .unwrap_or(item.len());
                    let item = item[marker..].trim_start_matches([' ', '\t']);
                    out.push(String::from(item.trim_end_matches(['\n', ' ', '\t'])));
                }
                depth += 1;
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    out
}

/// The items of a paragraph whose every line is numbered without a Markdown list's space
/// (`1.文字`, `2、文字`), or `None`.
fn numbered_lines(text: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for line in text.lines() {
        let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let rest = &line[digits..];
        let rest = rest.strip_prefix('.').or_else(|| rest.strip_prefix('、'));
        match rest {
            Some(item) if digits > 0 => out.push(String::from(item.trim_end())),
            _ => return None,
        }
    }
    (!out.is_empty()).then_some(out)
}
