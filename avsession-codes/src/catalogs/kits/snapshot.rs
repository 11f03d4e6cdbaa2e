// Snapshot Error Codes: the catalog `SnapshotError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Snapshot Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Snapshot",
    title = "Snapshot Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @yihao-lin-->\n<!--Designer: @piggyguy-->\n<!--Tester: @songyanhong-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Symptom**\n\n{description}\n\n**Possible Cause**\n\n{causes}\n\n**Solution**\n\n{solutions}\n",
    lock = "locks/snapshot.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "截图错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @jiangtao92-->\n<!--Designer: @piggyguy-->\n<!--Tester: @songyanhong-->\n<!--Adviser: @HelloCrease-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum SnapshotError {
    /// Image Loading Error (160001).
    ///
    /// This error code is reported when image loading fails.
    #[code(
        160001,
        title = "Image Loading Error",
        message = "An image component in builder is not ready for taking a snapshot. The check for the ready state is required when the checkImageStatus option is enabled.",
        description = "This error code is reported when image loading fails.",
        cause = "The **Image** component fails to decode the image properly or the node fails to load the image before the snapshot API is called.",
        solution = "Set the **delay** parameter of a snapshot API to ensure that the image is loaded successfully."
    )]
    #[translation(
        "zh-CN",
        title = "图像加载错误",
        description = "图像加载错误。",
        cause = "在进行截图操作前，若Image组件解码检查失败或节点图像加载失败。此时，调用截图接口，将可能触发相应的错误码。",
        solution = "NA"
    )]
    ImageLoadingError,
    /// Snapshot Timeout (160002).
    ///
    /// C API: `ARKUI_ERROR_CODE_COMPONENT_SNAPSHOT_TIMEOUT`.
    ///
    /// This error code is reported when image loading timeout occurs.
    #[code(
        160002,
        title = "Snapshot Timeout",
        message = "Timeout.",
        description = "This error code is reported when image loading timeout occurs.",
        cause = "The required system task is not executed.",
        solution = "Use the asynchronous API corresponding to the current snapshot API.",
        since = 15,
        constant = "ARKUI_ERROR_CODE_COMPONENT_SNAPSHOT_TIMEOUT"
    )]
    #[translation(
        "zh-CN",
        title = "截图超时",
        description = "图像加载超时。",
        cause = "系统任务未执行。",
        solution = "NA",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    SnapshotTimeout,
}
