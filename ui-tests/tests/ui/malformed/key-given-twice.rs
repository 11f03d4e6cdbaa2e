use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Session {
    #[code(
        6600101,
        message = "Session service exception.",
        title = "One",
        title = "Two"
    )]
    ServiceException,
}

fn main() {}
