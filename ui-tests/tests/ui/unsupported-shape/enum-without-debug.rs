use avsession_codes::ErrorCatalog;

// The generated `Error` impl needs `Debug`.
#[derive(ErrorCatalog)]
enum Session {
    #[code(6600101, message = "Session service exception.")]
    ServiceException,
}

fn main() {}
