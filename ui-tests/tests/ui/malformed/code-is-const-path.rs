use avsession_codes::ErrorCatalog;

const SERVICE_EXCEPTION: i32 = 6600101;

#[derive(Debug, ErrorCatalog)]
enum Session {
    #[code(SERVICE_EXCEPTION, message = "Session service exception.")]
    ServiceException,
}

fn main() {}
