use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(locales = ["zh-CN"])]
enum Session {
    #[code(6600101, message = "Session service exception.")]
    #[translation("zh-CN", title = "会话服务端异常", description = "  ")]
    ServiceException,
}

fn main() {}
