use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
#[catalog(name = 5)]
enum Session<T> {
    #[code(message = "No code.")]
    NoCode(T),
    #[code(1, mesage = "Misspelt.")]
    Misspelt,
}

// Only the attribute errors are reported: the generated API still exists.
fn main() {
    let _ = Session::<u8>::from_code(1);
    let _ = Session::<u8>::Misspelt.code();
    let _ = Session::<u8>::ENTRIES;
    let _ = Session::<u8>::Misspelt.to_string();
    let _ = <Session<u8> as ErrorCatalog>::lookup(1);
}
