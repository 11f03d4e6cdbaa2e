// reminderAgentManager Error Codes: the catalog `ReminderAgentManagerError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// reminderAgentManager Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "reminderAgentManager",
    title = "reminderAgentManager Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 1700000..=1799999,
    layout = "# {title}\n\n<!--Kit: Background Tasks Kit-->\n<!--Subsystem: Resourceschedule-->\n<!--Owner: @cheng-shichang-->\n<!--Designer: @zhouben25-->\n<!--Tester: @leetestnady-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/reminder_agent_manager.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "reminderAgentManager错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Background Tasks Kit-->\n<!--Subsystem: Resourceschedule-->\n<!--Owner: @cheng-shichang-->\n<!--Designer: @zhouben25-->\n<!--Tester: @fenglili18-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
)]
pub enum ReminderAgentManagerError {
    /// Notification Disabled (1700001).
    ///
    /// The application is not allowed to send notifications when **publishReminder()** is called.
    #[code(
        1700001,
        title = "Notification Disabled",
        message = "Notification is not enabled.",
        description = "The application is not allowed to send notifications when **publishReminder()** is called.",
        cause = "The application has not requested the notification to be enabled.",
        cause = "The notification feature is not enabled for the application.",
        solution = "Use [notificationManager.requestEnableNotification](../apis-notification-kit/js-apis-notificationManager.md#notificationmanagerrequestenablenotification10) to request the notification to be enabled.",
        solution = "Enable notification for the application in the notification settings."
    )]
    #[translation(
        "zh-CN",
        title = "通知使能未开启",
        description = "当调用发布提醒接口时，不允许应用发送通知。",
        cause = "未申请通知使能权限。",
        cause = "应用的通知开关为关闭状态。",
        solution = "申请通知使能权限弹窗[Notification.requestEnableNotification](../apis-notification-kit/js-apis-notification.md#notificationrequestenablenotification8)。",
        solution = "通知设置里开启应用通知开关。"
    )]
    NotificationDisabled,
    /// Too Many Reminders (1700002).
    ///
    /// The number of reminders exceeds the limit when **publishReminder()** is called.
    #[code(
        1700002,
        title = "Too Many Reminders",
        message = "The number of reminders exceeds the limit.",
        description = "The number of reminders exceeds the limit when **publishReminder()** is called.",
        cause = "<!--RP1-->",
        cause = "Since API version 10, the number of reminders generated for the application exceeds 30 (for a regular application) or 10,000 (for a system application). In API version 9 and earlier versions, the number of reminders for a single application exceeds 30.",
        cause = "Since API version 10, the total number of reminders for all applications exceeds 12,000. For API version 9 and earlier versions, the total number of reminders exceeds 2,000.",
        solution = "Delete unnecessary reminders.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n{cause}\n{causes:tight}\n\n**Solution**\n\n{solutions}\n<!--RP1End-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "提醒数量超出限制",
        description = "当调用发布提醒接口时，提醒数量超出最大限制。",
        cause = "<!--RP1-->",
        cause = "从API version 10开始，单个普通应用提醒数量不超过30个，单个系统应用提醒数量不超过10000个。API version 9及之前的版本，单个应用提醒数量均不超过30个。",
        cause = "从API version 10开始，所有应用提醒数量总和不超过12000个。API version 9及之前的版本，提醒数量总和不超过2000个。",
        solution = "删除不必要的提醒。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n<!--RP1End-->\n"
    )]
    TooManyReminders,
    /// Nonexistent Reminder (1700003).
    ///
    /// The reminder passed in **cancelReminder()** does not exist.
    #[code(
        1700003,
        title = "Nonexistent Reminder",
        message = "The reminder does not exist.",
        description = "The reminder passed in **cancelReminder()** does not exist.",
        cause = "The reminder has expired.",
        cause = "The reminder has been deleted.",
        solution = "Check whether the reminder is valid.",
        solution = "Check whether the reminder has been deleted.",
        layout = "## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "提醒不存在",
        description = "当调用取消提醒接口时，未找到对应的提醒。",
        cause = "提醒已过期。",
        cause = "提醒已被删除。",
        solution = "检查提醒是否有效。",
        solution = "检查提醒是否已被删除。",
        layout = "## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    NonexistentReminder,
    /// Nonexistent Bundle Name (1700004).
    ///
    /// The bundle name passed is not found.
    #[code(
        1700004,
        title = "Nonexistent Bundle Name",
        message = "The bundle name does not exist.",
        description = "The bundle name passed is not found.",
        cause = "The bundle name is incorrect.",
        cause = "The application is not installed.",
        solution = "Check whether the bundle name exists."
    )]
    #[translation(
        "zh-CN",
        title = "包名不存在",
        description = "未找到传入的包名信息。",
        cause = "包名不正确。",
        cause = "应用未安装。",
        solution = "检查应用包名是否存在。"
    )]
    NonexistentBundleName,
    /// Invalid Parameter (1700007).
    ///
    /// The input parameter is invalid.
    #[code(
        1700007,
        title = "Invalid Parameter",
        message = "If the input parameter is not valid parameter.",
        description = "The input parameter is invalid.",
        cause = "The parameter does not comply with the rules.",
        solution = "Make sure all the mandatory parameters are passed in and the parameter types are valid. If parameter verification fails, read the parameter specifications and locate the fault based on the possible causes."
    )]
    #[translation(
        "zh-CN",
        title = "参数错误",
        description = "输入参数不是有效参数。",
        cause = "参数不符合规则。",
        solution = "请检查必选参数是否传入，或者传入的参数类型是否错误。对于参数校验失败，阅读参数规格约束，按照可能原因进行排查。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    InvalidParameter,
}
