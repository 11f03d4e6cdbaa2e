//! The error handling of a real safe wrapper, rewritten onto the catalogs: the `udmf` crate's
//! `UdmfError` (openharmony-rs/udmf 0.1.1, `src/error.rs`).
//!
//! `cargo run -p avsession-codes --features kit-udmf --example udmf_client`
//!
//! The original is `enum UdmfError { InternalError(u32), InvalidParam, Unknown(u32) }` with
//! the messages "Internal error: {0}", "Invalid parameter" and "Unknown error code: {0}", and
//! its `From<u32>` panics on `Udmf_ErrCode::E_OK` (`"E_OK is not an error"`). Rewritten:
//!
//! - no value panics: `UDMF_E_OK` is `Ok(())`, and `UdmfError::from_raw` of it is `None`;
//! - every error says what the documentation says of it: its official message, causes and
//!   solution steps, and its code as ArkTS's `BusinessError` carries it.
//!
//! One fact decides the mapping. UDMF's C enum `Udmf_ErrCode` (`udmf_err_code.h`) declares
//! `UDMF_ERR = 20400000` ("common exceptions") and `UDMF_E_INVALID_PARAM = 20400001` ("common
//! invalid args"), but the UDMF error-code page documents 20400001 as another error, "Settings
//! Already Exist" (thrown by ArkTS's `setAppShareOptions`). So a C status is never looked up in
//! the udmf catalog blindly: the values the C enum declares keep the C API's meaning, and only
//! other values are the page's codes. `avsession-codes explain UDMF_E_INVALID_PARAM` shows the
//! same, from `src/catalogs/constants/Udmf_ErrCode.tsv`.

use std::fmt;

use avsession_codes::kits::UdmfError as UdmfPage;
use avsession_codes::{BusinessError, Entry, UniversalError, UnknownCode};

/// `Udmf_ErrCode` of the C API, as `udmf-sys` binds it (`pub struct Udmf_ErrCode(pub
/// c_uint)`): the values, not the newtype, so the example builds without the bindings.
mod c_api {
    pub const UDMF_E_OK: u32 = 0;
    pub const UDMF_ERR: u32 = 20_400_000;
    pub const UDMF_E_INVALID_PARAM: u32 = 20_400_001;
}

/// What `UDMF_ERR` means: no page documents 20400000; this is the C header's description.
const UDMF_ERR_HEADER: &str = "The error code for common exceptions.";

/// An error of UDMF's C API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UdmfError {
    /// `UDMF_E_INVALID_PARAM`: an argument is invalid. ArkTS's UDMF reports invalid arguments
    /// with the universal code 401, whose page gives the causes and steps.
    InvalidParam,
    /// `UDMF_ERR`: the C API's common exception, which no page documents.
    Internal,
    /// A code the UDMF page documents that the C enum does not declare (a newer SDK's).
    Documented(UdmfPage),
    /// Any other value, kept as it came (a `u32` above `i32::MAX` is kept too).
    Unknown(UnknownCode),
}

/// The wrapper's result.
pub type Result<T> = std::result::Result<T, UdmfError>;

impl UdmfError {
    /// The error of a raw C status, `None` for `UDMF_E_OK`: never a panic.
    #[must_use]
    pub fn from_raw(code: u32) -> Option<Self> {
        Some(match code {
            c_api::UDMF_E_OK => return None,
            c_api::UDMF_ERR => UdmfError::Internal,
            c_api::UDMF_E_INVALID_PARAM => UdmfError::InvalidParam,
            // The catalog's conversions: an unknown value, whatever its width, stays unknown.
            other => match UdmfPage::try_from(other) {
                Ok(documented) => UdmfError::Documented(documented),
                Err(unknown) => UdmfError::Unknown(unknown),
            },
        })
    }

