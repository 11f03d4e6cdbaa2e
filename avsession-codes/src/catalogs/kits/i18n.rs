// I18N Error Codes: the catalog `I18nError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// I18N Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "I18N",
    title = "I18N Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n\n<!--Kit: Localization Kit-->\n<!--Subsystem: Global-->\n<!--Owner: @yliupy-->\n<!--Designer: @sunyaozu-->\n<!--Tester: @lpw_work-->\n<!--Adviser: @ningningW-->\n<!-- md-trans-meta sourceCommit=cc8fe8b0f1b2859346994908b98ebf9b3df1ff9d translatedAt=2026-07-17T00:22:36.065Z pushedAt=2026-07-17T02:59:02.723Z -->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/i18n.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "I18n错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Localization Kit-->\n<!--Subsystem: Global-->\n<!--Owner: @yliupy-->\n<!--Designer: @sunyaozu-->\n<!--Tester: @lpw_work-->\n<!--Adviser: @ningningW-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum I18nError {
    /// Parameter Error (890001).
    ///
    /// This error code is reported if an invalid parameter value is passed to the API.
    #[code(
        890001,
        title = "Parameter Error",
        message = "Invalid parameter. Possible causes: Parameter verification failed.",
        description = "This error code is reported if an invalid parameter value is passed to the API.",
        cause = "Parameter verification failed. The possible cause is that the value of an input parameter is invalid.",
        solution = "Verify input parameter values."
    )]
    #[translation(
        "zh-CN",
        title = "参数校验错误",
        description = "当接口传入非法的参数值时，系统会产生此错误码。",
        cause = "该错误码表示参数内容校验失败，可能原因是传入参数的值无效。",
        solution = "检查参数的值是否合法。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n \n**处理步骤**\n\n{solutions}\n"
    )]
    ParameterError,
    /// Parameter Verification Error (8900001).
    ///
    /// C API: `ERROR_INVALID_PARAMETER`.
    ///
    /// This error code is reported if an invalid parameter value is passed to the API.
    #[code(
        8900001,
        title = "Parameter Verification Error",
        message = "Invalid parameter. Possible causes: Parameter verification failed.",
        description = "This error code is reported if an invalid parameter value is passed to the API.",
        cause = "Parameter verification failed. The possible cause is that the value of an input parameter is invalid.",
        solution = "Verify input parameter values.",
        since = 22,
        constant = "ERROR_INVALID_PARAMETER",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solution}"
    )]
    #[translation(
        "zh-CN",
        title = "参数校验错误",
        description = "当接口传入非法的参数值时，系统会产生此错误码。",
        cause = "该错误码表示参数内容校验失败，可能原因是传入参数的值无效。",
        solution = "检查参数的值是否合法。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n \n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    ParameterVerificationError,
}
