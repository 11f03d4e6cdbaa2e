use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Location {
    #[code(3301200, message = "Failed to obtain the geographical location.")]
    #[case("zh-CN", title = "1. 网络不可用导致定位失败")]
    PositioningFailed,
}

fn main() {}
