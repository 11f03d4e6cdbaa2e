use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Location {
    #[code(3301200, message = "Failed to obtain the geographical location.")]
    #[case(title = "1. Network unavailable", message = "A.", message = "B.")]
    PositioningFailed,
}

fn main() {}
