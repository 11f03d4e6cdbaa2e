use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Session {
    #[code(1, message = "One.")]
    One,
    #[code(2, message = "Two.")]
    Two,
    #[code(1, message = "One again.")]
    OneAgain,
    #[code(2, message = "Two again.")]
    TwoAgain,
}

fn main() {}
