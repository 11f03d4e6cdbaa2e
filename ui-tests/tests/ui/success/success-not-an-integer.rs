//! `success` given as a string: it needs an integer literal.
use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(success = "8300000")]
enum Bridge {
    #[code(8300001, message = "Invalid parameter value.")]
    InvalidParameter,
}

fn main() {}
