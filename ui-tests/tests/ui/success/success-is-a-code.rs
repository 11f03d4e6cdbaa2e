//! The success value is also a variant's code: the error is on the success value.
use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(success = 8300001)]
enum Bridge {
    #[code(8300001, message = "Invalid parameter value.")]
    InvalidParameter,
}

fn main() {}
