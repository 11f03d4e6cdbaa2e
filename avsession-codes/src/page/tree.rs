//! The lossless syntax tree of a page.
//!
//! pulldown-cmark finds the page's top-level Markdown blocks (its offset iterator gives each
//! block's byte range), so that `CommonMark` decides what is a heading, a list or a paragraph
//! (a `## ` inside a fenced code block is not a heading, `1.文字` is not a list). Each block is
//! widened to whole lines, and every byte no block covers (blank lines, lines of only spaces
//! or tabs) becomes a trivia node, so the leaves of the tree are the whole input, in order,
//! each exactly once. Printing a page is concatenating them.
//!
//! The tree is two levels deep where the page has sections: the page's nodes are its
//! preamble (title, comments, note, intro paragraphs), group headings and code sections; a
//! code section holds the blocks under its heading, with `###` subsections as nodes of their
//! own. Labels (`**Error Message**`, with or without a `<br>`) are split off the paragraphs
//! they start, so a label is always a node of its own.

use core::ops::Range;
use std::string::String;
use std::vec;
use std::vec::Vec;

use pulldown_cmark::{Event, Options, Parser, Tag};

use super::label;

/// What a node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Blank lines, or lines of only spaces and tabs.
    Trivia,
    /// A heading that is neither a code nor inside one: the page title, a group heading.
    Heading {
        level: u8,
    },
    /// A code's section: its heading is its first child.
    Section {
        level: u8,
        code: i32,
    },
    /// A subsection inside a code's section: its heading is its first child.
    Subsection {
        level: u8,
    },
    /// The heading line that starts a section or a subsection.
    SectionHeading {
        level: u8,
    },
    /// `**Label**`, with its `<br>` if it has one.
    Label,
    Paragraph,
    List {
        ordered: bool,
    },
    Quote,
    /// An HTML block: a comment such as `<!--Del-->` on its own line.
    Html,
    Code,
    Table,
    /// Any other block (a thematic break, a footnote definition, ...).
    Other,
}

/// A node: a range of the page's source, and for sections its children, which cover that
/// range exactly.
#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub kind: Kind,
    pub span: Range<usize>,
    /// The 1-based line the node starts on.
    pub line: usize,
    pub children: Vec<Node>,
}

impl Node {
    fn leaf(kind: Kind, span: Range<usize>, line: usize) -> Self {
        Node {
            kind,
            span,
            line,
            children: Vec::new(),
        }
    }

    /// The node's leaves, in order: for a leaf, itself.
    pub fn leaves(&self) -> Leaves<'_> {
        Leaves { stack: vec![self] }
    }
}

/// Depth-first iterator over the leaves of a node.
pub(crate) struct Leaves<'a> {
    stack: Vec<&'a Node>,
}

impl<'a> Iterator for Leaves<'a> {
    type Item = &'a Node;

    fn next(&mut self) -> Option<&'a Node> {
        while let Some(node) = self.stack.pop() {
            if node.children.is_empty() {
                return Some(node);
            }
            self.stack.extend(node.children.iter().rev());
        }
        None
    }
}

/// Line starts of a text, for turning byte offsets into 1-based line numbers.
pub(crate) struct Lines(Vec<usize>);

impl Lines {
    pub fn new(source: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(at, _)| at + 1));
        Lines(starts)
    }

    /// The 1-based line of byte `offset`.
    pub fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|start| *start <= offset)
    }
}

/// The page's top-level blocks, widened to whole lines, in order, without overlaps.
fn blocks(source: &str) -> Vec<(Kind, Range<usize>)> {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    let mut out: Vec<(Kind, Range<usize>)> = Vec::new();
    let mut depth = 0usize;
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                if depth == 0 {
                    out.push((block_kind(&tag), range));
                }
                depth += 1;
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Rule if depth == 0 => out.push((Kind::Other, range)),
            _ => {}
        }
    }
    let mut widened: Vec<(Kind, Range<usize>)> = Vec::with_capacity(out.len());
    for (kind, range) in out {
        let start = line_start(source, range.start);
        let end = line_end(source, range.end.max(range.start));
        let start = widened
            .last()
            .map_or(start, |(_, prev)| start.max(prev.end));
        let end = without_trailing_blank_lines(source, start, end);
        if start < end {
            widened.push((kind, start..end));
        }
    }
    widened
}

