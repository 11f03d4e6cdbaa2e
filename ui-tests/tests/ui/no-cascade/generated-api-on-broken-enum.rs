use avsession_codes::ErrorCatalog;

#[derive(Debug, Clone, Copy, PartialEq, ErrorCatalog)]
enum Session {
    #[code(6600101, message = "Session service exception.")]
    ServiceException,
    #[code(6600101, message = "The session does not exist.")]
    SessionDoesNotExist,
}

// Constants are evaluated even after the error: they must not add one.
const CODE: i32 = Session::ServiceException.code();
const NAME: &str = Session::CATALOG.name;

// Only the duplicate is reported: the generated API still exists.
fn main() {
    let _ = (CODE, NAME);
    let _ = Session::from_code(1);
    let _ = Session::ServiceException.code();
    let _ = Session::ServiceException.message();
    let _ = Session::ENTRIES;
    let _ = Session::ALL;
    let _ = Session::variants().count();
    let _ = Session::lookup(6600101);
    let _ = Session::check_status(0);
    let _ = Session::ServiceException.to_string();
    let _: &dyn std::error::Error = &Session::ServiceException;
    let _ = <Session as ErrorCatalog>::NAME;
    let _ = <Session as avsession_codes::FromCode>::from_code(1);
}
