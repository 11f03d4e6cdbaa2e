// Network Connection Management Error Codes: the catalog `NetworkConnectionManagementError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Network Connection Management Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Network Connection Management",
    title = "Network Connection Management Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 2100000..=2199999,
    layout = "# {title}\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **NOTE**\n>\n> {note}\n{entries}"
)]
pub enum NetworkConnectionManagementError {
    /// Invalid Parameter Value (2100001).
    ///
    /// This error code is reported if the parameter value is invalid.
    #[code(
        2100001,
        title = "Invalid Parameter Value",
        message = "Invalid parameter value.",
        description = "This error code is reported if the parameter value is invalid.",
        cause = "The input parameter value is not within the valid value range.",
        solution = "Check whether the input parameter value is within the valid value range.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Cause**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    InvalidParameterValue,
    /// Service Connection Failure (2100002).
    ///
    /// This error code is reported if a service connection failure occurs.
    #[code(
        2100002,
        title = "Service Connection Failure",
        message = "Failed to connect to the service.",
        description = "This error code is reported if a service connection failure occurs.",
        cause = "The service is abnormal.",
        solution = "Check whether system services are running properly.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Cause**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    ServiceConnectionFailure,
    /// System Internal Error (2100003).
    ///
    /// This error code is reported if a system internal error occurs.
    #[code(
        2100003,
        title = "System Internal Error",
        message = "System internal error.",
        description = "This error code is reported if a system internal error occurs.",
        cause = "The memory is abnormal.",
        cause = "A null pointer is present.",
        solution = "Check whether the memory space is sufficient. If not, clear the memory and try again.",
        solution = "Check whether the system is normal. If not, try again later or restart the device.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Cause**\n\n1. {cause}\n\n2. {cause}\n\n**Procedure**\n\n1. {solution}\n\n2. {solution}\n"
    )]
    SystemInternalError,
    /// Callback Not Exist (2101007).
    ///
    /// This error code is reported if a **callback** object to be unregistered does not exist.
    #[code(
        2101007,
        title = "Callback Not Exist",
        message = "The callback does not exist.",
        description = "This error code is reported if a **callback** object to be unregistered does not exist.",
        cause = "The **callback** object has not been registered for activating a network or listening to network status changes.",
        solution = "Before unregistering a **callback** object, make sure that it has been registered for activating a network or listening to network status changes.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Cause**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    CallbackNotExist,
    /// Callback Already Exists (2101008).
    ///
    /// This error code is reported if the same callback already exists.
    #[code(
        2101008,
        title = "Callback Already Exists",
        message = "The callback already exists.",
        description = "This error code is reported if the same callback already exists.",
        cause = "The **callback** object has been registered for activating a network or listening to network status changes.",
        solution = "Check whether the **callback** object has been registered.",
        solution = "If the **callback** object has been registered, use the registered **callback** object.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Cause**\n\n{cause}\n\n**Procedure**\n\n1. {solution}\n\n2. {solution}\n"
    )]
    CallbackAlreadyExists,
    /// Number of Requests Exceeding the Maximum (2101022).
    ///
    /// This error code is reported if the number of network requests exceeds the maximum.
    #[code(
        2101022,
        title = "Number of Requests Exceeding the Maximum",
        message = "The number of requests exceeded the maximum allowed.",
        description = "This error code is reported if the number of network requests exceeds the maximum.",
        cause = "The number of requests for activating a network or listening to network status changes has reached the maximum value.",
        cause = "The maximum number of 2.NetConnection.register interfaces has been reached.",
        solution = "Locate the fault based on the \"Over the max request number\" log record.",
        solution = "After using **NetConnection.register**, call **NetConnection.unregister** to cancel the registered listener in a timely manner.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Cause**\n\n- {cause}\n\n- {cause}\n\n**Procedure**\n\n1. {solution}\n\n2. {solution}\n"
    )]
    NumberOfRequestsExceedingMaximum,
    /// Failed to Authenticate the Caller (Non-VPN Application) (2100301).
    ///
    /// The API caller is not a VPN application.
    #[code(
        2100301,
        title = "Failed to Authenticate the Caller (Non-VPN Application)",
        message = "Incorrect usage in non-VPN application.",
        description = "The API caller is not a VPN application.",
        cause = "The API caller is not a VPN application.",
        solution = "Ensure that the API is called in a VPN application.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Cause**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    FailedToAuthenticateCallerNonVpnApplication,
    /// Incorrect NIC Name (non-Ethernet) (2100400).
    ///
    /// The NIC name passed in the API call is incorrect.
    #[code(
        2100400,
        title = "Incorrect NIC Name (non-Ethernet)",
        message = "The input network interface is incorrect.",
        description = "The NIC name passed in the API call is incorrect.",
        cause = "The NIC name passed in the API call is not an Ethernet NIC name such as **eth0**.",
        solution = "Ensure that the NIC name is an Ethernet NIC name such as **eth0**.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Cause**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    IncorrectNicNameNonEthernet,
    /// No IP Address Configured on the VLAN Is Found (2100401).
    ///
    /// The input IP address is not found.
    #[code(
        2100401,
        title = "No IP Address Configured on the VLAN Is Found",
        message = "The input ip address not found.",
        description = "The input IP address is not found.",
        cause = "The input IP address is not found on the VLAN.",
        solution = "Ensure that the input IP address is configured on the VLAN.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Cause**\n\n{cause}\n\n**Procedure**\n\n{solution}\n"
    )]
    NoIpAddressConfiguredOnVlanIsFound,
}
