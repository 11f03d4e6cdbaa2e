// Policy Management Error Codes: the catalog `PolicyManagementError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Policy Management Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Policy Management",
    title = "Policy Management Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 2100000..=2199999,
    layout = "# {title}\n\n<!-- md-trans-meta sourceCommit=c33290f86c4a896f90eff1ee86d78748f13424d1 translatedAt=2026-09-23T01:49:17.606Z pushedAt=2026-09-24T06:00:14.176Z -->\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Cause**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n",
    lock = "locks/net_policy.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "策略管理错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考通用错误码说明文档。",
    layout = "# {title}\n\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum PolicyManagementError {
    /// Invalid Parameters (2100001).
    ///
    /// This error code is reported if any input parameter value is incorrect.
    #[code(
        2100001,
        title = "Invalid Parameters",
        message = "Invalid parameter value.",
        description = "This error code is reported if any input parameter value is incorrect.",
        cause = "The end time is earlier than the start time.",
        solution = "Check whether the start time and end time are properly set."
    )]
    #[translation(
        "zh-CN",
        title = "无效的参数",
        description = "参数输入有误。",
        cause = "输入的结束时间小于开始时间。",
        solution = "检查输入的时间参数是否合理。"
    )]
    InvalidParameters,
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
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Cause**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "连接服务失败",
        description = "操作失败，连接系统服务发生异常。",
        cause = "服务发生异常。",
        solution = "检查系统服务运行状态是否正常。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
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
        solution = "Check whether the system is normal. If not, try again later or restart the device."
    )]
    #[translation(
        "zh-CN",
        title = "系统内部错误",
        description = "系统内部错误。",
        cause = "内存异常。",
        cause = "空指针。",
        solution = "检查内存空间是否充足，清理内存后重试。",
        solution = "系统异常，请稍后重试或重启设备。"
    )]
    SystemInternalError,
}
