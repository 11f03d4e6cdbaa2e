use std::fmt;

use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(skip_display)]
enum Session {
    #[code(6600101, mesage = "Misspelt.")]
    ServiceException,
}

// `skip_display` still holds after an error: no clash with these impls.
impl fmt::Display for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for Session {}

fn main() {
    let _ = Session::ServiceException.to_string();
}
