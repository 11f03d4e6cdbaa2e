// Mouse Pointer Error Codes: the catalog `MousePointerError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Mouse Pointer Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Mouse Pointer",
    title = "Mouse Pointer Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 26500000..=26599999,
    layout = "# {title}\n\n<!--Kit: Input Kit-->\n<!--Subsystem: MultimodalInput-->\n<!--Owner: @zhaoxueyuan-->\n<!--Designer: @hanruofei-->\n<!--Tester: @Lyuxin-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/pointer.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "鼠标光标错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Input Kit-->\n<!--Subsystem: MultimodalInput-->\n<!--Owner: @zhaoxueyuan-->\n<!--Designer: @hanruofei-->\n<!--Tester: @Lyuxin-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum MousePointerError {
    /// Invalid Window ID (26500001).
    ///
    /// This error code is reported if the window ID is invalid.
    #[code(
        26500001,
        title = "Invalid Window ID",
        message = "Invalid windowId. Possible causes: The window id does not belong to the current process.",
        description = "This error code is reported if the window ID is invalid.",
        cause = "The window ID does not belong to the current process.",
        solution = "Pass in the window ID of the current process. You can obtain the attributes of the current window by calling [getWindowProperties()](../apis-arkui/arkts-apis-window-Window.md#getwindowproperties9). The window ID is contained in the returned window attributes."
    )]
    #[translation(
        "zh-CN",
        title = "无效的windowId",
        description = "无效的窗口id。",
        cause = "窗口id不属于当前进程。",
        solution = "请检查并传入当前进程的窗口ID，可通过windowClass.[getWindowProperties()](../apis-arkui/arkts-apis-window-Window.md#getwindowproperties9)接口获取当前窗口属性，窗口属性中含有窗口ID。"
    )]
    InvalidWindowId,
}
