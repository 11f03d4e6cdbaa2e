use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Session {
    #[code(6600101, message = "Session service exception.")]
    ServiceException,
    #[code(6600101, message = "The session does not exist.")]
    SessionDoesNotExist,
}

fn main() {}
