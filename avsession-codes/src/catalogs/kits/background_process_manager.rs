// backgroundProcessManager Error Codes: the catalog `BackgroundProcessManagerError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// backgroundProcessManager Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "backgroundProcessManager",
    title = "backgroundProcessManager Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 31800000..=31899999,
    layout = "# {title}\n\n<!--Kit: Background Tasks Kit-->\n<!--Subsystem: Resourceschedule-->\n<!--Owner: @hongjianfeng-->\n<!--Designer: @zhouben25-->\n<!--Tester: @leetestnady-->\n<!--Adviser: @HelloCrease-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions}\n",
    lock = "locks/background_process_manager.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "backgroundProcessManager错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Background Tasks Kit-->\n<!--Subsystem: Resourceschedule-->\n<!--Owner: @hongjianfeng-->\n<!--Designer: @zhouben25-->\n<!--Tester: @fenglili18-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
)]
pub enum BackgroundProcessManagerError {
    /// Invalid Parameter (31800002).
    ///
    /// Invalid parameter.
    #[code(
        31800002,
        title = "Invalid Parameter",
        message = "Parameter error. Possible causes: 1. Mandatory parameters are left unspecified; 2. Incorrect parameter types; 3. PowerSaveMode status is out of range.",
        description = "Invalid parameter.",
        cause = "The number of parameters is incorrect.",
        cause = "The parameter type is incorrect.",
        cause = "The parameter value is out of range.",
        solution = "Make sure all the mandatory parameters are passed in and the parameter types are valid. If parameter verification fails, read the parameter specifications and locate the fault based on the possible causes."
    )]
    #[translation(
        "zh-CN",
        title = "参数错误",
        description = "参数错误。",
        cause = "参数数量不正确。",
        cause = "参数类型不正确。",
        cause = "参数取值超出范围。",
        solution = "请检查必选参数是否传入，或者传入的参数类型是否错误。对于参数校验失败，阅读参数规格约束，按照可能原因进行排查。"
    )]
    InvalidParameter,
    /// Setting Overriden by Task Manager (31800003).
    ///
    /// The setting fails because it has already been configured by the Task Manager.
    #[code(
        31800003,
        title = "Setting Overriden by Task Manager",
        message = "Setup error, This setting is overridden by setting in Task Manager.",
        description = "The setting fails because it has already been configured by the Task Manager.",
        cause = "The setting has been configured by the Task Manager. The priority of the parameters set by the Task Manager is higher than that of the application.",
        solution = "Use the Task Manager to set the parameters."
    )]
    #[translation(
        "zh-CN",
        title = "已经被任务管理器设置",
        description = "设置失败，该设置项已经被任务管理器设置。",
        cause = "设置项已经被任务管理器设置，任务管理器设置的参数的优先级比应用高。",
        solution = "尝试使用任务管理器应用进行设置。"
    )]
    SettingOverridenByTaskManager,
    /// Setting Failure Due to System Scheduling (31800004).
    ///
    /// The setting fails due to system scheduling.
    #[code(
        31800004,
        title = "Setting Failure Due to System Scheduling",
        message = "The setting failed due to system scheduling reasons.",
        description = "The setting fails due to system scheduling.",
        cause = "The setting fails due to system scheduling.",
        solution = "Perform the setting again."
    )]
    #[translation(
        "zh-CN",
        title = "系统调度原因导致设置失败",
        description = "由于系统调度原因，设置失败。",
        cause = "由于系统调度原因，设置失败。",
        solution = "请重试该操作。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    SettingFailureDueToSystemScheduling,
}
