//! OpenHarmony's error-code pages, read without losing a byte (feature `page`).
//!
//! [`Page::parse`] reads an `errorcode-*.md` page into a lossless syntax tree: every byte of
//! the input is in exactly one node, so `page.to_string()` is the input, byte for byte, blank
//! lines, trailing spaces, comments and a missing final newline included. Typed views read
//! from that tree: the page's [title](Page::title), [header comments](Page::header_comments),
//! [note](Page::note) and [language](Page::language), and each code's [`Section`] with its
//! labelled [`Block`]s (message, description, causes, solution steps, any other label), its
//! [`Subsection`]s, whether it is a system API (inside `<!--Del-->`), and the line it starts on.
//!
//! ```
//! use avsession_codes::page::{Page, Role};
//!
//! let text = "# Audio Error Codes\n\n## 6800101 Invalid Parameter\n\n**Error Message**\n\n\
//!             Invalid parameter.\n\n**Solution**\n\n1. Check the parameter.\n\n2. Retry.\n";
//! let page = Page::parse(text)?;
//! assert_eq!(page.to_string(), text);
//! assert_eq!(page.title(), Some("Audio Error Codes"));
//! let section = &page.sections()[0];
//! assert_eq!((section.code(), section.title(), section.line()), (6800101, "Invalid Parameter", 3));
//! assert_eq!(section.message().as_deref(), Some("Invalid parameter."));
//! assert_eq!(section.solutions(), ["Check the parameter.", "Retry."]);
//! assert_eq!(section.block(Role::Solution).unwrap().label(), "Solution");
//! # Ok::<(), avsession_codes::page::PageError>(())
//! ```
//!
//! # The format
//!
//! The parser follows `CommonMark` (through pulldown-cmark) for what is a block, and reads
//! what the blocks mean as OpenHarmony's pages write them:
//!
//! - `# <title>`, the page's `<!--Kit: ...-->` comments and a `> **NOTE**` (`> **说明：**`)
//!   block before the first code;
//! - one section per code: a heading `## <code> <title>` (any level; the title may be missing,
//!   the code may be negative), or `### <code> ...` under a group heading (`## Basic File IO
//!   Error Codes`), which belongs to the codes under it;
//! - in a section, labelled blocks: `**Error Message**`, `**Description**`, `**Possible
//!   Causes**`, `**Solution**` and every spelling the pages use (`Cause`, `Procedure`,
//!   `错误信息`, `错误描述`, `可能原因`, `处理步骤`, in any case, with a colon or a full-width
//!   colon, leading spaces or `<br>` after them: [`Role`] and [`Language`] name them); a
//!   section without the message label has its message in its first paragraph;
//! - a label's items: its paragraph, or the items of its list (`1. `, `1.`, `- `);
//! - a code's subsections (`### Scenario 1: ...`, `### 1. ...`, Chinese headings) are its
//!   cases ([`Subsection`]), each with labelled blocks of its own;
//! - a code table (`| Error Code | Name | Description |`, in either language) gives one code
//!   per row ([`TableRow`]);
//! - `<!--Del-->` / `<!--DelEnd-->` mark what the public SDK leaves out (system APIs), even
//!   where they are unbalanced.
//!
//! A page that breaks the format is a [`PageError`] naming its line and what was expected.

use core::fmt;
use std::collections::BTreeMap;
use std::format;
use std::string::String;
use std::vec::Vec;

mod diff;
mod drift;
mod error;
mod import;
mod label;
mod section;
mod table;
mod tree;

pub use diff::{diff, Difference, DifferenceKind};
pub use drift::{assert_in_step, in_step, Drift};
pub use error::{PageError, PageErrorKind};
pub use import::{
    import, Constant, Constants, ImportError, ImportOptions, Imported, Meaning, Warning,
};
pub use label::{Language, Role};
pub use section::{Block, Section, Subsection};
pub use table::TableRow;

use section::is_marker;
use tree::{Kind, Node};

/// An error-code page: its source and the lossless tree over it.
#[derive(Debug, Clone)]
pub struct Page {
    source: String,
    nodes: Vec<Node>,
    /// Per section (in page order), whether it is inside `<!--Del-->`.
    system_api: Vec<bool>,
    /// Whether any `<!--Del-->` opens on the page.
    has_del: bool,
    language: Language,
    /// The rows of its code table, on a page whose codes are a table.
    rows: Vec<table::Row>,
}

