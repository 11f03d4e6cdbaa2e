//! Errors of converting raw codes: an unknown code, and a C API status.

use core::fmt;

use crate::ErrorCatalog;

/// A code that the catalog does not have; the error of `TryFrom<i32>`.
///
/// ```
/// use avsession_codes::AVSessionError;
///
/// let err = AVSessionError::try_from(6600199).unwrap_err();
/// assert_eq!(err.code(), 6600199);
/// assert_eq!(err.catalog(), "AVSession");
/// assert_eq!(err.to_string(), "6600199 is not an AVSession error code");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    code: i32,
    catalog: &'static str,
}

impl UnknownCode {
    /// An unknown `code` of the catalog named `catalog`.
    #[must_use]
    pub const fn new(code: i32, catalog: &'static str) -> Self {
        Self { code, catalog }
    }

    /// The code that was not found.
    #[must_use]
    pub const fn code(&self) -> i32 {
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
    /// The raw status value.
    pub fn code(&self) -> i32 {
        match self {
            Self::Known(known) => known.code(),
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
