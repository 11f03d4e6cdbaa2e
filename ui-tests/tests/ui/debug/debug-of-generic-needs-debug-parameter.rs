// As with std's derive, `Debug` from `#[catalog(debug)]` needs `T: Debug`.
use avsession_codes::ErrorCatalog;

#[derive(ErrorCatalog)]
#[catalog(debug)]
pub enum Holds<T> {
    #[code(1, message = "Holds a value.")]
    Value(T),
}

struct NotDebug;

fn main() {
    let _ = format!("{:?}", Holds::Value(NotDebug));
}
