// Screen Lock Management Error Codes: the catalog `ScreenLockManagementError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Screen Lock Management Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Screen Lock Management",
    title = "Screen Lock Management Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 13200000..=13299999,
    layout = "# {title}\n\n<!-- md-trans-meta sourceCommit=531db22a21215c0121639101d61b4ccd5426a88b translatedAt=2026-06-08T07:51:59.628Z pushedAt=2026-06-09T10:12:44.030Z -->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/screenlock.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "锁屏服务错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考通用错误码说明文档。"
)]
pub enum ScreenLockManagementError {
    /// Screen Lock Management Service Is Abnormal (13200002).
    ///
    /// This error code is reported when the screen lock management service is not working correctly.
    #[code(
        13200002,
        title = "Screen Lock Management Service Is Abnormal",
        message = "The screenlock management service is abnormal.",
        description = "This error code is reported when the screen lock management service is not working correctly.",
        cause = "The service stops running due to unknown errors and is not automatically restored.",
        cause = "The service is running but does not respond due to unknown errors.\n**Solution**",
        cause = "Run the **ps -ef** command to check whether the service is running.",
        cause = "If the service is not running, restart the system.",
        cause = "If the service is running, close the service process and wait for automatic recovery. If the issue persists, perform step 1.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n1. {cause}\n2. {cause}\n\n{cause}\n\n{causes:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "锁屏服务异常",
        description = "锁屏管理服务异常。",
        cause = "该错误码表示锁屏管理服务异常，可能原因如下：",
        cause = "因未知原因导致服务停止运行且未自动恢复。",
        cause = "因未知原因导致服务虽然运行但无法处理响应。",
        solution = "ps -ef 查看服务是否正在运行，如未处于运行状态，建议重启系统恢复。",
        solution = "ps -ef 查看服务是否正在运行，如处于运行状态，建议kill服务进程等待自动恢复，如未自动恢复执行处理建议1。",
        layout = "\n## {code} {title}\n\n**错误信息** \n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    ScreenLockManagementServiceIsAbnormal,
    /// Invalid Use (13200003).
    ///
    /// This error code is reported when the API is not called by the application in focus.
    #[code(
        13200003,
        title = "Invalid Use",
        message = "Invalid use.",
        description = "This error code is reported when the API is not called by the application in focus.",
        cause = "The **unlock()** API is called by an application not in focus.",
        solution = "Check whether the application that calls **unlock()** is in focus.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n\n**Solution**\n\n{solution}"
    )]
    #[translation(
        "zh-CN",
        title = "非法调用",
        description = "非法调用。",
        cause = "该错误码表示非法调用锁屏管理接口，可能原因：当非焦点应用调用unlock()会返回此错误码。",
        solution = "检查当前调用unlock()的应用是否为焦点应用。",
        layout = "\n## {code} {title}\n\n**错误信息** \n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n\n**处理步骤**\n\n{solutions}\n"
    )]
    InvalidUse,
}
