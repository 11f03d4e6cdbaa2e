//! The traits that `#[derive(ErrorCatalog)]` implements, for code that is generic over catalogs.

use crate::{Catalog, Entry, StatusError, UnknownCode, Variants};

/// An enum whose variants are the documented error codes of one module.
///
/// Implemented by `#[derive(ErrorCatalog)]`; the derive also generates inherent `const fn`
/// versions of these methods, so most code never needs to import the trait. Import it to write
/// code that works over any catalog:
///
/// ```
/// use avsession_codes::{AVSessionError, ErrorCatalog, UniversalError};
///
/// fn describe<C: ErrorCatalog>(code: i32) -> String {
///     match C::lookup(code) {
///         Some(entry) => format!("{} {}: {}", C::NAME, entry.code, entry.message),
///         None => format!("{code} is not a {} code", C::NAME),
///     }
/// }
///
/// assert_eq!(describe::<AVSessionError>(6600102), "AVSession 6600102: The session does not exist.");
/// assert_eq!(describe::<UniversalError>(6600102), "6600102 is not a Universal code");
/// ```
pub trait ErrorCatalog: Sized {
    /// The catalog: name, title, note, range and every entry.
    const CATALOG: &'static Catalog;
    /// The catalog's module name, e.g. `"AVSession"`.
    const NAME: &'static str = Self::CATALOG.name;
    /// Every entry of the catalog, in declaration order.
    const ENTRIES: &'static [Entry] = Self::CATALOG.entries;

    /// The catalog entry of this error.
    fn entry(&self) -> &'static Entry;

    /// The entry of `code`, or `None` when the catalog has no such code.
    fn lookup(code: i32) -> Option<&'static Entry>;

    /// The numeric code of this error.
    fn code(&self) -> i32 {
        self.entry().code
    }

    /// The official error message.
    fn message(&self) -> &'static str {
        self.entry().message
    }

    /// The short title of the code, if the catalog gives one.
    fn title(&self) -> Option<&'static str> {
        self.entry().title
    }

    /// What the error means, if the catalog says.
    fn description(&self) -> Option<&'static str> {
        self.entry().description
    }

    /// The possible causes, in order.
    fn causes(&self) -> &'static [&'static str] {
        self.entry().causes
    }

    /// The solution steps, in order.
    fn solutions(&self) -> &'static [&'static str] {
        self.entry().solutions
    }
}

/// A catalog whose every code maps back to a value: all of its variants are unit variants (or
/// wrap catalogs that are). Implemented by the derive where that holds.
pub trait FromCode: ErrorCatalog {
    /// The variant of `code`, or `None` when the catalog has no such code.
    fn from_code(code: i32) -> Option<Self>;

    /// Every variant, in declaration order (a composed catalog's wrapped variants in place),
    /// one per entry of [`ErrorCatalog::ENTRIES`].
    #[must_use]
    fn variants() -> Variants<Self> {
        Variants::__new(Self::ENTRIES.len())
    }

    /// The variant of the entry at `index` of [`ErrorCatalog::ENTRIES`]: what [`Variants`]
    /// yields. The derive writes a `match` from position to variant; this default finds the
    /// variant by the entry's code.
    #[doc(hidden)]
    #[must_use]
    fn __variant(index: usize) -> Option<Self> {
        Self::ENTRIES
            .get(index)
            .and_then(|entry| Self::from_code(entry.code))
    }

    /// Turns a raw status of a C API (`0` = success) into a `Result`.
    ///
    /// A known code becomes its variant; any other non-zero value becomes
    /// [`StatusError::Unknown`], which keeps the raw value.
    ///
    /// # Errors
    /// Every non-zero `status`.
    fn check_status(status: i32) -> Result<(), StatusError<Self>> {
        if status == 0 {
            return Ok(());
        }
        match Self::from_code(status) {
            Some(known) => Err(StatusError::Known(known)),
            None => Err(StatusError::Unknown(UnknownCode::new(status, Self::NAME))),
        }
    }
}
