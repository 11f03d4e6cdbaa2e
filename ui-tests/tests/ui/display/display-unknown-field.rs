use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Session {
    #[code(
        6600101,
        message = "Session service exception.",
        display = "session {sesion_id} failed"
    )]
    ServiceException { session_id: u32 },
}

fn main() {}
