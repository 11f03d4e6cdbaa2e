use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(locales = ["zh_CN"])]
enum Session {
    #[code(6600101, message = "Session service exception.")]
    ServiceException,
}

fn main() {}
