use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Session {
    #[code(6600101.0, message = "Session service exception.")]
    ServiceException,
}

fn main() {}
