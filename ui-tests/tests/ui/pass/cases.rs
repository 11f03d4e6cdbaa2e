//! Cases in English and in a translation, a code shown by its first case's message, and a
//! code without a title.

use avsession_codes::ErrorCatalog;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(name = "Location", locales = ["zh-CN"])]
enum Location {
    #[code(3301200, title = "Failed to Obtain the Positioning Result")]
    #[case(
        title = "1. The positioning fails due to network unavailability.",
        message = "The network locating is failed because the network cannot be accessed.",
        description = "Network positioning fails because network access is denied.",
        cause = "The device cannot access the network.",
        solution = "Check the device for Internet or Wi-Fi connectivity.",
    )]
    #[case(title = "2. Other reasons.", message = "Failed to obtain the geographical location.")]
    #[translation("zh-CN", title = "定位失败，未获取到定位结果")]
    #[case("zh-CN", title = "1. 网络不可用导致定位失败", message = "The network locating is failed because the network cannot be accessed.", cause = "当前设备无法访问网络。")]
    PositioningFailed,
    #[code(3301300, message = "Reverse geocoding query failed.")]
    #[translation("zh-CN")]
    Untitled,
}

fn main() {
    let entry = Location::PositioningFailed.entry();
    assert!(entry.message_from_case);
    assert_eq!(
        Location::PositioningFailed.to_string(),
        "The network locating is failed because the network cannot be accessed."
    );
    assert_eq!(entry.cases.len(), 2);
    assert_eq!(
        entry.case("Failed to obtain the geographical location.").map(|c| c.title),
        Some("2. Other reasons.")
    );
    let zh = entry.localized("zh-CN");
    assert_eq!(zh.cases().cases[0].causes, ["当前设备无法访问网络。"]);
    assert_eq!(Location::Untitled.title(), None);
    assert_eq!(Location::from_code(3301300), Some(Location::Untitled));
}
