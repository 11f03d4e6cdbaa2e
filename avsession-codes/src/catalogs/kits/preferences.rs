// User Preference Error Codes: the catalog `UserPreferenceError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// User Preference Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "User Preference",
    title = "User Preference Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 15500000..=15599999,
    layout = "# {title}\n<!--Kit: ArkData-->\n<!--Subsystem: DistributedDataManager-->\n<!--Owner: @ding_dong_dong-->\n<!--Designer: @ding_dong_dong-->\n<!--Tester: @yippo; @logic42-->\n<!--Adviser: @ge-yafang-->\n\n> **NOTE**\n>\n> {note}\n{entries}"
)]
pub enum UserPreferenceError {
    /// Internal Error (15500000).
    ///
    /// An internal error occurred.
    #[code(
        15500000,
        title = "Internal Error",
        message = "Inner error.",
        description = "An internal error occurred.",
        cause = "View the error log to determine the cause of the error. Possible causes include the following:",
        cause = "The internal state is abnormal.",
        cause = "There is an API that is incorrectly used.",
        cause = "A system error, such as insufficient memory, I/O error, or JS engine exception, occurs.",
        solution = "Check whether a closed object is reused.",
        solution = "Check whether the APIs are correctly used.",
        solution = "If the problem persists, ask the user to restart or update the application or upgrade the device version.",
        layout = "\n## {code} {title}\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n1. {cause}\n2. {cause}\n3. {cause}\n\n**Solution**\n\n1. {solution}\n2. {solution}\n3. {solution}\n"
    )]
    InternalError,
    /// Failed to Delete the User Preference Persistence File (15500010).
    ///
    /// The operation of deleting the user preference persistence file failed.
    #[code(
        15500010,
        title = "Failed to Delete the User Preference Persistence File",
        message = "Failed to delete the user preferences persistence file.",
        description = "The operation of deleting the user preference persistence file failed.",
        cause = "The possible causes are as follows:",
        cause = "The file name is incorrect.",
        cause = "The file path is incorrect.",
        solution = "Check that the file name is correct.",
        solution = "Check that the file path is correct.",
        layout = "\n## {code} {title}\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n1. {cause}\n2. {cause}\n\n**Solution**\n\n1. {solution}\n2. {solution}\n"
    )]
    FailedToDeleteUserPreferencePersistenceFile,
    /// Failed to Obtain the Subscription Service (15500019).
    ///
    /// Failed to obtain the subscription service in inter-process event subscription.
    #[code(
        15500019,
        title = "Failed to Obtain the Subscription Service",
        message = "Failed to obtain the subscription service.",
        description = "Failed to obtain the subscription service in inter-process event subscription.",
        cause = "The platform does not support service subscription.",
        solution = "Deploy the subscription service on the platform."
    )]
    FailedToObtainSubscriptionService,
    /// Stage Model Required (15501001).
    ///
    /// This operation can be performed only on the stage model.
    #[code(
        15501001,
        title = "Stage Model Required",
        message = "The operation is supported in stage mode only.",
        description = "This operation can be performed only on the stage model.",
        cause = "The context is not a stage model.",
        solution = "Perform the operation on the stage model."
    )]
    StageModelRequired,
    /// Invalid dataGroupId Parameter in Options (15501002).
    ///
    /// The **dataGroupId** parameter is invalid.
    #[code(
        15501002,
        title = "Invalid dataGroupId Parameter in Options",
        message = "Invalid dataGroupId.",
        description = "The **dataGroupId** parameter is invalid.",
        cause = "The **dataGroupId** is not obtained from the AppGallery.",
        solution = "Obtain **dataGroupId** from the AppGallery and pass it correctly."
    )]
    InvalidDataGroupIdParameterInOptions,
}
