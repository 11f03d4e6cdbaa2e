//! Codes in a table: a page whose codes are the rows of a Markdown table (`| Error Code | Name |
//! Description |`, one row per code) instead of `## <code>` sections.
//!
//! Which column is which is read from the cells, not from the header's words, so a table in
//! any language reads: the code column is the first whose every cell is an integer, the name
//! column one whose every cell is an identifier (`EPERM`, `ERR_OK`), the description column the
//! widest of the others.

use core::ops::Range;
use std::vec::Vec;

use pulldown_cmark::{Event, Options, Parser, Tag};

use super::tree::{Kind, Lines, Node};

/// One code of a code table.
#[derive(Debug, Clone, Copy)]
pub struct TableRow<'p> {
    pub(crate) source: &'p str,
    pub(crate) row: &'p Row,
}

/// A row as the page holds it: the code and the byte ranges of its cells.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub code: i32,
    pub line: usize,
    /// The row's line, newline included.
    pub span: Range<usize>,
    pub name: Option<Range<usize>>,
    pub description: Option<Range<usize>>,
}

impl<'p> TableRow<'p> {
    /// The code.
    #[must_use]
    pub fn code(&self) -> i32 {
        self.row.code
    }

    /// The 1-based line of the row.
    #[must_use]
    pub fn line(&self) -> usize {
        self.row.line
    }

    /// The name cell (the C constant, `EPERM`), where the row has one.
    #[must_use]
    pub fn name(&self) -> Option<&'p str> {
        self.row
            .name
            .clone()
            .map(|r| &self.source[r])
            .filter(|n| !n.is_empty())
    }

    /// The description cell, as written.
    #[must_use]
    pub fn description(&self) -> Option<&'p str> {
        self.row
            .description
            .clone()
            .map(|r| &self.source[r])
            .filter(|d| !d.is_empty())
    }

    /// The row's line, as written.
    #[must_use]
    pub fn source(&self) -> &'p str {
        &self.source[self.row.span.clone()]
    }

    /// The byte offset of the row in the page.
    pub(crate) fn span(&self) -> Range<usize> {
        self.row.span.clone()
    }
}

/// The code rows of every top-level table of the page whose columns make a code table, in
/// page order.
pub(crate) fn rows(source: &str, nodes: &[Node]) -> Vec<Row> {
    let lines = Lines::new(source);
    nodes
        .iter()
        .filter(|node| node.kind == Kind::Table)
        .flat_map(|node| table_rows(source, node.span.clone(), &lines))
        .collect()
}

/// The body rows of one table, each as its cells' ranges (trimmed), if it is a code table.
fn table_rows(source: &str, span: Range<usize>, lines: &Lines) -> Vec<Row> {
    let text = &source[span.clone()];
    let mut body: Vec<(usize, Vec<Range<usize>>)> = Vec::new();
    let mut in_head = false;
    for (event, range) in Parser::new_ext(text, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            Event::Start(Tag::TableHead) => in_head = true,
            Event::End(pulldown_cmark::TagEnd::TableHead) => in_head = false,
            Event::Start(Tag::TableRow) if !in_head => body.push((range.start, Vec::new())),
            Event::Start(Tag::TableCell) if !in_head => {
                if let Some((_, cells)) = body.last_mut() {
                    let cell = trimmed(text, range);
                    cells.push(span.start + cell.start..span.start + cell.end);
                }
            }
            _ => {}
        }
    }
    let cell = |cells: &[Range<usize>], column: usize| cells.get(column).cloned();
    let columns = body.iter().map(|(_, cells)| cells.len()).max().unwrap_or(0);
    let every = |column: usize, test: &dyn Fn(&str) -> bool| {
        !body.is_empty()
            && body
                .iter()
                .all(|(_, cells)| cell(cells, column).is_some_and(|range| test(&source[range])))
    };
    let Some(code_column) = (0..columns).find(|&c| every(c, &|t| t.parse::<i32>().is_ok())) else {
        return Vec::new();
    };
    let name_column = (0..columns)
        .filter(|&c| c != code_column)
        .find(|&c| every(c, &|t| t.is_empty() || is_identifier(t)));
    // The description: the widest of the other columns.
    let description_column = (0..columns)
        .filter(|&c| c != code_column && Some(c) != name_column)
        .max_by_key(|&c| {
            body.iter()
                .filter_map(|(_, cells)| cell(cells, c))
                .map(|r| r.len())
                .sum::<usize>()
        });
    body.iter()
        .filter_map(|(start, cells)| {
            let code = source[cell(cells, code_column)?].parse().ok()?;
            let row_start = span.start + start;
            let row_end = source[row_start..]
                .find('\n')
                .map_or(source.len(), |nl| row_start + nl + 1);
            Some(Row {
                code,
                line: lines.line(row_start),
                span: row_start..row_end,
                name: name_column.and_then(|c| cell(cells, c)),
                description: description_column.and_then(|c| cell(cells, c)),
            })
        })
        .collect()
}

/// `range` of `text` without the spaces and pipes around the cell's content.
fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let cell = &text[range.clone()];
    let start = cell.len() - cell.trim_start_matches([' ', '\t', '|']).len();
    let end = cell
        .trim_end_matches([' ', '\t', '|', '\n'])
        .len()
        .max(start);
    range.start + start..range.start + end
}

/// `EPERM`, `E_BASE`, `ERR_OK`: a C identifier.
fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}
