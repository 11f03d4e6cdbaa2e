//! The drift test: one call that says whether a catalog still says what its page says, and
//! when not, every difference, one line each.

use core::fmt;
use std::vec::Vec;

use super::{diff, Difference, Page, PageError};
use crate::Catalog;

/// Why a catalog is not in step with its page: the page could not be read, or the two say
/// different things. Its `Display` and its `Debug` are the same lines (a test that unwraps it
/// or returns it prints every difference), one per difference.
#[derive(Clone, PartialEq, Eq)]
pub enum Drift {
    /// The page is not an error-code page: where and why.
    Page(PageError),
    /// What differs, code by code in page order (see [`diff`]).
    Differences {
        /// The catalog's name.
        catalog: &'static str,
        /// The page's language tag (`en`, `zh-CN`, ...).
        language: &'static str,
        /// Every difference.
        differences: Vec<Difference>,
    },
}

impl Drift {
    /// The differences (none for a page that could not be read).
    #[must_use]
    pub fn differences(&self) -> &[Difference] {
        match self {
            Drift::Page(_) => &[],
            Drift::Differences { differences, .. } => differences,
        }
    }
}

impl fmt::Display for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Drift::Page(error) => write!(f, "the page cannot be read: {error}"),
            Drift::Differences {
                catalog,
                language,
                differences,
            } => {
                let count = differences.len();
                let places = if count == 1 { "place" } else { "places" };
                writeln!(
                    f,
                    "the {catalog} catalog and its {language} page differ in {count} {places}:"
                )?;
                for difference in differences {
                    writeln!(f, "  {difference}")?;
                }
                write!(
                    f,
                    "take the page's texts with `avsession-codes import PAGE -o FILE --lock LOCK` \
                     (with `--lang zh-CN=PAGE` for each translation), then \
                     `AVSESSION_CODES_LOCK=update cargo check`"
                )
            }
        }
    }
}

impl fmt::Debug for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for Drift {}

/// Whether `catalog` says what the page `page` (its Markdown) says: `Ok` when [`diff`] finds
/// no difference, else every difference. A page in another language (its labels say which)
/// is compared with the catalog's translation, and a locale declared `partial` may lack the
/// codes it has no translation of.
///
/// ```
/// use avsession_codes::page::in_step;
/// use avsession_codes::UniversalError;
///
/// let page = include_str!("../../../tests/fixtures/errorcode-universal.md");
/// assert!(in_step(UniversalError::CATALOG, page).is_ok());
///
/// let edited = page.replace("does not have the permission", "lacks the permission");
/// let drift = in_step(UniversalError::CATALOG, &edited).unwrap_err();
/// assert_eq!(drift.differences().len(), 1);
/// assert!(drift.to_string().contains("201 message: changed: the page says \"Permission \
///     verification failed. The application lacks the permission required to call the API.\""));
/// ```
///
/// # Errors
/// [`Drift::Page`] for a page that cannot be read, [`Drift::Differences`] where the catalog
/// and the page differ.
pub fn in_step(catalog: &Catalog, page: &str) -> Result<(), Drift> {
    let parsed = Page::parse(page).map_err(Drift::Page)?;
    let differences = diff(catalog, &parsed);
    if differences.is_empty() {
        return Ok(());
    }
    Err(Drift::Differences {
        catalog: catalog.name,
        language: parsed.language().tag(),
        differences,
    })
}

/// Panics, listing every difference one per line, where `catalog` does not say what the page
/// `page` says ([`in_step`]): the drift test, in one line.
///
/// ```
/// use avsession_codes::page::assert_in_step;
/// use avsession_codes::UniversalError;
///
/// assert_in_step(
///     UniversalError::CATALOG,
///     include_str!("../../../tests/fixtures/errorcode-universal.md"),
/// );
/// ```
///
/// # Panics
/// Where the catalog and the page differ, or the page cannot be read.
#[track_caller]
pub fn assert_in_step(catalog: &Catalog, page: &str) {
    if let Err(drift) = in_step(catalog, page) {
        panic!("{drift}");
    }
}
