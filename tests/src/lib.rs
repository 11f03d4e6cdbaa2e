//! Catalogs shared by the behaviour tests in `tests/`.
//!
//! [`Storage`] is an invented catalog of another module (not AVSession), to show the derive
//! serves any catalog; [`Data`] has variants that carry fields.

use avsession_codes::ErrorCatalog;

/// A page whose codes are a table (`tests/fixtures/tables/errorcode-demo-kernel.md`), as
/// `avsession-codes import` prints it, with its Chinese page's translations.
pub mod demo_kernel;

/// An invented storage module's error codes, 13900001.., with a negative internal code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Storage",
    title = "Storage Error Codes",
    note = "Invented for the tests.\n\nSecond paragraph.",
    range = -100..=13999999,
    url = "https://docs.example/storage#{code}"
)]
pub enum Storage {
    /// The disk is full.
    #[code(
        13900001,
        title = "Disk Full",
        message = "No space left on device.",
        description = "The volume has no free blocks.",
        cause = "Too many files were written.",
        cause = "A quota was reached.",
        solution = "Delete files you no longer need.",
        solution = "Ask for a larger quota.",
        solution = "Retry the write.",
        since = 9
    )]
    DiskFull,
    /// The file is missing.
    #[code(13900002, message = "No such file or directory.", system_api)]
    NotFound,
    /// An internal code, negative as OpenHarmony's internal codes are.
    #[code(-1, message = "Internal error.", title = "Internal")]
    Internal,
}

/// A catalog whose variants carry data: messages interpolate fields, one has a source.
#[derive(Debug, ErrorCatalog)]
#[catalog(name = "Data")]
pub enum Data {
    /// Reading a file failed.
    #[code(
        500,
        message = "Read failed.",
        display = "reading {path} failed at byte {offset}",
        solution = "Check the file."
    )]
    Read {
        /// The file.
        path: String,
        /// Where.
        offset: u64,
        /// Why.
        #[source]
        cause: std::io::Error,
    },
    /// A tuple variant.
    #[code(
        501,
        message = "Bad value.",
        display = "bad value {0} (expected {1}, {0} given)"
    )]
    BadValue(i32, &'static str),
    /// A data variant without `display`: shows the message.
    #[code(502, message = "Overflow.")]
    Overflow(u8),
    /// A unit variant among data variants.
    #[code(503, message = "Closed.")]
    Closed,
}

/// The text of a page in `tests/fixtures/` (`errorcode-universal.md`, `zh-cn/...`,
/// `pages/en/...`).
///
/// # Panics
/// If the fixture cannot be read: the tests cannot run without it.
#[must_use]
pub fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

/// The shipped catalog a page (in English or in a catalog's other language) was imported
/// into: the one whose title, in the page's language, is the page's title.
///
/// # Panics
/// When no shipped catalog has the page's title.
#[must_use]
pub fn catalog_of_page(page: &avsession_codes::page::Page) -> &'static avsession_codes::Catalog {
    let title = page.title();
    avsession_codes::CATALOGS
        .iter()
        .copied()
        .find(|c| {
            c.title == title
                || c.locales
                    .iter()
                    .any(|l| l.title.is_some() && l.title == title)
        })
        .unwrap_or_else(|| panic!("no shipped catalog is titled {title:?}"))
}
