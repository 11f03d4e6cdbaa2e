use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Universal {
    #[code(401, message = "Parameter error.")]
    ParameterError,
}

#[derive(Debug, ErrorCatalog)]
enum Api<T> {
    #[code(transparent)]
    Universal(Universal),
    #[code(1, message = "Holds a value.")]
    Value(T),
}

fn main() {}
