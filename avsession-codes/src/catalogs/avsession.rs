//! `AVSessionError`: the AVSession error codes 6600101..6600109, exactly as OpenHarmony's
//! documentation gives them.
//!
//! Text: "AVSession Management Error Codes", OpenHarmony documentation (openharmony/docs,
//! `en/application-dev/reference/apis-avsession-kit/errorcode-avsession.md`), licensed under
//! CC BY 4.0; see the NOTICE file. `since` is the API level of the code's constant in the C API
//! (`native_avsession_errors.h`), where the C API has one.

use crate::ErrorCatalog;

/// The AVSession error codes (6600101..6600109) of OpenHarmony's AVSession Kit.
///
/// Every variant carries the code's title, official message, description, possible causes and
/// ordered solution steps, word for word from the documentation.
///
/// ```
/// use avsession_codes::AVSessionError;
///
/// let err = AVSessionError::from_code(6600102).unwrap();
/// assert_eq!(err, AVSessionError::SessionDoesNotExist);
/// assert_eq!(err.to_string(), "The session does not exist.");
/// assert_eq!(err.solutions().len(), 2);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    crate = crate,
    name = "AVSession",
    title = "AVSession Management Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 6600000..=6699999,
)]
pub enum AVSessionError {
    /// Session Service Exception (6600101).
    ///
    /// C API: `AV_SESSION_ERR_SERVICE_EXCEPTION`.
    ///
    /// The session service is abnormal, and the application cannot obtain a response from the session service. For example, the session service is not running or the communication with the session service fails.
    #[code(
        6600101,
        title = "Session Service Exception",
        message = "Session service exception.",
        description = "The session service is abnormal, and the application cannot obtain a response from the session service. For example, the session service is not running or the communication with the session service fails.",
        cause = "The session service is killed during session restart.",
        solution = "The system retries the operation automatically. If the error persists for 3 seconds or more, stop the operation on the session or controller.",
        solution = "Destroy the current session or session controller and re-create it. If the re-creation fails, stop the operation on the session.",
        since = 13
    )]
    SessionServiceException,
    /// Session Does Not Exist (6600102).
    ///
    /// C API: `AV_SESSION_ERR_CODE_SESSION_NOT_EXIST`.
    ///
    /// Parameters are set for or commands are sent to the session that does not exist.
    #[code(
        6600102,
        title = "Session Does Not Exist",
        message = "The session does not exist.",
        description = "Parameters are set for or commands are sent to the session that does not exist.",
        cause = "The session has been destroyed, and no session record exists on the server.",
        solution = "If the error occurs on the application, re-create the session. If the error occurs on Media Controller, stop sending query or control commands to the session.",
        solution = "If the error occurs on the session service, query the current session record and pass the correct session ID when creating the controller.",
        since = 13
    )]
    SessionDoesNotExist,
    /// Session Controller Does Not Exist (6600103).
    ///
    /// A control command or an event is sent to the controller that does not exist.
    #[code(
        6600103,
        title = "Session Controller Does Not Exist",
        message = "The session controller does not exist.",
        description = "A control command or an event is sent to the controller that does not exist.",
        cause = "The controller has been destroyed.",
        solution = "Query the session record and create the corresponding controller."
    )]
    SessionControllerDoesNotExist,
    /// Remote Session Connection Failure (6600104).
    ///
    /// The communication between the local session and the remote session fails.
    #[code(
        6600104,
        title = "Remote Session Connection Failure",
        message = "The remote session connection failed.",
        description = "The communication between the local session and the remote session fails.",
        cause = "The communication between devices is interrupted.",
        solution = "Stop sending control commands to the session. Subscribe to output device changes, and resume the sending when the output device is changed.",
        system_api
    )]
    RemoteSessionConnectionFailure,
    /// Invalid Session Command (6600105).
    ///
    /// C API: `AV_SESSION_ERR_CODE_COMMAND_INVALID`.
    ///
    /// The control command or event sent to the session is not supported.
    #[code(
        6600105,
        title = "Invalid Session Command",
        message = "Invalid session command.",
        description = "The control command or event sent to the session is not supported.",
        cause = "The session does not support this command.",
        solution = "Stop sending the command or event. Query the commands supported by the session, and send a command supported.",
        since = 13
    )]
    InvalidSessionCommand,
    /// Session Not Activated (6600106).
    ///
    /// C API: `AV_SESSION_ERR_CODE_SESSION_INACTIVE`.
    ///
    /// A control command or event is sent to the session that is not activated.
    #[code(
        6600106,
        title = "Session Not Activated",
        message = "The session is not activated.",
        description = "A control command or event is sent to the session that is not activated.",
        cause = "The session is in the inactive state.",
        solution = "Stop sending the command or event. Subscribe to the session activation status, and resume the sending when the session is activated.",
        since = 13
    )]
    SessionNotActivated,
    /// Too Many Commands or Events (6600107).
    ///
    /// C API: `AV_SESSION_ERR_CODE_MESSAGE_OVERLOAD`.
    ///
    /// The session client sends too many messages or commands to the server in a period of time, causing the server to be overloaded.
    #[code(
        6600107,
        title = "Too Many Commands or Events",
        message = "Too many commands or events.",
        description = "The session client sends too many messages or commands to the server in a period of time, causing the server to be overloaded.",
        cause = "The server is overloaded with messages or events.",
        solution = "Control the frequency of sending commands or events.",
        since = 13
    )]
    TooManyCommandsOrEvents,
    /// Device Connection Failure (6600108).
    ///
    /// Connection to the device fails.
    #[code(
        6600108,
        title = "Device Connection Failure",
        message = "Device connection failed.",
        description = "Connection to the device fails.",
        cause = "The device connection logic is abnormal or the device status is abnormal.",
        solution = "Refresh the device list and check whether the device is offline.",
        system_api
    )]
    DeviceConnectionFailure,
    /// Remote Session Does Not Exist (6600109).
    ///
    /// C API: `AV_SESSION_ERR_CODE_REMOTE_CONNECTION_NOT_EXIST`.
    ///
    /// The remote session does not exist, and the related API calls fail.
    #[code(
        6600109,
        title = "Remote Session Does Not Exist",
        message = "The remote connection is not established.",
        description = "The remote session does not exist, and the related API calls fail.",
        cause = "The remote session has been destroyed or has not been created.",
        solution = "Query the session status again to determine whether the remote session exists.",
        since = 23
    )]
    RemoteSessionDoesNotExist,
}
