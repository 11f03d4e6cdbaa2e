//! Side by side with `thiserror`: `skip_display` leaves `Display` and `Error` to it.

use std::error::Error as _;

use avsession_codes::ErrorCatalog;

#[derive(Debug, thiserror::Error, ErrorCatalog)]
#[catalog(name = "Net", skip_display)]
enum Net {
    #[error("connection to {host} refused")]
    #[code(
        7000001,
        message = "Connection refused.",
        solution = "Start the server."
    )]
    Refused { host: String },
    #[error("i/o failed")]
    #[code(7000002, message = "I/O failure.")]
    Io(#[from] std::io::Error),
}

#[test]
fn thiserror_owns_display_and_the_catalog_owns_codes() {
    let err = Net::Refused { host: "db".into() };
    assert_eq!(err.to_string(), "connection to db refused");
    assert_eq!(err.message(), "Connection refused.");
    assert_eq!(err.code(), 7000001);
    assert_eq!(err.solutions(), ["Start the server."]);
    let io: Net = std::io::Error::other("x").into();
    assert_eq!(io.code(), 7000002);
    assert!(io.source().is_some());
    assert_eq!(
        Net::lookup(7000002).map(|e| e.message),
        Some("I/O failure.")
    );
}
