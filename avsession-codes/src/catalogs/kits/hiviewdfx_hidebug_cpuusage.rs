// HiDebug CpuUsage Error Codes: the catalog `HiDebugCpuUsageError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// HiDebug CpuUsage Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "HiDebug CpuUsage",
    title = "HiDebug CpuUsage Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 11400000..=11499999,
    layout = "# {title}\n\n<!--Kit: Performance Analysis Kit-->\n<!--Subsystem: HiviewDFX-->\n<!--Owner: @hello_harmony; @yu_haoqiaida-->\n<!--Designer: @kutcherzhou1-->\n<!--Tester: @gcw_KuLfPSbe-->\n<!--Adviser: @jinqiuheng-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/hiviewdfx_hidebug_cpuusage.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "HiDebug CpuUsage错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Performance Analysis Kit-->\n<!--Subsystem: HiviewDFX-->\n<!--Owner: @hello_harmony; @yu_haoqiaida-->\n<!--Designer: @kutcherzhou1-->\n<!--Tester: @gcw_KuLfPSbe-->\n<!--Adviser: @jinqiuheng-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum HiDebugCpuUsageError {
    /// Abnormal CPU Usage (11400104).
    ///
    /// The current CPU usage is abnormal.
    #[code(
        11400104,
        title = "Abnormal CPU Usage",
        message = "Abnormal CPU Usage",
        description = "The current CPU usage is abnormal.",
        cause = "The HiView service process is not started properly.",
        solution = "Check the running status of the HiView process and restart the HiView service or system.",
        layout = "\n## {code} {title}\n\n**Error Information**\n\nThe status of the system CPU usage is abnormal.\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "CpuUsage统计异常",
        message = "The status of the system CPU usage is abnormal.",
        description = "当前CPU使用率状态异常。",
        cause = "hiview服务进程未正常启动。",
        solution = "检查hiview进程的运行状态，重启hiview服务或系统。"
    )]
    AbnormalCpuUsage,
}
