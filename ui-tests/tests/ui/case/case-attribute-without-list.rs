use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Location {
    #[code(3301200, message = "Failed to obtain the geographical location.")]
    #[case]
    PositioningFailed,
}

fn main() {}
