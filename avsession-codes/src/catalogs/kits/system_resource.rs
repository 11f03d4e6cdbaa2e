// System Resource Error Codes: the catalog `SystemResourceError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// System Resource Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "System Resource",
    title = "System Resource Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @wangyang2022-->\n<!--Designer: @wangyang2022-->\n<!--Tester: @sally__-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/system_resource.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "系统资源错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @wangyang2022-->\n<!--Designer: @wangyang2022-->\n<!--Tester: @sally__-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum SystemResourceError {
    /// System Resource Not Found (180001).
    ///
    /// This error code is reported if the requested system resource does not exist.
    #[code(
        180001,
        title = "System Resource Not Found",
        message = "System resources does not exist.",
        description = "This error code is reported if the requested system resource does not exist.",
        cause = "The value of the input parameter is incorrect.",
        solution = "Check the input parameters."
    )]
    #[translation(
        "zh-CN",
        title = "系统资源不存在",
        description = "当前系统资源不存在。",
        cause = "输入参数的值有误。",
        solution = "step1.请检查输入的参数"
    )]
    SystemResourceNotFound,
    /// Incorrect System Resource Format (180002).
    ///
    /// This error code is reported if the requested system resource format is incorrect.
    #[code(
        180002,
        title = "Incorrect System Resource Format",
        message = "The type of system resources is incorrect.",
        description = "This error code is reported if the requested system resource format is incorrect.",
        cause = "The parameter type is incorrect.",
        solution = "Check the input parameters."
    )]
    #[translation(
        "zh-CN",
        title = "系统资源类型不正确",
        description = "当前系统资源类型不正确。",
        cause = "输入参数的类型错误。",
        solution = "step1.请检查输入的参数"
    )]
    IncorrectSystemResourceFormat,
    /// Failed to Obtain Color Resources (180003).
    ///
    /// This error code is reported if the attempt to obtain color resources fails.
    #[code(
        180003,
        title = "Failed to Obtain Color Resources",
        message = "Failed to obtain the color resource.",
        description = "This error code is reported if the attempt to obtain color resources fails.",
        cause = "The value of the input parameter is incorrect.",
        solution = "Check the input parameters."
    )]
    #[translation(
        "zh-CN",
        title = "颜色资源获取失败",
        description = "颜色资源获取失败。",
        cause = "输入参数的值有误。",
        solution = "step1.请检查输入的参数"
    )]
    FailedToObtainColorResources,
}
