// Settings Error Codes: the catalog `SettingsError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Settings Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Settings",
    title = "Settings Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n\n<!--Kit: Basic Services Kit-->\n<!--Subsystem: Applications-->\n<!--Owner: @YingCong-->\n<!--Designer: @Kun_Wu-->\n<!--Tester: @dyx118186878-->\n<!--Adviser: @fang-jinxu-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/settings.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "设置数据项错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考通用错误码说明文档。",
    layout = "# {title}\n\n<!--Kit: Basic Services Kit-->\n<!--Subsystem: Applications-->\n<!--Owner: @YingCong-->\n<!--Designer: @Kun_Wu-->\n<!--Tester: @dyx118186878-->\n<!--Adviser: @fang-jinxu-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum SettingsError {
    /// Parameter Check Failed (14800000).
    ///
    /// 1. This error code is reported when the null parameter is incorrect.
    ///
    /// 2. This error code is reported when the parameter parsing fails.
    #[code(
        14800000,
        title = "Parameter Check Failed",
        message = "Parameter error. Possible causes: 1. Parameter verification failed.",
        description = "1. This error code is reported when the null parameter is incorrect.\n\n2. This error code is reported when the parameter parsing fails.",
        cause = "A null parameter is incorrect (Null Argument Error).",
        cause = "A value range is incorrect (Value Range Error).",
        solution = "Make sure all the mandatory parameters are passed. If parameter verification fails, read the parameter specifications and locate the fault based on the possible causes."
    )]
    #[translation(
        "zh-CN",
        title = "参数检查失败",
        description = "1. 空参数错误。\n\n2. 参数解析错误。",
        cause = "空参数错误 (Null Argument Error)。",
        cause = "参数值范围错误 (Value Range Error)。",
        solution = "请检查必选参数是否传入。如果参数校验失败，请阅读参数规格约束，并根据可能原因进行排查。"
    )]
    ParameterCheckFailed,
    /// UIAbility Required (14800010).
    ///
    /// This error code is reported when the original service throws an error.
    #[code(
        14800010,
        title = "UIAbility Required",
        message = "Original service error.",
        description = "This error code is reported when the original service throws an error.",
        cause = "The current context is not the UIAbility.",
        solution = "Perform the operation on UIAbility."
    )]
    #[translation(
        "zh-CN",
        title = "上下文参数不是UIAbility类型",
        description = "原始服务错误。",
        cause = "当前上下文环境非UIAbility界面。",
        solution = "切换当前上下文环境，使用UIAbility模型。"
    )]
    UIAbilityRequired,
    /// Parameter Check Failed (16900010).
    ///
    /// This error code is reported when the type or format of the parameter is incorrect.
    #[code(
        16900010,
        title = "Parameter Check Failed",
        message = "Parameter error.",
        description = "This error code is reported when the type or format of the parameter is incorrect.",
        cause = "A null parameter is incorrect (Null Argument Error).",
        cause = "A value range is incorrect (Value Range Error).",
        solution = "Make sure all the mandatory parameters are passed. If parameter verification fails, read the parameter specifications and locate the fault based on the possible causes."
    )]
    #[translation(
        "zh-CN",
        title = "参数检查失败",
        description = "参数类型或格式错误。",
        cause = "空参数错误 (Null Argument Error)。",
        cause = "参数值范围错误 (Value Range Error)。",
        solution = "请检查必选参数是否传入。如果参数校验失败，请阅读参数规格约束，并根据可能原因进行排查。"
    )]
    ParameterCheckFailed16900010,
    /// Failed to Open the Settings Page (16900020).
    ///
    /// This error code is reported when the settings page fails to be opened.
    #[code(
        16900020,
        title = "Failed to Open the Settings Page",
        message = "Failed to open the settings page via redirection.",
        description = "This error code is reported when the settings page fails to be opened.",
        cause = "An internal error occurs.",
        solution = "Restart the application or device and try again."
    )]
    #[translation(
        "zh-CN",
        title = "打开设置页面失败",
        description = "打开设置页面失败。",
        cause = "系统内部异常。",
        solution = "重启应用或者设备，再次尝试。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    FailedToOpenSettingsPage,
}
