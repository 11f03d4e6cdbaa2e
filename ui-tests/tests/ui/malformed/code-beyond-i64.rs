use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Session {
    #[code(99999999999999999999999999999999999999999, message = "Far beyond `i64`.")]
    Huge,
}

fn main() {}
