//! `Display` writes the official message, or a variant's `display` format.

use std::fmt::Write;

use avsession_codes::AVSessionError;
use avsession_codes_tests::{Data, Storage};

#[test]
fn display_is_the_official_message() {
    assert_eq!(Storage::DiskFull.to_string(), "No space left on device.");
    assert_eq!(
        AVSessionError::SessionServiceException.to_string(),
        "Session service exception."
    );
}

#[test]
fn display_into_a_reused_string() {
    let mut out = String::new();
    for variant in Storage::ALL {
        out.clear();
        write!(out, "{variant}").unwrap();
        assert_eq!(out, variant.message());
    }
}

#[test]
fn display_formats_interpolate_fields() {
    let err = Data::Read {
        path: "/data/a.txt".into(),
        offset: 17,
        cause: std::io::Error::other("disk"),
    };
    assert_eq!(err.to_string(), "reading /data/a.txt failed at byte 17");
    assert_eq!(
        Data::BadValue(3, "7").to_string(),
        "bad value 3 (expected 7, 3 given)"
    );
}

#[test]
fn data_variants_without_display_show_the_message() {
    assert_eq!(Data::Overflow(9).to_string(), "Overflow.");
    assert_eq!(Data::Closed.to_string(), "Closed.");
    assert_eq!(Data::Overflow(9).message(), "Overflow.");
}

#[test]
fn format_specs_are_honoured() {
    assert_eq!(
        format!("{:>28}", Storage::NotFound),
        "  No such file or directory."
    );
    assert_eq!(format!("{:.2}", Storage::NotFound), "No");
}
