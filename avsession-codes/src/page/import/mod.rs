//! A page as a catalog: the Rust module `avsession-codes import` prints.

use core::fmt;
use std::borrow::ToOwned;
use std::format;
use std::string::{String, ToString};
use std::vec::Vec;

use super::label::Role;
use super::{Page, Section, TableRow};
use crate::render::Labels;

pub use constants::{Constant, Constants, Meaning};

pub(crate) mod cases;
mod constants;
mod emit;
mod layout;
mod lists;
mod lock;
// The derive's lock reader (a symbolic link to its source): the importer uses only part.
#[allow(dead_code)]
mod lock_format;
mod names;
pub(crate) mod table;
mod translate;

/// How to import a page.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct ImportOptions {
    /// The enum's name; else the page title's subject with `Error` (`AudioError`).
    pub enum_name: Option<String>,
    /// The catalog's name; else the page title's subject (`Audio`).
    pub name: Option<String>,
    /// Facts the page does not hold: the C API's constant names and API levels.
    pub constants: Constants,
    /// The page in other languages, each with its locale (`zh-CN`): their texts become the
    /// catalog's translations.
    pub translations: Vec<(String, Page)>,
    /// The catalog's lock: the path written into `#[catalog(lock = "...")]` (relative to the
    /// crate's `Cargo.toml`) and the lock's text, when it exists. Import refuses a page that
    /// would break it.
    pub lock: Option<(String, Option<String>)>,
    /// A locked code keeps its locked variant name where the page's title would name it
    /// otherwise (`import --keep-names`): an upstream retitle is then no refusal.
    pub keep_names: bool,
}

/// What [`import`] made of a page: the module, and a warning for each place of the page that
/// the entries' fields do not hold (carried in a layout instead).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Imported {
    /// The Rust module.
    pub source: String,
    /// The enum's name.
    pub enum_name: String,
    /// Places of the page that only the layouts carry, in page order.
    pub warnings: Vec<Warning>,
}

/// A place of the page that the catalog's fields do not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The page the line is on: `None` for the page imported, else the locale of the
    /// translated page.
    pub locale: Option<String>,
    /// The 1-based line.
    pub line: usize,
    /// What is there, and where the catalog keeps it.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Why a page could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError(String);

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ImportError {}

/// One code as the catalog will hold it.
pub(crate) struct Row {
    pub code: i32,
    /// The line of its section's heading.
    pub line: usize,
    pub variant: String,
    /// `None` for a heading that is only the code (`## 2900001`).
    pub title: Option<String>,
    /// What `Display` shows: the code's own message, or its first case's.
    pub message: String,
    /// Whether `message` is the first case's: the code has none of its own.
    pub message_from_case: bool,
    pub description: Option<String>,
    pub causes: Vec<String>,
    pub solutions: Vec<String>,
    pub system_api: bool,
    pub deprecated: bool,
    /// The C API's names: a code table's name column first, then the constants table's.
    pub constants: Vec<String>,
    pub since: Option<u32>,
    pub layout: Option<String>,
    pub cases: Vec<cases::CaseRow>,
    pub translations: Vec<translate::TranslationRow>,
}

impl Row {
    /// The row's texts, for the regular layout.
    pub(crate) fn owned(&self) -> cases::Owned<'_> {
        cases::Owned {
            code: self.code,
            title: self.title.as_deref(),
            message: (!self.message_from_case).then_some(self.message.as_str()),
            description: self.description.as_deref(),
            causes: &self.causes,
            solutions: &self.solutions,
            cases: &self.cases,
            constant: self.constants.first().map(String::as_str),
        }
    }
}

/// The catalog as a whole.
pub(crate) struct Module {
    pub enum_name: String,
    pub name: String,
    pub title: Option<String>,
    pub note: Option<String>,
    pub range: Option<(i32, i32)>,
    pub layout: Option<String>,
    /// The layout of every section without one of its own.
    pub section: Option<String>,
    pub codes: Vec<Row>,
    pub locales: Vec<translate::LocaleRow>,
    pub lock: Option<String>,
}

