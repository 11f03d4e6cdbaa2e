//! The traits that `#[derive(ErrorCatalog)]` implements, for code that is generic over catalogs.

use crate::{Catalog, Entry, RawCode, StatusError, UnknownCode, Variants};

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

    /// The status that means success: `0`, or what `#[catalog(success = ...)]` names for a
    /// bridge that reports success otherwise (telephony's bridges use `8300000`).
    const SUCCESS: i32 = 0;

    /// The variant of a raw code in any form a C API or its binding holds it ([`RawCode`]:
    /// `i32`, `u32`, `NonZeroI32`, `NonZeroU32`): what the derive's `TryFrom` impls do.
    ///
    /// # Errors
    /// [`UnknownCode`], keeping the raw value, for a value the catalog does not have (a `u32`
    /// above `i32::MAX` among them).
    fn from_raw<R: RawCode>(raw: R) -> Result<Self, UnknownCode> {
        raw.to_code()
            .and_then(Self::from_code)
            .ok_or_else(|| UnknownCode::from_raw(raw.to_raw(), Self::NAME))
    }

    /// Turns a raw status of a C API (`0`, or [`FromCode::SUCCESS`], = success) into a
    /// `Result`, the status in any [`RawCode`] form.
    ///
    /// A known code becomes its variant; any other value becomes [`StatusError::Unknown`],
    /// which keeps the raw value.
    ///
    /// # Errors
    /// Every status but the success value.
    fn check_status<R: RawCode>(status: R) -> Result<(), StatusError<Self>> {
        if status.to_code() == Some(Self::SUCCESS) {
            return Ok(());
        }
        Self::from_raw(status).map_or_else(
            |unknown| Err(StatusError::Unknown(unknown)),
            |known| Err(StatusError::Known(known)),
        )
    }

    /// Turns the `Result<(), E>` of a binding (`ohos-sys`'s functions whose C enum has `0` for
    /// success return `Result<(), ArkUiErrorCode>`, the error a `NonZero<c_uint>` newtype) into
    /// `Result<(), StatusError<Self>>`, `raw` giving the error's raw value.
    ///
    /// ```
    /// use core::num::NonZeroU32;
    /// use avsession_codes::{AVSessionError, FromCode, StatusError};
    ///
    /// // As bindgen writes it: a newtype over the C value.
    /// struct AvSessionErrCode(NonZeroU32);
    ///
    /// let failed: Result<(), AvSessionErrCode> = Err(AvSessionErrCode(NonZeroU32::new(6600102).unwrap()));
    /// assert_eq!(
    ///     AVSessionError::check_result(failed, |e| e.0),
    ///     Err(StatusError::Known(AVSessionError::SessionDoesNotExist))
    /// );
    /// assert_eq!(AVSessionError::check_result(Ok::<(), AvSessionErrCode>(()), |e| e.0), Ok(()));
    /// ```
    ///
    /// # Errors
    /// Every `Err`, as [`FromCode::check_status`] turns its raw value.
    fn check_result<E, R: RawCode>(
        result: Result<(), E>,
        raw: impl FnOnce(E) -> R,
    ) -> Result<(), StatusError<Self>> {
        match result {
            Ok(()) => Ok(()),
            Err(error) => Self::check_status(raw(error)),
        }
    }
}
