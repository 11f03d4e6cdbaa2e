// Environment Variable Error Codes: the catalog `EnvironmentVariableError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Environment Variable Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Environment Variable",
    title = "Environment Variable Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @liwenzhen3-->\n<!--Designer: @s10021109-->\n<!--Tester: @zhangwenhan12-->\n<!--Adviser: @zhang_yixin13-->\n\n> **NOTE:**\n>\n> {note}\n{entries}",
    lock = "locks/env.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "环境变量错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @liwenzhen3-->\n<!--Designer: @s10021109-->\n<!--Tester: @zhangwenhan12-->\n<!--Adviser: @zhang_yixin13-->\n\n> **说明：**\n>\n> {note}\n{entries}\n"
)]
pub enum EnvironmentVariableError {
    /// Invalid \@Env Input Parameter (140000).
    ///
    /// This error code is reported when an invalid parameter is passed to [\@Env](./arkui-ts/ts-env-system-property.md#env).
    #[code(
        140000,
        title = "Invalid \\@Env Input Parameter",
        message = "Invalid key for @Env",
        description = "This error code is reported when an invalid parameter is passed to [\\@Env](./arkui-ts/ts-env-system-property.md#env).",
        cause = "The parameter provided to \\@Env is invalid. \\@Env supports the parameter of the [SystemProperties](./arkui-ts/ts-env-system-property.md#systemproperties) \\| [SystemEnvKey\\<T\\>](./arkui-ts/ts-env-system-property.md#systemenvkeyt) type. For details, see [Supported Parameters](../../ui/arkts-env-system-property.md#supported-parameters).",
        solution = "Ensure that the type of the parameter provided to \\@Env is [SystemProperties](./arkui-ts/ts-env-system-property.md#systemproperties) \\| [SystemEnvKey\\<T\\>](./arkui-ts/ts-env-system-property.md#systemenvkeyt). For details, see [\\@Env: Environment Variable](../../ui/arkts-env-system-property.md)"
    )]
    #[translation(
        "zh-CN",
        title = "\\@Env非法入参",
        description = "[\\@Env](./arkui-ts/ts-env-system-property.md#env)非法入参。",
        cause = "\\@Env入参非法。\\@Env仅支持[SystemProperties](./arkui-ts/ts-env-system-property.md#systemproperties)类型参数，详情见[\\@Env支持参数](../../ui/arkts-env-system-property.md#env支持参数)。",
        solution = "确保\\@Env参数类型为[SystemProperties](./arkui-ts/ts-env-system-property.md#systemproperties)，详情见[\\@Env支持开发指南](../../ui/arkts-env-system-property.md)。"
    )]
    InvalidEnvInputParameter,
}
