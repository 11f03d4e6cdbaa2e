//! The commands of the `avsession-codes` tool, one module each, and what they share: reading
//! a page from a file, finding a shipped catalog by name, the output formats.

use std::fmt::{self, Write as _};
use std::path::Path;

use avsession_codes::page::{Page, PageErrorKind};
use avsession_codes::{Catalog, Entry, CATALOGS};
use clap::ValueEnum;

pub mod c_api;
pub mod check;
pub mod check_module;
pub mod explain;
pub mod import;
pub mod lang;
pub mod list;
pub mod render;
pub mod search;
pub mod text;

/// Output format.
#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    /// Laid out for a terminal.
    Text,
    /// JSON, for scripts.
    Json,
    /// Markdown, in the layout of OpenHarmony's error-code pages.
    Markdown,
}

/// How a command ended: what it printed, and its exit status.
pub struct Outcome {
    pub stdout: String,
    pub status: u8,
}

impl Outcome {
    pub fn ok(stdout: String) -> Self {
        Outcome { stdout, status: 0 }
    }
}

/// A command that could not run: its one line for stderr, and exit status 2.
pub struct Failure(pub String);

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Reads and parses a page; a failure names the file, and the line where the page is wrong.
pub fn read_page(path: &Path) -> Result<(String, Page), Failure> {
    let bytes = std::fs::read(path)
        .map_err(|err| Failure(format!("{}: cannot read the file: {err}", path.display())))?;
    let text = String::from_utf8(bytes).map_err(|err| {
        let at = err.utf8_error().valid_up_to();
        let line = 1 + String::from_utf8_lossy(&err.as_bytes()[..at])
            .matches('\n')
            .count();
        Failure(format!(
            "{}:{line}: the file is not UTF-8 (byte {at}): pages are UTF-8 Markdown",
            path.display()
        ))
    })?;
    let page = Page::parse(&text).map_err(|err| {
        let mut message = format!(
            "{}:{}: found {}, expected {}",
            path.display(),
            err.line(),
            err.found(),
            err.expected()
        );
        // Both places of a duplicate, as rustc's E0081 labels both assignments.
        if let PageErrorKind::DuplicateCode { first_line } = err.kind() {
            let _ = write!(
                message,
                "\n{}:{first_line}: the first section with the code",
                path.display()
            );
        }
        Failure(message)
    })?;
    Ok((text, page))
}

/// The shipped catalog named `name` (as `list` shows it), case-insensitive.
pub fn catalog_named(name: &str) -> Result<&'static Catalog, Failure> {
    CATALOGS
        .iter()
        .copied()
        .find(|c| c.name.eq_ignore_ascii_case(name.trim()))
        .ok_or_else(|| {
            let names: Vec<&str> = CATALOGS.iter().map(|c| c.name).collect();
            Failure(format!(
                "no catalog is named `{name}`: the catalogs are {}",
                names.join(", ")
            ))
        })
}

/// Every shipped catalog's entry of `code`, in the catalogs' order.
pub fn documenting(code: i32) -> impl Iterator<Item = (&'static Catalog, &'static Entry)> {
    CATALOGS
        .iter()
        .filter_map(move |catalog| catalog.lookup(code).map(|entry| (*catalog, entry)))
}

/// `serde_json` pretty output and a newline.
pub fn json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}
