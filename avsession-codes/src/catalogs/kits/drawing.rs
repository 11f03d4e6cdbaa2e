// Drawing and Display Error Codes: the catalog `DrawingAndDisplayError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Drawing and Display Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Drawing and Display",
    title = "Drawing and Display Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 25900000..=25999999,
    layout = "# {title}\n<!--Kit: ArkGraphics 2D-->\n<!--Subsystem: Graphics-->\n<!--Owner: @hangmengxin-->\n<!--Designer: @wangyanglan-->\n<!--Tester: @nobuggers-->\n<!--Adviser: @ge-yafang-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/drawing.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "图形绘制与显示错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkGraphics 2D-->\n<!--Subsystem: Graphics-->\n<!--Owner: @hangmengxin-->\n<!--Designer: @wangyanglan-->\n<!--Tester: @nobuggers-->\n<!--Adviser: @ge-yafang-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum DrawingAndDisplayError {
    /// Abnormal Parameter Value (25900001).
    ///
    /// This error code is reported when the parameter value exceeds the allowable range.
    #[code(
        25900001,
        title = "Abnormal Parameter Value",
        message = "Parameter error.Possible causes: Incorrect parameter range.",
        description = "This error code is reported when the parameter value exceeds the allowable range.",
        cause = "The parameter value exceeds the valid range. For example, an enumerated value exceeds the defined range.",
        solution = "Pass parameter values that meet the requirements in the API."
    )]
    #[translation(
        "zh-CN",
        title = "参数值异常",
        message = "The parameter value is out of range.",
        description = "当参数值超过出参数范围要求时，系统会报此错误码。",
        cause = "参数值超出接口调用范围会报错，如枚举值超出定义范围。",
        solution = "在定义接口参数前，确保参数值符合接口参数要求。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    AbnormalParameterValue,
}
