use avsession_codes::{ErrorCatalog, UniversalError};

#[derive(Debug, ErrorCatalog)]
enum Api {
    #[code(transparent)]
    #[case(title = "1. Network unavailable")]
    Universal(UniversalError),
}

fn main() {}
