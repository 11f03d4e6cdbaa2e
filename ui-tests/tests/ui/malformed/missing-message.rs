use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Session {
    #[code(6600101, title = "Session Service Exception")]
    ServiceException,
}

fn main() {}
