// XComponent Error Codes: the catalog `XComponentError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// XComponent Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "XComponent",
    title = "XComponent Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @dutie123-->\n<!--Designer: @dutie123-->\n<!--Tester: @fredyuan0912-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/xcomponent.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "XComponent组件错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @dutie123-->\n<!--Designer: @dutie123-->\n<!--Tester: @fredyuan0912-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum XComponentError {
    /// Invalid XComponent Status (103501).
    ///
    /// C API: `ARKUI_ERROR_CODE_XCOMPONENT_STATE_INVALID`.
    ///
    /// This error code is reported when the **XComponent** is in an invalid or unsupported state.
    #[code(
        103501,
        title = "Invalid XComponent Status",
        message = "Failed to call the method because the **XComponent** is invalid.",
        description = "This error code is reported when the **XComponent** is in an invalid or unsupported state.",
        cause = "Refer to the specific documentation of the API that triggers this error.",
        solution = "Ensure that the Surface held by the **XComponent** is in a normal state.",
        since = 18,
        constant = "ARKUI_ERROR_CODE_XCOMPONENT_STATE_INVALID"
    )]
    #[translation(
        "zh-CN",
        title = "XComponent状态异常",
        message = "XComponent is in invalid state.",
        description = "当前XComponent状态异常，方法调用失败。",
        cause = "参考报错接口的说明。",
        solution = "确保XComponent持有的Surface状态正常。"
    )]
    InvalidXComponentStatus,
}
