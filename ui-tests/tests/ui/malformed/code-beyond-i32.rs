use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Session {
    #[code(2147483648, message = "One past `i32::MAX`.")]
    TooHigh,
    #[code(-2147483649, message = "One below `i32::MIN`.")]
    TooLow,
}

fn main() {}
