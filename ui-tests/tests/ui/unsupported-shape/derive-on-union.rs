use avsession_codes::ErrorCatalog;

#[derive(ErrorCatalog)]
union Session {
    code: i32,
    other: u32,
}

fn main() {}
