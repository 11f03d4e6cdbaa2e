//! The lock is found from the crate's `Cargo.toml`: trybuild's, in `target/tests/trybuild/`.
use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(lock = "../../../../ui-tests/tests/ui/lock/variant-renumbered.lock")]
enum Session {
    #[code(6600109, message = "Session service exception.")]
    ServiceException,
}

fn main() {}
