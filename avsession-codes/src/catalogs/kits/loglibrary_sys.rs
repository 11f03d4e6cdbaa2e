// Log Library Error Codes: the catalog `LogLibraryError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Log Library Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Log Library",
    title = "Log Library Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 21300000..=21399999,
    layout = "# {title}\n\n<!--Kit: Performance Analysis Kit-->\n<!--Subsystem: HiviewDFX-->\n<!--Owner: @BruceZong-->\n<!--Designer: @tangyyan-->\n<!--Tester: @gcw_KuLfPSbe-->\n<!--Adviser: @jinqiuheng-->\n<!-- md-trans-meta sourceCommit=f00a13769ab903f0badf660649729d0cd8470528 translatedAt=2026-09-16T11:11:08.629Z pushedAt=2026-09-20T09:01:52.271Z -->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/loglibrary_sys.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "维测日志错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考通用错误码说明文档。",
    layout = "# {title}\n\n<!--Kit: Performance Analysis Kit-->\n<!--Subsystem: HiviewDFX-->\n<!--Owner: @BruceZong-->\n<!--Designer: @gcw_qzKyUhyU-->\n<!--Tester: @gcw_KuLfPSbe-->\n<!--Adviser: @jinqiuheng-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum LogLibraryError {
    /// Specified File Not Exist (21300001).
    ///
    /// The specified log file does not exist when the copy, move, or delete API of the log file is called for file operations.
    #[code(
        21300001,
        title = "Specified File Not Exist",
        message = "The specified file does not exist.",
        description = "The specified log file does not exist when the copy, move, or delete API of the log file is called for file operations.",
        cause = "The input file name is incorrect.",
        cause = "The file with the input file name does not exist in the device storage.",
        solution = "Check whether the input file name is correct, including the file name spelling and path format.",
        solution = "Check whether the file exists in the device storage, and verify that the file path and log directory configuration are correct.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:dash}\n\n**Procedure**\n\n{solutions:dash,tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "指定文件不存在",
        description = "在调用日志文件的拷贝、移动或删除接口进行文件操作时，指定的日志文件不存在。",
        cause = "传入的文件名称不正确。",
        cause = "传入的文件名在设备存储中不存在。",
        solution = "检查传入的文件名称是否正确，包括文件名拼写以及路径格式。",
        solution = "确认文件在设备存储中是否存在，检查文件路径和日志目录配置是否正确。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:dash}\n\n**处理步骤**\n\n{solutions:dash,tight}\n"
    )]
    SpecifiedFileNotExist,
}
