use avsession_codes::ErrorCatalog;

// Hex, underscores and a suffix do not make a new code.
#[derive(Debug, ErrorCatalog)]
enum Session {
    #[code(6600101, message = "Session service exception.")]
    ServiceException,
    #[code(0x64_B5_A5, message = "The session does not exist.")]
    SessionDoesNotExist,
    #[code(6_600_101i32, message = "The controller does not exist.")]
    ControllerDoesNotExist,
}

fn main() {}
