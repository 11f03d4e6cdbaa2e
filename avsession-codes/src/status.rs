//! Raw codes in the forms C APIs return them, and the errors of converting them: an unknown
//! code, and a C API status.

use core::fmt;
use core::num::{NonZeroI32, NonZeroU32};

use crate::ErrorCatalog;

/// A raw code in a form C APIs and their Rust bindings hold it: `i32` (`c_int`, `int32_t`),
/// `u32` (`c_uint`, the value of bindgen's enum newtypes such as `ohos-sys`'s
/// `OH_Huks_ErrCode(pub c_uint)`), `NonZeroI32` and `NonZeroU32` (the error of an
/// `ohos-sys` function returning `Result<(), E>`, e.g. `ArkUiErrorCode(pub NonZero<c_uint>)`).
///
/// What [`FromCode::from_raw`](crate::FromCode::from_raw), the `TryFrom` impls the derive
/// writes and [`FromCode::check_status`](crate::FromCode::check_status) take. A `u32` above
/// `i32::MAX` is no catalog's code: it is an unknown code that keeps its value, never one
/// wrapped to a negative `i32`.
pub trait RawCode: Copy + sealed::Sealed {
    /// The value as a catalog code, `None` where it is outside `i32`.
    fn to_code(self) -> Option<i32>;
    /// The value, widened without loss.
    fn to_raw(self) -> i64;
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for i32 {}
    impl Sealed for u32 {}
    impl Sealed for core::num::NonZeroI32 {}
    impl Sealed for core::num::NonZeroU32 {}
}

impl RawCode for i32 {
    #[inline]
    fn to_code(self) -> Option<i32> {
        Some(self)
    }
    #[inline]
    fn to_raw(self) -> i64 {
        self.into()
    }
}

impl RawCode for u32 {
    #[inline]
    fn to_code(self) -> Option<i32> {
        i32::try_from(self).ok()
    }
    #[inline]
    fn to_raw(self) -> i64 {
        self.into()
    }
}

// A `NonZero` code is its value's.
impl RawCode for NonZeroI32 {
    #[inline]
    fn to_code(self) -> Option<i32> {
        self.get().to_code()
    }
    #[inline]
    fn to_raw(self) -> i64 {
        self.get().to_raw()
    }
}

impl RawCode for NonZeroU32 {
    #[inline]
    fn to_code(self) -> Option<i32> {
        self.get().to_code()
    }
    #[inline]
    fn to_raw(self) -> i64 {
        self.get().to_raw()
    }
}

/// A code that the catalog does not have; the error of `TryFrom<i32>` (and of the other
/// [`RawCode`] forms). It keeps the raw value as it was given: a `u32` above `i32::MAX` is
/// not wrapped.
///
/// ```
/// use avsession_codes::AVSessionError;
///
/// let err = AVSessionError::try_from(6600199_i32).unwrap_err();
/// assert_eq!(err.code(), 6600199);
/// assert_eq!(err.catalog(), "AVSession");
/// assert_eq!(err.to_string(), "6600199 is not an AVSession error code");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    code: i64,
    catalog: &'static str,
}

impl UnknownCode {
    /// An unknown `code` of the catalog named `catalog`.
    #[must_use]
    pub const fn new(code: i32, catalog: &'static str) -> Self {
        Self {
            code: code as i64,
            catalog,
        }
    }

    /// An unknown raw value `raw` (any [`RawCode`] widened: a `u32` beyond `i32`) of the
    /// catalog named `catalog`.
    #[must_use]
    pub const fn from_raw(raw: i64, catalog: &'static str) -> Self {
        Self { code: raw, catalog }
    }

    /// The raw value that was not found, as it was given.
    #[must_use]
    pub const fn code(&self) -> i64 {
        self.code
    }

    /// The name of the catalog that was searched.
    #[must_use]
    pub const fn catalog(&self) -> &'static str {
        self.catalog
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let article = match self.catalog.as_bytes().first() {
            Some(b'A' | b'E' | b'I' | b'O' | b'U' | b'a' | b'e' | b'i' | b'o' | b'u') => "an",
            _ => "a",
        };
        write!(
            f,
            "{} is not {article} {} error code",
            self.code, self.catalog
        )
    }
}

impl core::error::Error for UnknownCode {}

/// A failed status of a C API: a code of the catalog, or a value it does not know.
///
/// Made by [`FromCode::check_status`](crate::FromCode::check_status) and the generated
/// `check_status` of every catalog whose variants all map back from codes.
///
/// ```
/// use avsession_codes::{AVSessionError, StatusError};
///
/// assert_eq!(AVSessionError::check_status(0), Ok(()));
/// assert_eq!(
///     AVSessionError::check_status(6600102),
///     Err(StatusError::Known(AVSessionError::SessionDoesNotExist))
/// );
/// let unknown = AVSessionError::check_status(-7).unwrap_err();
/// assert_eq!(unknown.code(), -7);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StatusError<E> {
    /// A code of the catalog.
    Known(E),
    /// A non-zero status that the catalog does not have; the raw value is kept.
    Unknown(UnknownCode),
}

impl<E: ErrorCatalog> StatusError<E> {
    /// The raw status value, as it was given.
    pub fn code(&self) -> i64 {
        match self {
            Self::Known(known) => known.code().into(),
            Self::Unknown(unknown) => unknown.code(),
        }
    }

    /// The known error, if the code is in the catalog.
    pub fn known(self) -> Option<E> {
        match self {
            Self::Known(known) => Some(known),
            Self::Unknown(_) => None,
        }
    }
}

impl<E: fmt::Display> fmt::Display for StatusError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Known(known) => known.fmt(f),
            Self::Unknown(unknown) => unknown.fmt(f),
        }
    }
}

impl<E: core::error::Error + 'static> core::error::Error for StatusError<E> {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match self {
            Self::Known(known) => known.source(),
            Self::Unknown(_) => None,
        }
    }
}
