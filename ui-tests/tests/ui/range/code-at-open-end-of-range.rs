use avsession_codes::ErrorCatalog;

// `a..b` excludes `b`.
#[derive(Debug, ErrorCatalog)]
#[catalog(range = 100..200)]
enum Session {
    #[code(200, message = "Just outside.")]
    JustOutside,
}

fn main() {}
