use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Session {
    #[code(message = "Session service exception.")]
    ServiceException,
}

fn main() {}
