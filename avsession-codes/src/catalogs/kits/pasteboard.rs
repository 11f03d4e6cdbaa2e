// Pasteboard Error Codes: the catalog `PasteboardError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Pasteboard Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Pasteboard",
    title = "Pasteboard Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n<!--Kit: Basic Services Kit-->\n<!--Subsystem: MiscServices-->\n<!--Owner: @yangxiaodong41-->\n<!--Designer: @guo867-->\n<!--Tester: @maxiaorong-->\n<!--Adviser: @fang-jinxu-->\n\n> **NOTE**\n>\n> {note}\n{entries}"
)]
pub enum PasteboardError {
    /// Index Out of Range (12900001).
    ///
    /// This error code is reported when the index passed in to the called API, such as **getRecord**, is out of range.
    #[code(
        12900001,
        title = "Index Out of Range",
        message = "The index is out of range.",
        description = "This error code is reported when the index passed in to the called API, such as **getRecord**, is out of range.",
        cause = "The index passed in the API is beyond the record index range of the **PasteData** object. For example, the index passed in to **getRecord** exceeds the number of records.",
        solution = "Check the index range and call the API again with a valid index."
    )]
    IndexOutOfRange,
    /// Maximum Number of Records Reached (12900002).
    ///
    /// This error code is reported when no new **PasteData** record can be added.
    #[code(
        12900002,
        title = "Maximum Number of Records Reached",
        message = "The number of records exceeds the upper limit.",
        description = "This error code is reported when no new **PasteData** record can be added.",
        cause = "The number of **PasteData** records has reached the maximum.",
        solution = "Check whether the number of **PasteData** records has reached the maximum.",
        solution = "If the number of **PasteData** records has reached the maximum, delete some records before adding new ones.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n1. {solution}\n2. {solution}\n"
    )]
    MaximumNumberOfRecordsReached,
    /// Another Copy or Paste Operation in Progress (12900003).
    ///
    /// This error code is reported when a new copy or paste attempt is made before the previous one is completed.
    #[code(
        12900003,
        title = "Another Copy or Paste Operation in Progress",
        message = "Another copy or paste operation is in progress.",
        description = "This error code is reported when a new copy or paste attempt is made before the previous one is completed.",
        cause = "The copy and paste APIs are both asynchronous APIs. If the data to be copied or pasted is in large amount, the time required may be long. New copy or paste operations can be performed only after the previous operations have been completed.",
        solution = "Before you copy or paste data, check the status of the last copy or paste operation.",
        solution = "Wait until the last copy or paste operation has finished, and then copy or paste data again.",
        layout = "\n## {code} {title}\n\nSimilar to the error code [27787277](#27787277-another-copy-or-paste-operation-in-progress).\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n1. {solution}\n2. {solution}\n"
    )]
    AnotherCopyOrPasteOperationInProgress,
    /// Copy Prohibited (12900004).
    ///
    /// This error code is reported when an attempt is made to copy data that cannot be copied.
    #[code(
        12900004,
        title = "Copy Prohibited",
        message = "Replication is prohibited.",
        description = "This error code is reported when an attempt is made to copy data that cannot be copied.",
        cause = "The data is read-only and cannot be copied.",
        solution = "Make sure the target data allows the copy action.",
        solution = "Make sure you only copy data that allows for copy.",
        layout = "\n## {code} {title}\n\nSimilar to the error code [27787278](#27787278-copy-prohibited).\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n1. {solution}\n2. {solution}\n"
    )]
    CopyProhibited,
    /// Request Timeout (12900005).
    ///
    /// This error code is reported when the time spent in internal data processing exceeds the timeout.
    #[code(
        12900005,
        title = "Request Timeout",
        message = "Excessive processing time for internal data.",
        description = "This error code is reported when the time spent in internal data processing exceeds the timeout.",
        cause = "The data to be processed is large and consumes too much time.",
        solution = "If the data to be processed is too large, consider using an asynchronous API."
    )]
    RequestTimeout,
    /// Settings Already Exists (12900006).
    ///
    /// This error code is reported when the global pasteable range of the application to be set already exists.
    #[code(
        12900006,
        title = "Settings Already Exists",
        message = "Settings already exist.",
        description = "This error code is reported when the global pasteable range of the application to be set already exists.",
        cause = "The global pasteable scope of the application already exists.",
        solution = "Delete the existing settings and then set the new one."
    )]
    SettingsAlreadyExists,
    /// File Copying Failure (12900007).
    ///
    /// This error code is reported when a file fails to be copied.
    #[code(
        12900007,
        title = "File Copying Failure",
        message = "Invalid destUri or file system error.",
        description = "This error code is reported when a file fails to be copied.",
        cause = "The file fails to be downloaded and copied.",
        solution = "Before copying related data, check whether the destination path is valid.",
        solution = "If the destination path is invalid, confirm the correct path.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n1. {solution}\n2. {solution}\n"
    )]
    FileCopyingFailure,
    /// Progress Startup Failure (12900008).
    ///
    /// This error code is reported when the progress fails to be created using the default progress indicator.
    #[code(
        12900008,
        title = "Progress Startup Failure",
        message = "Failed to start progress.",
        description = "This error code is reported when the progress fails to be created using the default progress indicator.",
        cause = "The system thread is abnormal.",
        solution = "Check whether the pasting is successful. If yes, ignore this error; otherwise, contact technical support."
    )]
    ProgressStartupFailure,
    /// Progress Reporting Exception (12900009).
    ///
    ///  This error code is reported when the progress reporting on default progress indicator is abnormal.
    #[code(
        12900009,
        title = "Progress Reporting Exception",
        message = "Progress exits abnormally.",
        description = " This error code is reported when the progress reporting on default progress indicator is abnormal.",
        cause = "The progress is displayed abnormally.",
        solution = "Check whether the pasting is successful. If yes, ignore this error; otherwise, contact technical support."
    )]
    ProgressReportingException,
    /// Data Obtaining Failure (12900010).
    ///
    /// This error code is reported when the data to be pasted fails to be obtained.
    #[code(
        12900010,
        title = "Data Obtaining Failure",
        message = "System error occurred during paste execution.",
        description = "This error code is reported when the data to be pasted fails to be obtained.",
        cause = "The data to be pasted fails to be obtained.",
        solution = "Contact technical support."
    )]
    DataObtainingFailure,
    /// Another Copy or Paste Operation in Progress (27787277).
    ///
    /// This error code is reported when a new copy or paste attempt is made before the previous one is completed.
    #[code(
        27787277,
        title = "Another Copy or Paste Operation in Progress",
        message = "Another copy or paste operation is in progress.",
        description = "This error code is reported when a new copy or paste attempt is made before the previous one is completed.",
        cause = "The copy and paste APIs are both asynchronous APIs. If the data to be copied or pasted is in large amount, the time required may be long. New copy or paste operations can be performed only after the previous operations have been completed.",
        solution = "Before you copy or paste data, check the status of the last copy or paste operation.",
        solution = "Wait until the last copy or paste operation has finished, and then copy or paste data again.",
        layout = "\n## {code} {title}\n\nSimilar to the error code [12900003](#12900003-another-copy-or-paste-operation-in-progress).\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n1. {solution}\n2. {solution}\n"
    )]
    AnotherCopyOrPasteOperationInProgress27787277,
    /// Copy Prohibited (27787278).
    ///
    /// This error code is reported when an attempt is made to copy data that cannot be copied.
    #[code(
        27787278,
        title = "Copy Prohibited",
        message = "Replication is prohibited.",
        description = "This error code is reported when an attempt is made to copy data that cannot be copied.",
        cause = "The data is read-only and cannot be copied.",
        solution = "Make sure the target data allows the copy action.",
        solution = "Make sure you only copy data that allows for copy.",
        layout = "\n## {code} {title}\n\nSimilar to the error code [12900004](#12900004-copy-prohibited).\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n1. {solution}\n2. {solution}\n"
    )]
    CopyProhibited27787278,
}
