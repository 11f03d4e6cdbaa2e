//! Raw codes in every form a C API or its binding holds them (`i32`, `u32`, `NonZeroI32`,
//! `NonZeroU32`): `TryFrom`, `FromCode::from_raw`, `check_status` and `check_result`, and the
//! `UnknownCode` error that keeps the raw value.

use std::num::{NonZeroI32, NonZeroU32};

use avsession_codes::{
    AVSessionError, ErrorCatalog, FromCode, StatusError, UniversalError, UnknownCode,
};
use avsession_codes_tests::Storage;

#[test]
fn known_codes_convert_from_every_form() {
    assert_eq!(Storage::try_from(13900001_i32), Ok(Storage::DiskFull));
    assert_eq!(Storage::try_from(-1_i32), Ok(Storage::Internal));
    assert_eq!(Storage::try_from(13900001_u32), Ok(Storage::DiskFull));
    let non_zero = NonZeroI32::new(13900001).unwrap();
    assert_eq!(Storage::try_from(non_zero), Ok(Storage::DiskFull));
    let non_zero = NonZeroU32::new(13900001).unwrap();
    assert_eq!(Storage::try_from(non_zero), Ok(Storage::DiskFull));
    // A negative code reaches its variant from `i32` and `NonZeroI32`.
    assert_eq!(
        Storage::try_from(NonZeroI32::new(-1).unwrap()),
        Ok(Storage::Internal)
    );
    assert_eq!(Storage::from_raw(-1_i32), Ok(Storage::Internal));
}

#[test]
fn unknown_codes_carry_the_raw_value_and_catalog() {
    let err = Storage::try_from(7_i32).unwrap_err();
    assert_eq!(err, UnknownCode::new(7, "Storage"));
    assert_eq!(err.code(), 7);
    assert_eq!(err.catalog(), "Storage");
    assert_eq!(err.to_string(), "7 is not a Storage error code");
    let err = AVSessionError::try_from(-3_i32).unwrap_err();
    assert_eq!(err.to_string(), "-3 is not an AVSession error code");
}

#[test]
fn a_u32_beyond_i32_is_unknown_never_wrapped() {
    // 0xFFFF_FFFF is -1 as an `i32`, which is `Storage::Internal`: it must not be found.
    let err = Storage::try_from(u32::MAX).unwrap_err();
    assert_eq!(err.code(), i64::from(u32::MAX));
    assert_eq!(err.to_string(), "4294967295 is not a Storage error code");
    let status = Storage::check_status(NonZeroU32::new(u32::MAX).unwrap()).unwrap_err();
    assert_eq!(status.code(), 4_294_967_295);
    assert!(status.known().is_none());
}

/// Through the trait, as generic code calls it.
fn status<C: FromCode>(raw: u32) -> Result<(), StatusError<C>> {
    C::check_status(raw)
}

#[test]
fn check_status_takes_every_form() {
    assert_eq!(Storage::check_status(0_i32), Ok(()));
    assert_eq!(Storage::check_status(0_u32), Ok(()));
    assert_eq!(
        Storage::check_status(13900001_u32),
        Err(StatusError::Known(Storage::DiskFull))
    );
    assert_eq!(
        UniversalError::check_status(NonZeroI32::new(401).unwrap()),
        Err(StatusError::Known(UniversalError::from_code(401).unwrap()))
    );
    assert_eq!(
        status::<Storage>(13900001),
        Err(StatusError::Known(Storage::DiskFull))
    );
}

#[test]
fn a_result_of_ohos_sys_shape_converts_in_one_call() {
    // `ohos-sys` writes an enum whose 0 is success as `Result<(), E>`, `E` a `NonZero` newtype.
    #[derive(Debug)]
    struct ErrCode(NonZeroU32);
    let failed: Result<(), ErrCode> = Err(ErrCode(NonZeroU32::new(13900001).unwrap()));
    assert_eq!(
        Storage::check_result(failed, |e| e.0),
        Err(StatusError::Known(Storage::DiskFull))
    );
    let unknown: Result<(), ErrCode> = Err(ErrCode(NonZeroU32::new(5).unwrap()));
    assert_eq!(
        Storage::check_result(unknown, |e| e.0).unwrap_err().code(),
        5
    );
    assert_eq!(
        Storage::check_result(Ok::<(), ErrCode>(()), |e| e.0),
        Ok(())
    );
    assert_eq!(Storage::NAME, "Storage");
}

#[test]
fn unknown_code_is_an_error() {
    let boxed: Box<dyn std::error::Error> = Box::new(Storage::try_from(0_i32).unwrap_err());
    assert!(boxed.source().is_none());
}
