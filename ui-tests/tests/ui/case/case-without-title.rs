use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Location {
    #[code(3301200, title = "Failed to Obtain the Positioning Result")]
    #[case(message = "The system does not have a cache location.")]
    PositioningFailed,
}

fn main() {}
