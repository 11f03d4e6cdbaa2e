use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(lock = "tests/ui/lock/no-such.lock")]
enum Session {
    #[code(6600101, message = "Session service exception.")]
    ServiceException,
}

fn main() {}
