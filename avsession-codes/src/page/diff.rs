//! Drift: where a catalog and its page no longer say the same.

use core::fmt;
use std::borrow::ToOwned;
use std::format;
use std::string::{String, ToString};
use std::vec::Vec;

use super::import::cases::CaseRow;
use super::import::{self, ImportOptions, Row};
use super::{Language, Page};
use crate::Catalog;

/// How a code differs between a catalog and a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DifferenceKind {
    /// The page has the code, the catalog does not.
    OnlyOnPage,
    /// The catalog has the code, the page does not.
    OnlyInCatalog,
    /// Both have the code, and one of its texts differs.
    Changed,
}

/// One difference between a catalog and a page, for one code (and, when the code is in
/// both, one field).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    code: i32,
    kind: DifferenceKind,
    field: String,
    page: Option<String>,
    catalog: Option<String>,
}

impl Difference {
    /// The code.
    #[must_use]
    pub fn code(&self) -> i32 {
        self.code
    }

    /// Which kind of difference it is.
    #[must_use]
    pub fn kind(&self) -> DifferenceKind {
        self.kind
    }

    /// The field that differs (`message`, `cause 2`, `system_api`, ...), or `code` for a code
    /// on one side only.
    #[must_use]
    pub fn field(&self) -> &str {
        &self.field
    }

    /// What the page says (`None` where it has nothing).
    #[must_use]
    pub fn page_text(&self) -> Option<&str> {
        self.page.as_deref()
    }

    /// What the catalog says (`None` where it has nothing).
    #[must_use]
    pub fn catalog_text(&self) -> Option<&str> {
        self.catalog.as_deref()
    }
}

/// One line: the code, the field, and both texts.
impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let side = |text: &Option<String>| match text {
            Some(text) => format!("{text:?}"),
            None => "nothing".to_owned(),
        };
        let what = match self.kind {
            DifferenceKind::OnlyOnPage => "only on the page",
            DifferenceKind::OnlyInCatalog => "only in the catalog",
            DifferenceKind::Changed => "changed",
        };
        write!(
            f,
            "{} {}: {what}: the page says {}, the catalog says {}",
            self.code,
            self.field,
            side(&self.page),
            side(&self.catalog)
        )
    }
}

/// The differences between a catalog and a page, code by code in page order, then the codes
/// only the catalog has: empty when the catalog says what the page says.
///
/// A code's texts are read from the page as `import` reads them (the first paragraph is the
/// message of a section without an `Error Message` label), so a catalog imported from a page
/// has no difference with it. Whether a code is a system API is compared where the page marks
/// system APIs at all ([`Page::marks_system_apis`]). A page in another language (a zh-cn
/// page) is compared with the catalog's texts in that language: the translation's, else the
/// English text where the page has the field (what the catalog shows in that language); a
/// field that neither the page nor the translation has is no difference, and a code the
/// catalog has no translation of (a locale declared `partial`) may be missing from that page.
/// Whether a code is a system API is compared with the English page only. A translation has
/// its drift test too.
///
/// ```
/// use avsession_codes::page::{diff, DifferenceKind, Page};
/// use avsession_codes::UniversalError;
///
/// let page = Page::parse(include_str!("../../../tests/fixtures/errorcode-universal.md"))?;
/// assert!(diff(UniversalError::CATALOG, &page).is_empty());
///
/// let changed = Page::parse(
///     "# Universal Error Codes\n\n## 201 Permission Denied\n\n**Error Message**\n\nNo.\n",
/// )?;
/// let found = diff(UniversalError::CATALOG, &changed);
/// assert_eq!(found[0].kind(), DifferenceKind::Changed);
/// assert_eq!(found[0].field(), "message");
/// # Ok::<(), avsession_codes::page::PageError>(())
/// ```
#[must_use]
pub fn diff(catalog: &Catalog, page: &Page) -> Vec<Difference> {
    let mut out = Vec::new();
    let options = ImportOptions::default();
    // A page in another language is compared with the catalog's texts in it.
    let tag = match page.language() {
        Language::English => None,
        language => Some(language.tag()),
    };
    let mut on_page = Vec::new();
    for section in page.sections() {
        on_page.push(section.code());
        let code = import::code(&section, &options, &mut Vec::new());
        match catalog.lookup(code.code) {
            Some(entry) => compare(
                &code,
                entry,
                tag,
                // A fact of the code, not of a language: the page the catalog is imported from
                // (English) says it; another revision in another language may mark it otherwise.
                tag.is_none() && page.marks_system_apis(),
                &mut out,
            ),
            None => out.push(Difference {
                code: code.code,
                kind: DifferenceKind::OnlyOnPage,
                field: "code".to_owned(),
                page: Some(code.title.unwrap_or(code.message)),
                catalog: None,
            }),
        }
    }
    for row in page.rows() {
        on_page.push(row.code());
        let code = import::table::code(&row, &options, &mut Vec::new());
        match catalog.lookup(code.code) {
            Some(entry) => {
                compare(&code, entry, tag, false, &mut out);
                // The name column is the C constant, the entry's first.
                if let Some(name) = row.name() {
                    if entry.constants.first() != Some(&name) {
                        out.push(Difference {
                            code: code.code,
                            kind: DifferenceKind::Changed,
                            field: "constant".to_owned(),
                            page: Some(name.to_owned()),
                            catalog: entry.constants.first().map(|&c| c.to_owned()),
                        });
                    }
                }
            }
            None => out.push(Difference {
                code: code.code,
                kind: DifferenceKind::OnlyOnPage,
                field: "code".to_owned(),
                page: Some(code.message),
                catalog: None,
            }),
        }
    }
    for entry in catalog.entries {
        // A page in another language leaves out, with no difference, the codes the catalog has
        // no translation of (a partial locale): they were not on it when it was imported.
        let translated = tag.is_none_or(|tag| entry.localized(tag).translation().is_some());
        if translated && !on_page.contains(&entry.code) {
            out.push(Difference {
                code: entry.code,
                kind: DifferenceKind::OnlyInCatalog,
                field: "code".to_owned(),
                page: None,
                catalog: Some(entry.title.unwrap_or(entry.name).to_owned()),
            });
        }
    }
    out
}

