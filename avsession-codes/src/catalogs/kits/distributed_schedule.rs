// Distributed Scheduler Error Codes: the catalog `DistributedSchedulerError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Distributed Scheduler Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Distributed Scheduler",
    title = "Distributed Scheduler Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n<!--Kit: Ability Kit-->\n<!--Subsystem: DistributedSched-->\n<!--Owner: @hobbycao-->\n<!--Designer: @gsxiaowen-->\n<!--Tester: @hanjiawei-->\n<!--Adviser: @w_Machine_cc-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/distributed_schedule.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "DistributedSchedule错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: Ability Kit-->\n<!--Subsystem: DistributedSched-->\n<!--Owner: @hobbycao-->\n<!--Designer: @gsxiaowen-->\n<!--Tester: @hanjiawei-->\n<!--Adviser: @w_Machine_cc-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n"
)]
pub enum DistributedSchedulerError {
    /// The system ability works abnormally. (16600001).
    ///
    /// This error code is reported when the system ability is abnormal.
    #[code(
        16600001,
        title = "The system ability works abnormally.",
        message = "The system ability works abnormally.",
        description = "This error code is reported when the system ability is abnormal.",
        cause = "The possible causes are as follows:",
        cause = "The DMS service is not started.",
        cause = "The binder object of DMS is not obtained.",
        cause = "Other services on which ability continuation depends are not started or the binder object is not obtained.",
        solution = "Try again later or restart the device.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n{causes:tight}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "系统服务工作异常",
        description = "当系统服务工作异常时，会报此错误码。",
        cause = "该错误码表示系统服务工作异常，可能原因如下。",
        cause = "DMS服务没有正常启动。",
        cause = "DMS的binder对象无法正常获取。",
        cause = "流转依赖的其他服务没有正常启动或者binder对象无法获取。",
        solution = "系统服务内部工作异常，请稍后重试，或者重启设备尝试。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    SystemAbilityWorksAbnormally,
    /// The specified token or callback is not registered. (16600002).
    ///
    /// This error code is reported if the token or callback used in an API of **continuationManager** is not registered when the API is called.
    #[code(
        16600002,
        title = "The specified token or callback is not registered.",
        message = "The specified token or callback is not registered.",
        description = "This error code is reported if the token or callback used in an API of **continuationManager** is not registered when the API is called.",
        cause = "The specified token or callback is not registered.",
        solution = "Register the token or callback before calling the API."
    )]
    #[translation(
        "zh-CN",
        title = "指定的token或callback未注册",
        description = "当调用continuationManager相关的接口时传入的token或callback未提前注册，会报此错误码。",
        cause = "该错误码可能原因是指定的token或callback未注册。",
        solution = "请先注册token或callback。"
    )]
    SpecifiedTokenOrCallbackIsNotRegistered,
    /// The number of token registration times has reached the upper limit. (16600003).
    ///
    /// This error code is reported when the number of times that the **continuationManager.registerContinuation** API is called has reached the upper limit (600).
    #[code(
        16600003,
        title = "The number of token registration times has reached the upper limit.",
        message = "The number of token registration times has reached the upper limit.",
        description = "This error code is reported when the number of times that the **continuationManager.registerContinuation** API is called has reached the upper limit (600).",
        cause = "The number of token registration times has reached the upper limit.",
        solution = "Use a registered token. Do not register the token too frequently."
    )]
    #[translation(
        "zh-CN",
        title = "应用注册token已达到最大次数限制",
        description = "当调用continuationManager.registerContinuation接口时次数过多超出限制（最大值为600），会报此错误码。",
        cause = "该错误码可能原因是应用注册token已达到最大次数限制。",
        solution = "请勿频繁注册，请使用已注册的token。"
    )]
    NumberOfTokenRegistrationTimesHasReachedUpperLimit,
    /// The specified callback has been registered. (16600004).
    ///
    /// This error code is reported when the **continuationManager.on** API is called with a callback the same as a previous one.
    #[code(
        16600004,
        title = "The specified callback has been registered.",
        message = "The specified callback has been registered.",
        description = "This error code is reported when the **continuationManager.on** API is called with a callback the same as a previous one.",
        cause = "The same callback is used for repeated registration.",
        solution = "Use a different callback for registration."
    )]
    #[translation(
        "zh-CN",
        title = "指定的callback已注册",
        description = "当使用相同的callback调用continuationManager的on接口时，会报此错误码。",
        cause = "该错误码表示指定的callback已注册，可能原因是使用相同的callback重复注册。",
        solution = "请勿使用相同的callback重复注册。"
    )]
    SpecifiedCallbackHasBeenRegistered,
    /// The system ability works abnormally. (16300501).
    ///
    /// This error code is reported when the system ability is abnormal.
    #[code(
        16300501,
        title = "The system ability works abnormally.",
        message = "The system ability works abnormally.",
        description = "This error code is reported when the system ability is abnormal.",
        cause = "The possible causes are as follows:",
        cause = "The DMS service is not started.",
        cause = "The binder object of DMS is not obtained.",
        cause = "Other services on which ability continuation depends are not started or the binder object is not obtained.",
        solution = "Try again later or restart the device.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n{causes:tight}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "系统服务工作异常",
        description = "当系统服务工作异常时，会报此错误码。",
        cause = "该错误码表示系统服务工作异常，可能原因如下。",
        cause = "DMS服务没有正常启动。",
        cause = "DMS的binder对象无法正常获取。",
        cause = "流转依赖的其他服务没有正常启动或者binder对象无法获取。",
        solution = "系统服务内部工作异常，请稍后重试，或者重启设备尝试。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    SystemAbilityWorksAbnormally16300501,
    /// Failed to get the missionInfo of the specified missionId. (16300502).
    ///
    /// This error code is reported when calling the **distributedMissionManager.continueMission** API fails.
    #[code(
        16300502,
        title = "Failed to get the missionInfo of the specified missionId.",
        message = "Failed to get the missionInfo of the specified missionId.",
        description = "This error code is reported when calling the **distributedMissionManager.continueMission** API fails.",
        cause = "The possible causes are as follows:",
        cause = "An incorrect mission ID is passed in.",
        cause = "The mission information corresponding to the mission ID does not exist.",
        solution = "Verify the mission ID.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n{causes:tight}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "获取指定的missionId的missionInfo失败",
        description = "当调用distributedMissionManager.continueMission接口获取指定missionId的missionInfo失败时，会报此错误码。",
        cause = "该错误码表示获取指定的missionId的missionInfo失败，可能原因如下。",
        cause = "missionId输入错误。",
        cause = "missionId对应的missionInfo确实不存在。",
        solution = "请检查输入的missionId是否正确。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    FailedToGetMissionInfoOfSpecifiedMissionId,
    /// The application is not installed on the remote end and installation-free is not supported. (16300503).
    ///
    /// This error code is reported if the application is not installed on the remote end and the installation-free feature is not supported when the **distributedMissionManager.continueMission** API is called.
    #[code(
        16300503,
        title = "The application is not installed on the remote end and installation-free is not supported.",
        message = "The application is not installed on the remote end and installation-free is not supported.",
        description = "This error code is reported if the application is not installed on the remote end and the installation-free feature is not supported when the **distributedMissionManager.continueMission** API is called.",
        cause = "The application to continue is not installed on the remote end, and the installation-free feature is not supported.",
        solution = "Check whether the application has been installed on the remote end.",
        solution = "Check whether the remote end supports installation-free."
    )]
    #[translation(
        "zh-CN",
        title = "远端未安装应用且不支持免安装",
        description = "当调用distributedMissionManager.continueMission接口使用迁移功能时，若远端未安装应用且不支持免安装，会报此错误码。",
        cause = "该错误码可能原因是远端未安装迁移应用并且不支持免安装。",
        solution = "请检查远端是否已安装需要迁移的应用。",
        solution = "请检查远端是否支持免安装。"
    )]
    ApplicationIsNotInstalledOnRemoteEndAndInstallationFreeIsNotSupported,
    /// The application is not installed on the remote end and installation-free is supported. Try again with the freeInstall flag. (16300504).
    ///
    /// This error code is reported if the application is not installed on the remote end and installation-free is supported when the **distributedMissionManager.continueMission** API is called.
    #[code(
        16300504,
        title = "The application is not installed on the remote end and installation-free is supported. Try again with the freeInstall flag.",
        message = "The application is not installed on the remote end and installation-free is supported. Try again with the freeInstall flag.",
        description = "This error code is reported if the application is not installed on the remote end and installation-free is supported when the **distributedMissionManager.continueMission** API is called.",
        cause = "The application to continue is not installed on the remote end, and installation-free is supported. However, the **freeInstall** flag is not carried.",
        solution = "Try again with the **freeInstall** flag."
    )]
    #[translation(
        "zh-CN",
        title = "远端未安装应用但支持免安装，需使用免安装标识重试",
        description = "当调用distributedMissionManager.continueMission接口使用迁移功能时，若远端未安装应用但支持免安装，会报此错误码。",
        cause = "该错误码可能原因是远端未安装应用但支持免安装，使用时未使用免安装的标识。",
        solution = "请使用免安装的标识重试。"
    )]
    ApplicationIsNotInstalledOnRemoteEndAndInstallationFreeIsSupportedTryAgainWithFreeInstallFlag,
    /// The operation device must be the device where the application to be continued is currently located or the target device. (16300505).
    ///
    /// This error code is reported if the operation device is not the device where the application to be continued is currently located (source device) or the target device when the **distributedMissionManager.continueMission** API is called.
    #[code(
        16300505,
        title = "The operation device must be the device where the application to be continued is currently located or the target device.",
        message = "The operation device must be the device where the application to be continued is currently located or the target device.",
        description = "This error code is reported if the operation device is not the device where the application to be continued is currently located (source device) or the target device when the **distributedMissionManager.continueMission** API is called.",
        cause = "The operation device is not the source or target device.",
        solution = "Use the source or target device for the operation."
    )]
    #[translation(
        "zh-CN",
        title = "操作设备必须是迁移的应用所在的设备或需迁移到的目标设备",
        description = "当调用distributedMissionManager.continueMission接口使用迁移功能时，若操作设备不是迁移的应用所在的设备或需迁移到的目标设备，会报此错误码。",
        cause = "该错误码可能原因是操作设备不是迁移的应用所在的设备或需迁移到的目标设备。",
        solution = "请检查操作设备是否是迁移的应用所在的设备或需迁移到的目标设备。"
    )]
    OperationDeviceMustBeDeviceWhereApplicationToBeContinuedIsCurrentlyLocatedOrTargetDevice,
    /// The local continuation task is already in progress. (16300506).
    ///
    /// This error code is reported if the local continuation task is in progress when the **distributedMissionManager.continueMission** API is called.
    #[code(
        16300506,
        title = "The local continuation task is already in progress.",
        message = "The local continuation task is already in progress.",
        description = "This error code is reported if the local continuation task is in progress when the **distributedMissionManager.continueMission** API is called.",
        cause = "The continuation task has been initiated and is not complete yet.",
        solution = "Wait until the continuation task is complete."
    )]
    #[translation(
        "zh-CN",
        title = "本地迁移任务已在进行中",
        description = "当调用distributedMissionManager.continueMission接口使用迁移功能时，若本地迁移任务已在进行中，会报此错误码。",
        cause = "该错误码表示本地迁移任务已在进行中，可能原因是已经发起了迁移任务还未结束。",
        solution = "请检查是否已经发起了迁移并未结束。"
    )]
    LocalContinuationTaskIsAlreadyInProgress,
    /// Failed to get the missionInfo of the specified bundleName. (16300507).
    ///
    /// This error code is reported when calling the **distributedMissionManager.continueMission** API with **bundleName** specified fails.
    #[code(
        16300507,
        title = "Failed to get the missionInfo of the specified bundleName.",
        message = "Failed to get the missionInfo of the specified bundle name.",
        description = "This error code is reported when calling the **distributedMissionManager.continueMission** API with **bundleName** specified fails.",
        cause = "The possible causes are as follows:",
        cause = "An incorrect bundle name is passed in.",
        cause = "The mission information corresponding to the bundle name does not exist.",
        solution = "Verify the bundle name.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n{causes:tight}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "获取指定的bundleName的missionInfo失败",
        description = "当调用distributedMissionManager.continueMission接口获取指定bundleName的missionInfo失败时，会报此错误码。",
        cause = "该错误码表示获取指定的bundleName的missionInfo失败，可能原因如下。",
        cause = "bundleName输入错误。",
        cause = "bundleName对应的missionInfo确实不存在。",
        solution = "请检查输入的bundleName是否正确。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    FailedToGetMissionInfoOfSpecifiedBundleName,
    /// The number of registrations has reached the upper limit. (29360207).
    ///
    /// This error code is reported when the number of times that the **continuationManager.register** API is called exceeds the upper limit.
    #[code(
        29360207,
        title = "The number of registrations has reached the upper limit.",
        message = "The number of registrations has reached the upper limit.",
        description = "This error code is reported when the number of times that the **continuationManager.register** API is called exceeds the upper limit.",
        cause = "The number of device registration times has reached the upper limit.",
        solution = "Restart the service and avoid frequent registration."
    )]
    #[translation(
        "zh-CN",
        title = "注册超出最大次数",
        description = "当调用continuationManager.register接口时次数过多超出限制，会报此错误码。",
        cause = "该错误码可能原因是设备频繁注册，次数超出最大次数限制。",
        solution = "重启服务并且避免频繁注册。"
    )]
    NumberOfRegistrationsHasReachedUpperLimit,
    /// The token is not registered. (29360208).
    ///
    /// This error code is reported when an API of **continuationManager** is called with an unregistered token.
    #[code(
        29360208,
        title = "The token is not registered.",
        message = "The token is not registered.",
        description = "This error code is reported when an API of **continuationManager** is called with an unregistered token.",
        cause = "The token is not registered.",
        solution = "Register a token and use it in the API."
    )]
    #[translation(
        "zh-CN",
        title = "token未注册",
        description = "当调用continuationManager相关接口时使用未注册的token，会报此错误码。",
        cause = "该错误码可能原因是未注册token。",
        solution = "注册token并使用已注册的token。"
    )]
    TokenIsNotRegistered,
    /// The callback has been registered. (29360209).
    ///
    /// This error code is reported when the **continuationManager.on** API is called with a callback the same as a previous one.
    #[code(
        29360209,
        title = "The callback has been registered.",
        message = "The callback has been registered.",
        description = "This error code is reported when the **continuationManager.on** API is called with a callback the same as a previous one.",
        cause = "The specified callback has been registered.",
        solution = "Use a different callback for registration."
    )]
    #[translation(
        "zh-CN",
        title = "callback已注册",
        description = "当使用相同的callback重复调用continuationManager.on接口时，会报此错误码。",
        cause = "该错误码能原因是指定的callback已经注册过。",
        solution = "请勿使用相同的callback重复注册。"
    )]
    CallbackHasBeenRegistered,
    /// The callback is not registered. (29360210).
    ///
    /// This error code is reported when the **off**, **updateConnectStatus**, or **startDeviceManager** API of **continuationManager** is called with a callback that has been not registered by calling **on**.
    #[code(
        29360210,
        title = "The callback is not registered.",
        message = "The callback is not registered.",
        description = "This error code is reported when the **off**, **updateConnectStatus**, or **startDeviceManager** API of **continuationManager** is called with a callback that has been not registered by calling **on**.",
        cause = "The specified callback is not registered.",
        solution = "Register a callback and use it in the API."
    )]
    #[translation(
        "zh-CN",
        title = "callback未注册",
        description = "当调用continuationManager的off、updateConnectStatus和startDeviceManager等接口时，若未提前调用on接口注册callback，会报此错误码。",
        cause = "该错误码可能原因是指定的callback未注册。",
        solution = "注册callback并使用已注册的callback。"
    )]
    CallbackIsNotRegistered,
    /// Failed to connect to the ability. (29360211).
    ///
    /// This error code is reported if connection to the specified ability fails when the **startDeviceManager** API of **continuationManager** is called.
    #[code(
        29360211,
        title = "Failed to connect to the ability.",
        message = "Failed to connect to the ability.",
        description = "This error code is reported if connection to the specified ability fails when the **startDeviceManager** API of **continuationManager** is called.",
        cause = "The specified token is invalid or the target ability is not working properly.",
        solution = "Check whether the token is valid and whether the corresponding ability is normal. Restart the service or device when needed."
    )]
    #[translation(
        "zh-CN",
        title = "连接ability失败",
        description = "当调用continuationManager的startDeviceManager接口时，若连接相应Ability失败时，会报此错误码。",
        cause = "该错误码可能原因是指定token连接ability失败。",
        solution = "检查token是否有效以及相应ability是否正常服务，重新启动服务或重启设备。"
    )]
    FailedToConnectToAbility,
    /// The type of callback is not supported. (29360214).
    ///
    /// This error code is reported when the **callback** parameter in the **on** or **off** API of **continuationManager** is set to an incorrect type.
    #[code(
        29360214,
        title = "The type of callback is not supported.",
        message = "The type of callback is not supported.",
        description = "This error code is reported when the **callback** parameter in the **on** or **off** API of **continuationManager** is set to an incorrect type.",
        cause = "The callback type is not supported.",
        solution = "Pass a supported type for the **callback** parameter."
    )]
    #[translation(
        "zh-CN",
        title = "callback类型错误",
        description = "当调用continuationManager的on和off接口时，若参数callback类型错误时，会报此错误码。",
        cause = "该错误码表示callback类型错误，可能原因是不支持传入的callback类型。",
        solution = "请使用系统支持的callback类型并传入。"
    )]
    TypeOfCallbackIsNotSupported,
    /// Invalid connection state. (29360215).
    ///
    /// This error code is reported when the **status** parameter in the **updateConnectStatus** API of **continuationManager** is invalid.
    #[code(
        29360215,
        title = "Invalid connection state.",
        message = "Invalid connection state.",
        description = "This error code is reported when the **status** parameter in the **updateConnectStatus** API of **continuationManager** is invalid.",
        cause = "The **status** parameter is invalid.",
        solution = "Use a valid value for the **status** parameter."
    )]
    #[translation(
        "zh-CN",
        title = "无效的连接状态",
        description = "当调用continuationManager的updateConnectStatus接口时，若参数status为无效值时，会报此错误码。",
        cause = "该错误码表示无效的连接状态，可能原因是入参DeviceConnectState为非指定值。",
        solution = "设置指定合法的DeviceConnectState值。"
    )]
    InvalidConnectionState,
    /// Invalid continuation mode. (29360216).
    ///
    /// This error code is reported when the **ContinuationExtraParams.continuationMode** parameter in the **register** or **startDeviceManager** API of **continuationManager** is invalid.
    #[code(
        29360216,
        title = "Invalid continuation mode.",
        message = "Invalid continuation mode.",
        description = "This error code is reported when the **ContinuationExtraParams.continuationMode** parameter in the **register** or **startDeviceManager** API of **continuationManager** is invalid.",
        cause = "The **ContinuationExtraParams.continuationMode** parameter is invalid.",
        solution = "Use a valid value for the **ContinuationExtraParams.continuationMode** parameter."
    )]
    #[translation(
        "zh-CN",
        title = "无效的流转模式",
        description = "当调用continuationManager的register和startDeviceManager接口时，若参数ContinuationExtraParams.continuationMode为无效值时，会报此错误码。",
        cause = "该错误码可能原因是入参ContinuationExtraParams.continuationMode为非指定值。",
        solution = "设置指定合法的ContinuationExtraParams.continuationMode值。"
    )]
    InvalidContinuationMode,
}