    /// The documented entry that explains the error, where one does.
    #[must_use]
    pub fn entry(&self) -> Option<&'static Entry> {
        match self {
            UdmfError::InvalidParam => Some(UniversalError::ParameterCheckFailed.entry()),
            UdmfError::Documented(documented) => Some(documented.entry()),
            UdmfError::Internal | UdmfError::Unknown(_) => None,
        }
    }

    /// The official message (the C header's words for `UDMF_ERR`, which no page documents).
    #[must_use]
    pub fn message(&self) -> &'static str {
        match (self, self.entry()) {
            (_, Some(entry)) => entry.message,
            (UdmfError::Internal, None) => UDMF_ERR_HEADER,
            _ => BusinessError::UNKNOWN_MESSAGE,
        }
    }

    /// The possible causes, in the page's order.
    #[must_use]
    pub fn causes(&self) -> &'static [&'static str] {
        self.entry().map_or(&[], |entry| entry.causes)
    }

    /// The solution steps, in order.
    #[must_use]
    pub fn solutions(&self) -> &'static [&'static str] {
        self.entry().map_or(&[], |entry| entry.solutions)
    }

    /// The error as ArkTS's `BusinessError`: the documented code (401 for an invalid
    /// argument, as ArkTS's UDMF throws it), or the C value.
    #[must_use]
    pub fn business_error(&self) -> BusinessError {
        match (self, self.entry()) {
            (_, Some(entry)) => BusinessError::of(entry),
            (UdmfError::Unknown(unknown), None) => BusinessError::from(*unknown),
            // `UDMF_ERR`, which no page documents.
            (_, None) => BusinessError {
                code: 20_400_000,
                message: UDMF_ERR_HEADER,
            },
        }
    }
}

impl fmt::Display for UdmfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UdmfError::Unknown(unknown) => write!(f, "{unknown}"),
            _ => f.write_str(self.message()),
        }
    }
}

impl std::error::Error for UdmfError {}

/// The wrapper's `to_result`: every raw value, `UDMF_E_OK` included, without a panic.
fn to_result(code: i32) -> Result<()> {
    // The C functions return `int`; the binding's enum is `c_uint`: the same bits.
    match UdmfError::from_raw(code.cast_unsigned()) {
        None => Ok(()),
        Some(err) => Err(err),
    }
}

/// Stands in for an `extern "C"` call such as `OH_UdmfData_AddRecord`, which returns an
/// `int` status.
fn oh_udmf_data_add_record(simulated: i32) -> i32 {
    simulated
}

fn main() {
    for status in [0, 20_400_001, 20_400_000, 20_400_002, 42, -1] {
        match to_result(oh_udmf_data_add_record(status)) {
            Ok(()) => println!("{status}: record added"),
            Err(err) => {
                let business = err.business_error();
                println!("{status}: {err} (ArkTS code {})", business.code);
                for cause in err.causes() {
                    println!("    cause: {cause}");
                }
                for (step, solution) in (1..).zip(err.solutions()) {
                    println!("    {step}. {solution}");
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_value_panics_and_success_is_ok() {
        assert_eq!(to_result(0), Ok(()));
        assert_eq!(UdmfError::from_raw(c_api::UDMF_E_OK), None);
        for raw in [1, 20_400_000, 20_400_001, 20_400_004, u32::MAX, 0x8000_0000] {
            let err = UdmfError::from_raw(raw).expect("an error");
            assert!(!err.to_string().is_empty());
        }
    }

    #[test]
    fn the_c_meaning_of_20400001_wins_over_the_page() {
        let err = to_result(20_400_001).unwrap_err();
        assert_eq!(err, UdmfError::InvalidParam);
        assert_eq!(err.business_error().code, 401);
        assert_eq!(
            err.message(),
            UniversalError::ParameterCheckFailed.message()
        );
        assert!(!err.solutions().is_empty());
        // The page's 20400001 is another error, never the C status's meaning.
        assert_ne!(err.message(), UdmfPage::SettingsAlreadyExist.message());
    }

    #[test]
    fn other_page_codes_and_unknown_values() {
        let err = to_result(20_400_002).unwrap_err();
        assert_eq!(err, UdmfError::Documented(UdmfPage::InvalidUtdFormat));
        assert_eq!(err.business_error().code, 20_400_002);
        assert_eq!(err.causes(), UdmfPage::InvalidUtdFormat.causes());
        let unknown = to_result(-1).unwrap_err();
        assert!(matches!(unknown, UdmfError::Unknown(u) if u.code() == i64::from(u32::MAX)));
        assert_eq!(unknown.message(), BusinessError::UNKNOWN_MESSAGE);
        assert_eq!(UdmfError::Internal.message(), UDMF_ERR_HEADER);
    }
}
