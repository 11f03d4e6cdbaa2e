// `#[catalog(debug)]` implements `Debug`: deriving std's too is a conflict, which rustc reports
// at both.
use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(debug)]
pub enum Twice {
    #[code(1, message = "One.")]
    One,
}

fn main() {}
