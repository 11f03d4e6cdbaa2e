//! Code to variant, code to entry, variant to code.

use avsession_codes::{AVSessionError, ErrorCatalog, FromCode};
use avsession_codes_tests::Storage;

#[test]
fn from_code_finds_every_variant_and_nothing_else() {
    for variant in Storage::ALL {
        assert_eq!(Storage::from_code(variant.code()), Some(*variant));
    }
    for missing in [0, 13900000, 13900003, -2, i32::MIN, i32::MAX] {
        assert_eq!(Storage::from_code(missing), None, "{missing}");
    }
}

#[test]
fn lookup_returns_the_entry_of_the_code() {
    let entry = Storage::lookup(13900002).expect("known code");
    assert_eq!(entry.code, 13900002);
    assert_eq!(entry.name, "NotFound");
    assert_eq!(entry.message, "No such file or directory.");
    assert!(entry.system_api);
    assert_eq!(Storage::lookup(-1).map(|e| e.name), Some("Internal"));
    assert!(Storage::lookup(42).is_none());
}

#[test]
fn variant_to_code_and_into_i32() {
    assert_eq!(Storage::DiskFull.code(), 13900001);
    assert_eq!(Storage::Internal.code(), -1);
    assert_eq!(i32::from(Storage::NotFound), 13900002);
    assert_eq!(i32::from(AVSessionError::SessionNotActivated), 6600106);
}

#[test]
fn const_evaluation() {
    const CODE: i32 = Storage::DiskFull.code();
    const FOUND: Option<Storage> = Storage::from_code(13900002);
    const MESSAGE: &str = Storage::Internal.message();
    assert_eq!(CODE, 13900001);
    assert_eq!(FOUND, Some(Storage::NotFound));
    assert_eq!(MESSAGE, "Internal error.");
}

#[test]
fn generic_code_over_the_traits() {
    fn round_trip<C: FromCode + PartialEq + core::fmt::Debug>(code: i32) -> Option<i32> {
        C::from_code(code).map(|c| c.code())
    }
    assert_eq!(round_trip::<Storage>(13900001), Some(13900001));
    assert_eq!(round_trip::<AVSessionError>(6600109), Some(6600109));
    assert_eq!(round_trip::<AVSessionError>(13900001), None);
    assert_eq!(<Storage as ErrorCatalog>::NAME, "Storage");
    assert_eq!(
        <Storage as ErrorCatalog>::lookup(-1).map(|e| e.code),
        Some(-1)
    );
}