/// `start..end` without the blank lines (or lines of spaces and tabs) at its end, which
/// pulldown-cmark counts into a loose list: they are trivia.
fn without_trailing_blank_lines(source: &str, start: usize, mut end: usize) -> usize {
    while end > start {
        let body = &source[start..end];
        let without_newline = body.strip_suffix('\n').unwrap_or(body);
        let last_line_start = without_newline.rfind('\n').map_or(0, |nl| nl + 1);
        if last_line_start == 0 || !without_newline[last_line_start..].trim().is_empty() {
            break;
        }
        end = start + last_line_start;
    }
    end
}

fn block_kind(tag: &Tag<'_>) -> Kind {
    match tag {
        Tag::Heading { level, .. } => Kind::Heading {
            level: *level as u8,
        },
        Tag::Paragraph => Kind::Paragraph,
        Tag::List(first) => Kind::List {
            ordered: first.is_some(),
        },
        Tag::BlockQuote(_) => Kind::Quote,
        Tag::HtmlBlock => Kind::Html,
        Tag::CodeBlock(_) => Kind::Code,
        Tag::Table(_) => Kind::Table,
        _ => Kind::Other,
    }
}

/// The start of the line that holds byte `at`.
fn line_start(source: &str, at: usize) -> usize {
    source[..at].rfind('\n').map_or(0, |nl| nl + 1)
}

/// The end of the line that holds the byte before `at` (past its `\n`), or `at` if it is
/// already at a line start.
fn line_end(source: &str, at: usize) -> usize {
    if at == 0 || source.as_bytes()[at - 1] == b'\n' {
        return at;
    }
    source[at..]
        .find('\n')
        .map_or(source.len(), |nl| at + nl + 1)
}

/// The start of the line after the one that holds byte `at` (or the end of the source).
fn next_line(source: &str, at: usize) -> usize {
    source[at..]
        .find('\n')
        .map_or(source.len(), |nl| at + nl + 1)
}

/// The page's leaves: blocks, labels split off, and trivia between them.
fn leaves(source: &str, lines: &Lines) -> Vec<Node> {
    let mut out = Vec::new();
    let mut at = 0;
    for (kind, span) in blocks(source) {
        if at < span.start {
            out.push(Node::leaf(Kind::Trivia, at..span.start, lines.line(at)));
        }
        at = span.end;
        if kind == Kind::Paragraph {
            split_labels(source, span, lines, &mut out);
        } else {
            out.push(Node::leaf(kind, span.clone(), lines.line(span.start)));
        }
    }
    if at < source.len() {
        out.push(Node::leaf(Kind::Trivia, at..source.len(), lines.line(at)));
    }
    out
}

/// A paragraph as labels and the paragraphs between them: a line that is only `**Label**`
/// (or `**Label**<br>`, the text possibly going on after the `<br>`) is a label of its own,
/// even where no blank line separates it from the text before or after it.
fn split_labels(source: &str, span: Range<usize>, lines: &Lines, out: &mut Vec<Node>) {
    let mut text_start = span.start;
    let mut line_at = span.start;
    while line_at < span.end {
        let line_stop = next_line(source, line_at).min(span.end);
        if let Some(label_len) = label::label_prefix(&source[line_at..line_stop]) {
            if text_start < line_at {
                out.push(Node::leaf(
                    Kind::Paragraph,
                    text_start..line_at,
                    lines.line(text_start),
                ));
            }
            let label_end = line_at + label_len;
            out.push(Node::leaf(
                Kind::Label,
                line_at..label_end,
                lines.line(line_at),
            ));
            text_start = label_end;
        }
        line_at = line_stop;
    }
    if text_start < span.end {
        out.push(Node::leaf(
            Kind::Paragraph,
            text_start..span.end,
            lines.line(text_start),
        ));
    }
}

/// A heading's level and text (without the `#`s and the surrounding spaces), if `line` is an
/// ATX heading.
pub(crate) fn heading_text(line: &str) -> Option<(u8, &str)> {
    let trimmed = line.trim_start_matches(' ');
    let hashes = trimmed.len() - trimmed.trim_start_matches('#').len();
    let rest = &trimmed[hashes..];
    if !(1..=6).contains(&hashes) || !(rest.is_empty() || rest.starts_with([' ', '\t', '\n'])) {
        return None;
    }
    let text = rest.trim_matches([' ', '\t', '\n']);
    let text = text.trim_end_matches('#').trim_end_matches([' ', '\t']);
    Some((u8::try_from(hashes).ok()?, text))
}

