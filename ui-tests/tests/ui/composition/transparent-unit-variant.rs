use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Api {
    #[code(transparent)]
    Universal,
}

fn main() {}
