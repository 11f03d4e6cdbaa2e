// UIExtension Error Codes: the catalog `UIExtensionError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// UIExtension Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "UIExtension",
    title = "UIExtension Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @dutie123-->\n<!--Designer: @lmleon-->\n<!--Tester: @fredyuan0912-->\n<!--Adviser: @ge-yafang-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/uiextension.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "UIExtension错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @dutie123-->\n<!--Designer: @dutie123-->\n<!--Tester: @fredyuan0912-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
)]
pub enum UIExtensionError {
    /// Ability Startup Failure (1011).
    ///
    /// This error code is reported when the UIExtension ability fails to start.
    #[code(
        1011,
        title = "Ability Startup Failure",
        message = "Failed to start the UIExtension ability.",
        description = "This error code is reported when the UIExtension ability fails to start.",
        cause = "The configuration of the **Want** parameter is incorrect.",
        cause = "There is a type mismatch.",
        cause = "The provider application is not installed.",
        solution = "Verify the configuration of the **Want** parameter and the types, and ensure the application is installed."
    )]
    #[translation(
        "zh-CN",
        title = "扩展Ability启动失败",
        description = "扩展Ability启动失败。",
        cause = "Want参数配置错误；",
        cause = "type类型不一致，具体请参考EmbeddedComponent组件[接口](arkui-ts/ts-container-embedded-component.md#接口)；",
        cause = "提供方应用未安装。",
        solution = "检查Want参数配置、type类型是否一致、应用是否安装等。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    AbilityStartupFailure,
    /// Failed to Switch the Ability to the Background (1012).
    ///
    /// This error code is reported when the UIExtension ability fails to be moved to the background.
    #[code(
        1012,
        title = "Failed to Switch the Ability to the Background",
        message = "Failed to switch the UIExtension ability to the background.",
        description = "This error code is reported when the UIExtension ability fails to be moved to the background.",
        cause = "Specific analysis is required based on AMS logs.",
        solution = "Analyze the AMS logs to troubleshoot."
    )]
    #[translation(
        "zh-CN",
        title = "扩展Ability切后台失败",
        description = "扩展Ability切后台失败。",
        cause = "扩展Ability切后台失败，可能原因包括但不限于：",
        cause = "Ability生命周期状态异常；",
        cause = "系统资源不足。",
        solution = "根据AMS（Ability Manager Service）日志进行分析。"
    )]
    FailedToSwitchAbilityToBackground,
    /// Ability Termination Failure (1013).
    ///
    /// This error code is reported when the UIExtension ability fails to be terminated.
    #[code(
        1013,
        title = "Ability Termination Failure",
        message = "Failed to destroy the UIExtension ability.",
        description = "This error code is reported when the UIExtension ability fails to be terminated.",
        cause = "Specific analysis is required based on AMS logs.",
        solution = "Analyze the AMS logs to troubleshoot."
    )]
    #[translation(
        "zh-CN",
        title = "扩展Ability销毁失败",
        description = "扩展Ability销毁失败。",
        cause = "扩展Ability销毁失败，可能原因包括但不限于：",
        cause = "Ability生命周期回调执行异常；",
        cause = "资源释放过程中发生错误。",
        solution = "根据AMS（Ability Manager Service）日志进行分析。"
    )]
    AbilityTerminationFailure,
    /// No Synchronous Callback Registered (100011).
    ///
    /// This error code is reported when the UIExtension ability has not registered a synchronous callback.
    #[code(
        100011,
        title = "No Synchronous Callback Registered",
        message = "No callback has been registered to respond to this request.",
        description = "This error code is reported when the UIExtension ability has not registered a synchronous callback.",
        cause = "The component using the ability calls the **sendSync** API to send data to the launched ability before the ability registers a synchronous callback listener.",
        solution = "Register a synchronous callback listener in the UIExtension ability.",
        solution = "Calls the **sendSync** API from the component using the ability to send data to the launched ability."
    )]
    #[translation(
        "zh-CN",
        title = "未注册同步回调",
        description = "扩展Ability未注册同步回调。",
        cause = "组件使用方调用sendSync接口向被拉起的Ability发送数据前，扩展Ability未注册同步回调监听。",
        solution = "在扩展Ability中注册同步回调监听；",
        solution = "组件使用方需调用sendSync接口向被拉起的Ability发送数据。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    NoSynchronousCallbackRegistered,
    /// Data Transfer Failure (100012).
    ///
    /// This error code is reported when the data transfer fails.
    #[code(
        100012,
        title = "Data Transfer Failure",
        message = "Transferring data failed.",
        description = "This error code is reported when the data transfer fails.",
        cause = "Specific analysis is required based on AMS logs.",
        solution = "Analyze the AMS logs to troubleshoot."
    )]
    #[translation(
        "zh-CN",
        title = "数据发送失败",
        description = "数据发送失败。",
        cause = "数据发送失败，可能原因包括但不限于：",
        cause = "发送的数据量超过限制；",
        cause = "数据序列化失败；",
        cause = "跨进程通信通道异常。若仍无法定位，需根据AMS（Ability Manager Service）日志具体分析。",
        solution = "检查发送的数据量是否超过限制、待发送的数据是否可序列化；若仍无法定位，根据AMS（Ability Manager Service）日志进行分析。"
    )]
    DataTransferFailure,
    /// Nesting Not Allowed (100013).
    ///
    /// This error code is reported when illegal nesting of UIExtension components is detected.
    #[code(
        100013,
        title = "Nesting Not Allowed",
        message = "Cascading UIExtension components is not allowed.",
        description = "This error code is reported when illegal nesting of UIExtension components is detected.",
        cause = "There might be nesting between UIExtension components.",
        solution = "Review UIExtension component specifications and avoid component nesting in special scenarios."
    )]
    #[translation(
        "zh-CN",
        title = "禁止嵌套",
        description = "UIExtension组件不允许嵌套使用；在特定页面布局或组件复用等场景下可能意外出现UIExtension组件间嵌套，此时会触发此错误码。",
        cause = "可能存在UIExtension组件间嵌套。",
        solution = "请确认UIExtension组件规格，避免在组件复用、条件渲染、动态加载等场景下产生意外嵌套。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    NestingNotAllowed,
    /// Ability Exit Error (100014).
    ///
    /// This error code is reported when the UIExtension ability exits abnormally.
    #[code(
        100014,
        title = "Ability Exit Error",
        message = "The UIExtension ability exited unexpectedly.",
        description = "This error code is reported when the UIExtension ability exits abnormally.",
        cause = "Specific analysis is required based on AMS logs.",
        solution = "Analyze the AMS logs to troubleshoot."
    )]
    #[translation(
        "zh-CN",
        title = "扩展Ability退出异常",
        description = "扩展Ability退出异常。",
        cause = "扩展Ability退出异常，可能原因包括但不限于：",
        cause = "Ability生命周期回调执行异常导致非正常退出；",
        cause = "资源释放过程中发生未捕获异常。若仍无法定位，需根据AMS（Ability Manager Service）日志具体分析。",
        solution = "根据AMS（Ability Manager Service）日志进行分析。"
    )]
    AbilityExitError,
    /// Lifecycle Timeout (100015).
    ///
    /// This error code is reported when the lifecycle of the UIExtension ability times out.
    #[code(
        100015,
        title = "Lifecycle Timeout",
        message = "The lifecycle of the UIExtension ability has timed out.",
        description = "This error code is reported when the lifecycle of the UIExtension ability times out.",
        cause = "Specific analysis is required based on AMS logs.",
        solution = "Analyze the AMS logs to troubleshoot."
    )]
    #[translation(
        "zh-CN",
        title = "生命周期超时",
        description = "扩展Ability生命周期超时。",
        cause = "扩展Ability生命周期超时，可能原因包括但不限于：",
        cause = "生命周期回调中执行了耗时操作导致超时；",
        cause = "主线程阻塞导致生命周期回调无法及时执行。若仍无法定位，需根据AMS（Ability Manager Service）日志具体分析。",
        solution = "根据AMS（Ability Manager Service）日志进行分析。"
    )]
    LifecycleTimeout,
    /// Key Event Processing Timeout (100016).
    ///
    /// This error code is reported when the UIExtension ability takes too long to process a key event.
    #[code(
        100016,
        title = "Key Event Processing Timeout",
        message = "Key event processing by the UIExtension ability has timed out.",
        description = "This error code is reported when the UIExtension ability takes too long to process a key event.",
        cause = "Specific analysis is required based on AMS logs.",
        solution = "Analyze the AMS logs to troubleshoot."
    )]
    #[translation(
        "zh-CN",
        title = "Key事件处理超时",
        description = "扩展Ability处理Key事件超时。",
        cause = "扩展Ability处理Key事件超时，可能原因包括但不限于：",
        cause = "Key事件处理回调中执行了耗时操作导致超时；",
        cause = "主线程阻塞导致事件处理无法及时完成。若仍无法定位，需根据AMS（Ability Manager Service）日志具体分析。",
        solution = "根据AMS（Ability Manager Service）日志进行分析。"
    )]
    KeyEventProcessingTimeout,
    /// Ability Startup Failure (with the onTerminated Callback) (100018).
    ///
    /// This error code is reported when the UIExtension ability fails to start in a scenario where the **onTerminated** callback is set.
    #[code(
        100018,
        title = "Ability Startup Failure (with the onTerminated Callback)",
        message = "Failed to start the UIExtension ability.",
        description = "This error code is reported when the UIExtension ability fails to start in a scenario where the **onTerminated** callback is set.",
        cause = "The configuration of the **Want** parameter is incorrect.",
        cause = "There is a type mismatch. For details, see [EmbeddedComponent](arkui-ts/ts-container-embedded-component.md#apis).",
        cause = "The provider application is not installed.",
        cause = "The device type is not supported.",
        solution = "Check the **Want** parameter configuration. Make sure the application is installed, and the current device supports the required features."
    )]
    #[translation(
        "zh-CN",
        title = "扩展Ability启动失败",
        message = "Start UIExtensionAbility failed, please check the want of UIExtensionAbility.",
        description = "设置onTerminated回调场景下，扩展Ability启动失败，请检查扩展Ability的Want参数。",
        cause = "Want参数配置错误；",
        cause = "type类型不一致，具体请参考EmbeddedComponent组件[接口](arkui-ts/ts-container-embedded-component.md#接口)；",
        cause = "提供方应用未安装；",
        cause = "设备类型不支持。",
        solution = "检查Want参数配置、应用是否安装、当前能力是否支持此设备类型等。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    AbilityStartupFailureWithOnTerminatedCallback,
    /// Failed to Switch the Ability to the Background (with the onTerminated Callback) (100019).
    ///
    /// This error code is reported when the UIExtension ability fails to be moved to the background in a scenario where the **onTerminated** callback is set.
    #[code(
        100019,
        title = "Failed to Switch the Ability to the Background (with the onTerminated Callback)",
        message = "Failed to switch the UIExtension ability to the background.",
        description = "This error code is reported when the UIExtension ability fails to be moved to the background in a scenario where the **onTerminated** callback is set.",
        cause = "Specific analysis is required based on AMS logs.",
        solution = "Analyze the AMS logs to troubleshoot."
    )]
    #[translation(
        "zh-CN",
        title = "扩展Ability切后台失败",
        message = "background ui extension ability failed, please check AMS log.",
        description = "设置onTerminated回调场景下，扩展Ability切后台失败，请根据AMS（Ability Manager Service）日志进行排查。",
        cause = "扩展Ability切后台失败，可能原因包括但不限于：",
        cause = "Ability生命周期状态异常；",
        cause = "系统资源不足。",
        solution = "根据AMS（Ability Manager Service）日志进行分析。"
    )]
    FailedToSwitchAbilityToBackgroundWithOnTerminatedCallback,
    /// Ability Termination Failure (with the onTerminated Callback) (100020).
    ///
    /// This error code is reported when the UIExtension ability fails to be terminated in a scenario where the **onTerminated** callback is set.
    #[code(
        100020,
        title = "Ability Termination Failure (with the onTerminated Callback)",
        message = "Failed to destroy the UIExtension ability.",
        description = "This error code is reported when the UIExtension ability fails to be terminated in a scenario where the **onTerminated** callback is set.",
        cause = "Specific analysis is required based on AMS logs.",
        solution = "Analyze the AMS logs to troubleshoot."
    )]
    #[translation(
        "zh-CN",
        title = "扩展Ability销毁失败",
        message = "terminate ui extension ability failed, please check AMS log.",
        description = "设置onTerminated回调场景下，扩展Ability销毁失败，请根据AMS（Ability Manager Service）日志进行排查。",
        cause = "扩展Ability销毁失败，可能原因包括但不限于：",
        cause = "Ability生命周期回调执行异常；",
        cause = "资源释放过程中发生错误。",
        solution = "根据AMS（Ability Manager Service）日志进行分析。"
    )]
    AbilityTerminationFailureWithOnTerminatedCallback,
    /// Transparent Node Detected (100021).
    ///
    /// This error code is reported when a transparent node is detected in the UIExtension ability.
    #[code(
        100021,
        title = "Transparent Node Detected",
        message = "Transparent node is detected in the UIExtension ability.",
        description = "This error code is reported when a transparent node is detected in the UIExtension ability.",
        cause = "A transparent node is detected in the UIExtension ability, which may cause blocking.",
        solution = "Identify and terminate transparent nodes."
    )]
    #[translation(
        "zh-CN",
        title = "透明节点检测",
        description = "扩展Ability存在透明节点。",
        cause = "组件或其父组件透明度被设置为0、使用了透明样式或透明背景等，导致扩展Ability中生成透明节点。",
        solution = "移除透明节点，或调整组件透明度设置，避免阻塞事件。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    TransparentNodeDetected,
}
