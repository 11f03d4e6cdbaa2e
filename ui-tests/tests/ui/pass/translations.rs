//! A catalog in two languages, one of them partial: translations found by any form of the tag,
//! each text falling back to English.

use avsession_codes::ErrorCatalog;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(name = "Session", locales = ["zh-CN", "ja"], partial = ["ja"])]
#[translation("zh-CN", title = "会话错误码", note = "仅介绍本模块错误码。")]
enum Session {
    #[code(6600101, title = "Session Service Exception", message = "Session service exception.", description = "The service is down.", solution = "Retry.")]
    #[translation("zh-CN", title = "会话服务端异常", solution = "重试。")]
    #[translation("ja", title = "セッションサービスの例外")]
    ServiceException,
    #[deprecated = "the page marks this code deprecated"]
    #[code(6600102, title = "Session Does Not Exist", message = "The session does not exist.")]
    #[translation("zh-CN", title = "会话不存在", message = "会话不存在。")]
    SessionDoesNotExist,
}

fn main() {
    let zh = Session::ServiceException.entry().localized("zh_CN.UTF-8");
    assert_eq!(zh.title().unwrap().text, "会话服务端异常");
    assert_eq!(zh.solutions().texts, ["重试。"]);
    assert_eq!(zh.description().unwrap().locale, "en");
    assert_eq!(Session::ServiceException.entry().localized("ja-JP").locale(), "ja");
    assert_eq!(Session::CATALOG.locales.len(), 2);
    assert!(Session::CATALOG.locales[1].partial);
    #[allow(deprecated)]
    let gone = Session::SessionDoesNotExist;
    assert!(gone.entry().deprecated);
    assert_eq!(gone.entry().localized("zh").message().text, "会话不存在。");
    // Display stays the English message, as the system returns it.
    assert_eq!(gone.to_string(), "The session does not exist.");
}
