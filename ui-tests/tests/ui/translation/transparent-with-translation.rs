use avsession_codes::{ErrorCatalog, UniversalError};

#[derive(Debug, ErrorCatalog)]
#[catalog(locales = ["zh-CN"], partial = ["zh-CN"])]
enum App {
    #[code(transparent)]
    #[translation("zh-CN", title = "通用")]
    Universal(UniversalError),
}

fn main() {}
