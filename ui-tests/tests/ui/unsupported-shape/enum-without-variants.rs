use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Session {}

fn main() {}
