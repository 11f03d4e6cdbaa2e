use avsession_codes::ErrorCatalog;

// Every mistake is reported in the one compile, not only the first.
#[derive(Debug, ErrorCatalog)]
#[catalog(range = 6600000..=6699999, titel = "Session")]
enum Session {
    #[code(6600101, message = "Session service exception.")]
    ServiceException,
    #[code(6600101, message = "The session does not exist.")]
    SessionDoesNotExist,
    #[code(7, message = "Outside the range.")]
    OutsideRange,
    #[code("6600104", message = "Quoted code.")]
    Quoted,
    #[code(6600105, mesage = "Misspelt key.")]
    Misspelt,
    #[code(6600106, message = "")]
    EmptyMessage,
    NoCode,
    #[code(6600107, message = "Bad display.", display = "{missing}")]
    BadDisplay,
}

fn main() {}
