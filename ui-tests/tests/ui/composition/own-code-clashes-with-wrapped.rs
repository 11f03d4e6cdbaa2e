use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Universal {
    #[code(401, message = "Parameter error.")]
    ParameterError,
}

#[derive(Debug, ErrorCatalog)]
enum Api {
    #[code(transparent)]
    Universal(Universal),
    #[code(401, message = "Own parameter error.")]
    OwnParameterError,
}

fn main() {}
