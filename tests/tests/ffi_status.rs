//! Raw C API statuses (`0` = success) into `Result`.

use avsession_codes::{AVSessionApiError, FromCode, StatusError, UnknownCode};
use avsession_codes_tests::Storage;

#[test]
fn zero_is_success() {
    assert_eq!(Storage::check_status(0), Ok(()));
    assert_eq!(AVSessionApiError::check_status(0), Ok(()));
}

#[test]
fn known_codes_become_their_variant() {
    assert_eq!(
        Storage::check_status(13900001),
        Err(StatusError::Known(Storage::DiskFull))
    );
    let err = Storage::check_status(-1).unwrap_err();
    assert_eq!(err.code(), -1);
    assert_eq!(err.to_string(), "Internal error.");
    assert_eq!(err.known(), Some(Storage::Internal));
}

#[test]
fn unknown_codes_keep_the_raw_value() {
    let err = Storage::check_status(99).unwrap_err();
    assert_eq!(err, StatusError::Unknown(UnknownCode::new(99, "Storage")));
    assert_eq!(err.code(), 99);
    assert_eq!(err.known(), None);
    assert_eq!(err.to_string(), "99 is not a Storage error code");
}

#[test]
fn works_through_the_trait() {
    fn call<E: FromCode>(status: i32) -> Result<(), StatusError<E>> {
        E::check_status(status)
    }
    assert!(call::<Storage>(0).is_ok());
    assert!(matches!(
        call::<Storage>(13900002),
        Err(StatusError::Known(Storage::NotFound))
    ));
}

/// A bridge whose success is not `0` (telephony's bridges report 8300000).
#[derive(Debug, Clone, Copy, PartialEq, Eq, avsession_codes::ErrorCatalog)]
#[catalog(name = "Bridge", success = 8300000)]
enum Bridge {
    #[code(8300001, message = "Invalid parameter value.")]
    InvalidParameter,
}

#[test]
fn a_catalog_names_its_success_value() {
    assert_eq!(<Bridge as FromCode>::SUCCESS, 8300000);
    assert_eq!(Bridge::check_status(8300000_i32), Ok(()));
    assert_eq!(Bridge::check_status(8300000_u32), Ok(()));
    assert_eq!(
        Bridge::check_status(8300001_i32),
        Err(StatusError::Known(Bridge::InvalidParameter))
    );
    // `0` is then no success: an unknown status that keeps its value.
    assert_eq!(Bridge::check_status(0_i32).unwrap_err().code(), 0);
    assert_eq!(Storage::SUCCESS, 0);
}
