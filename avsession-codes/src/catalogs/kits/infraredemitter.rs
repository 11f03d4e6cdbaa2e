// IR Management Error Codes: the catalog `IrManagementError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// IR Management Error Codes.
///
/// - This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "IR Management",
    title = "IR Management Error Codes",
    note = "- This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 3800000..=3899999,
    layout = "# {title}\n\n<!--Kit: Input Kit-->\n<!--Subsystem: MultimodalInput-->\n<!--Owner: @zhaoxueyuan-->\n<!--Designer: @hanruofei-->\n<!--Tester: @Lyuxin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/infraredemitter.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "红外管理错误码",
    note = "- 以下仅介绍本模块特有错误码，通用错误码请参考通用错误码。",
    layout = "# {title}\n\n<!--Kit: Input Kit-->\n<!--Subsystem: MultimodalInput-->\n<!--Owner: @zhaoxueyuan-->\n<!--Designer: @hanruofei-->\n<!--Tester: @Lyuxin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum IrManagementError {
    /// Multimodal Input Service Internal Error (3800001).
    ///
    /// An internal error of the multimodal input service occurred.
    #[code(
        3800001,
        title = "Multimodal Input Service Internal Error",
        message = "Input service exception. Possible causes: 1. Memory allocation failure. 2. Thread busy. 3. Service terminated abnormally. 4. Other unexpected errors. Try again later.",
        description = "An internal error of the multimodal input service occurred.",
        cause = "An unexpected error occurred, such as memory allocation failure, busy thread, or service execution.",
        solution = "Try again later.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Symptom**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "多模输入服务内部错误",
        description = "多模输入服务内部错误。",
        cause = "内存分配失败，线程繁忙，服务运行异常等非预期错误。",
        solution = "建议稍后重试。"
    )]
    MultimodalInputServiceInternalError,
}
