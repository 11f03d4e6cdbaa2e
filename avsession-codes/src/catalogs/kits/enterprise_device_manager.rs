// Enterprise Device Management Error Codes: the catalog `EnterpriseDeviceManagementError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Enterprise Device Management Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Enterprise Device Management",
    title = "Enterprise Device Management Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 9200000..=9299999,
    layout = "# {title}\n<!--Kit: MDM Kit-->\n<!--Subsystem: Customization-->\n<!--Owner: @huanleima; @weizai16-->\n<!--Designer: @hp_guo-->\n<!--Tester: @lpw_work-->\n<!--Adviser: @zhang_yixin13-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/enterprise_device_manager.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "企业设备管理错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: MDM Kit-->\n<!--Subsystem: Customization-->\n<!--Owner: @huanleima-->\n<!--Designer: @liuzuming-->\n<!--Tester: @lpw_work-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
)]
pub enum EnterpriseDeviceManagementError {
    /// DeviceAdmin Not Enabled (9200001).
    ///
    /// This error code is reported when the caller is not an enabled device administrator application.
    #[code(
        9200001,
        title = "DeviceAdmin Not Enabled",
        message = "The application is not an administrator application of the device.",
        description = "This error code is reported when the caller is not an enabled device administrator application.",
        cause = "The enterprise device management APIs can be called only by a device administrator application that has been enabled.",
        solution = "Check whether the caller is a device administrator application enabled."
    )]
    #[translation(
        "zh-CN",
        title = "应用没有激活成设备管理器",
        description = "当应用没有激活成设备管理器时，会产生此错误码。",
        cause = "应用没有激活设备管理器。",
        solution = "请检查调用者是否成功激活过设备管理应用，没有激活过的设备管理应用无法调用设备管理接口。"
    )]
    DeviceAdminNotEnabled,
    /// Permission Denied (9200002).
    ///
    /// This error code is reported when the device administrator application does not have the permission to invoke the API.
    #[code(
        9200002,
        title = "Permission Denied",
        message = "The administrator application does not have permission to manage the device.",
        description = "This error code is reported when the device administrator application does not have the permission to invoke the API.",
        cause = "The device administrator application calls an API that is accessible only by a super device administrator application.",
        solution = "Check that the device administrator type enabled for the caller is the same as that required by the API."
    )]
    #[translation(
        "zh-CN",
        title = "设备管理器权限不够",
        description = "当设备管理器调用高权限接口时，则会产生此错误码。",
        cause = "已激活为DA管理器，但调用了SDA管理器接口。",
        solution = "请检查调用者是否存在越权调用，即激活的设备管理器类型和调用的API要求的管理器类型是否一致。"
    )]
    PermissionDenied,
    /// Invalid Administrator Ability Component (9200003).
    ///
    /// This error code is reported when the specified device manager ability component is invalid.
    #[code(
        9200003,
        title = "Invalid Administrator Ability Component",
        message = "The administrator ability component is invalid.",
        description = "This error code is reported when the specified device manager ability component is invalid.",
        cause = "The specified administrator ability component is invalid due to any of the following causes:",
        cause = "The administrator ability component does not exist when the device administrator application is enabled.",
        cause = "The administrator ability component is not a valid enterprise administrator ability component.",
        solution = "Check that the name of the administrator ability component is included in the application bundle when the application is enabled as a device administrator application.",
        solution = "Check that the administrator ability component inherits the **EnterpriseAdminExtensionAbility** component defined by the enterprise device management framework.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "指定的设备管理器元能力组件无效",
        description = "当应用传入参数中指定的设备管理器元能力组件无效时，会产生此错误码。",
        cause = "该错误码表示指定的设备管理器元能力组件无效，可能原因如下。",
        cause = "应用激活设备管理器时指定的设备管理器元能力组件不存在。",
        cause = "设备管理器元能力组件不是合法的企业设备管理元能力组件。",
        solution = "请检查激活时输入的设备管理器元能力组件name是否存在应用包中。",
        solution = "请检查企业设备管理组件是否继承企业设备管理框架定义的EnterpriseAdminExtensionAbility组件。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    InvalidAdministratorAbilityComponent,
    /// Failed to Enable the Device Administrator Application (9200004).
    ///
    /// This error code is reported when an application fails to be enabled as a device administrator application.
    #[code(
        9200004,
        title = "Failed to Enable the Device Administrator Application",
        message = "Failed to activate the administrator application of the device.",
        description = "This error code is reported when an application fails to be enabled as a device administrator application.",
        cause = "The possible causes are as follows:",
        cause = "Multiple applications are enabled as the super device administrator application.",
        cause = "The application has been enabled as a device administrator application, but the administrator type has changed.",
        cause = "Multiple device administrator ability components are enabled for the same application.",
        solution = "Check that only one super device administrator application exists.",
        solution = "Check whether the current application has been enabled as a device administrator with a different device administrator type. If yes, disable the device administrator application and try again.",
        solution = "Check whether a device administrator ability component has been enabled for the application. Only one device administrator ability component can be enabled for an application.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "激活设备管理器失败",
        description = "当应用重复激活不同类型的设备管理器或激活多个管理器时，会产生此错误码。",
        cause = "该错误码表示激活设备管理器失败，可能原因如下：",
        cause = "同时激活多个SDA设备管理器。",
        cause = "重复激活设备管理器，且管理器类型发生变化。",
        cause = "同一个应用多个设备管理器元能力组件激活。",
        solution = "检查是否激活多个SDA设备管理器，SDA设备管理器只允许激活一个。",
        solution = "检查指定的设备管理器是否已激活了，且重复激活时管理器类型发生变化，此时需要先解除激活，再重新激活。",
        solution = "检查待激活的设备管理器应用中是否已有设备管理元能力组件激活过，同一个应用只允许激活一个设备管理器元能力组件。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    FailedToEnableDeviceAdministratorApplication,
    /// Failed to Disable the Device Administrator Application (9200005).
    ///
    /// This error code is reported when the operation for disabling a device administrator application fails or another administrator application is disabled.
    #[code(
        9200005,
        title = "Failed to Disable the Device Administrator Application",
        message = "Failed to deactivate the administrator application of the device.",
        description = "This error code is reported when the operation for disabling a device administrator application fails or another administrator application is disabled.",
        cause = "The possible causes are as follows:",
        cause = "The application to be disabled has not been enabled.",
        cause = "Another administrator application is disabled.",
        solution = "Check that the target device administrator application has been enabled.",
        solution = "Check that the specified device administrator ability component of the target device administrator application has been enabled.",
        solution = "Ensure that the device administrator application to be disabled is the caller itself.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "解除激活设备管理器失败",
        description = "当应用没有激活过或者解除激活的是其他设备管理器时，会产生此错误码。",
        cause = "该错误码表示解除激活设备管理器失败，可能原因如下。",
        cause = "解除激活的设备管理器应用没有激活过。",
        cause = "不能解除激活其他设备管理器。",
        solution = "检查解除激活时设备管理应用是否激活过。",
        solution = "检查解除激活时设备管理应用中指定设备管理元能力组件是否激活过。",
        solution = "检查调用者是否解除激活自身，设备管理器应用不能解除激活其他设备管理器应用。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    FailedToDisableDeviceAdministratorApplication,
    /// Invalid User ID (9200006).
    ///
    /// This error code is reported when the specified user ID does not exist or the specified user ID is different from the caller's user ID.
    #[code(
        9200006,
        title = "Invalid User ID",
        message = "The specified user ID is invalid.",
        description = "This error code is reported when the specified user ID does not exist or the specified user ID is different from the caller's user ID.",
        cause = "The possible causes are as follows:",
        cause = "The user ID specified for setting a user policy does not exist.",
        cause = "The specified user ID is different from the caller user ID.",
        solution = "Ensure that the user ID specified for the API is valid.",
        solution = "Ensure that the caller user ID and the specified user ID are the same. If the application is a device administrator application, policies cannot be set across users.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "指定的用户ID非法",
        description = "当应用调用接口设置用户策略，指定的user ID不存在、或DA管理器跨用户设置，则会产生此错误码。",
        cause = "该错误码表示指定的用户ID非法，可能原因如下。",
        cause = "调用接口设置用户策略，指定的user ID不存在。",
        cause = "DA管理器不允许跨用户设置，指定的user ID和调用者user ID不同。",
        solution = "检查调用接口中指定的user ID是否是有效的user ID。",
        solution = "检查调用者user ID和指定设置的user ID是否是同一user ID，DA模式下不允许跨用户设置策略。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    InvalidUserId,
    /// System Ability Error (9200007).
    ///
    /// This error code is reported when the enterprise device management ability is not working properly.
    #[code(
        9200007,
        title = "System Ability Error",
        message = "The system ability works abnormally.",
        description = "This error code is reported when the enterprise device management ability is not working properly.",
        cause = "The possible causes are as follows:",
        cause = "The EnterpriseAdminAbility is not started.",
        cause = "The RPC object for enterprise device management cannot be obtained.",
        cause = "Other abilities, on which the EnterpriseAdminAbility depends, are not started, or the RPC object cannot be obtained.",
        cause = "A system exception occurs during the running of EnterpriseAdminAbility.",
        solution = "Try again later or restart the device.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n{causes:tight}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "系统服务工作异常",
        description = "当企业设备管理服务异常时，则会产生此错误码。",
        cause = "该错误码表示系统服务工作异常，可能原因如下。",
        cause = "企业设备管理服务没有正常启动。",
        cause = "企业设备管理的RPC对象无法获取。",
        cause = "企业设备管理依赖的其他服务没有正常启动或者RPC对象无法获取。",
        cause = "企业设备管理运行过程中系统异常。",
        solution = "系统服务内部工作异常，请稍后重试，或者重启设备尝试。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    SystemAbilityError,
    /// Invalid System Subscription Event (9200008).
    ///
    /// This error code is reported when the enterprise device management module does not support subscription to the specified event or the specified event is invalid.
    #[code(
        9200008,
        title = "Invalid System Subscription Event",
        message = "The specified system event is invalid.",
        description = "This error code is reported when the enterprise device management module does not support subscription to the specified event or the specified event is invalid.",
        cause = "The enterprise device management module does not support subscription to the specified event or the specified event is invalid.",
        solution = "Check that the specified event is valid and supported by the enterprise device management module."
    )]
    #[translation(
        "zh-CN",
        title = "系统订阅事件无效",
        description = "当企业设备管理暂不支持订阅此事件或系统订阅的事件无效时，则会产生此错误码。",
        cause = "企业设备管理暂不支持订阅此事件或系统订阅的事件无效。",
        solution = "检查所订阅事件是企业设备管理所支持的有效管理事件。"
    )]
    InvalidSystemSubscriptionEvent,
    /// Failed to Grant Permissions to an Application (9200009).
    ///
    /// This error code is reported when the super device administrator application fails to grant administrator rights to other applications.
    #[code(
        9200009,
        title = "Failed to Grant Permissions to an Application",
        message = "Failed to grant the permission to the application.",
        description = "This error code is reported when the super device administrator application fails to grant administrator rights to other applications.",
        cause = "The target application is not installed by the administrator.",
        solution = "Check that the target application has been installed by the administrator."
    )]
    #[translation(
        "zh-CN",
        title = "授予应用权限失败",
        description = "当超级设备管理应用授予其他应用管理员权限失败时，则会产生此错误码。",
        cause = "被授予权限的应用未在管理员用户下安装。",
        solution = "检查需要被授予权限的应用是否在管理员用户下安装。"
    )]
    FailedToGrantPermissionsToApplication,
    /// Policy Conflict (9200010).
    ///
    /// This error code is reported when a conflict policy is being delivered.
    #[code(
        9200010,
        title = "Policy Conflict",
        message = "A conflict policy has been configured.",
        description = "This error code is reported when a conflict policy is being delivered.",
        cause = "A conflict policy is defined and to be delivered.",
        solution = "Resolve the conflict, and then deliver the policy."
    )]
    #[translation(
        "zh-CN",
        title = "策略冲突",
        description = "当企业设备管理在存在互斥策略的情况下下发策略，则会产生此错误码。",
        cause = "企业设备管理在存在互斥策略的情况下下发策略。",
        solution = "先取消与当前策略互斥的策略，然后再下发策略。"
    )]
    PolicyConflict,
    /// Failed to Replace the Device Administrator Application (9200011).
    ///
    /// Failed to replace the device administrator application.
    #[code(
        9200011,
        title = "Failed to Replace the Device Administrator Application",
        message = "Failed to replace the administrator application of the device.",
        description = "Failed to replace the device administrator application.",
        cause = "The specified application is a delegated or authorized device administrator application or a common device administrator application. It cannot be a super administrator application.",
        solution = "Call [disableSuperAdmin](js-apis-enterprise-adminManager-sys.md#adminmanagerdisablesuperadmin) to disable the super device management permission of a specified application.",
        solution = "Call [disableAdmin](js-apis-enterprise-adminManager.md#adminmanagerdisableadmin) to disable the common device management permission of a specified application.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions:tight}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "设备管理应用替换失败",
        description = "设备管理应用替换失败。",
        cause = "指定应用为被委托、被授权的设备管理应用或普通设备管理应用，无法成为超级设备管理应用。",
        solution = "采用[disableSuperAdmin](js-apis-enterprise-adminManager-sys.md#adminmanagerdisablesuperadmin)接口取消超级设备管理权限，即可取消指定应用的被委托、被授权的设备管理权限。",
        solution = "采用[disableAdmin](js-apis-enterprise-adminManager.md#adminmanagerdisableadmin)接口取消指定应用的普通设备管理权限。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n<!--DelEnd-->\n"
    )]
    FailedToReplaceDeviceAdministratorApplication,
    /// Parameter Verification Failed (9200012).
    ///
    /// This error code is returned when the parameter verification fails.
    #[code(
        9200012,
        title = "Parameter Verification Failed",
        message = "Parameter verification failed.",
        description = "This error code is returned when the parameter verification fails.",
        cause = "The possible causes are as follows:",
        cause = "The passed **EnterpriseAdminExtensionAbility** component does not belong to the current application.",
        cause = "The length of the input parameter exceeds the upper limit.",
        cause = "The length of the input array exceeds the upper limit.",
        cause = "The parameter value is out of the value range.",
        cause = "A removal operation is performed on a blocklist or trustlist that has not been set yet.",
        solution = "Ensure that the input **EnterpriseAdminExtensionAbility** belongs to the current application.",
        solution = "Ensure that the length of the input parameter does not exceed the upper limit.",
        solution = "Ensure that the length of the input array does not exceed the upper limit.",
        solution = "Ensure that the input parameter value is within the supported value range.",
        solution = "Before removing the list, ensure that the corresponding list is set.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "参数校验失败",
        description = "参数校验失败时，会产生此错误码。",
        cause = "参数校验失败时，可能的原因如下。",
        cause = "传入的企业设备管理扩展组件不属于当前应用。",
        cause = "传入的参数长度超长。",
        cause = "传入的数组长度超出限制。",
        cause = "参数值不在取值范围内。",
        cause = "对尚未设置的禁用或允许名单进行了移除操作。",
        solution = "检查传入的企业设备管理扩展组件是否属于当前应用。",
        solution = "检查传入的参数长度是否超过接口限制。",
        solution = "检测传入的数组长度是否超过接口限制。",
        solution = "检查传入参数值是否在接口支持取值范围内。",
        solution = "移除前先查询是否有设置相应的名单。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    ParameterVerificationFailed,
    /// Control Not Immediately Effective (9200013).
    ///
    /// The enterprise control policy is set successfully, but the control does not take effect immediately.
    #[code(
        9200013,
        title = "Control Not Immediately Effective",
        message = "The enterprise management policy has been successfully set, but the function has not taken effect in real time.",
        description = "The enterprise control policy is set successfully, but the control does not take effect immediately.",
        cause = "In external storage management scenarios, disabling external storage may not take effect immediately if files on it are in use. In such cases, the external storage cannot be unmounted right away.",
        solution = "Restart the device for the control to take effect. In external storage management scenarios, disabling external storage takes effect after the device is restarted. The external storage is not automatically loaded."
    )]
    #[translation(
        "zh-CN",
        title = "管控未实时生效",
        description = "企业管控策略设置成功，但是管控未实时生效。",
        cause = "在外置存储管控场景，禁用外置存储时，由于外置存储有文件正在被使用，导致禁用未实时生效，此时无法立即卸载外置存储。",
        solution = "重启设备，重启后管控生效。在外置存储管控场景下，重启后禁用外置存储生效，不会主动加载外置存储。"
    )]
    ControlNotImmediatelyEffective,
    /// Failed to Start the Component (9200014).
    ///
    /// This error code is generated when the component fails to be started.
    #[code(
        9200014,
        title = "Failed to Start the Component",
        message = "Failed to start the ability.",
        description = "This error code is generated when the component fails to be started.",
        cause = "If the list of applications that are forbidden to run is set (for example, by calling the [addDisallowedRunningBundlesSync](js-apis-enterprise-applicationManager.md#applicationmanageradddisallowedrunningbundlessync) API) and the application is in the list, the component fails to be started.",
        cause = "If the list of applications that are allowed to run is set (for example, by calling the [addAllowedRunningBundles](js-apis-enterprise-applicationManager.md#applicationmanageraddallowedrunningbundles21) API) and the application is not in the list, the component fails to be started.",
        solution = "Remove the application from the list of applications that are forbidden to run, for example, by calling the [removeDisallowedRunningBundlesSync](js-apis-enterprise-applicationManager.md#applicationmanagerremovedisallowedrunningbundlessync) API.",
        solution = "Add the application to the list of applications that are allowed to run, for example, by calling the [addAllowedRunningBundles](js-apis-enterprise-applicationManager.md#applicationmanageraddallowedrunningbundles21) API."
    )]
    #[translation(
        "zh-CN",
        title = "启动组件失败",
        description = "启动组件失败时，会产生此错误码。",
        cause = "当设置了禁止运行应用名单（例如调用[addDisallowedRunningBundlesSync](js-apis-enterprise-applicationManager.md#applicationmanageradddisallowedrunningbundlessync)接口），且应用在禁止运行应用名单中时，启动组件会失败。",
        cause = "当设置了允许运行应用名单（例如调用[addAllowedRunningBundles](js-apis-enterprise-applicationManager.md#applicationmanageraddallowedrunningbundles21)接口），且应用不在允许运行应用名单中时，启动组件会失败。",
        solution = "将应用从禁止运行名单中移除，例如调用[removeDisallowedRunningBundlesSync](js-apis-enterprise-applicationManager.md#applicationmanagerremovedisallowedrunningbundlessync)接口。",
        solution = "将应用添加到允许运行名单，例如调用[addAllowedRunningBundles](js-apis-enterprise-applicationManager.md#applicationmanageraddallowedrunningbundles21)接口。"
    )]
    FailedToStartComponent,
    /// Component Not Exist (9200015).
    ///
    /// This error code is generated when a component that does not exist is started.
    #[code(
        9200015,
        title = "Component Not Exist",
        message = "The ability does not exist.",
        description = "This error code is generated when a component that does not exist is started.",
        cause = "The input **bundleName** and **abilityName** do not exist.",
        cause = "The passed component is not visible to the outside.",
        solution = "Check whether the values of **bundleName** and **abilityName** in **want** are correct.",
        solution = "Check whether the passed component is visible to the outside."
    )]
    #[translation(
        "zh-CN",
        title = "组件不存在",
        description = "当组件不存在，启动该组件时，会产生此错误码。",
        cause = "传入了不存在bundleName和abilityName。",
        cause = "传入的Ability对外不可见。",
        solution = "检查want中的bundleName和abilityName是否正确。",
        solution = "检查传入的Ability对外是否可见。"
    )]
    ComponentNotExist,
    /// Service Timeout (9200016).
    ///
    /// This error code is reported when the service times out.
    #[code(
        9200016,
        title = "Service Timeout",
        message = "Service timeout.",
        description = "This error code is reported when the service times out.",
        cause = "The service times out.",
        solution = "Try again later."
    )]
    ServiceTimeout,
    /// Failed to Manage the Certificate (9201001).
    ///
    /// This error code is reported when the super device administrator application fails to install or uninstall a user certificate.
    #[code(
        9201001,
        title = "Failed to Manage the Certificate",
        message = "Failed to manage the certificate.",
        description = "This error code is reported when the super device administrator application fails to install or uninstall a user certificate.",
        cause = "The user certificate is incorrect.",
        solution = "Check that the user certificate is correct."
    )]
    #[translation(
        "zh-CN",
        title = "管理证书失败",
        description = "当超级设备管理应用安装或卸载用户证书失败时，会产生此错误码。",
        cause = "用户证书信息错误。",
        solution = "检查用户证书是否正确。"
    )]
    FailedToManageCertificate,
    /// Failed to Install the Enterprise Application (9201002).
    ///
    /// This error code is reported when a device administrator application fails to install an enterprise application.
    #[code(
        9201002,
        title = "Failed to Install the Enterprise Application",
        message = "Failed to install the application.",
        description = "This error code is reported when a device administrator application fails to install an enterprise application.",
        cause = "This error code indicates a failure to install the enterprise application.",
        cause = "If the called API is [bundleManager.install](./js-apis-enterprise-bundleManager.md#bundlemanagerinstall), the possible causes are as follows:",
        cause = "The application installation path is empty or invalid, or does not exist.",
        cause = "The operation attempts to install multiple apps with different bundle names.",
        cause = "The application to be installed already exists when the installation parameter flag is 0.",
        cause = "The user ID is invalid.",
        solution = "If the called API is [bundleManager.install](./js-apis-enterprise-bundleManager.md#bundlemanagerinstall), perform the following steps:",
        solution = "Verify the application installation path.",
        solution = "Verify all installation parameters.",
        solution = "Ensure that the same application is being installed.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n{cause}\n{causes:tight}\n\n<!--RP3--><!--RP3End-->\n\n**Solution**\n\n{solution}\n\n{solutions:tight}\n\n<!--RP4--><!--RP4End-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "企业应用安装失败",
        description = "当企业设备管理安装企业应用失败时，则会产生此错误码。",
        cause = "该错误码表示安装企业应用失败，可能原因如下。",
        cause = "应用安装路径为空、不存在、无效路径。",
        cause = "安装多个不同包名的应用。",
        cause = "当安装参数flag为0时再次安装已存在的应用。",
        cause = "传入无效用户id。",
        solution = "检查应用安装路径是有效的安装路径。",
        solution = "检查安装参数是有效的安装参数。",
        solution = "检查安装的是同一应用。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    FailedToInstallEnterpriseApplication,
    /// Failed to Add an Account (9201003).
    ///
    /// This error code is reported when an account fails to be added.
    #[code(
        9201003,
        title = "Failed to Add an Account",
        message = "Failed to add an OS account.",
        description = "This error code is reported when an account fails to be added.",
        cause = "The possible causes are as follows:",
        cause = "The account already exists.",
        cause = "The account name is invalid.",
        cause = "The network is not connected when the account is added.",
        cause = "The system does not support multiple accounts.",
        solution = "Check whether the account name exists. If yes, change the account name and try again.",
        solution = "Check that the account name is valid.",
        solution = "Check that the network is connected when the account is added.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "创建账号失败",
        description = "当企业设备管理创建账号失败时，会产生此错误码。",
        cause = "该错误码表示创建账号失败，可能原因如下。",
        cause = "账号已存在。",
        cause = "账号名非法。",
        cause = "创建账号时未连接网络。",
        cause = "系统不支持多账号。",
        solution = "检查账号名是否已存在，如果已存在则需更换。",
        solution = "检查账号名长度和内容，确保正确性。",
        solution = "确保创建账号时网络畅通。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    FailedToAddAccount,
    /// Update Package Not Exist or Fails to be Parsed (9201004).
    ///
    /// This error code is reported when the enterprise device administrator application fails to notify the system of the package update.
    #[code(
        9201004,
        title = "Update Package Not Exist or Fails to be Parsed",
        message = "The update packages do not exist or analyzing failed.",
        description = "This error code is reported when the enterprise device administrator application fails to notify the system of the package update.",
        cause = "The possible causes are as follows:",
        cause = "The system update package does not exist.",
        cause = "The verification of the system update package name fails.",
        cause = "The system update package fails to be opened.",
        cause = "The system update package fails to be parsed.",
        solution = "Check whether the system update package exists.",
        solution = "Check whether the name of the system update package is valid.",
        solution = "Check whether the system update package is readable.",
        solution = "Check whether the system update package is complete.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "系统更新包不存在或解析失败",
        description = "当企业设备管理通知系统更新包失败时，会产生此错误码。",
        cause = "该错误码表示通知系统更新包失败，可能原因如下。",
        cause = "系统更新包不存在。",
        cause = "系统更新包文件名校验失败。",
        cause = "系统更新包打开失败。",
        cause = "系统更新包解析失败。",
        solution = "检查系统更新包是否存在。",
        solution = "检查系统更新包文件名是否有效。",
        solution = "检查系统更新包是否具有可读权限。",
        solution = "检查系统更新包是否完整。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    UpdatePackageNotExistOrFailsToBeParsed,
    /// Failed to Add an Application Kept Alive (9201005).
    ///
    /// This error code is reported when an application kept alive fails to be added.
    #[code(
        9201005,
        title = "Failed to Add an Application Kept Alive",
        message = "Add keep alive applications failed.",
        description = "This error code is reported when an application kept alive fails to be added.",
        cause = "The possible causes are as follows:",
        cause = "The application is not installed.",
        cause = "The application does not have the MainAbility.",
        cause = "The application does not have the tray service.",
        cause = "The application is not added to the tray.",
        cause = "The current device does not support adding applications kept alive.",
        solution = "Check whether the application is installed.",
        solution = "Check whether the application has the MainAbility.",
        solution = "Check whether the application has the tray service.",
        solution = "Check whether the application has been added to the tray.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "添加保活应用失败",
        description = "当企业设备管理添加保活应用失败时，则会产生此错误码。",
        cause = "该错误码表示添加保活应用失败，可能原因如下。",
        cause = "应用未安装。",
        cause = "应用没有MainAbility。",
        cause = "应用没有托盘服务。",
        cause = "应用未添加到托盘。",
        cause = "当前设备不支持添加保活应用。",
        solution = "检查应用是否安装。",
        solution = "检查应用是否有MainAbility。",
        solution = "检查应用是否实现托盘服务。",
        solution = "检查应用是否已添加到托盘。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    FailedToAddApplicationKeptAlive,
    /// Installed Enterprise Re-signing Certificate Exceeding the Limit (9201006).
    ///
    /// This error code is reported when the number of installed enterprise re-signing certificates reaches 10.
    #[code(
        9201006,
        title = "Installed Enterprise Re-signing Certificate Exceeding the Limit",
        message = "The number of certificates has reached the limit.",
        description = "This error code is reported when the number of installed enterprise re-signing certificates reaches 10.",
        cause = "The number of installed enterprise re-signing certificates reaches the upper limit.",
        solution = "Check whether the number of installed enterprise re-signing certificates reaches 10. If yes, uninstall unnecessary certificates."
    )]
    #[translation(
        "zh-CN",
        title = "安装企业重签名证书超过数量上限",
        description = "当企业设备管理已安装的企业重签名证书数量达到10个时，会产生此错误码。",
        cause = "已安装的企业重签名证书数量达到上限。",
        solution = "检查已安装的企业重签名证书数量是否达到10个，卸载多余证书。"
    )]
    InstalledEnterpriseReSigningCertificateExceedingLimit,
    /// Invalid Enterprise Re-signing Certificate (9201007).
    ///
    /// This error code is generated when the enterprise re-signing certificate fails to be installed.
    #[code(
        9201007,
        title = "Invalid Enterprise Re-signing Certificate",
        message = "The certificate is invalid.",
        description = "This error code is generated when the enterprise re-signing certificate fails to be installed.",
        cause = "The enterprise re-signing certificate fails to be installed. The possible causes are as follows:",
        cause = "The certificate is invalid.",
        cause = "A certificate with the same name has been installed.",
        solution = "Check whether the certificate is a valid enterprise re-signing certificate.",
        solution = "Check whether a certificate with the same name has been installed.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "企业重签名证书无效",
        description = "当企业设备管理安装企业重签名证书失败时，会产生此错误码。",
        cause = "该错误码表示企业设备管理安装企业重签名证书失败，可能原因如下。",
        cause = "证书无效。",
        cause = "已安装过同名证书。",
        solution = "检查证书是否为有效的企业重签名证书。",
        solution = "检查是否已安装过同名证书。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    InvalidEnterpriseReSigningCertificate,
    /// Enterprise Re-signing Certificate Not Exist (9201008).
    ///
    /// This error code is generated when the enterprise re-signing certificate fails to be uninstalled.
    #[code(
        9201008,
        title = "Enterprise Re-signing Certificate Not Exist",
        message = "The certificate does not exist.",
        description = "This error code is generated when the enterprise re-signing certificate fails to be uninstalled.",
        cause = "The uninstalled certificate does not exist.",
        solution = "Check whether the uninstalled certificate exists."
    )]
    #[translation(
        "zh-CN",
        title = "企业重签名证书不存在",
        description = "当企业设备管理卸载企业重签名证书失败时，会产生此错误码。",
        cause = "卸载的证书不存在。",
        solution = "检查卸载的证书是否存在。"
    )]
    EnterpriseReSigningCertificateNotExist,
    /// Failed to Create a Log Collection Task (9201009).
    ///
    /// This error code is generated when a log collection task fails to be created.
    #[code(
        9201009,
        title = "Failed to Create a Log Collection Task",
        message = "Collecting logs, please try again later.",
        description = "This error code is generated when a log collection task fails to be created.",
        cause = "When a log collection task is being executed, the [systemManager.startCollectLog](./js-apis-enterprise-systemManager.md#systemmanagerstartcollectlog23) API is called to create a log collection task.",
        solution = "Wait until the previous log collection task is complete (that is, the [EnterpriseAdminExtensionAbility.onLogCollected](js-apis-EnterpriseAdminExtensionAbility.md#onlogcollected23) callback is received), and then call the [systemManager.startCollectLog](./js-apis-enterprise-systemManager.md#systemmanagerstartcollectlog23) API to create a new log collection task."
    )]
    #[translation(
        "zh-CN",
        title = "日志收集任务创建失败",
        description = "当企业设备管理创建日志收集任务失败时，会产生此错误码。",
        cause = "当已有一个日志收集任务正在执行时，调用了[systemManager.startCollectLog](./js-apis-enterprise-systemManager.md#systemmanagerstartcollectlog23)接口创建日志收集任务。",
        solution = "等前一个日志收集任务完成（即收到[EnterpriseAdminExtensionAbility.onLogCollected](js-apis-EnterpriseAdminExtensionAbility.md#onlogcollected23)回调）后，再调用[systemManager.startCollectLog](./js-apis-enterprise-systemManager.md#systemmanagerstartcollectlog23)接口创建日志收集任务。"
    )]
    FailedToCreateLogCollectionTask,
    /// Failed to Configure the Ethernet Network Interface (9201010).
    ///
    /// The Ethernet configuration fails, or the Ethernet device is not connected.
    #[code(
        9201010,
        title = "Failed to Configure the Ethernet Network Interface",
        message = "Ethernet configuration failed. Ethernet device not connected.",
        description = "The Ethernet configuration fails, or the Ethernet device is not connected.",
        cause = "The Ethernet configuration fails. The possible causes are as follows:",
        cause = "The NIC is not enabled.",
        cause = "The NIC name is incorrect.",
        cause = "The configuration parameters are incorrect.",
        solution = "Check whether the NIC is enabled.",
        solution = "Check whether the input NIC name is correct.",
        solution = "Check whether the configured parameters are correct.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "以太网网络接口配置失败",
        description = "以太网配置失败，或以太网设备未连接。",
        cause = "该错误码表示以太网配置失败，可能原因如下。",
        cause = "网卡未启用。",
        cause = "网卡名输入错误。",
        cause = "配置参数错误。",
        solution = "检查网卡是否启用。",
        solution = "检查输入的网卡名是否正确。",
        solution = "检查配置的参数是否正确。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    FailedToConfigureEthernetNetworkInterface,
    /// Invalid Activation Lock Credential (9201011).
    ///
    /// The credential for the activation lock is invalid.
    #[code(
        9201011,
        title = "Invalid Activation Lock Credential",
        message = "The credential of the activation lock is invalid.",
        description = "The credential for the activation lock is invalid.",
        cause = "The format of the passed activation lock credential is incorrect.",
        cause = "The values of fields in the passed activation lock credential are incorrect.",
        cause = "The passed activation lock credential does not match the current device.",
        solution = "Ensure that the format of the activation lock credential is correct.",
        solution = "Ensure that the values of fields in the activation lock credential are correct.",
        solution = "Ensure that the activation lock credential is for the current device."
    )]
    InvalidActivationLockCredential,
    /// Failed to Enable or Disable Activation Lock (9201012).
    ///
    /// Failed to disable or enable the activation lock.
    #[code(
        9201012,
        title = "Failed to Enable or Disable Activation Lock",
        message = "Failed to enable or disable the activation lock.",
        description = "Failed to disable or enable the activation lock.",
        cause = "<!--RP1-->The device does not support the activation lock service.",
        solution = "<!--RP2-->Ensure that the device supports the activation lock service.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n<!--RP1End-->\n\n**Solution**\n\n{solutions}\n<!--RP2End-->\n"
    )]
    FailedToEnableOrDisableActivationLock,
    /// Number of Applications in Dock Reaches Maximum (9201013).
    ///
    /// This error code is reported when an enterprise device administrator fails to add an application to the Dock.
    #[code(
        9201013,
        title = "Number of Applications in Dock Reaches Maximum",
        message = "The number of applications in the Dock has reached the maximum.",
        description = "This error code is reported when an enterprise device administrator fails to add an application to the Dock.",
        cause = "The number of applications in the Dock has reached the maximum.",
        solution = "Delete unnecessary applications from the Dock.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    NumberOfApplicationsInDockReachesMaximum,
    /// Specified Application Already in Dock (9201014).
    ///
    /// This error code is reported when an enterprise device administrator fails to add an application to the Dock.
    #[code(
        9201014,
        title = "Specified Application Already in Dock",
        message = "The application is already in the Dock.",
        description = "This error code is reported when an enterprise device administrator fails to add an application to the Dock.",
        cause = "The specified application has already in the Dock.",
        solution = "Remove the specified application from the Dock and add it to the specified location in the Dock again."
    )]
    SpecifiedApplicationAlreadyInDock,
    /// Specified Application Not Installed (9201015).
    ///
    /// This error code is reported when the policy of an application needs to be delivered but the application has not been installed.
    #[code(
        9201015,
        title = "Specified Application Not Installed",
        message = "The application is not installed.",
        description = "This error code is reported when the policy of an application needs to be delivered but the application has not been installed.",
        cause = "The specified application has not been installed yet.",
        solution = "Install the specified application and try again."
    )]
    SpecifiedApplicationNotInstalled,
    /// Specified Application Not in Dock (9201016).
    ///
    /// This error code is reported when an enterprise device administrator removes an application from the Dock.
    #[code(
        9201016,
        title = "Specified Application Not in Dock",
        message = "The application has not been added to the Dock.",
        description = "This error code is reported when an enterprise device administrator removes an application from the Dock.",
        cause = "The application to be removed is not in the Dock.",
        solution = "Ensure that the package name of the application to be removed from the Dock is correct."
    )]
    SpecifiedApplicationNotInDock,
    /// Specified Application Inoperable (9201018).
    ///
    /// This error code is reported when an enterprise device administrator fails to add an application to the Dock.
    #[code(
        9201018,
        title = "Specified Application Inoperable",
        message = "The application is inoperable.",
        description = "This error code is reported when an enterprise device administrator fails to add an application to the Dock.",
        cause = "The specified application, such as Application Center, Task Center, Files, Recycle Bin, or an application without an icon, is inoperable.",
        solution = "The specified application cannot be added to the Dock. Add another application."
    )]
    SpecifiedApplicationInoperable,
    /// Specified Location Inoperable (9201019).
    ///
    /// This error code is reported when an enterprise device administrator fails to add an application to the Dock.
    #[code(
        9201019,
        title = "Specified Location Inoperable",
        message = "The location is inoperable.",
        description = "This error code is reported when an enterprise device administrator fails to add an application to the Dock.",
        cause = "If the application in position 0 or 1 in the Dock is Application Center or Task Center, the application at that location cannot be changed.",
        solution = "Add the application to another location."
    )]
    SpecifiedLocationInoperable,
}
