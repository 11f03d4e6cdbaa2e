// HiCollie Error Codes: the catalog `HiCollieError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// HiCollie Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "HiCollie",
    title = "HiCollie Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 29800000..=29899999,
    layout = "# {title}\n\n<!--Kit: Performance Analysis Kit-->\n<!--Subsystem: HiviewDFX-->\n<!--Owner: @Chenyufan466765692-->\n<!--Designer: @peterhuangyu-->\n<!--Tester: @gcw_KuLfPSbe-->\n<!--Adviser: @jinqiuheng-->\n<!-- md-trans-meta sourceCommit=f319e3e62d6356bf78f31e2e8f7ba3927caddf1e translatedAt=2026-09-21T02:40:47.171Z pushedAt=2026-09-22T01:29:30.400Z -->\n\n> **Note:**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:dash,tight}\n\n**Solution**\n\n{solutions:dash,tight}\n",
    lock = "locks/hiviewdfx_hicollie.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "HiCollie错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Performance Analysis Kit-->\n<!--Subsystem: HiviewDFX-->\n<!--Owner: @rr_cn-->\n<!--Designer: @peterhuangyu-->\n<!--Tester: @gcw_KuLfPSbe-->\n<!--Adviser: @jinqiuheng-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:dash,tight}\n\n**处理步骤**\n\n{solutions:dash,tight}\n"
)]
pub enum HiCollieError {
    /// Failed to Obtain the System Service (29800001).
    ///
    /// C API: `HICOLLIE_WRONG_THREAD_CONTEXT`.
    ///
    /// The API is called in the wrong thread.
    #[code(
        29800001,
        title = "Failed to Obtain the System Service",
        message = "Wrong thread context. The function cannot be called from main thread.",
        description = "The API is called in the wrong thread.",
        cause = "The API service cannot be called from the main thread.",
        solution = "Call the API from a non-main thread.",
        since = 12,
        constant = "HICOLLIE_WRONG_THREAD_CONTEXT"
    )]
    #[translation(
        "zh-CN",
        title = "错误的线程上下文",
        message = "Wrong thread context.The function can not be called from main thread.",
        description = "在错误的线程中调用接口。",
        cause = "该接口服务无法从主线程调用。",
        solution = "在非主线程调用该接口服务。"
    )]
    FailedToObtainSystemService,
    /// Failed to Call the Remote API (29800002).
    ///
    /// C API: `HICOLLIE_REMOTE_FAILED`.
    ///
    /// The API fails to be called for the remote service.
    #[code(
        29800002,
        title = "Failed to Call the Remote API",
        message = "Remote call failed.",
        description = "The API fails to be called for the remote service.",
        cause = "The service is not started or crashes.",
        solution = "Call the API again.",
        since = 12,
        constant = "HICOLLIE_REMOTE_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "远程调用失败",
        description = "当前接口请求远程服务失败。",
        cause = "服务未启动或崩溃。",
        solution = "建议重试。"
    )]
    FailedToCallRemoteApi,
    /// Invalid Timer Name (29800003).
    ///
    /// C API: `HICOLLIE_INVALID_TIMER_NAME`.
    ///
    /// The timer name is invalid.
    #[code(
        29800003,
        title = "Invalid Timer Name",
        message = "Invalid timer name.",
        description = "The timer name is invalid.",
        cause = "The **name** is **nullptr** or points to an empty string.",
        solution = "Check the **name** parameter and ensure that it is neither a **nullptr** nor a pointer to an empty string.",
        since = 18,
        constant = "HICOLLIE_INVALID_TIMER_NAME"
    )]
    #[translation(
        "zh-CN",
        title = "无效的timer名称",
        description = "timer name是无效的。",
        cause = "传入的字符指针name为nullptr或name指向空字符串。",
        solution = "检查传入的name参数，确保其为非空字符指针，且指向非空字符串。"
    )]
    InvalidTimerName,
    /// Invalid Timeout Value (29800004).
    ///
    /// C API: `HICOLLIE_INVALID_TIMEOUT_VALUE`.
    ///
    /// The **timeout** value is invalid.
    #[code(
        29800004,
        title = "Invalid Timeout Value",
        message = "Invalid timeout value.",
        description = "The **timeout** value is invalid.",
        cause = "The **timeout** value is **0**.",
        solution = "Check the **timeout** value and ensure that it is greater than 0.",
        since = 18,
        constant = "HICOLLIE_INVALID_TIMEOUT_VALUE"
    )]
    #[translation(
        "zh-CN",
        title = "无效的timeout值",
        description = "timeout值是无效的。",
        cause = "传入的timeout的值为0。",
        solution = "检查传入的timeout，确保其大于0。"
    )]
    InvalidTimeoutValue,
    /// Incorrect Process Context (29800005).
    ///
    /// C API: `HICOLLIE_WRONG_PROCESS_CONTEXT`.
    ///
    /// The process context is incorrect.
    #[code(
        29800005,
        title = "Incorrect Process Context",
        message = "Wrong process context.",
        description = "The process context is incorrect.",
        cause = "The **appspawn** or **nativespawn** process is used to access the timer.",
        solution = "Do not access HiCollie in the **appspawn** and **nativespawn** processes.",
        since = 18,
        constant = "HICOLLIE_WRONG_PROCESS_CONTEXT"
    )]
    #[translation(
        "zh-CN",
        title = "错误的进程上下文",
        description = "进程上下文错误。",
        cause = "接入函数执行时长检测定时器的进程是appspawn或nativespawn进程。",
        solution = "请勿在appspawn和nativespawn进程中接入hicollie检测。"
    )]
    IncorrectProcessContext,
    /// Incorrect Timer ID (29800006).
    ///
    /// C API: `HICOLLIE_WRONG_TIMER_ID_OUTPUT_PARAM`.
    ///
    /// Invalid timer ID value parameter.
    #[code(
        29800006,
        title = "Incorrect Timer ID",
        message = "Wrong timer id output param.",
        description = "Invalid timer ID value parameter.",
        cause = "The integer pointer ID is **nullptr**.",
        cause = "The number of concurrent tasks in the process that accesses the HiCollie timer reaches the maximum value 128.",
        solution = "Check the ID and ensure that it is a non-null integer pointer.",
        solution = "If the maximum limit is reached, reduce the calls to the hicollie detection mechanism elsewhere in the process and try again.",
        since = 18,
        constant = "HICOLLIE_WRONG_TIMER_ID_OUTPUT_PARAM"
    )]
    #[translation(
        "zh-CN",
        title = "错误的timer id参数",
        description = "错误的任务id值参数。",
        cause = "传入的整型指针id为nullptr；",
        cause = "接入函数执行时长检测机制的进程中hicollie插件同时存在任务数达到最大值128。",
        solution = "检查传入的id参数，确保其为非空整型指针；",
        solution = "如果达到最大值限制，请减少该进程中hicollie检测机制的在其他地方的调用后重试。"
    )]
    IncorrectTimerId,
}
