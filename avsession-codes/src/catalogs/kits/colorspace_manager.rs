// colorSpaceManager Error Codes: the catalog `ColorSpaceManagerError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// colorSpaceManager Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "colorSpaceManager",
    title = "colorSpaceManager Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 18600000..=18699999,
    layout = "# {title}\n\n<!--Kit: ArkGraphics 2D-->\n<!--Subsystem: Graphics-->\n<!--Owner: @xiaojianfeng_jeffery-->\n<!--Designer: @njuptkid-->\n<!--Tester: @zhaoxiaoguang2-->\n<!--Adviser: @ge-yafang-->\n<!-- md-trans-meta sourceCommit=9a673d444fec536578066af1baf013d52353a6c3 translatedAt=2026-08-24T09:19:27.949Z pushedAt=2026-08-25T07:25:42.881Z -->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/colorspace_manager.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "色彩管理错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。"
)]
pub enum ColorSpaceManagerError {
    /// Abnormal Parameter Value (18600001).
    ///
    /// The system returns this error code when the parameter value does not meet the API calling requirements.
    #[code(
        18600001,
        title = "Abnormal Parameter Value",
        message = "The parameter value is abnormal.",
        description = "The system returns this error code when the parameter value does not meet the API calling requirements.",
        cause = "An error code is returned when the parameter value exceeds the API calling range. For example, an enumerated value exceeds the defined range.",
        solution = "Pass parameter values that meet the requirements in the API.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solution}"
    )]
    #[translation(
        "zh-CN",
        title = "参数值异常",
        description = "当参数值不符合接口调用要求时，系统返回此错误码。",
        cause = "参数值超出接口调用范围时会返回错误码，如枚举值超出定义范围。",
        solution = "在定义接口参数前，确保参数值符合接口参数要求。",
        layout = "\n## {code} {title}\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    AbnormalParameterValue,
}
