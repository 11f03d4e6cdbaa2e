use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Session {
    #[code(
        6600101,
        message = "Session service exception.",
        display = "session {0 failed"
    )]
    ServiceException(u32),
}

fn main() {}
