use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
struct Session;

// Only the wrong shape is reported: the generated API still exists.
fn main() {
    let _ = Session::from_code(1);
    let _ = Session.code();
    let _ = Session::ENTRIES;
    let _ = Session.to_string();
}
