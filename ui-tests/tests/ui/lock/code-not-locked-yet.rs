//! The lock is found from the crate's `Cargo.toml`: trybuild's, in `target/tests/trybuild/`.
use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(lock = "../../../../ui-tests/tests/ui/lock/code-not-locked-yet.lock")]
enum Session {
    #[code(6600101, message = "Session service exception.")]
    ServiceException,
    #[code(6600102, message = "The session does not exist.")]
    SessionDoesNotExist,
}

fn main() {}
