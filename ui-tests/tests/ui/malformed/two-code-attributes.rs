use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Session {
    #[code(6600101, message = "Session service exception.")]
    #[code(6600102, message = "The session does not exist.")]
    ServiceException,
}

fn main() {}
