//! Drift: where a catalog and its page no longer say the same.

use core::fmt;
use std::borrow::ToOwned;
use std::format;
use std::string::{String, ToString};
use std::vec::Vec;

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
/// page) is compared with the catalog's texts in that language, each falling back to English
/// as [`Entry::localized`](crate::Entry::localized) does: a translation has its drift test too.
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
        let code = import::code(&section, String::new(), &options, &mut Vec::new());
        match catalog.lookup(code.code) {
            Some(entry) => compare(&code, entry, tag, page.marks_system_apis(), &mut out),
            None => out.push(Difference {
                code: code.code,
                kind: DifferenceKind::OnlyOnPage,
                field: "code".to_owned(),
                page: Some(code.title),
                catalog: None,
            }),
        }
    }
    for entry in catalog.entries {
        if !on_page.contains(&entry.code) {
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

fn compare(
    page: &Row,
    entry: &'static crate::Entry,
    tag: Option<&str>,
    marks_system_apis: bool,
    out: &mut Vec<Difference>,
) {
    let localized = entry.localized(tag.unwrap_or(crate::locale::ENGLISH));
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
    field(
        "title".to_owned(),
        Some(&page.title),
        localized.title().map(|t| t.text),
    );
    field(
        "message".to_owned(),
        Some(&page.message),
        Some(localized.message().text),
    );
    field(
        "description".to_owned(),
        page.description.as_deref(),
        localized.description().map(|t| t.text),
    );
    let lists = [
        ("cause", &page.causes, localized.causes().texts),
        ("solution", &page.solutions, localized.solutions().texts),
    ];
    for (name, on_page, in_catalog) in lists {
        for i in 0..on_page.len().max(in_catalog.len()) {
            field(
                format!("{name} {}", i + 1),
                on_page.get(i).map(String::as_str),
                in_catalog.get(i).copied(),
            );
        }
    }
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