/// What a heading's text says about a code: none, a code, or a first word that tries to be
/// one and is not (the word, for the error).
pub(crate) enum HeadingCode<'a> {
    None,
    Code(i32),
    NotInteger(&'a str),
    TooLarge(&'a str),
}

/// The code a heading's text starts with: its first word, when the word begins with a digit
/// and is not a numbered title (`1. The positioning fails ...`).
pub(crate) fn heading_code(text: &str) -> HeadingCode<'_> {
    let word = text.split([' ', '\t']).next().unwrap_or("");
    // A negative code is a minus sign and digits (`## -1 Time and Time Zone Service Error`).
    let unsigned = word.strip_prefix('-').unwrap_or(word);
    if !unsigned.starts_with(|c: char| c.is_ascii_digit()) {
        return HeadingCode::None;
    }
    let digits = word.len()
        - unsigned
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .len();
    match word[digits..].chars().next() {
        None => match word.parse::<i32>() {
            Ok(code) => HeadingCode::Code(code),
            Err(_) => HeadingCode::TooLarge(word),
        },
        Some(c) if c.is_alphanumeric() || c == '_' => HeadingCode::NotInteger(word),
        // `1.`, `2)`, `3、`: a numbered heading.
        Some(_) => HeadingCode::None,
    }
}

/// The tree of a page: the leaves grouped into sections and subsections. Returns the nodes
/// and each heading's code problem, for the caller to report.
pub(crate) fn build(source: &str) -> (Vec<Node>, Vec<HeadingProblem>) {
    let lines = Lines::new(source);
    let mut problems = Vec::new();
    let mut top: Vec<Node> = Vec::new();
    // The open section, and the open subsection inside it.
    let mut section: Option<Node> = None;
    let mut subsection: Option<Node> = None;
    for leaf in leaves(source, &lines) {
        let heading = match leaf.kind {
            Kind::Heading { level } => heading_text(&source[leaf.span.clone()])
                .map(|(_, text)| (level, heading_code(text))),
            _ => None,
        };
        let Some((level, code)) = heading else {
            match (&mut subsection, &mut section) {
                (Some(sub), _) => push_child(sub, leaf),
                (None, Some(sec)) => push_child(sec, leaf),
                (None, None) => top.push(leaf),
            }
            continue;
        };
        let code = match code {
            HeadingCode::Code(code) => Some(code),
            HeadingCode::None => None,
            HeadingCode::NotInteger(word) | HeadingCode::TooLarge(word) => {
                let too_large = matches!(code, HeadingCode::TooLarge(_));
                problems.push(HeadingProblem {
                    line: leaf.line,
                    word: word.into(),
                    too_large,
                });
                None
            }
        };
        let section_level = section.as_ref().map(|s| match s.kind {
            Kind::Section { level, .. } => level,
            _ => 0,
        });
        match (code, section_level) {
            // A heading deeper than the open section's, without a code: a subsection.
            (None, Some(open)) if level > open => {
                close(&mut subsection, section.as_mut());
                let mut sub = Node::leaf(Kind::Subsection { level }, leaf.span.clone(), leaf.line);
                sub.children.push(Node {
                    kind: Kind::SectionHeading { level },
                    ..leaf
                });
                subsection = Some(sub);
            }
            (Some(code), _) => {
                close(&mut subsection, section.as_mut());
                top.extend(close(&mut section, None));
                let mut sec =
                    Node::leaf(Kind::Section { level, code }, leaf.span.clone(), leaf.line);
                sec.children.push(Node {
                    kind: Kind::SectionHeading { level },
                    ..leaf
                });
                section = Some(sec);
            }
            (None, _) => {
                close(&mut subsection, section.as_mut());
                top.extend(close(&mut section, None));
                top.push(leaf);
            }
        }
    }
    close(&mut subsection, section.as_mut());
    if let Some(sec) = section {
        top.push(sec);
    }
    (top, problems)
}

/// A heading whose first word is a broken code.
pub(crate) struct HeadingProblem {
    pub line: usize,
    pub word: String,
    pub too_large: bool,
}

fn push_child(parent: &mut Node, child: Node) {
    parent.span.end = child.span.end;
    parent.children.push(child);
}

/// Closes the open node: into `parent` if there is one, else hands it back.
fn close(open: &mut Option<Node>, parent: Option<&mut Node>) -> Option<Node> {
    let node = open.take()?;
    match parent {
        Some(parent) => {
            push_child(parent, node);
            None
        }
        None => Some(node),
    }
}
