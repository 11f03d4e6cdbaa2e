use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(locales = ["zh-CN"], partial = ["zh-CN"])]
enum Location {
    #[code(3301200, message = "Failed to obtain the geographical location.")]
    #[case("zh-CN", title = "1. 网络不可用导致定位失败")]
    PositioningFailed,
}

fn main() {}
