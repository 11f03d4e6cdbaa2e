//! A user's crate: the nine seed AVSession codes with `#[derive(ErrorCatalog)]` (title, message,
//! description, causes, solutions), wrapped in a `thiserror` enum. Timed by `../../cold_build.py`.

use avsession_codes::ErrorCatalog;

/// The AVSession codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(name = "AVSession", range = 6600000..=6699999)]
pub enum SessionError {
    #[code(
        6600101,
        title = "Session Service Exception",
        message = "Session service exception.",
        description = "The session service is abnormal, and the application cannot obtain a response from the session service. For example, the session service is not running or the communication with the session service fails.",
        cause = "The session service is killed during session restart.",
        solution = "The system retries the operation automatically. If the error persists for 3 seconds or more, stop the operation on the session or controller.",
        solution = "Destroy the current session or session controller and re-create it. If the re-creation fails, stop the operation on the session."
    )]
    SessionServiceException,
    #[code(
        6600102,
        title = "Session Does Not Exist",
        message = "The session does not exist.",
        description = "Parameters are set for or commands are sent to the session that does not exist.",
        cause = "The session has been destroyed, and no session record exists on the server.",
        solution = "If the error occurs on the application, re-create the session. If the error occurs on Media Controller, stop sending query or control commands to the session.",
        solution = "If the error occurs on the session service, query the current session record and pass the correct session ID when creating the controller."
    )]
    SessionDoesNotExist,
    #[code(
        6600103,
        title = "Session Controller Does Not Exist",
        message = "The session controller does not exist.",
        description = "A control command or an event is sent to the controller that does not exist.",
        cause = "The controller has been destroyed.",
        solution = "Query the session record and create the corresponding controller."
    )]
    SessionControllerDoesNotExist,
    #[code(
        6600104,
        title = "Remote Session Connection Failure",
        message = "The remote session connection failed.",
        description = "The communication between the local session and the remote session fails.",
        cause = "The communication between devices is interrupted.",
        solution = "Stop sending control commands to the session. Subscribe to output device changes, and resume the sending when the output device is changed."
    )]
    RemoteSessionConnectionFailure,
    #[code(
        6600105,
        title = "Invalid Session Command",
        message = "Invalid session command.",
        description = "The control command or event sent to the session is not supported.",
        cause = "The session does not support this command.",
        solution = "Stop sending the command or event. Query the commands supported by the session, and send a command supported."
    )]
    InvalidSessionCommand,
    #[code(
        6600106,
        title = "Session Not Activated",
        message = "The session is not activated.",
        description = "A control command or event is sent to the session that is not activated.",
        cause = "The session is in the inactive state.",
        solution = "Stop sending the command or event. Subscribe to the session activation status, and resume the sending when the session is activated."
    )]
    SessionNotActivated,
    #[code(
        6600107,
        title = "Too Many Commands or Events",
        message = "Too many commands or events.",
        description = "The session client sends too many messages or commands to the server in a period of time, causing the server to be overloaded.",
        cause = "The server is overloaded with messages or events.",
        solution = "Control the frequency of sending commands or events."
    )]
    TooManyCommandsOrEvents,
    #[code(
        6600108,
        title = "Device Connection Failure",
        message = "Device connection failed.",
        description = "Connection to the device fails.",
        cause = "The device connection logic is abnormal or the device status is abnormal.",
        solution = "Refresh the device list and check whether the device is offline."
    )]
    DeviceConnectionFailure,
    #[code(
        6600109,
        title = "Remote Session Does Not Exist",
        message = "The remote connection is not established.",
        description = "The remote session does not exist, and the related API calls fail.",
        cause = "The remote session has been destroyed or has not been created.",
        solution = "Query the session status again to determine whether the remote session exists."
    )]
    RemoteSessionDoesNotExist,
}

/// What the application returns.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// An AVSession call failed.
    #[error("AVSession call failed: {0}")]
    Session(#[from] SessionError),
    /// A status no catalog has.
    #[error("unknown status {0}")]
    Unknown(i32),
}

/// A C API status as a `Result`.
///
/// # Errors
///
/// The status's error, when it is not 0.
pub fn check(status: i32) -> Result<(), AppError> {
    match status {
        0 => Ok(()),
        code => Err(SessionError::from_code(code).map_or(AppError::Unknown(code), AppError::from)),
    }
}

/// The steps that fix `err`, in order.
#[must_use]
pub fn steps(err: SessionError) -> &'static [&'static str] {
    err.solutions()
}
