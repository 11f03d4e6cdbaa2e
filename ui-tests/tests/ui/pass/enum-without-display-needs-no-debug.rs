// With `skip_display`, the derive implements no `Error`, so `Debug` is not needed.
use avsession_codes::ErrorCatalog;

#[derive(ErrorCatalog)]
#[catalog(skip_display)]
enum NoDebug {
    #[code(1, message = "One.")]
    One,
}

fn main() {
    assert_eq!(NoDebug::One.code(), 1);
}