/// The catalog's side of one field: in English, the English text; against a page in another
/// language, the translation's text, else English where the page has the field (what the
/// catalog shows in that language), else nothing: a field that neither the page nor the
/// translation has is no difference.
fn side<T: Copy>(
    translated: bool,
    page_has: bool,
    own: Option<T>,
    english: Option<T>,
) -> Option<T> {
    match (translated, own) {
        (false, _) => english,
        (true, Some(own)) => Some(own),
        (true, None) => english.filter(|_| page_has),
    }
}

fn compare(
    page: &Row,
    entry: &'static crate::Entry,
    tag: Option<&str>,
    marks_system_apis: bool,
    out: &mut Vec<Difference>,
) {
    let translated = tag.is_some();
    let translation = tag.and_then(|tag| entry.localized(tag).translation());
    let mut field = |name: String, page_text: Option<&str>, catalog_text: Option<&str>| {
        if page_text != catalog_text {
            out.push(Difference {
                code: page.code,
                kind: DifferenceKind::Changed,
                field: name,
                page: page_text.map(str::to_owned),
                catalog: catalog_text.map(str::to_owned),
            });
        }
    };
    let page_title = page.title.as_deref();
    field(
        "title".to_owned(),
        page_title,
        side(
            translated,
            page_title.is_some(),
            translation.and_then(|t| t.title),
            entry.title,
        ),
    );
    // The code's own message: none where it shows its first case's.
    let page_message = (!page.message_from_case).then_some(page.message.as_str());
    let english_message = (!entry.message_from_case).then_some(entry.message);
    field(
        "message".to_owned(),
        page_message,
        side(
            translated,
            page_message.is_some(),
            translation.and_then(|t| t.message),
            english_message,
        ),
    );
    field(
        "description".to_owned(),
        page.description.as_deref(),
        side(
            translated,
            page.description.is_some(),
            translation.and_then(|t| t.description),
            entry.description,
        ),
    );
    let list = |own: Option<&'static [&'static str]>,
                english: &'static [&'static str],
                page: &[String]| {
        side(
            translated,
            !page.is_empty(),
            own.filter(|l| !l.is_empty()),
            Some(english),
        )
        .unwrap_or(&[])
    };
    let lists = [
        (
            "cause",
            &page.causes,
            list(translation.map(|t| t.causes), entry.causes, &page.causes),
        ),
        (
            "solution",
            &page.solutions,
            list(
                translation.map(|t| t.solutions),
                entry.solutions,
                &page.solutions,
            ),
        ),
    ];
    for (name, on_page, in_catalog) in lists {
        compare_list(name, on_page, in_catalog, &mut field);
    }
    let cases = side(
        translated,
        !page.cases.is_empty(),
        translation.map(|t| t.cases).filter(|c| !c.is_empty()),
        Some(entry.cases),
    )
    .unwrap_or(&[]);
    compare_cases(&page.cases, cases, &mut field);
    if !marks_system_apis {
        return;
    }
    let flag = |on: bool| on.to_string();
    field(
        "system_api".to_owned(),
        Some(&flag(page.system_api)),
        Some(&flag(entry.system_api)),
    );
}

/// The cases, `case 1 title`, `case 1 message`, ... one by one.
fn compare_cases(
    on_page: &[CaseRow],
    in_catalog: &[crate::Case],
    field: &mut impl FnMut(String, Option<&str>, Option<&str>),
) {
    for i in 0..on_page.len().max(in_catalog.len()) {
        let (page, catalog) = (on_page.get(i), in_catalog.get(i));
        let prefix = format!("case {}", i + 1);
        field(
            format!("{prefix} title"),
            page.map(|c| c.title.as_str()),
            catalog.map(|c| c.title),
        );
        field(
            format!("{prefix} message"),
            page.and_then(|c| c.message.as_deref()),
            catalog.and_then(|c| c.message),
        );
        field(
            format!("{prefix} description"),
            page.and_then(|c| c.description.as_deref()),
            catalog.and_then(|c| c.description),
        );
        compare_list(
            &format!("{prefix} cause"),
            page.map_or(&[], |c| &c.causes),
            catalog.map_or(&[], |c| c.causes),
            field,
        );
        compare_list(
            &format!("{prefix} solution"),
            page.map_or(&[], |c| &c.solutions),
            catalog.map_or(&[], |c| c.solutions),
            field,
        );
    }
}

/// The items of a list, `name 1`, `name 2`, ... one by one.
fn compare_list(
    name: &str,
    on_page: &[String],
    in_catalog: &[&str],
    field: &mut impl FnMut(String, Option<&str>, Option<&str>),
) {
    for i in 0..on_page.len().max(in_catalog.len()) {
        field(
            format!("{name} {}", i + 1),
            on_page.get(i).map(String::as_str),
            in_catalog.get(i).copied(),
        );
    }
}
