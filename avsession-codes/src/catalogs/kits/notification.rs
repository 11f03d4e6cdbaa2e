// Notification Error Codes: the catalog `NotificationError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Notification Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Notification",
    title = "Notification Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 1600000..=1699999,
    layout = "# {title}\n<!--Kit: Notification Kit-->\n<!--Subsystem: Notification-->\n<!--Owner: @michael_woo888-->\n<!--Designer: @dongqingran; @wulong158-->\n<!--Tester: @wanghong1997-->\n<!--Adviser: @fang-jinxu-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/notification.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "通知错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: Notification Kit-->\n<!--Subsystem: Notification-->\n<!--Owner: @michael_woo888-->\n<!--Designer: @dongqingran; @wulong158-->\n<!--Tester: @wanghong1997-->\n<!--Adviser: @fang-jinxu-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum NotificationError {
    /// Internal Error (1600001).
    ///
    /// This error code is reported when an error occurs during internal processing, such as multi-thread processing or internal pointer checks.
    #[code(
        1600001,
        title = "Internal Error",
        message = "Internal error.",
        description = "This error code is reported when an error occurs during internal processing, such as multi-thread processing or internal pointer checks.",
        cause = "Common kernel errors such as multi-thread processing and internal processing errors occur.",
        solution = "Make sure the system resources are sufficient."
    )]
    #[translation(
        "zh-CN",
        title = "内部错误",
        description = "多线程处理异常、内部指针校验错误等内部处理错误时，方法将返回该错误码。",
        cause = "多线程处理、内部处理异常等内核通用错误。",
        solution = "确认系统资源是否足够。"
    )]
    InternalError,
    /// Marshalling or Unmarshalling Error (1600002).
    ///
    /// This error code is reported when a marshalling or unmarshalling error occurs before data transmission.
    #[code(
        1600002,
        title = "Marshalling or Unmarshalling Error",
        message = "Marshalling or unmarshalling error.",
        description = "This error code is reported when a marshalling or unmarshalling error occurs before data transmission.",
        cause = "A parameter mismatch is detected between the application and the notification service.",
        solution = "Make sure the application SDK version matches the system version."
    )]
    #[translation(
        "zh-CN",
        title = "序列化或反序列化错误",
        description = "数据传输前，进行序列化或反序列化错误，方法将返回该错误码。",
        cause = "应用与通知服务字段未匹配。",
        solution = "检查应用sdk版本与系统版本是否匹配。"
    )]
    MarshallingOrUnmarshallingError,
    /// Failed to Connect to the Notification Service (1600003).
    ///
    /// This error code is reported when the application fails to connect to the notification service.
    #[code(
        1600003,
        title = "Failed to Connect to the Notification Service",
        message = "Failed to connect to the service.",
        description = "This error code is reported when the application fails to connect to the notification service.",
        cause = "The notification service is busy or abnormal.",
        solution = "Restart the system."
    )]
    #[translation(
        "zh-CN",
        title = "连接通知服务失败",
        description = "应用连接通知服务失败，方法将返回该错误码。",
        cause = "通知服务繁忙或异常。",
        solution = "重启系统。"
    )]
    FailedToConnectToNotificationService,
    /// Notification Disabled (1600004).
    ///
    /// This error code is reported when notification is disabled.
    #[code(
        1600004,
        title = "Notification Disabled",
        message = "Notification disabled.",
        description = "This error code is reported when notification is disabled.",
        cause = "The notification feature is not enabled for the application.",
        solution = "Enable notification for the application in the notification settings."
    )]
    #[translation(
        "zh-CN",
        title = "通知开关关闭",
        description = "当通知开关为关闭状态时，方法将返回该错误码。",
        cause = "应用的通知开关为关闭状态。",
        solution = "通知设置里开启应用通知开关。"
    )]
    NotificationDisabled,
    /// Notification Slot Disabled (1600005).
    ///
    /// This error code is reported when the notification slot is not available.
    #[code(
        1600005,
        title = "Notification Slot Disabled",
        message = "Notification slot disabled.",
        description = "This error code is reported when the notification slot is not available.",
        cause = "The notification slot is disabled or has not been added.",
        solution = "Access the notification settings and check whether the application has the notification slot. If no, add it.",
        solution = "Make sure the notification slot is enabled."
    )]
    #[translation(
        "zh-CN",
        title = "通知渠道关闭",
        description = "当通知渠道关闭时，方法将返回该错误码。",
        cause = "通知渠道关闭状态，或未添加该类型渠道。",
        solution = "通知设置里查看应用是否有该类型渠道，没有需要新增。",
        solution = "通知设置里查看应用该类型渠道状态，要保持开启状态。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n1、{solution}\n\n2、{solution}\n"
    )]
    NotificationSlotDisabled,
    /// Notification Deletion Failed (1600006).
    ///
    /// This error code is reported when notification deletion is disabled.
    #[code(
        1600006,
        title = "Notification Deletion Failed",
        message = "Notification deletion disabled.",
        description = "This error code is reported when notification deletion is disabled.",
        cause = "The notification attribute **isUnremovable** is set to true.",
        solution = "Enable notification deletion. For details, see [NotificationRequest](./js-apis-inner-notification-notificationRequest.md)."
    )]
    #[translation(
        "zh-CN",
        title = "通知删除失败",
        description = "通知设置了禁止删除属性，方法将返回该错误码。",
        cause = "通知设置了禁止删除属性。",
        solution = "参考[NotificationRequest](./js-apis-inner-notification-notificationRequest.md)通知禁止删除属性。"
    )]
    NotificationDeletionFailed,
    /// Notification Not Found (1600007).
    ///
    /// This error code is reported when the notification service could not find the notification.
    #[code(
        1600007,
        title = "Notification Not Found",
        message = "The notification does not exist.",
        description = "This error code is reported when the notification service could not find the notification.",
        cause = "The notification has been canceled or deleted.",
        solution = "None."
    )]
    #[translation(
        "zh-CN",
        title = "通知不存在",
        description = "通知服务未找到该通知，方法将返回该错误码。",
        cause = "通知已被取消或删除。",
        solution = "无。"
    )]
    NotificationNotFound,
    /// User Not Found (1600008).
    ///
    /// This error code is reported when the specified user is not found in the information system.
    #[code(
        1600008,
        title = "User Not Found",
        message = "The user does not exist.",
        description = "This error code is reported when the specified user is not found in the information system.",
        cause = "The user information passed is incorrect.",
        solution = "Verify the user information."
    )]
    #[translation(
        "zh-CN",
        title = "用户不存在",
        description = "传入的用户信息系统里未查询到，方法将返回该错误码。",
        cause = "传入用户信息有误。",
        solution = "检查传入的用户信息。"
    )]
    UserNotFound,
    /// Notification Sending Limit Reached (1600009).
    ///
    /// This error code is reported when the notification sending frequency reaches the upper limit.
    #[code(
        1600009,
        title = "Notification Sending Limit Reached",
        message = "The notification sending frequency reaches the upper limit.",
        description = "This error code is reported when the notification sending frequency reaches the upper limit.",
        cause = "More than 10 notifications are sent per second, or more than 20 notifications are updated per second.",
        solution = "Reduce the notification sending frequency to no more than 10 per second."
    )]
    #[translation(
        "zh-CN",
        title = "通知发布频度超过限制",
        description = "通知发送频率超过限制，方法将返回该错误码。",
        cause = "通知发送频率超过每秒10个，或者更新频率超过每秒20条。",
        solution = "降低通知发送频率。"
    )]
    NotificationSendingLimitReached,
    /// Distributed Operation Failed (1600010).
    ///
    /// This error code is reported when an error occurs with the distributed database operation or distributed API invoking.
    #[code(
        1600010,
        title = "Distributed Operation Failed",
        message = "Distributed operation failed.",
        description = "This error code is reported when an error occurs with the distributed database operation or distributed API invoking.",
        cause = "The distributed database could not be operated or the distributed API could not be invoked.",
        solution = "Verify the distributed connection."
    )]
    #[translation(
        "zh-CN",
        title = "分布式操作失败",
        description = "分布式数据库操作异常或分布式接口调用异常，方法将返回该错误码。",
        cause = "分布式数据库操作异常或分布式接口调用异常。",
        solution = "检查分布式连接是否正常。"
    )]
    DistributedOperationFailed,
    /// Failed to Read Template Configuration (1600011).
    ///
    /// This error code is reported when the attempt to read the template configuration file fails.
    #[code(
        1600011,
        title = "Failed to Read Template Configuration",
        message = "Failed to read the template configuration.",
        description = "This error code is reported when the attempt to read the template configuration file fails.",
        cause = "The template configuration file is lost in the system.",
        solution = "Check for the template configuration file: /system/etc/notification_template/external.json."
    )]
    #[translation(
        "zh-CN",
        title = "读模板配置文件错误",
        description = "模板配置文件读取异常，方法将返回该错误码。",
        cause = "系统中模板配置文件丢失。",
        solution = "请检查系统中模板配置文件是否存在，配置文件路径：/system/etc/notification_template/external.json。"
    )]
    FailedToReadTemplateConfiguration,
    /// Insufficient Memory Space (1600012).
    ///
    /// This error code is reported when a memory allocation error occurs.
    #[code(
        1600012,
        title = "Insufficient Memory Space",
        message = "No memory space.",
        description = "This error code is reported when a memory allocation error occurs.",
        cause = "A memory allocation error occurs.",
        solution = "Ensure sufficient system memory."
    )]
    #[translation(
        "zh-CN",
        title = "内存空间不够",
        description = "内存申请出现错误，方法将返回该错误码。",
        cause = "内存申请出现错误。",
        solution = "确认系统内存是否足够。"
    )]
    InsufficientMemorySpace,
    /// Notification Pop-up Window Displayed (1600013).
    ///
    /// This error code is reported when the notification pop-up window is displayed.
    #[code(
        1600013,
        title = "Notification Pop-up Window Displayed",
        message = "A notification dialog box is already displayed.",
        description = "This error code is reported when the notification pop-up window is displayed.",
        cause = "The notification pop-up window is displayed.",
        solution = "Check whether the notification pop-up window is displayed."
    )]
    #[translation(
        "zh-CN",
        title = "通知弹窗已弹出",
        description = "通知弹窗已经弹出，方法将返回该错误码。",
        cause = "通知弹窗已经弹出。",
        solution = "确认通知弹窗是否弹出。"
    )]
    NotificationPopUpWindowDisplayed,
    /// No Related Permission (1600014).
    ///
    /// This error code is reported when you do not have the related permission.
    #[code(
        1600014,
        title = "No Related Permission",
        message = "No permission.",
        description = "This error code is reported when you do not have the related permission.",
        cause = "You do not have the related permission.",
        solution = "Check whether you have the related permission.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "没有相关权限",
        description = "没有相关权限，方法将返回该错误码。",
        cause = "没有相关权限。",
        solution = "确认是否具有相关权限。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    NoRelatedPermission,
    /// Duplicate Configurations not Allowed for the Current Notification Status (1600015).
    ///
    /// This error code is reported when the current notification status does not support duplicate configurations.
    #[code(
        1600015,
        title = "Duplicate Configurations not Allowed for the Current Notification Status",
        message = "The current notification status does not support duplicate configurations.",
        description = "This error code is reported when the current notification status does not support duplicate configurations.",
        cause = "The current notification status does not support duplicate configurations.",
        solution = "Check whether the notification status is duplicately configured."
    )]
    #[translation(
        "zh-CN",
        title = "当前通知状态不支持重复配置",
        description = "当前通知状态不支持重复配置，方法将返回该错误码。",
        cause = "当前通知状态不支持重复配置。",
        solution = "确认是否重复配置通知状态。"
    )]
    DuplicateConfigurationsNotAllowedForCurrentNotificationStatus,
    /// Updated Notification Version Outdated (1600016).
    ///
    /// This error code is reported when the notification version for this update is outdated.
    #[code(
        1600016,
        title = "Updated Notification Version Outdated",
        message = "The notification version for this update is too low.",
        description = "This error code is reported when the notification version for this update is outdated.",
        cause = "The notification version for this update is outdated.",
        solution = "Check the notification version."
    )]
    #[translation(
        "zh-CN",
        title = "本次更新的通知版本太低",
        description = "本次更新的通知版本太低，方法将返回该错误码。",
        cause = "本次更新的通知版本太低。",
        solution = "确认通知版本。"
    )]
    UpdatedNotificationVersionOutdated,
    /// No Configured Proxy Relationship (1600017).
    ///
    /// This error code is reported when no proxy relationship is configured.
    #[code(
        1600017,
        title = "No Configured Proxy Relationship",
        message = "There is no corresponding agent relationship configuration.",
        description = "This error code is reported when no proxy relationship is configured.",
        cause = "No corresponding proxy relationship is configured.",
        solution = "Check the proxy relationship configuration."
    )]
    #[translation(
        "zh-CN",
        title = "没有对应的代理关系配置",
        description = "没有对应的代理关系配置，方法将返回该错误码。",
        cause = "没有对应的代理关系配置。",
        solution = "确认代理关系配置。"
    )]
    NoConfiguredProxyRelationship,
    /// Notification Settings Page Already Displayed (1600018).
    ///
    /// This error code is reported when the notification settings page has been displayed.
    #[code(
        1600018,
        title = "Notification Settings Page Already Displayed",
        message = "The notification settings window is already displayed.",
        description = "This error code is reported when the notification settings page has been displayed.",
        cause = "The notification settings page has been displayed.",
        solution = "Check whether the notification settings page is displayed."
    )]
    #[translation(
        "zh-CN",
        title = "通知设置页面已经拉起",
        description = "通知设置页面已经拉起，方法将返回该错误码。",
        cause = "通知设置页面已经拉起。",
        solution = "确认通知设置页面是否拉起。"
    )]
    NotificationSettingsPageAlreadyDisplayed,
    /// No Configuration Information for a Do Not Disturb Profile (1600019).
    ///
    /// This error code is reported when the configuration information corresponding to the Do Not Disturb profile ID does not exist.
    #[code(
        1600019,
        title = "No Configuration Information for a Do Not Disturb Profile",
        message = "The do-not-disturb profile does not exist.",
        description = "This error code is reported when the configuration information corresponding to the Do Not Disturb profile ID does not exist.",
        cause = "No configuration information corresponding to the Do Not Disturb profile ID exists.",
        solution = "Check whether the queried Do Not Disturb profile ID is correct."
    )]
    #[translation(
        "zh-CN",
        title = "没有对应勿扰模式编号的配置信息",
        description = "勿扰模式编号对应的配置信息不存在时，将返回该错误码。",
        cause = "没有对应勿扰模式编号的配置信息。",
        solution = "确认查询的勿扰模式编号是否正确。"
    )]
    NoConfigurationInformationForDoNotDisturbProfile,
    /// Applications in the Permission Control List Is Not Allowed to Publish Notifications (1600020).
    ///
    /// This error code is reported when an application under the permission control list publishes a notification.
    #[code(
        1600020,
        title = "Applications in the Permission Control List Is Not Allowed to Publish Notifications",
        message = "The application is not allowed to send notifications due to permission settings.",
        description = "This error code is reported when an application under the permission control list publishes a notification.",
        cause = "The application is restricted by the enterprise-customized devices.",
        solution = "The application is under permission control of [Enterprise Device Manager](../../mdm/mdm-kit-intro.md) and it cannot exit the permission control list automatically."
    )]
    #[translation(
        "zh-CN",
        title = "不允许权限管控名单中的应用发布通知",
        description = "当发布通知时，若应用被列入权限管控名单，将返回该错误码。",
        cause = "该场景为企业定制设备场景。",
        solution = "该应用受到[企业设备管理](../../mdm/mdm-kit-intro.md)的权限管控，应用无法主动退出权限管控名单。"
    )]
    ApplicationsInPermissionControlListIsNotAllowedToPublishNotifications,
    /// Cross-Device Communication Timeout (1600021).
    ///
    /// This error code is reported when the cross-device collaboration APIs (for example, redirection or quick reply) of notification is called but the communication times out.
    #[code(
        1600021,
        title = "Cross-Device Communication Timeout",
        message = "Distributed operation timed out.",
        description = "This error code is reported when the cross-device collaboration APIs (for example, redirection or quick reply) of notification is called but the communication times out.",
        cause = "Device connection error.",
        solution = "Make sure that devices (for example, mobile phone and the watch) are properly connected."
    )]
    #[translation(
        "zh-CN",
        title = "跨设备通信超时",
        description = "调用通知的跨设备协同接口（例如通知跨设备点击跳转、通知跨设备快捷回复等），跨设备通信超时，将返回该错误码。",
        cause = "设备连接配对异常。",
        solution = "检查设备间连接是否正常（例如手机与手表是否配对成功）。"
    )]
    CrossDeviceCommunicationTimeout,
    /// Invalid Bundle Information (1600022).
    ///
    /// This error code is reported when the bundle information is invalid.
    #[code(
        1600022,
        title = "Invalid Bundle Information",
        message = "The specified bundle is invalid.",
        description = "This error code is reported when the bundle information is invalid.",
        cause = "The specified bundle name does not exist.",
        solution = "Check whether the bundle information is correct."
    )]
    #[translation(
        "zh-CN",
        title = "无效的包信息",
        description = "无效的包信息，将返回该错误码。",
        cause = "指定的应用包名不存在。",
        solution = "检查包信息是否正确。"
    )]
    InvalidBundleInformation,
    /// NotificationSubscriberExtensionAbility Not Implemented (1600023).
    ///
    /// This error code is reported when the application does not implement the NotificationSubscriberExtensionAbility.
    #[code(
        1600023,
        title = "NotificationSubscriberExtensionAbility Not Implemented",
        message = "The application does not implement the NotificationSubscriberExtensionAbility.",
        description = "This error code is reported when the application does not implement the NotificationSubscriberExtensionAbility.",
        cause = "The [NotificationSubscriberExtensionAbility](../apis-ability-kit/js-apis-application-NotificationSubscriberExtensionAbility.md) is not set or is incorrectly set for the application.",
        solution = "Create a NotificationSubscriberExtensionAbility for the application. For details about how to configure the extension ability, see [NotificationSubscriberExtensionAbility](../apis-ability-kit/js-apis-application-NotificationSubscriberExtensionAbility.md) in [ExtensionAbility Component](../../application-models/extensionability-overview.md)."
    )]
    #[translation(
        "zh-CN",
        title = "app NotificationSubscriberExtensionAbility未实现",
        description = "应用未实现NotificationSubscriberExtensionAbility。",
        cause = "应用未设置或未正确设置[NotificationSubscriberExtensionAbility](../apis-notification-kit/js-apis-notificationSubscriberExtensionAbility.md)。",
        solution = "应用需创建NotificationSubscriberExtensionAbility，具体配置方法参考[ExtensionAbility组件](../../application-models/extensionability-overview.md)中的[NotificationSubscriberExtensionAbility](../apis-notification-kit/js-apis-notificationSubscriberExtensionAbility.md)。"
    )]
    NotificationSubscriberExtensionAbilityNotImplemented,
    /// Custom Ringtones Not Configured (1600024).
    ///
    /// This error code is reported when the custom ringtones are not configured for the specified application.
    #[code(
        1600024,
        title = "Custom Ringtones Not Configured",
        message = "The specified bundle has no custom ringtone information.",
        description = "This error code is reported when the custom ringtones are not configured for the specified application.",
        cause = "Custom ringtones are not configured for the specified application.",
        solution = "Check whether custom ringtones are configured for the specified application."
    )]
    #[translation(
        "zh-CN",
        title = "未配置自定义铃声",
        description = "指定的应用未配置自定义铃声信息，将返回该错误码。",
        cause = "指定的应用未配置自定义铃声信息。",
        solution = "检查指定应用是否配置自定义铃声信息。"
    )]
    CustomRingtonesNotConfigured,
}