impl Page {
    /// Reads a page.
    ///
    /// # Errors
    /// A [`PageError`] naming the line when the page has no code section, when a heading's
    /// code is not an integer or does not fit in `i32`, or when two sections have one code.
    pub fn parse(source: &str) -> Result<Page, PageError> {
        let (nodes, problems) = tree::build(source);
        if let Some(problem) = problems.first() {
            let kind = if problem.too_large {
                PageErrorKind::OutOfRange
            } else {
                PageErrorKind::NotAnInteger
            };
            return Err(PageError::new(
                problem.line,
                kind,
                format!("`{}`", problem.word),
            ));
        }
        let mut page = Page {
            source: String::from(source),
            nodes,
            system_api: Vec::new(),
            has_del: false,
            language: Language::English,
            rows: Vec::new(),
        };
        (page.system_api, page.has_del) = page.del_flags();
        let mut seen = BTreeMap::new();
        for node in page.section_nodes() {
            let Kind::Section { code, .. } = node.kind else {
                continue;
            };
            if let Some(first_line) = seen.insert(code, node.line) {
                return Err(PageError::new(
                    node.line,
                    PageErrorKind::DuplicateCode { first_line },
                    format!("code {code} again"),
                ));
            }
        }
        if seen.is_empty() {
            // A page whose codes are the rows of a table.
            page.rows = table::rows(&page.source, &page.nodes);
            for row in &page.rows {
                if let Some(first_line) = seen.insert(row.code, row.line) {
                    return Err(PageError::new(
                        row.line,
                        PageErrorKind::DuplicateCode { first_line },
                        format!("code {} again", row.code),
                    ));
                }
            }
        }
        if seen.is_empty() {
            let last_line = source.lines().count().max(1);
            return Err(PageError::new(
                last_line,
                PageErrorKind::NoSection,
                "no `## <code> <title>` heading and no table of codes up to the end of the page",
            ));
        }
        page.language = page.detect_language();
        Ok(page)
    }

    /// The page's text: what [`Page::parse`] read.
    #[must_use]
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The language of the page, from its labels (`**Error Message**` or `**错误信息**`), else
    /// from its title's script.
    #[must_use]
    pub fn language(&self) -> Language {
        self.language
    }

    /// The page title: the text of its first `#` heading, before any section.
    #[must_use]
    pub fn title(&self) -> Option<&str> {
        self.preamble().find_map(|node| match node.kind {
            Kind::Heading { level: 1 } => tree::heading_text(self.text(node)).map(|(_, t)| t),
            _ => None,
        })
    }

    /// The byte range of the title's heading line.
    pub(crate) fn title_span(&self) -> Option<core::ops::Range<usize>> {
        self.preamble()
            .find(|node| node.kind == Kind::Heading { level: 1 })
            .map(|node| node.span.clone())
    }

    /// The comments before the first section (`<!--Kit: AVSession Kit-->`, ...), each as
    /// written, one per line.
    #[must_use]
    pub fn header_comments(&self) -> Vec<&str> {
        self.preamble()
            .filter(|node| node.kind == Kind::Html)
            .flat_map(|node| self.text(node).lines())
            .filter(|line| !line.trim().is_empty())
            .collect()
    }

