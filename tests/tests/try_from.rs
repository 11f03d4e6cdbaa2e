//! `TryFrom<i32>` and its `UnknownCode` error.

use avsession_codes::{AVSessionError, UnknownCode};
use avsession_codes_tests::Storage;

#[test]
fn known_codes_convert() {
    assert_eq!(Storage::try_from(13900001), Ok(Storage::DiskFull));
    assert_eq!(Storage::try_from(-1), Ok(Storage::Internal));
}

#[test]
fn unknown_codes_carry_code_and_catalog() {
    let err = Storage::try_from(7).unwrap_err();
    assert_eq!(err, UnknownCode::new(7, "Storage"));
    assert_eq!(err.code(), 7);
    assert_eq!(err.catalog(), "Storage");
    assert_eq!(err.to_string(), "7 is not a Storage error code");
    let err = AVSessionError::try_from(-3).unwrap_err();
    assert_eq!(err.to_string(), "-3 is not an AVSession error code");
}

#[test]
fn unknown_code_is_an_error() {
    let boxed: Box<dyn std::error::Error> = Box::new(Storage::try_from(0).unwrap_err());
    assert!(boxed.source().is_none());
}
