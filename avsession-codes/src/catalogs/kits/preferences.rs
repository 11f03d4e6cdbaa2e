// User Preference Error Codes: the catalog `UserPreferenceError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// User Preference Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "User Preference",
    title = "User Preference Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 15500000..=15599999,
    layout = "# {title}\n<!--Kit: ArkData-->\n<!--Subsystem: DistributedDataManager-->\n<!--Owner: @ding_dong_dong-->\n<!--Designer: @ding_dong_dong-->\n<!--Tester: @yippo; @logic42-->\n<!--Adviser: @ge-yafang-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/preferences.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "用户首选项错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考通用错误码说明文档。",
    layout = "# {title}\n<!--Kit: ArkData-->\n<!--Subsystem: DistributedDataManager-->\n<!--Owner: @cuile44-->\n<!--Designer: @cuile44-->\n<!--Tester: @yippo; @logic42-->\n<!--Adviser: @ge-yafang-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum UserPreferenceError {
    /// Internal Error (15500000).
    ///
    /// An internal error occurred.
    #[code(
        15500000,
        title = "Internal Error",
        message = "Inner error.",
        description = "An internal error occurred.",
        cause = "View the error log to determine the cause of the error. Possible causes include the following:",
        cause = "The internal state is abnormal.",
        cause = "There is an API that is incorrectly used.",
        cause = "A system error, such as insufficient memory, I/O error, or JS engine exception, occurs.",
        solution = "Check whether a closed object is reused.",
        solution = "Check whether the APIs are correctly used.",
        solution = "If the problem persists, ask the user to restart or update the application or upgrade the device version.",
        layout = "\n## {code} {title}\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "内部错误",
        description = "用户首选项内部发生错误。",
        cause = "优先查看错误日志，通过日志可以详细了解错误原因，主要有以下几种：",
        cause = "内部状态异常。",
        cause = "错误地使用接口。",
        cause = "系统错误，如内存不足、I/O错误、JS引擎异常等。",
        solution = "开发者排查是否存在对象关闭后再使用。",
        solution = "开发者排查是否按接口文档正确使用接口。",
        solution = "尝试重试，如果依然无法解决，可以提示用户重启应用、升级应用或升级设备版本。",
        layout = "\n## {code} {title}\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    InternalError,
    /// Failed to Delete the User Preference Persistence File (15500010).
    ///
    /// C API: `PREFERENCES_ERROR_DELETE_FILE`.
    ///
    /// The operation of deleting the user preference persistence file failed.
    #[code(
        15500010,
        title = "Failed to Delete the User Preference Persistence File",
        message = "Failed to delete the user preferences persistence file.",
        description = "The operation of deleting the user preference persistence file failed.",
        cause = "The possible causes are as follows:",
        cause = "The file name is incorrect.",
        cause = "The file path is incorrect.",
        solution = "Check that the file name is correct.",
        solution = "Check that the file path is correct.",
        since = 13,
        constant = "PREFERENCES_ERROR_DELETE_FILE",
        layout = "\n## {code} {title}\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "删除用户首选项持久化文件失败",
        description = "删除用户首选项持久化文件失败。",
        cause = "系统错误导致文件删除失败，可能原因如下：",
        cause = "文件名称不正确。",
        cause = "文件路径不正确。",
        solution = "检查文件名称是否正确。",
        solution = "检查文件路径是否正确。",
        layout = "\n## {code} {title}\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    FailedToDeleteUserPreferencePersistenceFile,
    /// Failed to Obtain the Subscription Service (15500019).
    ///
    /// C API: `PREFERENCES_ERROR_GET_DATAOBSMGRCLIENT`.
    ///
    /// Failed to obtain the subscription service in inter-process event subscription.
    #[code(
        15500019,
        title = "Failed to Obtain the Subscription Service",
        message = "Failed to obtain the subscription service.",
        description = "Failed to obtain the subscription service in inter-process event subscription.",
        cause = "The platform does not support service subscription.",
        solution = "Deploy the subscription service on the platform.",
        since = 13,
        constant = "PREFERENCES_ERROR_GET_DATAOBSMGRCLIENT"
    )]
    #[translation(
        "zh-CN",
        title = "获取订阅服务失败",
        description = "进行进程间订阅时，获取订阅服务失败。",
        cause = "当前平台不支持订阅服务。",
        solution = "需要在当前平台部署订阅服务。"
    )]
    FailedToObtainSubscriptionService,
    /// Stage Model Required (15501001).
    ///
    /// This operation can be performed only on the stage model.
    #[code(
        15501001,
        title = "Stage Model Required",
        message = "The operation is supported in stage mode only.",
        description = "This operation can be performed only on the stage model.",
        cause = "The context is not a stage model.",
        solution = "Perform the operation on the stage model."
    )]
    #[translation(
        "zh-CN",
        title = "上下文环境非Stage模型",
        message = "The operations is supported in stage mode only.",
        description = "该操作仅支持Stage模型。",
        cause = "当前上下文环境非Stage模型。",
        solution = "请切换当前上下文环境，使用Stage模型。"
    )]
    StageModelRequired,
    /// Invalid dataGroupId Parameter in Options (15501002).
    ///
    /// The **dataGroupId** parameter is invalid.
    #[code(
        15501002,
        title = "Invalid dataGroupId Parameter in Options",
        message = "Invalid dataGroupId.",
        description = "The **dataGroupId** parameter is invalid.",
        cause = "The **dataGroupId** is not obtained from the AppGallery.",
        solution = "Obtain **dataGroupId** from the AppGallery and pass it correctly."
    )]
    #[translation(
        "zh-CN",
        title = "Options中传入的dataGroupId参数非法",
        description = "使用非法dataGroupId参数。",
        cause = "使用的dataGroupId不是从应用市场正常申请的。",
        solution = "应用从应用市场申请dataGroupId，并正确传入该参数。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    InvalidDataGroupIdParameterInOptions,
}
