use avsession_codes::ErrorCatalog;

// syn reads an array only with its `full` feature, which the derive does without: the error
// says what rustc accepts (and rustc says it too), not which syn feature to turn on.
#[derive(Debug, ErrorCatalog)]
enum Session {
    #[code(6600101, message = "Session service exception.")]
    #[doc = [1, 2]]
    ServiceException,
}

fn main() {}
