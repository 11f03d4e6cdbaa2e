//! Errors as ArkTS reads them: `BusinessError`, a numeric `code` and a `message`.

use core::fmt;

use crate::{Entry, ErrorCatalog, StatusError, UnknownCode};

/// An error as ArkTS's `BusinessError` carries it: the code as a number and the official
/// message, ready for a native module to throw (with `napi_throw_business_error` from API 23,
/// or an error object whose `code` property is a number before it: ArkTS code compares
/// `err.code` with numbers, and napi's string codes never match).
///
/// ```
/// use avsession_codes::{AVSessionError, BusinessError};
///
/// // In a `const`, from the variant's entry.
/// const DOES_NOT_EXIST: BusinessError =
///     BusinessError::of(AVSessionError::SessionDoesNotExist.entry());
/// assert_eq!(DOES_NOT_EXIST.code, 6600102);
/// assert_eq!(DOES_NOT_EXIST.message, "The session does not exist.");
/// // From any catalog error.
/// assert_eq!(BusinessError::from(AVSessionError::SessionDoesNotExist), DOES_NOT_EXIST);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BusinessError {
    /// The error code, as ArkTS's `BusinessError.code` (a number).
    pub code: i32,
    /// The official message.
    pub message: &'static str,
}

impl BusinessError {
    /// The message of a status no catalog knows.
    pub const UNKNOWN_MESSAGE: &'static str = "Unknown error code.";

    /// The business error of the code `entry` documents.
    #[must_use]
    pub const fn of(entry: &'static Entry) -> Self {
        Self {
            code: entry.code,
            message: entry.message,
        }
    }

    /// The business error of a failed C status: the known code's, or for a value the catalog
    /// does not have, that value (where it fits `i32`; else `i32::MIN`) with
    /// [`BusinessError::UNKNOWN_MESSAGE`].
    #[must_use]
    pub fn of_status<E: ErrorCatalog>(status: &StatusError<E>) -> Self {
        match status {
            StatusError::Known(known) => Self::of(known.entry()),
            StatusError::Unknown(unknown) => Self::from(*unknown),
        }
    }
}

/// A code no catalog knows: its value (where it fits `i32`; else `i32::MIN`) with
/// [`BusinessError::UNKNOWN_MESSAGE`].
impl From<UnknownCode> for BusinessError {
    fn from(unknown: UnknownCode) -> Self {
        Self {
            code: i32::try_from(unknown.code()).unwrap_or(i32::MIN),
            message: Self::UNKNOWN_MESSAGE,
        }
    }
}

impl<E: ErrorCatalog> From<E> for BusinessError {
    fn from(error: E) -> Self {
        Self::of(error.entry())
    }
}

/// `<code>: <message>`, as ArkTS logs a `BusinessError`.
impl fmt::Display for BusinessError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl core::error::Error for BusinessError {}