    /// The note under the title (`> **NOTE**` ... or `> **说明：**` ...).
    #[must_use]
    pub fn note(&self) -> Option<Note<'_>> {
        self.preamble()
            .find(|node| node.kind == Kind::Quote)
            .map(|node| Note {
                source: self.text(node),
                line: node.line,
                bounds: (node.span.start, node.span.end),
            })
    }

    /// The paragraphs (and other blocks) of the preamble that are neither the title, the
    /// comments nor the note: a page's introduction, as written.
    #[must_use]
    pub fn intro(&self) -> Vec<&str> {
        self.intro_lines()
            .into_iter()
            .map(|(_, text)| text)
            .collect()
    }

    /// [`Page::intro`], each block with the 1-based line it starts on.
    pub(crate) fn intro_lines(&self) -> Vec<(usize, &str)> {
        let mut titled = false;
        self.preamble()
            .filter(|node| match node.kind {
                Kind::Heading { level: 1 } if !titled => {
                    titled = true;
                    false
                }
                Kind::Trivia | Kind::Html | Kind::Quote => false,
                // A code table is the page's codes, not its introduction.
                Kind::Table => self.rows.is_empty(),
                _ => true,
            })
            .map(|node| {
                (
                    node.line,
                    self.text(node).trim_end_matches(['\n', ' ', '\t']),
                )
            })
            .collect()
    }

    /// Every code's section, in page order (codes under group headings included).
    #[must_use]
    pub fn sections(&self) -> Vec<Section<'_>> {
        self.section_nodes()
            .zip(&self.system_api)
            .filter_map(|(node, system_api)| match node.kind {
                Kind::Section { code, .. } => Some(Section {
                    source: &self.source,
                    node,
                    code,
                    system_api: *system_api,
                }),
                _ => None,
            })
            .collect()
    }

    /// The rows of the page's code table, in page order, on a page whose codes are a table
    /// (`| Error Code | Name | Description |`) instead of sections; empty on a page of sections.
    #[must_use]
    pub fn rows(&self) -> Vec<TableRow<'_>> {
        self.rows
            .iter()
            .map(|row| TableRow {
                source: &self.source,
                row,
            })
            .collect()
    }

    /// The section of `code`.
    #[must_use]
    pub fn section(&self, code: i32) -> Option<Section<'_>> {
        self.sections().into_iter().find(|s| s.code() == code)
    }

    /// Whether the page marks system APIs at all: it has a `<!--Del-->` region. A page
    /// without one (an older revision, or one rendered in the regular layout) does not say
    /// which codes are system APIs, so [`diff`] does not compare them.
    #[must_use]
    pub fn marks_system_apis(&self) -> bool {
        self.has_del
    }

    /// The group headings (`## Basic File IO Error Codes`) with their lines.
    #[must_use]
    pub fn groups(&self) -> Vec<(usize, &str)> {
        let mut before_first = true;
        self.nodes
            .iter()
            .filter(|node| {
                if matches!(node.kind, Kind::Section { .. }) {
                    before_first = false;
                }
                matches!(node.kind, Kind::Heading { level } if level > 1 || !before_first)
            })
            .filter_map(|node| Some((node.line, tree::heading_text(self.text(node))?.1)))
            .collect()
    }

    fn text(&self, node: &Node) -> &str {
        &self.source[node.span.clone()]
    }

    /// The top-level nodes before the first section or group heading.
    fn preamble(&self) -> impl Iterator<Item = &Node> {
        self.nodes.iter().take_while(|node| {
            !matches!(node.kind, Kind::Section { .. })
                && !matches!(node.kind, Kind::Heading { level } if level > 1)
        })
    }

    fn section_nodes(&self) -> impl Iterator<Item = &Node> {
        self.nodes
            .iter()
            .filter(|node| matches!(node.kind, Kind::Section { .. }))
    }

    /// Per section, whether `<!--Del-->` is open at its heading. A `<!--Del-->` opens the
    /// region and a `<!--DelEnd-->` closes it; a second `<!--Del-->` while one is open (the
    /// access-token page leaves one unclosed) starts the region anew.
    fn del_flags(&self) -> (Vec<bool>, bool) {
        let mut open = false;
        let mut any = false;
        let mut flags = Vec::new();
        for node in &self.nodes {
            if matches!(node.kind, Kind::Section { .. }) {
                flags.push(open);
            }
            for leaf in node.leaves() {
                if !is_marker(&self.source, leaf) {
                    continue;
                }
                for comment in self.text(leaf).split("-->") {
                    match comment.trim() {
                        "<!--Del" => (open, any) = (true, true),
                        "<!--DelEnd" => open = false,
                        _ => {}
                    }
                }
            }
        }
        (flags, any)
    }

    fn detect_language(&self) -> Language {
        let (mut english, mut chinese) = (0usize, 0usize);
        for section in self.sections() {
            for block in section.blocks() {
                match label::role(block.label()).1 {
                    Some(Language::English) => english += 1,
                    Some(Language::Chinese) => chinese += 1,
                    None => {}
                }
            }
        }
        if english == chinese {
            let cjk = self
                .title()
                .unwrap_or("")
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
            if cjk {
                return Language::Chinese;
            }
            return Language::English;
        }
        if chinese > english {
            Language::Chinese
        } else {
            Language::English
        }
    }
}

/// The page, byte for byte as it was read: the concatenation of the tree's leaves.
impl fmt::Display for Page {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for node in &self.nodes {
            for leaf in node.leaves() {
                f.write_str(self.text(leaf))?;
            }
        }
        Ok(())
    }
}

/// The note block under a page's title.
#[derive(Debug, Clone, Copy)]
pub struct Note<'p> {
    source: &'p str,
    line: usize,
    /// Where the note starts and ends in the page.
    bounds: (usize, usize),
}

impl<'p> Note<'p> {
    /// The block as written, `>` markers included.
    #[must_use]
    pub fn source(&self) -> &'p str {
        self.source
    }

    /// The 1-based line the note starts on.
    #[must_use]
    pub fn line(&self) -> usize {
        self.line
    }

    /// The byte range of the note in the page.
    pub(crate) fn span(&self) -> core::ops::Range<usize> {
        self.bounds.0..self.bounds.1
    }

    /// The note's label: `NOTE`, `说明：`, if its first line is one.
    #[must_use]
    pub fn label(&self) -> Option<&'p str> {
        let first = self.quoted_lines().next()?;
        label::label_prefix(first).map(|_| label::name(first))
    }

    /// The note's text: its lines without `> `, its label and the empty lines after the label,
    /// joined by newlines.
    #[must_use]
    pub fn text(&self) -> String {
        let mut lines: Vec<&str> = self.quoted_lines().collect();
        if self.label().is_some() {
            lines.remove(0);
        }
        let start = lines
            .iter()
            .position(|l| !l.is_empty())
            .unwrap_or(lines.len());
        let end = lines
            .iter()
            .rposition(|l| !l.is_empty())
            .map_or(start, |e| e + 1);
        lines[start..end.max(start)].join("\n")
    }

    fn quoted_lines(&self) -> impl Iterator<Item = &'p str> {
        self.source.lines().map(|line| {
            let line = line.trim_start();
            let line = line.strip_prefix('>').unwrap_or(line);
            line.strip_prefix(' ').unwrap_or(line).trim_end()
        })
    }
}
