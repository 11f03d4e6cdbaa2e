// Access Control Error Codes: the catalog `AccessControlError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Access Control Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Access Control",
    title = "Access Control Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 12100000..=12199999,
    layout = "# {title}\n\n<!--Kit: Ability Kit-->\n<!--Subsystem: Security-->\n<!--Owner: @xia-bubai-->\n<!--Designer: @linshuqing; @hehehe-li-->\n<!--Tester: @leiyuqian-->\n<!--Adviser: @zengyawen-->\n\n> **NOTE**\n>\n> {note}\n{entries}"
)]
pub enum AccessControlError {
    /// Invalid Parameters (12100001).
    ///
    /// The input parameter is incorrect.
    #[code(
        12100001,
        title = "Invalid Parameters",
        message = "Invalid Parameter. Error message: messageInfo.",
        description = "The input parameter is incorrect.",
        cause = "The value of **tokenId** is **0**.",
        cause = "The permission name is empty or exceeds 256 characters.",
        cause = "The **flag** value in the permission authorization or revocation request is invalid.",
        cause = "The parameters specified for registering a listener are incorrect.",
        cause = "The specified context does not belong to the current application.",
        cause = "The requested permissions do not belong to the same permission group.",
        cause = "The requested permissions include permissions that are not declared by the application.",
        cause = "The type of the requested global switch is invalid.",
        cause = "The specified permission is not [a user_grant permission](../../security/AccessToken/permissions-for-all-user.md).",
        cause = "The number of array members exceeds 1024 or all members are invalid.",
        cause = "The start time and end time of the permission usage record to be viewed are invalid.",
        cause = "The specified permission is not declared in the application.",
        solution = "Check that the input parameters are set to valid values by referring to the [API parameters](js-apis-abilityAccessCtrl.md).",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n1. {cause}\n2. {cause}\n3. {cause}\n4. {cause}\n5. {cause}\n6. {cause}\n7. {cause}\n8. {cause}\n9. {cause}\n10. {cause}\n11. {cause}\n12. {cause}\n\n**Solution**\n\n{solution}\n"
    )]
    InvalidParameters,
    /// TokenId Not Exist (12100002).
    ///
    /// The specified token ID does not meet the requirements.
    #[code(
        12100002,
        title = "TokenId Not Exist",
        message = "TokenId does not exist.",
        description = "The specified token ID does not meet the requirements.",
        cause = "The specified **tokenId** does not exist.",
        cause = "The process of the specified **tokenId** is not an application process.",
        solution = "Check the input parameter and confirm that the **tokenId** is the identity of the target application.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n1. {cause}\n2. {cause}\n\n**Solution**\n\n{solution}\n"
    )]
    TokenIdNotExist,
    /// Permission Not Exist (12100003).
    ///
    /// The specified permission name does not meet requirements.
    #[code(
        12100003,
        title = "Permission Not Exist",
        message = "Permission does not exist.",
        description = "The specified permission name does not meet requirements.",
        cause = "The specified permission does not exist in the system, including the permission is not defined or the permission type does not match.",
        cause = "The specified permission name does not match the **tokenId** in the permission authorization or revocation scenario.",
        cause = "The specified permission name is not a sensitive permission that requires user authorization.",
        solution = "Check and correct input parameters. For details about the valid values, see [Permission List](../../security/AccessToken/app-permissions.md).",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n1. {cause}\n2. {cause}\n3. {cause}\n\n**Solution**\n\n{solution}\n<!--DelEnd-->\n"
    )]
    PermissionNotExist,
    /// Listener APIs Not Used in Pairs (12100004).
    ///
    /// The API is not used in pair with its counterpart.
    #[code(
        12100004,
        title = "Listener APIs Not Used in Pairs",
        message = "The API is not used in pair with others.",
        description = "The API is not used in pair with its counterpart.",
        cause = "One of the listener APIs that must be used in pairs is repeatedly called.",
        cause = "One of the listener APIs that must be used in pairs is independently called.",
        solution = "For the APIs that must be used in pairs, for example, **on()** and **off()**, check whether **on()** with the same parameters is called again before **off()** is called.",
        solution = "For the APIs that must be used in pairs, for example, **on()** and **off()**, check whether **off()** is called before **on()**.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n1. {cause}\n2. {cause}\n\n**Solution**\n\n1. {solution}\n2. {solution}\n"
    )]
    ListenerAPIsNotUsedInPairs,
    /// Listener Overflows (12100005).
    ///
    /// The number of listeners exceeds the upper limit.
    #[code(
        12100005,
        title = "Listener Overflows",
        message = "The number of listeners exceeds the limit.",
        description = "The number of listeners exceeds the upper limit.",
        cause = "The number of listeners exceeds 200.",
        solution = "Release unused listeners in a timely manner.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
    )]
    ListenerOverflows,
    /// Permission Granting or Revocation Not Supported (12100006).
    ///
    /// The specified application cannot be granted or revoked the specified permission.
    #[code(
        12100006,
        title = "Permission Granting or Revocation Not Supported",
        message = "The specified application does not support the permissions granted or ungranted as specified.",
        description = "The specified application cannot be granted or revoked the specified permission.",
        cause = "The specified **tokenId** is the identity of a remote device. Distributed granting and revocation are not yet supported.",
        cause = "The specified **tokenId** belongs to a sandbox application, which is not allowed to request the specified permission.",
        solution = "Check whether the method of obtaining the **tokenId** is correct.",
        solution = "Check whether the sandbox application works in restrictive mode. Most permissions cannot be granted to a sandbox application in restrictive mode.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n1. {cause}\n2. {cause}\n\n**Solution**\n\n1. {solution}\n2. {solution}\n<!--DelEnd-->\n"
    )]
    PermissionGrantingOrRevocationNotSupported,
    /// System Service Not Working Properly (12100007).
    ///
    /// The system service is abnormal.
    #[code(
        12100007,
        title = "System Service Not Working Properly",
        message = "The service is abnormal.",
        description = "The system service is abnormal.",
        cause = "The permission management service cannot start properly.",
        cause = "The read or write of IPC data fails.",
        solution = "Try again later or restart the device.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n1. {cause}\n2. {cause}\n\n**Solution**\n\n{solution}\n"
    )]
    SystemServiceNotWorkingProperly,
    /// Out of Memory (12100008).
    ///
    /// The memory allocation fails.
    #[code(
        12100008,
        title = "Out of Memory",
        message = "Out of memory.",
        description = "The memory allocation fails.",
        cause = "The system memory is insufficient.",
        solution = "Try again later or restart the device.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n<!--DelEnd-->\n"
    )]
    OutOfMemory,
    /// Internal Service Error (12100009).
    ///
    /// An internal service error occurs.
    #[code(
        12100009,
        title = "Internal Service Error",
        message = "Common inner error.",
        description = "An internal service error occurs.",
        cause = "An internal error occurs in the system service.",
        solution = "Analyze the fault log to identify the error."
    )]
    InternalServiceError,
    /// Pending Request (12100010).
    ///
    /// An unprocessed request exists.
    #[code(
        12100010,
        title = "Pending Request",
        message = "The request already exists.",
        description = "An unprocessed request exists.",
        cause = "The last request has not been processed yet.",
        solution = "Wait until the last request is processed."
    )]
    PendingRequest,
    /// All Requested Permissions Granted (12100011).
    ///
    /// All input permissions have been granted.
    #[code(
        12100011,
        title = "All Requested Permissions Granted",
        message = "All permissions in the permission list have been granted.",
        description = "All input permissions have been granted.",
        cause = "All requested permissions have been granted.",
        solution = "No action is required. If this error code is returned, the permission has been granted and the permission settings dialog box will not be displayed.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
    )]
    AllRequestedPermissionsGranted,
    /// Not All Permissions Are Rejected by the User (12100012).
    ///
    /// Some input permissions have not been denied by the user.
    #[code(
        12100012,
        title = "Not All Permissions Are Rejected by the User",
        message = "The permission list contains the permission that has not been revoked by the user.",
        description = "Some input permissions have not been denied by the user.",
        cause = "The requested permissions include the permissions that are not rejected by the user.",
        solution = "Call **requestPermissionsFromUser** to request permissions from the user first."
    )]
    NotAllPermissionsAreRejectedByUser,
    /// Global Switch Enabled (12100013).
    ///
    /// The global switch is enabled.
    #[code(
        12100013,
        title = "Global Switch Enabled",
        message = "The specific global switch is already open.",
        description = "The global switch is enabled.",
        cause = "The global switch is already turned on.",
        solution = "No action is required. If this error code is returned, the global switch has been enabled and the dialog box for setting the global switch will not be displayed."
    )]
    GlobalSwitchEnabled,
    /// Unexpected Permission (12100014).
    ///
    /// The input permission does not meet the requirements.
    #[code(
        12100014,
        title = "Unexpected Permission",
        message = "Unexpected permission.",
        description = "The input permission does not meet the requirements.",
        cause = "When the [permission setting dialog box is displayed again](js-apis-abilityAccessCtrl.md#requestpermissiononsetting12), the permission of the manual_settings authorization mode is passed.",
        cause = "During authorization or authorization cancellation, the permission of the non-user_grant or manual_settings authorization mode is passed.",
        cause = "When the [permission setting dialog box is displayed again](js-apis-abilityAccessCtrl.md#openpermissiononsetting22), the permission of the non-manual_settings authorization mode is passed.",
        solution = "Check whether the input permission meets the requirements.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n1. {cause}\n2. {cause}\n3. {cause}\n\n**Solution**\n\n{solution}\n"
    )]
    UnexpectedPermission,
}