/// Turns a page into a Rust module: one enum deriving `ErrorCatalog`, a variant per code in
/// page order, every text verbatim, and a layout for each part of the page that is not in the
/// regular layout, so that `render_page` of the catalog is the page byte for byte.
///
/// # Errors
/// When the enum cannot be named: the page title has no ASCII word and no `enum_name` was
/// given, or the name given is not an identifier.
pub fn import(page: &Page, options: &ImportOptions) -> Result<Imported, ImportError> {
    let title = page.title().map(str::to_owned);
    let enum_name = match (&options.enum_name, &title) {
        (Some(name), _) => name.clone(),
        (None, Some(title)) => names::enum_name(title).ok_or_else(|| {
            ImportError(format!(
                "the page title `{title}` gives no Rust name: name the enum with `--enum NAME`"
            ))
        })?,
        (None, None) => {
            return Err(ImportError(
                "the page has no `#` title: name the enum with `--enum NAME`".to_owned(),
            ))
        }
    };
    if !names::is_identifier(&enum_name) {
        return Err(ImportError(format!(
            "`{enum_name}` is not a Rust identifier: use letters, digits and `_`, not first a digit"
        )));
    }
    let name = options.name.clone().unwrap_or_else(|| match &title {
        Some(title) => names::subject(title).to_owned(),
        None => enum_name.clone(),
    });
    let mut warnings = Vec::new();
    let spans = layout::spans(page);
    let (codes, section_layout) = codes_of(page, &spans, options, &mut warnings);
    let note = page
        .note()
        .map(|note| note.text())
        .filter(|n| !n.is_empty());
    let mut module = Module {
        enum_name: enum_name.clone(),
        name,
        title,
        note,
        range: range(&codes),
        layout: None,
        section: None,
        codes,
        locales: Vec::new(),
        lock: None,
    };
    module.section = section_layout;
    module.layout = layout::page_layout(
        module.title.as_deref(),
        module.note.as_deref(),
        &Labels::ENGLISH,
        page,
        &spans,
    );
    for (tag, translated) in &options.translations {
        translate::add(&mut module, tag, translated, &mut warnings);
    }
    keep_lock(&mut module, options, &mut warnings)?;
    let table_end = page.rows().last().map(TableRow::line);
    for (line, _) in page.intro_lines() {
        let message = if table_end.is_some_and(|end| line > end) {
            "a paragraph after the code table: kept in the catalog's layout"
        } else {
            "an introduction paragraph: kept in the catalog's layout"
        };
        warnings.push(Warning {
            locale: None,
            line,
            message: message.to_owned(),
        });
    }
    for (line, group) in page.groups() {
        warnings.push(Warning {
            locale: None,
            line,
            message: format!("the group heading `{group}`: kept in the next entry's layout"),
        });
    }
    warnings.sort_by(|a, b| (&a.locale, a.line).cmp(&(&b.locale, b.line)));
    Ok(Imported {
        source: emit::module(&module),
        enum_name,
        warnings,
    })
}

/// The page's codes, from its sections or its code table, each with its layout where it is
/// neither the catalog's section layout (returned) nor, without one, the regular layout.
fn codes_of(
    page: &Page,
    spans: &layout::Spans,
    options: &ImportOptions,
    warnings: &mut Vec<Warning>,
) -> (Vec<Row>, Option<String>) {
    let sections = page.sections();
    let rows = page.rows();
    let source = page.source();
    let mut codes: Vec<Row> = Vec::with_capacity(sections.len() + rows.len());
    for section in &sections {
        codes.push(code(section, options, warnings));
    }
    for row in &rows {
        codes.push(table::code(row, options, warnings));
    }
    names::name_variants(&mut codes);
    let layouts = codes[..sections.len()]
        .iter()
        .zip(&sections)
        .zip(&spans.sections)
        .map(|((code, section), span)| {
            let text = &source[span.clone()];
            cases::with_texts(&code.owned(), |texts| {
                layout::entry_layout(texts, &Labels::ENGLISH, section, text, span.start)
            })
        })
        .chain(
            rows.iter()
                .zip(&spans.sections)
                .map(|(row, span)| table::layout(row, &source[span.clone()])),
        )
        .collect();
    let (section_layout, own) = layout::fold(layouts);
    for (code, own) in codes.iter_mut().zip(own) {
        code.layout = own;
    }
    (codes, section_layout)
}

