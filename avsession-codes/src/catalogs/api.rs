//! `AVSessionApiError`: everything an AVSession C API call can return, composed of the
//! universal and AVSession catalogs.

use crate::{AVSessionError, ErrorCatalog, UniversalError};

/// Every error code an AVSession C API call can return: the universal codes (e.g. 401 for an
/// invalid parameter) and the AVSession codes, cast control's included.
///
/// Built with `#[code(transparent)]`: each variant wraps a catalog, and code, entry, message,
/// lookup and `from_code` are delegated to it. The build fails if two of the catalogs ever
/// share a code.
///
/// ```
/// use avsession_codes::{AVSessionApiError, AVSessionError, StatusError, UniversalError};
///
/// // What `OH_AVSession_Create` and friends return, as an `int32_t`.
/// fn check(status: i32) -> Result<(), StatusError<AVSessionApiError>> {
///     AVSessionApiError::check_status(status)
/// }
///
/// assert_eq!(check(0), Ok(()));
/// assert_eq!(
///     check(401),
///     Err(StatusError::Known(AVSessionApiError::Universal(UniversalError::ParameterCheckFailed)))
/// );
/// assert_eq!(
///     check(6600101).unwrap_err().known(),
///     Some(AVSessionApiError::Session(AVSessionError::SessionServiceException))
/// );
/// assert_eq!(check(12345).unwrap_err().to_string(), "12345 is not an AVSession API error code");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    crate = crate,
    name = "AVSession API",
    title = "AVSession C API Error Codes",
)]
pub enum AVSessionApiError {
    /// A universal error code (201, 202, 203, 204, 401, 801).
    #[code(transparent)]
    Universal(UniversalError),
    /// An AVSession error code (6600101..6616100).
    #[code(transparent)]
    Session(AVSessionError),
}
