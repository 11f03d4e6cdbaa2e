// UI Appearance Error Codes: the catalog `UiAppearanceError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// UI Appearance Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "UI Appearance",
    title = "UI Appearance Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 500000..=599999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @fangzhiyuan1-->\n<!--Designer: @fangzhiyuan1-->\n<!--Tester: @gouyuanyuan-->\n<!--Adviser: @Brilliantry_Rui-->\n<!-- md-trans-meta sourceCommit=ca610c3b31eac2a84ffac21a107ce522b473feb1 translatedAt=2026-08-29T09:26:34.380Z pushedAt=2026-08-31T07:16:41.465Z -->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/uiappearance.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "用户界面外观服务错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考通用错误码说明文档。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @fangzhiyuan1-->\n<!--Designer: @fangzhiyuan1-->\n<!--Tester: @gouyuanyuan-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum UiAppearanceError {
    /// Internal Error (500001).
    ///
    /// This error code is reported when an internal error occurs, for example, a parameter persistence error, a failure to obtain the service, or a failure to set the color mode.
    #[code(
        500001,
        title = "Internal Error",
        message = "Internal error.",
        description = "This error code is reported when an internal error occurs, for example, a parameter persistence error, a failure to obtain the service, or a failure to set the color mode.",
        cause = "A parameter persistence error, a failure to obtain the service, or a failure to set the color mode occurs.",
        solution = "Verify that the parameter persistence configuration is correct.",
        solution = "Verify that the related service is running properly.",
        solution = "Verify that the color mode setting is correct. If the problem persists, restart the application or contact technical support.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "内部错误",
        description = "当出现内部异常错误，如参数持久化错误、获取服务失败、配置深浅色模式失败等，系统会产生此错误码。",
        cause = "参数持久化错误、获取服务失败、配置深浅色模式失败等。",
        solution = "请检查参数持久化配置是否正确；",
        solution = "请确认相关服务是否正常运行；",
        solution = "请检查深浅色模式配置是否正确。如问题持续存在，请重启应用或联系技术支持。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    InternalError,
}
