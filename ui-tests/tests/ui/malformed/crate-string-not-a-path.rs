use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(crate = "avsession codes")]
enum Session {
    #[code(6600101, message = "Session service exception.")]
    ServiceException,
}

fn main() {}
