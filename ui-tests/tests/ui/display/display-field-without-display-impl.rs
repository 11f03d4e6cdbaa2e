use avsession_codes::ErrorCatalog;

struct Opaque;

#[derive(Debug, ErrorCatalog)]
enum Session {
    #[code(
        6600101,
        message = "Session service exception.",
        display = "session {0} failed"
    )]
    ServiceException(Opaque),
}

impl std::fmt::Debug for Opaque {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Opaque")
    }
}

fn main() {}
