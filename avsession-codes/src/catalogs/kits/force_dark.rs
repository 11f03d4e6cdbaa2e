// Color Inversion Error Codes: the catalog `ColorInversionError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Color Inversion Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Color Inversion",
    title = "Color Inversion Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @lushi871202-->\n<!--Designer: @demon_coffee-->\n<!--Tester: @demon_coffee-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/force_dark.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "反色能力错误码\r",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\r\n<!--Subsystem: ArkUI-->\r\n<!--Owner: @lushi871202-->\r\n<!--Designer: @demon_coffee-->\r\n<!--Tester: @demon_coffee-->\r\n<!--Adviser: @HelloCrease-->\r\n\r\n> **说明：**\r\n>\r\n> {note}\r\n{entries}"
)]
pub enum ColorInversionError {
    /// Invalid Input Parameter for the Color Inversion Capability (106205).
    ///
    /// C API: `ARKUI_ERROR_CODE_FORCE_DARK_CONFIG_INVALID`.
    ///
    /// This error code is reported when the input parameter for the color inversion capability is incorrect.
    #[code(
        106205,
        title = "Invalid Input Parameter for the Color Inversion Capability",
        message = "Force dark config is invalid.",
        description = "This error code is reported when the input parameter for the color inversion capability is incorrect.",
        cause = "The input parameter passed for the color inversion capability is invalid.",
        solution = "Correct the input parameter to meet the color inversion capability's requirements.",
        since = 20,
        constant = "ARKUI_ERROR_CODE_FORCE_DARK_CONFIG_INVALID"
    )]
    #[translation(
        "zh-CN",
        title = "反色能力入参错误\r",
        message = "Force dark config is invalid.\r",
        description = "反色能力入参错误。\r",
        cause = "开发者传入的参数错误。\r",
        solution = "修改传入的参数。",
        layout = "\r\n## {code} {title}\n\r\n**错误信息**\r\n\r\n{message}\n\r\n**错误描述**\r\n\r\n{description}\n\r\n**可能原因**\r\n\r\n{causes}\n\r\n**处理步骤**\r\n\r\n{solution}"
    )]
    InvalidInputParameterForColorInversionCapability,
}
