use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
struct Session {
    code: i32,
}

fn main() {}
