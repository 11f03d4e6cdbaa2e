//! The same crate written with the peers: num_enum for the code, strum for the title and
//! description, thiserror for the message, and the causes and solutions by hand. Timed by
//! `../../cold_build.py`.

use num_enum::{IntoPrimitive, TryFromPrimitive};
use strum::{EnumIter, EnumMessage};

/// The AVSession codes.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    TryFromPrimitive,
    IntoPrimitive,
    EnumMessage,
    EnumIter,
    thiserror::Error,
)]
#[repr(i32)]
pub enum SessionError {
    #[strum(
        message = "Session Service Exception",
        detailed_message = "The session service is abnormal, and the application cannot obtain a response from the session service. For example, the session service is not running or the communication with the session service fails."
    )]
    #[error("Session service exception.")]
    SessionServiceException = 6600101,
    #[strum(
        message = "Session Does Not Exist",
        detailed_message = "Parameters are set for or commands are sent to the session that does not exist."
    )]
    #[error("The session does not exist.")]
    SessionDoesNotExist = 6600102,
    #[strum(
        message = "Session Controller Does Not Exist",
        detailed_message = "A control command or an event is sent to the controller that does not exist."
    )]
    #[error("The session controller does not exist.")]
    SessionControllerDoesNotExist = 6600103,
    #[strum(
        message = "Remote Session Connection Failure",
        detailed_message = "The communication between the local session and the remote session fails."
    )]
    #[error("The remote session connection failed.")]
    RemoteSessionConnectionFailure = 6600104,
    #[strum(
        message = "Invalid Session Command",
        detailed_message = "The control command or event sent to the session is not supported."
    )]
    #[error("Invalid session command.")]
    InvalidSessionCommand = 6600105,
    #[strum(
        message = "Session Not Activated",
        detailed_message = "A control command or event is sent to the session that is not activated."
    )]
    #[error("The session is not activated.")]
    SessionNotActivated = 6600106,
    #[strum(
        message = "Too Many Commands or Events",
        detailed_message = "The session client sends too many messages or commands to the server in a period of time, causing the server to be overloaded."
    )]
    #[error("Too many commands or events.")]
    TooManyCommandsOrEvents = 6600107,
    #[strum(
        message = "Device Connection Failure",
        detailed_message = "Connection to the device fails."
    )]
    #[error("Device connection failed.")]
    DeviceConnectionFailure = 6600108,
    #[strum(
        message = "Remote Session Does Not Exist",
        detailed_message = "The remote session does not exist, and the related API calls fail."
    )]
    #[error("The remote connection is not established.")]
    RemoteSessionDoesNotExist = 6600109,
}

impl SessionError {
    /// The possible causes.
    #[must_use]
    pub fn causes(self) -> &'static [&'static str] {
        match self {
            SessionError::SessionServiceException => {
                &["The session service is killed during session restart."]
            }
            SessionError::SessionDoesNotExist => {
                &["The session has been destroyed, and no session record exists on the server."]
            }
            SessionError::SessionControllerDoesNotExist => &["The controller has been destroyed."],
            SessionError::RemoteSessionConnectionFailure => {
                &["The communication between devices is interrupted."]
            }
            SessionError::InvalidSessionCommand => &["The session does not support this command."],
            SessionError::SessionNotActivated => &["The session is in the inactive state."],
            SessionError::TooManyCommandsOrEvents => {
                &["The server is overloaded with messages or events."]
            }
            SessionError::DeviceConnectionFailure => {
                &["The device connection logic is abnormal or the device status is abnormal."]
            }
            SessionError::RemoteSessionDoesNotExist => {
                &["The remote session has been destroyed or has not been created."]
            }
        }
    }

    /// The solution steps, in order.
    #[must_use]
    pub fn solutions(self) -> &'static [&'static str] {
        match self {
            SessionError::SessionServiceException => &["The system retries the operation automatically. If the error persists for 3 seconds or more, stop the operation on the session or controller.", "Destroy the current session or session controller and re-create it. If the re-creation fails, stop the operation on the session."],
            SessionError::SessionDoesNotExist => &["If the error occurs on the application, re-create the session. If the error occurs on Media Controller, stop sending query or control commands to the session.", "If the error occurs on the session service, query the current session record and pass the correct session ID when creating the controller."],
            SessionError::SessionControllerDoesNotExist => &["Query the session record and create the corresponding controller."],
            SessionError::RemoteSessionConnectionFailure => &["Stop sending control commands to the session. Subscribe to output device changes, and resume the sending when the output device is changed."],
            SessionError::InvalidSessionCommand => &["Stop sending the command or event. Query the commands supported by the session, and send a command supported."],
            SessionError::SessionNotActivated => &["Stop sending the command or event. Subscribe to the session activation status, and resume the sending when the session is activated."],
            SessionError::TooManyCommandsOrEvents => &["Control the frequency of sending commands or events."],
            SessionError::DeviceConnectionFailure => &["Refresh the device list and check whether the device is offline."],
            SessionError::RemoteSessionDoesNotExist => &["Query the session status again to determine whether the remote session exists."],
        }
    }
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
        code => Err(SessionError::try_from(code).map_or(AppError::Unknown(code), AppError::from)),
    }
}

/// The steps that fix `err`, in order.
#[must_use]
pub fn steps(err: SessionError) -> &'static [&'static str] {
    err.solutions()
}
