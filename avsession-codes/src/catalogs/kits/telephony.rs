// Telephony Error Codes: the catalog `TelephonyError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Telephony Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Telephony",
    title = "Telephony Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n<!--Kit: Telephony Kit-->\n<!--Subsystem: Telephony-->\n<!--Owner: @shao-yikai-->\n<!--Designer: @wnazgul-->\n<!--Tester: @jiang_99-->\n<!--Adviser: @zhang_yixin13-->\n\n> **NOTE**\n>\n> {note}\n{entries}"
)]
pub enum TelephonyError {
    /// Input Parameter Value Out of Range (8300001).
    ///
    /// This error code is reported if the value of the input parameter (for example, **slotId**) is not within the valid range. In this case, the API call will fail and the corresponding operation cannot be performed.
    #[code(
        8300001,
        title = "Input Parameter Value Out of Range",
        message = "The input parameter value is out of range.",
        description = "This error code is reported if the value of the input parameter (for example, **slotId**) is not within the valid range. In this case, the API call will fail and the corresponding operation cannot be performed.",
        cause = "The input parameter value is invalid.",
        solution = "Enter a valid parameter value.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    InputParameterValueOutOfRange,
    /// Service Connection Error (8300002).
    ///
    /// This error code is reported if the attempt to connect to a service fails.
    #[code(
        8300002,
        title = "Service Connection Error",
        message = "Service connection failed.",
        description = "This error code is reported if the attempt to connect to a service fails.",
        cause = "Service startup or IPC connection has failed.",
        solution = "Operation error. Try again later.",
        layout = "\n\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    ServiceConnectionError,
    /// System Internal Error (8300003).
    ///
    /// This error code is reported if an internal system error occurs.
    #[code(
        8300003,
        title = "System Internal Error",
        message = "System internal error.",
        description = "This error code is reported if an internal system error occurs.",
        cause = "The possible cause is that data read/write has failed because the network is abnormal.",
        solution = "Operation error. Try again later.",
        layout = "\n\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    SystemInternalError,
    /// SIM Card Not Detected (8300004).
    ///
    /// This error code is reported if no SIM card is detected.
    #[code(
        8300004,
        title = "SIM Card Not Detected",
        message = "No SIM card found.",
        description = "This error code is reported if no SIM card is detected.",
        cause = "No SIM card is inserted or the SIM card is not properly inserted.",
        solution = "Insert the SIM card or remove and insert the SIM card again.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    SimCardNotDetected,
    /// Internal Error (8300999).
    ///
    /// This error code is reported if an internal error occurs.
    #[code(
        8300999,
        title = "Internal Error",
        message = "Internal error.",
        description = "This error code is reported if an internal error occurs.",
        cause = "The problem may arise due to insufficient memory, memory operation errors, or null pointers.",
        solution = "Operation error. Try again later.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    InternalError,
    /// SIM Card Not Activated (8301001).
    ///
    /// This error code is reported if the SIM card is not activated.
    #[code(
        8301001,
        title = "SIM Card Not Activated",
        message = "SIM card is not activated.",
        description = "This error code is reported if the SIM card is not activated.",
        cause = "The SIM card is not activated.",
        solution = "Activate the SIM card.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    SimCardNotActivated,
    /// Failed to Read or Update SIM Card Data (8301002).
    ///
    /// This error code is reported if the attempt to read or update SIM card data has failed.
    #[code(
        8301002,
        title = "Failed to Read or Update SIM Card Data",
        message = "The SIM card failed to read or update data.",
        description = "This error code is reported if the attempt to read or update SIM card data has failed.",
        cause = "The SIM card does not support the operation, or the SIM card is damaged.",
        solution = "Contact the SIM card supplier, or replace the SIM card.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    FailedToReadOrUpdateSimCardData,
    /// Incorrect SIM Card Configuration (8301003).
    ///
    /// This error code is reported if the SIM card configuration is incorrect.
    #[code(
        8301003,
        title = "Incorrect SIM Card Configuration",
        message = "Operator config error.",
        description = "This error code is reported if the SIM card configuration is incorrect.",
        cause = "The configuration file delivered with the SIM card is not properly preconfigured.",
        solution = "Check whether the correct SIM card is inserted.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    IncorrectSimCardConfiguration,
    /// Failed to Connect to the UT (8401001).
    ///
    /// This error code is reported if the UT is not connected.
    #[code(
        8401001,
        title = "Failed to Connect to the UT",
        message = "UT is not connected.",
        description = "This error code is reported if the UT is not connected.",
        cause = "The current carrier does not support sending of UT requests over a Wi-Fi network, but the device is connected to the Wi-Fi network.",
        solution = "Disconnect the Wi-Fi network and resend the UT request.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    FailedToConnectToUt,
    /// Incorrect Number (8401002).
    ///
    /// The entered number is invalid.
    #[code(
        8401002,
        title = "Incorrect Number",
        message = "Invalid input call number.",
        description = "The entered number is invalid.",
        cause = "The user queries the call forwarding status of card A, but card A is not inserted into the current phone.",
        solution = "Insert card A into the current phone.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    IncorrectNumber,
    /// Frequent Operations (8401003).
    ///
    /// Too frequent operations.
    #[code(
        8401003,
        title = "Frequent Operations",
        message = "Operation too frequent.",
        description = "Too frequent operations.",
        cause = "The call forwarding status of the same type is queried consecutively within 30 seconds.",
        solution = "Perform the operation again after 30 seconds.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    FrequentOperations,
    /// Service Connection Error (3120001).
    ///
    /// This error code is reported if the attempt to connect to a service fails.
    #[code(
        3120001,
        title = "Service Connection Error",
        message = "Service connection failed.",
        description = "This error code is reported if the attempt to connect to a service fails.",
        cause = "Service startup or IPC connection has failed.",
        solution = "Operation error. Try again later.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    ServiceConnectionError3120001,
    /// System Internal Error (3120002).
    ///
    /// This error code is reported if an internal system error occurs.
    #[code(
        3120002,
        title = "System Internal Error",
        message = "System internal error.",
        description = "This error code is reported if an internal system error occurs.",
        cause = "The possible cause is that data read/write has failed because the network is abnormal.",
        solution = "Operation error. Try again later.",
        layout = "\n\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    SystemInternalError3120002,
    /// Input Parameter Value Out of Range (8800001).
    ///
    /// This error code is reported if the value of the input parameter (for example, **slotId**) is not within the valid range. In this case, the API call will fail and the corresponding operation cannot be performed.
    #[code(
        8800001,
        title = "Input Parameter Value Out of Range",
        message = "The input parameter value is out of range.",
        description = "This error code is reported if the value of the input parameter (for example, **slotId**) is not within the valid range. In this case, the API call will fail and the corresponding operation cannot be performed.",
        cause = "The input parameter value is invalid.",
        solution = "Enter a valid parameter value.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    InputParameterValueOutOfRange8800001,
    /// Service Connection Error (8800002).
    ///
    /// This error code is reported if the attempt to connect to a service fails.
    #[code(
        8800002,
        title = "Service Connection Error",
        message = "Service connection failed.",
        description = "This error code is reported if the attempt to connect to a service fails.",
        cause = "Service startup or IPC connection has failed.",
        solution = "Operation error. Try again later.",
        layout = "\n\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    ServiceConnectionError8800002,
    /// System Internal Error (8800003).
    ///
    /// This error code is reported if an internal system error occurs.
    #[code(
        8800003,
        title = "System Internal Error",
        message = "System internal error.",
        description = "This error code is reported if an internal system error occurs.",
        cause = "The possible cause is that data read/write has failed because the network is abnormal.",
        solution = "Operation error. Try again later.",
        layout = "\n\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    SystemInternalError8800003,
    /// Internal Error (8800999).
    ///
    /// This error code is reported if an internal error occurs.
    #[code(
        8800999,
        title = "Internal Error",
        message = "Internal error.",
        description = "This error code is reported if an internal error occurs.",
        cause = "The problem may arise due to insufficient memory, memory operation errors, or null pointers.",
        solution = "Operation error. Try again later.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    InternalError8800999,
}
