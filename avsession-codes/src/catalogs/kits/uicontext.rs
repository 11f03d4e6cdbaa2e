// UI Context Error Codes: the catalog `UiContextError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// UI Context Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "UI Context",
    title = "UI Context Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @wangyang2022-->\n<!--Designer: @wangyang2022-->\n<!--Tester: @sally__-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/uicontext.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "UI上下文错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @wangyang2022-->\n<!--Designer: @wangyang2022-->\n<!--Tester: @sally__-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum UiContextError {
    /// Invalid UIContext Object (190001).
    ///
    /// C API: `ARKUI_ERROR_CODE_UI_CONTEXT_INVALID`.
    ///
    /// This error code is reported when an invalid UIContext object is detected.
    #[code(
        190001,
        title = "Invalid UIContext Object",
        message = "The uiContext is invalid.",
        description = "This error code is reported when an invalid UIContext object is detected.",
        cause = "The provided UIContext object is invalid.",
        solution = "Provide a valid UIContext object.",
        since = 18,
        constant = "ARKUI_ERROR_CODE_UI_CONTEXT_INVALID"
    )]
    #[translation(
        "zh-CN",
        title = "无效的UIContext对象",
        description = "无效的UIContext对象。",
        cause = "传入的UIContext对象无效。",
        solution = "传入有效的UIContext对象。"
    )]
    InvalidUIContextObject,
    /// Invalid Callback Function (190002).
    ///
    /// C API: `ARKUI_ERROR_CODE_CALLBACK_INVALID`.
    ///
    /// This error code is reported when an invalid callback function is detected.
    #[code(
        190002,
        title = "Invalid Callback Function",
        message = "The callback function is invalid.",
        description = "This error code is reported when an invalid callback function is detected.",
        cause = "The type of callback function is incorrect.",
        solution = "Pass a callback function of the correct type.",
        since = 18,
        constant = "ARKUI_ERROR_CODE_CALLBACK_INVALID"
    )]
    #[translation(
        "zh-CN",
        title = "无效的回调函数",
        description = "无效的回调函数。",
        cause = "传入的回调函数类型错误。",
        solution = "传入非空且符合接口签名要求的回调函数。"
    )]
    InvalidCallbackFunction,
    /// Invalid Negative Parameter Value (100101).
    ///
    /// This error code is reported when the provided parameter value falls below the minimum allowed threshold of 0.
    #[code(
        100101,
        title = "Invalid Negative Parameter Value",
        message = "The parameter value cannot be less than 0.",
        description = "This error code is reported when the provided parameter value falls below the minimum allowed threshold of 0.",
        cause = "An invalid negative parameter value is provided.",
        solution = "Ensure all parameter values meet minimum value requirements."
    )]
    #[translation(
        "zh-CN",
        title = "小于0的非法值",
        description = "参数不能小于0。",
        cause = "开发者传入了小于0的非法值。",
        solution = "传入大于或等于0的参数。"
    )]
    InvalidNegativeParameterValue,
    /// Incorrect Parameter Type (100102).
    ///
    /// This error code is reported when the API expects integer values but receives floating-point input.
    #[code(
        100102,
        title = "Incorrect Parameter Type",
        message = "The parameter value cannot be a floating-point number.",
        description = "This error code is reported when the API expects integer values but receives floating-point input.",
        cause = "An integer is required, but a floating-point value is passed.",
        solution = "Pass integers as required."
    )]
    #[translation(
        "zh-CN",
        title = "参数类型错误",
        description = "参数不能为浮点数。",
        cause = "开发者传入了浮点数。",
        solution = "传入整数。"
    )]
    IncorrectParameterType,
    /// Invalid Thread Context (100103).
    ///
    /// This error code is reported when the function is incorrectly called from a non-main thread.
    #[code(
        100103,
        title = "Invalid Thread Context",
        message = "The function cannot be called from a non-main thread.",
        description = "This error code is reported when the function is incorrectly called from a non-main thread.",
        cause = "The function is called from the non-main thread.",
        solution = "Call the function from the main thread."
    )]
    #[translation(
        "zh-CN",
        title = "调用线程错误",
        description = "不能在非主线程中调用该函数。",
        cause = "开发者在非主线程中调用了该函数。",
        solution = "在主线程中调用该函数。"
    )]
    InvalidThreadContext,
    /// Instance Not Exist (120007).
    ///
    /// This error code is reported when the instance does not exist.
    #[code(
        120007,
        title = "Instance Not Exist",
        message = "The UIContext is not available.",
        description = "This error code is reported when the instance does not exist.",
        cause = "The passed instance is invalid, or the corresponding instance has been destroyed.",
        solution = "Provide a valid UIContext object."
    )]
    #[translation(
        "zh-CN",
        title = "实例不存在",
        description = "UIContext不可用。",
        cause = "传入的实例非法或者对应的实例已销毁。",
        solution = "传入有效的UIContext对象。"
    )]
    InstanceNotExist,
}
