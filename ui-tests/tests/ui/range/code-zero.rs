use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Session {
    #[code(0, message = "Success.")]
    Success,
}

fn main() {}
