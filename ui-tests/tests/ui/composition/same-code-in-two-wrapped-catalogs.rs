use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Universal {
    #[code(401, message = "Parameter error.")]
    ParameterError,
}

#[derive(Debug, ErrorCatalog)]
enum Session {
    #[code(6600101, message = "Session service exception.")]
    ServiceException,
    #[code(401, message = "A universal code declared again.")]
    ParameterError,
}

#[derive(Debug, ErrorCatalog)]
enum Api {
    #[code(transparent)]
    Universal(Universal),
    #[code(transparent)]
    Session(Session),
}

fn main() {}