/// Names the lock in the module, and refuses a page that would break it; the changes the
/// build would take (`AVSESSION_CODES_LOCK=update`) are warnings.
fn keep_lock(
    module: &mut Module,
    options: &ImportOptions,
    warnings: &mut Vec<Warning>,
) -> Result<(), ImportError> {
    let Some((path, text)) = &options.lock else {
        return Ok(());
    };
    module.lock = Some(path.clone());
    let Some(text) = text else {
        return Ok(());
    };
    let (refused, taken) = lock::check(&mut module.codes, text, path, options.keep_names)
        .map_err(|err| ImportError(format!("{path}: {err}")))?;
    if !refused.is_empty() {
        return Err(ImportError(format!(
            "the page would break the lock {path}: {}",
            refused.join("; ")
        )));
    }
    warnings.extend(taken.into_iter().map(|(line, message)| Warning {
        locale: None,
        line,
        message,
    }));
    Ok(())
}

/// One section's code, with a warning for each part of it that no field holds; its variant is
/// named afterwards, from every code of the page ([`names::name_variants`]).
pub(crate) fn code(
    section: &Section<'_>,
    options: &ImportOptions,
    warnings: &mut Vec<Warning>,
) -> Row {
    let number = section.code();
    let title = Some(section.title().to_owned()).filter(|t| !t.is_empty());
    let case_rows = cases::cases(section, warnings);
    let mut warn = |line: usize, message: String| {
        warnings.push(Warning {
            locale: None,
            line,
            message,
        });
    };
    let labelled = section.block(Role::Message).is_some();
    let description = cases::nonblank_text(section.description());
    let causes = cases::nonblank(section.causes());
    let solutions = cases::nonblank(section.solutions());
    let case_message = case_rows.iter().find_map(|case| case.message.clone());
    let (message, message_from_case) = match section.message() {
        Some(message) if !message.trim().is_empty() => {
            if !labelled {
                warn(
                    section.line(),
                    format!("{number} has no `Error Message` label: its first paragraph is taken as the message"),
                );
            }
            (message, false)
        }
        // A code split into cases shows its first case's message.
        _ if case_message.is_some() => (case_message.unwrap_or_default(), true),
        _ => {
            // The derive needs a message: the first text the section has, said in a warning.
            let stand_in = title
                .clone()
                .or_else(|| description.clone())
                .or_else(|| causes.first().cloned())
                .or_else(|| solutions.first().cloned())
                .unwrap_or_else(|| format!("Error {number}"));
            warn(
                section.line(),
                format!("{number} has no error message: `{stand_in}` is taken as the message"),
            );
            (stand_in, false)
        }
    };
    layout_warnings(section, labelled, &mut warn);
    let (constants, since) = options.constants.documented(number);
    Row {
        code: number,
        line: section.line(),
        deprecated: title
            .as_deref()
            .is_some_and(|t| t.contains("(deprecated)") || t.contains("废弃")),
        variant: String::new(),
        title,
        message,
        message_from_case,
        description,
        causes,
        solutions,
        system_api: section.system_api(),
        constants,
        since,
        layout: None,
        cases: case_rows,
        translations: Vec::new(),
    }
}

/// A warning for each part of `section` that no field holds and its layout keeps.
fn layout_warnings(section: &Section<'_>, labelled: bool, warn: &mut impl FnMut(usize, String)) {
    let number = section.code();
    if labelled {
        for _ in section.intro() {
            warn(
                section.line(),
                format!("{number}: a paragraph before the labels: kept in the entry's layout"),
            );
        }
    }
    if let Some(block) = section
        .block(Role::Message)
        .filter(super::Block::has_trailer)
    {
        warn(
            block.line(),
            format!("{number}: a note under the error message: kept in the entry's layout"),
        );
    }
    let mut seen = Vec::new();
    for block in section.blocks() {
        if block.role() == Role::Other {
            warn(
                block.line(),
                format!(
                    "{number}: the label `{}` and its text: kept in the entry's layout",
                    block.label()
                ),
            );
        } else if seen.contains(&block.role()) {
            warn(
                block.line(),
                format!(
                    "{number}: a second `{}` block: kept in the entry's layout",
                    block.label()
                ),
            );
        }
        seen.push(block.role());
    }
}

/// The range of codes that share a system-capability prefix: every code of the same number
/// of digits, at least six, with the same digits before the last five (AVSession's 66xxxxx:
/// `6600000..=6699999`).
fn range(codes: &[Row]) -> Option<(i32, i32)> {
    let first = codes.first()?.code;
    let digits = first.to_string().len();
    if first <= 0 || digits < 6 {
        return None;
    }
    let prefix = first / 100_000;
    codes
        .iter()
        .all(|c| c.code > 0 && c.code.to_string().len() == digits && c.code / 100_000 == prefix)
        .then(|| (prefix * 100_000, prefix * 100_000 + 99_999))
}
