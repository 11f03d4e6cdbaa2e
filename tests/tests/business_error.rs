//! `BusinessError`: what a native module throws to ArkTS, a numeric code and the message.

use avsession_codes::{BusinessError, UniversalError};
use avsession_codes_tests::Storage;

#[test]
fn every_catalog_error_becomes_a_business_error() {
    for &variant in UniversalError::ALL {
        let business = BusinessError::from(variant);
        assert_eq!(business.code, variant.code());
        assert_eq!(business.message, variant.message());
        assert_eq!(
            business.to_string(),
            format!("{}: {}", variant.code(), variant.message())
        );
    }
}

#[test]
fn a_failed_status_becomes_a_business_error() {
    let known = Storage::check_status(13900001_i32).unwrap_err();
    assert_eq!(
        BusinessError::of_status(&known),
        BusinessError::from(Storage::DiskFull)
    );
    let unknown = Storage::check_status(7_i32).unwrap_err();
    assert_eq!(
        BusinessError::of_status(&unknown),
        BusinessError {
            code: 7,
            message: BusinessError::UNKNOWN_MESSAGE
        }
    );
    // A status beyond `i32` has no number ArkTS could compare: it is `i32::MIN`.
    let beyond = Storage::check_status(u32::MAX).unwrap_err();
    assert_eq!(BusinessError::of_status(&beyond).code, i32::MIN);
}
