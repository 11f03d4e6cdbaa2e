//! A lock line whose fields are separated by spaces: the error says a lock separates them by tabs.
//! The lock is found from the crate's `Cargo.toml`: trybuild's, in `target/tests/trybuild/`.
use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(lock = "../../../../ui-tests/tests/ui/lock/lock-line-with-spaces.lock")]
enum Session {
    #[code(6600101, message = "Session service exception.")]
    ServiceException,
}

fn main() {}
