//! Converting the `int32_t` statuses of AVSession's C API into Rust errors.
//!
//! `cargo run -p avsession-codes --example ffi_status`

use avsession_codes::{AVSessionApiError, AVSessionError, StatusError};

/// Stands in for an `extern "C"` call such as `OH_AVSession_Activate`, which returns an
/// `AVSession_ErrCode`.
fn oh_avsession_activate(simulated: i32) -> i32 {
    simulated
}

/// The safe wrapper: `0` is success, any other status is an error.
fn activate(simulated: i32) -> Result<(), StatusError<AVSessionApiError>> {
    AVSessionApiError::check_status(oh_avsession_activate(simulated))
}

fn main() {
    for status in [0, 401, 6600102, 6612002, 42] {
        match activate(status) {
            Ok(()) => println!("{status}: activated"),
            Err(StatusError::Known(AVSessionApiError::Session(
                AVSessionError::SessionDoesNotExist,
            ))) => println!("{status}: the session is gone; re-create it"),
            Err(StatusError::Known(err)) => {
                println!("{status}: {err}");
                for step in err.solutions() {
                    println!("    - {step}");
                }
            }
            Err(StatusError::Unknown(unknown)) => println!("{status}: {unknown}"),
        }
    }
}
