//! The lock is found from the crate's `Cargo.toml`: trybuild's, in `target/tests/trybuild/`.
use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(lock = "../../../../ui-tests/tests/ui/lock/message-changed.lock")]
enum Session {
    #[code(6600101, message = "The session service failed.")]
    ServiceException,
}

fn main() {}
