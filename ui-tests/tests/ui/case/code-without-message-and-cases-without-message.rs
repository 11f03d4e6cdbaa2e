use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Location {
    #[code(3301200, title = "Failed to Obtain the Positioning Result")]
    #[case(title = "1. Network unavailable", cause = "The device cannot access the network.")]
    PositioningFailed,
}

fn main() {}
