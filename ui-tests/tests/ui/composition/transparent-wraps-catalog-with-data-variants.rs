use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Data {
    #[code(1, message = "Holds a value.")]
    Value(u8),
}

#[derive(Debug, ErrorCatalog)]
enum Api {
    #[code(transparent)]
    Data(Data),
}

fn main() {}
