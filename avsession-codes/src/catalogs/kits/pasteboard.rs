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
    layout = "# {title}\n<!--Kit: Basic Services Kit-->\n<!--Subsystem: MiscServices-->\n<!--Owner: @yangxiaodong41-->\n<!--Designer: @guo867-->\n<!--Tester: @maxiaorong-->\n<!--Adviser: @fang-jinxu-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/pasteboard.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "剪贴板错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n"
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
    #[translation(
        "zh-CN",
        title = "索引超过范围",
        description = "当调用getRecord等涉及索引的接口时，若索引超出有效范围（应介于0至recordCount-1之间），系统会报此错误码。",
        cause = "接口的参数索引值超出当前PasteData中的记录数，比如，getRecord传入index值过大。",
        solution = "检查参数索引值是否在正确范围，使用恰当的索引值重新进行开发。"
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
        solution = "If the number of **PasteData** records has reached the maximum, delete some records before adding new ones."
    )]
    #[translation(
        "zh-CN",
        title = "Record数量超过最大限制",
        description = "当添加Record时，若当前PasteData记录数已达到最大值，系统会报此错误码。",
        cause = "当前PasteData记录数已达到最大值，未进行相关Record的删除或数目检查，直接继续添加Record导致。",
        solution = "检查判断当前PasteData记录数是否已达最大值。",
        solution = "若当前PasteData记录数已达最大值，删除相关Record后，再重新添加Record进行开发。"
    )]
    MaximumNumberOfRecordsReached,
    /// Another Copy or Paste Operation in Progress (12900003).
    ///
    /// C API: `ERR_BUSY`.
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
        since = 13,
        constant = "ERR_BUSY",
        layout = "\n## {code} {title}\n\nSimilar to the error code [27787277](#27787277-another-copy-or-paste-operation-in-progress).\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "另外一个复制或粘贴正在进行",
        description = "上次的复制/粘贴动作还未结束时，再次调用相关接口，系统会报此错误码。",
        cause = "复制粘贴均为异步接口，当复制/粘贴的数据内容较大，需要时间较长时，在此期间再次执行复制/粘贴则会出错。",
        solution = "再次进行复制/粘贴时，首先判断上次复制/粘贴的状态。",
        solution = "当上次复制/粘贴动作完成后，再进行后续操作。",
        layout = "\n## {code} {title}\n\n与错误码[27787277](#27787277-另外一个复制或粘贴正在进行)含义相同。\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n"
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
        layout = "\n## {code} {title}\n\nSimilar to the error code [27787278](#27787278-copy-prohibited).\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "禁止复制",
        description = "当对不支持复制的数据内容进行复制操作时，系统会报此错误码。",
        cause = "数据内容不支持复制，比如只读类型的数据内容。",
        solution = "在对相关数据内容进行复制时，首先判断其数据类型是否支持复制。",
        solution = "若数据内容不支持复制，不对此类数据内容进行复制操作。",
        layout = "\n## {code} {title}\n\n与错误码[27787278](#27787278-禁止复制)含义相同。\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n"
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
    #[translation(
        "zh-CN",
        title = "请求超时",
        description = "当内部处理数据耗时过长时，系统会报此错误码。",
        cause = "内部处理数据耗时过长，比如处理数据过大。",
        solution = "如果处理数据过大，建议换成异步接口。"
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
    #[translation(
        "zh-CN",
        title = "设置已存在",
        description = "当应用全局的可粘贴的范围已存在时，再次进行设置时，系统会报此错误码。",
        cause = "应用全局的可粘贴的范围已存在。",
        solution = "先删除已有设置，再进行新的设置。"
    )]
    SettingsAlreadyExists,
    /// File Copying Failure (12900007).
    ///
    /// C API: `ERR_PASTEBOARD_COPY_FILE_ERROR`.
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
        since = 15,
        constant = "ERR_PASTEBOARD_COPY_FILE_ERROR"
    )]
    #[translation(
        "zh-CN",
        title = "文件拷贝失败",
        description = "当文件拷贝失败时，系统会报此错误码。",
        cause = "文件下载拷贝失败。",
        solution = "在对相关数据内容进行拷贝时，首先判断目标路径是否有效。",
        solution = "若目标路径不支持拷贝时，请确认正确的路径。"
    )]
    FileCopyingFailure,
    /// Progress Startup Failure (12900008).
    ///
    /// C API: `ERR_PASTEBOARD_PROGRESS_START_ERROR`.
    ///
    /// This error code is reported when the progress fails to be created using the default progress indicator.
    #[code(
        12900008,
        title = "Progress Startup Failure",
        message = "Failed to start progress.",
        description = "This error code is reported when the progress fails to be created using the default progress indicator.",
        cause = "The system thread is abnormal.",
        solution = "Check whether the pasting is successful. If yes, ignore this error; otherwise, contact technical support.",
        since = 15,
        constant = "ERR_PASTEBOARD_PROGRESS_START_ERROR"
    )]
    #[translation(
        "zh-CN",
        title = "拉起进度条hap失败",
        description = "用系统默认进度显示，创建进度显示失败时，系统会报此错误码。",
        cause = "系统线程异常。",
        solution = "确认是否粘贴成功，若粘贴成功不用关注此错误码，若粘贴失败需要进一步确认，请联系技术人员获取支持。"
    )]
    ProgressStartupFailure,
    /// Progress Reporting Exception (12900009).
    ///
    /// C API: `ERR_PASTEBOARD_PROGRESS_ABNORMAL`.
    ///
    ///  This error code is reported when the progress reporting on default progress indicator is abnormal.
    #[code(
        12900009,
        title = "Progress Reporting Exception",
        message = "Progress exits abnormally.",
        description = " This error code is reported when the progress reporting on default progress indicator is abnormal.",
        cause = "The progress is displayed abnormally.",
        solution = "Check whether the pasting is successful. If yes, ignore this error; otherwise, contact technical support.",
        since = 15,
        constant = "ERR_PASTEBOARD_PROGRESS_ABNORMAL"
    )]
    #[translation(
        "zh-CN",
        title = "进度上报异常",
        description = " 采用系统默认进度显示，进度上报异常时，系统会报此错误码。",
        cause = "进度显示异常。",
        solution = "确认是否粘贴成功，若粘贴成功不用关注此错误码，若粘贴失败需要进一步确认，请联系技术人员获取支持。"
    )]
    ProgressReportingException,
    /// Data Obtaining Failure (12900010).
    ///
    /// C API: `ERR_PASTEBOARD_GET_DATA_FAILED`.
    ///
    /// This error code is reported when the data to be pasted fails to be obtained.
    #[code(
        12900010,
        title = "Data Obtaining Failure",
        message = "System error occurred during paste execution.",
        description = "This error code is reported when the data to be pasted fails to be obtained.",
        cause = "The data to be pasted fails to be obtained.",
        solution = "Contact technical support.",
        since = 15,
        constant = "ERR_PASTEBOARD_GET_DATA_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "获取粘贴数据失败",
        description = "当获取粘贴数据失败时，系统会报此错误码。",
        cause = "获取粘贴数据失败。",
        solution = "请联系技术人员获取支持。"
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
        layout = "\n## {code} {title}\n\nSimilar to the error code [12900003](#12900003-another-copy-or-paste-operation-in-progress).\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "另外一个复制或粘贴正在进行",
        description = "上次的复制/粘贴动作还未结束时，再次调用相关接口，系统会报此错误码。",
        cause = "复制粘贴均为异步接口，当复制/粘贴的数据内容较大，需要时间较长时，在此期间再次执行复制/粘贴则会出错。",
        solution = "再次进行复制/粘贴时，首先判断上次复制/粘贴的状态。",
        solution = "当上次复制/粘贴动作完成后，再进行后续操作。",
        layout = "\n## {code} {title}\n\n与错误码[12900003](#12900003-另外一个复制或粘贴正在进行)含义相同。\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n"
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
        layout = "\n## {code} {title}\n\nSimilar to the error code [12900004](#12900004-copy-prohibited).\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "禁止复制",
        description = "当对不支持复制的数据内容进行复制操作时，系统会报此错误码。",
        cause = "数据内容不支持复制，比如只读类型的数据内容。",
        solution = "在对相关数据内容进行复制时，首先判断其数据类型是否支持复制。",
        solution = "若数据内容不支持复制，不对此类数据内容进行复制操作。",
        layout = "\n## {code} {title}\n\n与错误码[12900004](#12900004-禁止复制)含义相同。\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n1. {solution}\n2. {solution}"
    )]
    CopyProhibited27787278,
}
