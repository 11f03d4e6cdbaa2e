// FaultLogger Error Codes: the catalog `FaultLoggerError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// FaultLogger Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "FaultLogger",
    title = "FaultLogger Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 10600000..=10699999,
    layout = "# {title}\n<!--Kit: Performance Analysis Kit-->\n<!--Subsystem: HiviewDFX-->\n<!--Owner: @chenshi51-->\n<!--Designer: @Maplestory91-->\n<!--Tester: @gcw_KuLfPSbe-->\n<!--Adviser: @jinqiuheng-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/faultlogger.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "Faultlogger 错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考通用错误码说明文档。",
    layout = "# {title}\n<!--Kit: Performance Analysis Kit-->\n<!--Subsystem: HiviewDFX-->\n<!--Owner: @chenshi51-->\n<!--Designer: @Maplestory91-->\n<!--Tester: @gcw_KuLfPSbe-->\n<!--Adviser: @jinqiuheng-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum FaultLoggerError {
    /// Service Faulty or Not Started (10600001).
    ///
    /// This error code is reported when the service is not started or an unknown error occurs.
    #[code(
        10600001,
        title = "Service Faulty or Not Started",
        message = "The service is not started or is faulty.",
        description = "This error code is reported when the service is not started or an unknown error occurs.",
        cause = "The hiview service is not started.",
        solution = "Retry the operation.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "服务未启动或故障",
        description = "服务未启动或者遇到未知错误。",
        cause = "hiview服务未启动。",
        solution = "不应该发生的场景，考虑重试。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    ServiceFaultyOrNotStarted,
}
