//! `success` written as a flag: it needs the status that means success.
use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(success)]
enum Bridge {
    #[code(8300001, message = "Invalid parameter value.")]
    InvalidParameter,
}

fn main() {}
