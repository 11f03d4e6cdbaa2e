// Styled String Error Codes: the catalog `StyledStringError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Styled String Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Styled String",
    title = "Styled String Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @hddgzw-->\n<!--Designer: @xiangyuan6-->\n<!--Tester: @jiaoaozihao-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/styled_string.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "属性字符串错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考通用错误码说明文档。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @hddgzw-->\n<!--Designer: @xiangyuan6-->\n<!--Tester: @jiaoaozihao-->\n<!--Adviser: @Brilliantry_Rui-->\n\n属性字符串错误码定义了属性字符串在转换、解码、序列化等操作过程中可能出现的错误信息及对应的处理建议，帮助开发者快速定位和解决属性字符串相关问题。\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum StyledStringError {
    /// Conversion Error (170001).
    ///
    /// This error code is reported when the **fromHtml** API failed to convert the input string into a corresponding styled string.
    #[code(
        170001,
        title = "Conversion Error",
        message = "Convert Error.",
        description = "This error code is reported when the **fromHtml** API failed to convert the input string into a corresponding styled string.",
        cause = "The provided string is empty or does not comply with the HTML format.",
        solution = "N/A"
    )]
    #[translation(
        "zh-CN",
        title = "转换错误",
        description = "fromHtml无法将传入的字符串转换为属性字符串。",
        cause = "字符串为空或字符串不符合HTML格式。",
        solution = "检查传入的字符串是否为空，如果为空，请传入有效的非空字符串。",
        solution = "确认字符串是否符合HTML格式要求，如果不符合，请修改为符合HTML格式的字符串后重新调用。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    ConversionError,
    /// Styled String Decoding Error (170002).
    ///
    /// This error code is reported when the **unmarshalling** API failed to unmarshal the input byte stream into a valid styled string.
    #[code(
        170002,
        title = "Styled String Decoding Error",
        message = "Styled string decode error.",
        description = "This error code is reported when the **unmarshalling** API failed to unmarshal the input byte stream into a valid styled string.",
        cause = "The input byte stream does not conform to the serialization format of the styled string.",
        solution = "N/A",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "属性字符串解码错误",
        description = "unmarshalling无法将传入的字节反序列化为属性字符串。",
        cause = "传入的字节不符合属性字符串序列化的格式要求。",
        solution = "NA",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    StyledStringDecodingError,
    /// Invalid Styled String (180101).
    ///
    /// C API: `ARKUI_ERROR_CODE_INVALID_STYLED_STRING`.
    ///
    /// This error code is reported when the **ArkUI_StyledString_Descriptor** object in the styled string serialization C API is null.
    #[code(
        180101,
        title = "Invalid Styled String",
        message = "invalid styled string.",
        description = "This error code is reported when the **ArkUI_StyledString_Descriptor** object in the styled string serialization C API is null.",
        cause = "The styled string passed in the parameter is incorrect.",
        solution = "Check that the styled string is correctly passed in the parameter.",
        since = 14,
        constant = "ARKUI_ERROR_CODE_INVALID_STYLED_STRING"
    )]
    #[translation(
        "zh-CN",
        title = "无效的属性字符串",
        description = "在属性字符串序列化CAPI中，ArkUI_StyledString_Descriptor的属性字符串对象为空。",
        cause = "参数中传递的属性字符串对象为空。",
        solution = "检查ArkUI_StyledString_Descriptor中的属性字符串对象是否已正确初始化。",
        solution = "确认在调用相关接口时，属性字符串对象未被设置为空。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n1. {solution}\n2. {solution}"
    )]
    InvalidStyledString,
}
