//! `import --lang zh-CN=PAGE.md`: the page in another language as the catalog's translations.
//! Each code meets its section on that page by its number; its texts there become the
//! variant's `#[translation(...)]`, and its layout there the translation's layout.

use std::borrow::ToOwned;
use std::collections::BTreeMap;
use std::format;
use std::string::String;
use std::vec::Vec;

use super::cases::{with_texts, CaseRow, Owned};
use super::layout::{self, entry_layout, page_layout, Layout};
use super::{code, ImportOptions, Module, Warning};
use crate::page::{Page, Section, TableRow};
use crate::render::Labels;

/// A variant's texts in one locale.
pub(crate) struct TranslationRow {
    pub tag: String,
    pub title: Option<String>,
    /// Only where it differs from the English message.
    pub message: Option<String>,
    pub description: Option<String>,
    pub causes: Vec<String>,
    pub solutions: Vec<String>,
    /// The cases as that page gives them.
    pub cases: Vec<CaseRow>,
    pub layout: Option<String>,
}

/// The catalog in one locale.
pub(crate) struct LocaleRow {
    pub tag: String,
    pub partial: bool,
    pub title: Option<String>,
    pub note: Option<String>,
    pub layout: Option<String>,
    /// The layout of every section without one of its own, in that locale.
    pub section: Option<String>,
}

/// Adds the translations that `page`, in the locale `tag`, gives the module's codes, and
/// warns about every code one page has and the other has not.
pub(crate) fn add(module: &mut Module, tag: &str, page: &Page, warnings: &mut Vec<Warning>) {
    let labels = Labels::for_tag(tag);
    let spans = layout::spans(page);
    let source = page.source();
    let sections = page.sections();
    let by_code: BTreeMap<i32, (&Section<'_>, &core::ops::Range<usize>)> = sections
        .iter()
        .zip(&spans.sections)
        .map(|(section, span)| (section.code(), (section, span)))
        .collect();
    let table: BTreeMap<i32, (TableRow<'_>, &core::ops::Range<usize>)> = page
        .rows()
        .into_iter()
        .zip(&spans.sections)
        .map(|(row, span)| (row.code(), (row, span)))
        .collect();
    let mut partial = false;
    let mut page_warnings = Vec::new();
    let mut layouts = Vec::new();
    for row in &mut module.codes {
        if let Some((table_row, span)) = table.get(&row.code) {
            let (translation, layout) =
                row_translation(row, table_row, &source[(*span).clone()], tag);
            row.translations.push(translation);
            layouts.push(layout);
            continue;
        }
        let Some((section, span)) = by_code.get(&row.code) else {
            partial = true;
            warnings.push(Warning {
                locale: None,
                line: row.line,
                message: format!(
                    "{} is not on the {tag} page: {tag} is declared partial",
                    row.code
                ),
            });
            continue;
        };
        let text = &source[(*span).clone()];
        let (translation, layout) =
            translation_of(row, section, text, span.start, tag, &mut page_warnings);
        row.translations.push(translation);
        layouts.push(layout);
    }
    // The section layout of the page in that language, and each translation's own.
    let (section_layout, own) = layout::fold(layouts);
    let translated = module
        .codes
        .iter_mut()
        .filter_map(|row| row.translations.last_mut().filter(|t| t.tag == tag));
    for (translation, own) in translated.zip(own) {
        translation.layout = own;
    }
    let lines = sections
        .iter()
        .map(|section| (section.code(), section.line()))
        .chain(table.values().map(|(row, _)| (row.code(), row.line())));
    for (code, line) in lines {
        if !module.codes.iter().any(|row| row.code == code) {
            partial = true;
            warnings.push(Warning {
                locale: Some(tag.to_owned()),
                line,
                message: format!(
                    "{code} is only on the {tag} page, not on the page imported: left out, {tag} \
                     is declared partial"
                ),
            });
        }
    }
    warnings.extend(page_warnings.into_iter().map(|mut w| {
        w.locale = Some(tag.to_owned());
        w
    }));
    let title = page.title().map(str::to_owned);
    let note = page
        .note()
        .map(|note| note.text())
        .filter(|n| !n.is_empty());
    let layout = page_layout(title.as_deref(), note.as_deref(), labels, page, &spans);
    module.locales.push(LocaleRow {
        tag: tag.to_owned(),
        partial,
        title,
        note,
        layout,
        section: section_layout,
    });
}

/// The translation of `row` that its section on the page in `tag` gives.
fn translation_of(
    row: &super::Row,
    section: &Section<'_>,
    text: &str,
    offset: usize,
    tag: &str,
    page_warnings: &mut Vec<Warning>,
) -> (TranslationRow, Layout) {
    let theirs = code(section, &ImportOptions::default(), page_warnings);
    // A message of its own where it differs from the English one; a code shown by its first
    // case's message takes it from the translated cases.
    let message = (!theirs.message_from_case && theirs.message != row.message)
        .then(|| theirs.message.clone());
    // The texts as the catalog will give them in that locale: its own, else English.
    let description = theirs.description.as_deref().or(row.description.as_deref());
    let causes = if theirs.causes.is_empty() {
        &row.causes
    } else {
        &theirs.causes
    };
    let solutions = if theirs.solutions.is_empty() {
        &row.solutions
    } else {
        &theirs.solutions
    };
    let shown_cases = if theirs.cases.is_empty() {
        &row.cases
    } else {
        &theirs.cases
    };
    let own_message = if row.message_from_case {
        None
    } else {
        Some(message.as_deref().unwrap_or(&row.message))
    };
    let owned = Owned {
        code: row.code,
        title: theirs.title.as_deref(),
        message: own_message,
        description,
        causes,
        solutions,
        cases: shown_cases,
        constant: row.constants.first().map(String::as_str),
    };
    let layout = with_texts(&owned, |texts| {
        entry_layout(texts, Labels::for_tag(tag), section, text, offset)
    });
    let row = TranslationRow {
        tag: tag.to_owned(),
        title: theirs.title,
        message,
        description: theirs.description,
        causes: theirs.causes,
        solutions: theirs.solutions,
        cases: theirs.cases,
        layout: None,
    };
    (row, layout)
}

/// The translation of `row` that its row of the code table in `tag` gives: its description
/// where it differs from the English message.
fn row_translation(
    row: &super::Row,
    table_row: &TableRow<'_>,
    text: &str,
    tag: &str,
) -> (TranslationRow, Layout) {
    let message = table_row
        .description()
        .filter(|d| *d != row.message)
        .map(str::to_owned);
    let translation = TranslationRow {
        tag: tag.to_owned(),
        title: None,
        message,
        description: None,
        causes: Vec::new(),
        solutions: Vec::new(),
        cases: Vec::new(),
        layout: None,
    };
    (translation, super::table::layout(table_row, text))
}
