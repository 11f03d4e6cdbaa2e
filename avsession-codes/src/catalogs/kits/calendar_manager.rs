// Calendar Kit Error Codes: the catalog `CalendarKitError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Calendar Kit Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Calendar Kit",
    title = "Calendar Kit Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 23900000..=23999999,
    layout = "# {title}\n\n<!--Kit: Calendar Kit-->\n<!--Subsystem: Applications-->\n<!--Owner: @qq_42718467-->\n<!--Designer: @huangxinwei-->\n<!--Tester: @z30055209-->\n<!--Adviser: @ge-yafang-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n",
    lock = "locks/calendar_manager.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "日历服务错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Calendar Kit-->\n<!--Subsystem: Applications-->\n<!--Owner: @qq_42718467-->\n<!--Designer: @qq_42718467-->\n<!--Tester: @z30055209-->\n<!--Adviser: @ge-yafang-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum CalendarKitError {
    /// Parameter Value Error (23900001).
    ///
    /// Invalid parameter value.
    #[code(
        23900001,
        title = "Parameter Value Error",
        message = "Parameter value error.",
        description = "Invalid parameter value.",
        cause = "The length of the parameter value (string) exceeds the valid range.",
        cause = "The parameter value is out of the valid range.",
        solution = "Check whether the length of the parameter value (string) exceeds the valid range.",
        solution = "Check whether the parameter value is out of range."
    )]
    #[translation(
        "zh-CN",
        title = "参数值错误",
        description = "参数值错误。",
        cause = "参数为字符串时，长度超范围。",
        cause = "参数值超范围。",
        cause = "传入的id不存在。",
        cause = "权限有限制。",
        solution = "检查参数字串长度是否超范围。",
        solution = "检查参数值是否超范围。",
        solution = "通过getEvents接口获取id对应的日程，检查传入的id是否存在。",
        solution = "检查权限是否有限制。"
    )]
    ParameterValueError,
    /// Specified Account Not Found (23900003).
    ///
    /// The specified account does not exist.
    #[code(
        23900003,
        title = "Specified Account Not Found",
        message = "The specified account was not found.",
        description = "The specified account does not exist.",
        cause = "The entered account does not match the created account, so the queried account does not exist.",
        solution = "Use the created account instead of a non-created one."
    )]
    #[translation(
        "zh-CN",
        title = "未找到指定的账户",
        description = "未找到指定的账户。",
        cause = "输入账号与创建的账户不一致，导致查询的账户不存在。",
        solution = "确保使用已创建的账户，不要使用未创建的账户。"
    )]
    SpecifiedAccountNotFound,
    /// Internal Program Error (23900004).
    ///
    /// An internal program error occurred.
    #[code(
        23900004,
        title = "Internal Program Error",
        message = "Internal program error.",
        description = "An internal program error occurred.",
        cause = "Internal processing exception.",
        solution = "An internal exception has occurred. Try again later."
    )]
    #[translation(
        "zh-CN",
        title = "内部程序错误",
        description = "内部程序错误。",
        cause = "dataShare数据库执行错误。",
        cause = "空指针错误。",
        cause = "数据解析错误。",
        solution = "内部异常，请稍后重试。"
    )]
    InternalProgramError,
}
