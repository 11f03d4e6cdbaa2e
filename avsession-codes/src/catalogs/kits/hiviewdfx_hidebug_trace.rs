// HiDebug Trace Error Codes: the catalog `HiDebugTraceError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// HiDebug Trace Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "HiDebug Trace",
    title = "HiDebug Trace Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 11400000..=11499999,
    layout = "# {title}\n\n<!--Kit: Performance Analysis Kit-->\n<!--Subsystem: HiviewDFX-->\n<!--Owner: @leiguangyu-->\n<!--Designer: @mgce1-->\n<!--Tester: @gcw_KuLfPSbe-->\n<!--Adviser: @jinqiuheng-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/hiviewdfx_hidebug_trace.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "HiDebug Trace错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考通用错误码说明文档。",
    layout = "# {title}\n\n<!--Kit: Performance Analysis Kit-->\n<!--Subsystem: HiviewDFX-->\n<!--Owner: @leiguangyu-->\n<!--Designer: @mgce1-->\n<!--Tester: @gcw_KuLfPSbe-->\n<!--Adviser: @jinqiuheng-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum HiDebugTraceError {
    /// Repeated Trace Capture (11400102).
    ///
    /// C API: `HIDEBUG_TRACE_CAPTURED_ALREADY`.
    ///
    /// The trace capture has been enabled for the process.
    #[code(
        11400102,
        title = "Repeated Trace Capture",
        message = "Capture trace already enabled.",
        description = "The trace capture has been enabled for the process.",
        cause = "The trace capture is in progress.",
        solution = "Wait until the trace capture is complete or call **hidebug.stopAppTraceCapture** to stop the trace capture.",
        since = 12,
        constant = "HIDEBUG_TRACE_CAPTURED_ALREADY"
    )]
    #[translation(
        "zh-CN",
        title = "重复采集",
        description = "进程已开启trace采集。",
        cause = "进程正在进行trace采集。",
        solution = "应等待trace采集结束或调用hidebug.stopAppTraceCapture接口关闭正在运行的trace采集，以解决重复采集问题。"
    )]
    RepeatedTraceCapture,
    /// Permission Verification Failed (11400103).
    ///
    /// C API: `HIDEBUG_NO_PERMISSION`.
    ///
    /// You do not have the permission to write the trace file in the current directory.
    #[code(
        11400103,
        title = "Permission Verification Failed",
        message = "No write permission on the file.",
        description = "You do not have the permission to write the trace file in the current directory.",
        cause = "The directory does not exist or is deleted by mistake.",
        solution = "Run the trace capture again to generate a correct trace file in the current directory.",
        since = 12,
        constant = "HIDEBUG_NO_PERMISSION"
    )]
    #[translation(
        "zh-CN",
        title = "权限校验失败",
        description = "当前目录没有权限写trace文件。",
        cause = "目录不存在或被误操作删除。",
        solution = "应重新运行采集接口，再次生成正确的目录文件，以解决权限校验失败问题。"
    )]
    PermissionVerificationFailed,
    /// Internal Error (11400104).
    ///
    /// C API: `HIDEBUG_TRACE_ABNORMAL`.
    ///
    /// The current trace capture encounters an internal error.
    #[code(
        11400104,
        title = "Internal Error",
        message = "Abnormal trace status.",
        description = "The current trace capture encounters an internal error.",
        cause = "The system kernel crashes or the application process does not respond.",
        solution = "Restart the application or device.",
        since = 12,
        constant = "HIDEBUG_TRACE_ABNORMAL",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n> **NOTE**\n>\n> The error message may vary depending on the API.\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "内部异常",
        description = "当前trace采集内部状态异常。",
        cause = "系统内核崩溃或应用进程无响应。",
        solution = "应重启应用或设备，以解决trace采集内部状态异常问题。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n> **说明**：\n>\n> 错误信息请以接口实际返回内容为准。\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    InternalError,
    /// Trace Capture Disabled (11400105).
    ///
    /// C API: `HIDEBUG_NO_TRACE_RUNNING`.
    ///
    /// No trace capture is in progress.
    #[code(
        11400105,
        title = "Trace Capture Disabled",
        message = "No capture trace running.",
        description = "No trace capture is in progress.",
        cause = "Trace capture is not enabled.",
        solution = "Enable trace capture and then stop it.",
        since = 12,
        constant = "HIDEBUG_NO_TRACE_RUNNING"
    )]
    #[translation(
        "zh-CN",
        title = "未开启trace采集",
        description = "当前没有trace正在采集。",
        cause = "未开启trace采集。",
        solution = "确保在调用停止trace采集接口前，已经成功开启trace采集。"
    )]
    TraceCaptureDisabled,
    /// API Call Quota Exceeded (11400106).
    ///
    /// The API call quota is exceeded.
    #[code(
        11400106,
        title = "API Call Quota Exceeded",
        message = "Quota exceeded.",
        description = "The API call quota is exceeded.",
        cause = "This API is called by a process more than once per day.",
        cause = "This API is called by the system more than five times per week.",
        solution = "Wait for the update of the API call quota."
    )]
    #[translation(
        "zh-CN",
        title = "接口调用配额已超出",
        description = "接口调用配额已超出。",
        cause = "进程调用次数超出配额（1次/天）。",
        cause = "整机调用次数超出配额（5次/周）。",
        solution = "应等待进程或整机的调用配额刷新，以解决接口调用配额已超出问题。"
    )]
    ApiCallQuotaExceeded,
    /// Trace File Storage Limit Reached (11400120).
    ///
    /// C API: `OH_HIDEBUG_TRACE_STORAGE_LIMIT`.
    ///
    /// The number of .sys files returned by the trace collection in the directory exceeds the upper limit.
    #[code(
        11400120,
        title = "Trace File Storage Limit Reached",
        message = "Trace storage limit reached.",
        description = "The number of .sys files returned by the trace collection in the directory exceeds the upper limit.",
        cause = "The number of .sys files returned by the trace collection in the directory is greater than or equal to 3.",
        solution = "Delete files from the trace directory.",
        since = 24,
        constant = "OH_HIDEBUG_TRACE_STORAGE_LIMIT"
    )]
    #[translation(
        "zh-CN",
        title = "trace文件存储达到限制",
        description = "采集trace返回的.sys文件在目录下的存储超出限制。",
        cause = "采集trace返回的.sys文件在目录下的数量大于等于3份。",
        solution = "应清理trace目录下的文件，以解决trace文件存储达到限制问题。"
    )]
    TraceFileStorageLimitReached,
    /// Trace Collection Exceeds the Resource Quota (11400302).
    ///
    /// C API: `HIDEBUG_RESOURCE_UNAVAILABLE`.
    ///
    /// The number of times the application calls trace collection exceeds the system resource quota.
    ///
    /// > **NOTE**
    /// >
    /// > In developer mode, the [applications of the debug version](../../dfx/performance-analysis-kit-terminology.md#applications-of-the-debug-version) is not controlled.
    #[code(
        11400302,
        title = "Trace Collection Exceeds the Resource Quota",
        message = "Resource unavailable.",
        description = "The number of times the application calls trace collection exceeds the system resource quota.\n\n> **NOTE**\n>\n> In developer mode, the [applications of the debug version](../../dfx/performance-analysis-kit-terminology.md#applications-of-the-debug-version) is not controlled.",
        cause = "The number of times the application calls trace collection exceeds the daily quota of system resources.",
        solution = "If the quota is used up on the current day, wait until the system resource quota is updated on the next day.",
        since = 22,
        constant = "HIDEBUG_RESOURCE_UNAVAILABLE"
    )]
    #[translation(
        "zh-CN",
        title = "trace采集超出资源配额",
        description = "应用调用trace采集超出系统资源配额。\n\n> **说明**：\n>\n> 开发者模式下debug版本应用不被管控。",
        cause = "应用调用trace采集超出系统资源的每日配额。",
        solution = "应等待次日系统资源配额刷新，以解决trace采集超出资源配额问题。"
    )]
    TraceCollectionExceedsResourceQuota,
}
