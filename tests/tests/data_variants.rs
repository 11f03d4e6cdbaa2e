//! Variants with fields: no invented values, `#[source]` chaining.

use std::error::Error;

use avsession_codes::ErrorCatalog;
use avsession_codes_tests::Data;

#[test]
fn source_returns_the_marked_field() {
    let err = Data::Read {
        path: "a".into(),
        offset: 0,
        cause: std::io::Error::other("disk on fire"),
    };
    let source = err.source().expect("has a source");
    assert_eq!(source.to_string(), "disk on fire");
    assert!(source.downcast_ref::<std::io::Error>().is_some());
    assert!(Data::BadValue(1, "x").source().is_none());
    assert!(Data::Closed.source().is_none());
}

#[test]
fn data_catalogs_still_look_up_codes() {
    assert_eq!(Data::lookup(501).map(|e| e.name), Some("BadValue"));
    assert_eq!(Data::Overflow(1).code(), 502);
    assert_eq!(<Data as ErrorCatalog>::NAME, "Data");
    // No `from_code`/`ALL`/`TryFrom` here: building a `Read` would need invented field values.
}

#[test]
fn source_of_a_dyn_error_field() {
    #[derive(Debug, ErrorCatalog)]
    enum Wrapped {
        #[code(1, message = "Wrapped.")]
        Boxed(#[source] Box<dyn Error + Send + Sync>),
    }
    let err = Wrapped::Boxed("inner".into());
    assert_eq!(
        err.source().map(ToString::to_string),
        Some("inner".to_owned())
    );
}

#[test]
fn generic_and_borrowing_catalogs() {
    #[derive(Debug, ErrorCatalog)]
    enum Parse<'a, T: core::fmt::Display> {
        #[code(10, message = "Bad token.", display = "bad token {0} at {1}")]
        BadToken(&'a str, T),
        #[code(11, message = "Eof.")]
        Eof,
    }
    let err: Parse<'_, u32> = Parse::BadToken("x", 4);
    assert_eq!(err.to_string(), "bad token x at 4");
    assert_eq!(err.code(), 10);
    assert_eq!(Parse::<u32>::Eof.message(), "Eof.");
    let boxed: Box<dyn Error + '_> = Box::new(err);
    assert!(boxed.source().is_none());
}
