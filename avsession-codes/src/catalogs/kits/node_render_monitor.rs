// Render State Listening Error Codes: the catalog `RenderStateListeningError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Render State Listening Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Render State Listening",
    title = "Render State Listening Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @fangzhiyuan1-->\n<!--Designer: @fangzhiyuan1-->\n<!--Tester: @sally__-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/node_render_monitor.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "注册节点渲染状态监听错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @fangzhiyuan1-->\n<!--Designer: @fangzhiyuan1-->\n<!--Tester: @sally__-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum RenderStateListeningError {
    /// Number of Nodes Listening for Render State Exceeds the Limit (161001).
    ///
    /// This error code is reported when the number of nodes registered to listen for render state exceeds the system limit.
    #[code(
        161001,
        title = "Number of Nodes Listening for Render State Exceeds the Limit",
        message = "The count of nodes monitoring render state is over the limitation.",
        description = "This error code is reported when the number of nodes registered to listen for render state exceeds the system limit.",
        cause = "The number of nodes listening for render state exceeds the maximum allowed limit.",
        solution = "N/A"
    )]
    #[translation(
        "zh-CN",
        title = "监听渲染状态的节点数超过限制",
        description = "当注册的监听渲染状态的节点数超过限制时，系统会产生此错误码。",
        cause = "监听渲染状态的节点数超过限制。",
        solution = "请确保单个UI实例中注册监听渲染状态的节点不超过64个。"
    )]
    NumberOfNodesListeningForRenderStateExceedsLimit,
}
