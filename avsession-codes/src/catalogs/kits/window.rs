// Window Error Codes: the catalog `WindowError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Window Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Window",
    title = "Window Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: Window-->\n<!--Owner: @fei_1007-->\n<!--Designer: @gcw_sPCsris4-->\n<!--Tester: @qinliwen0417-->\n<!--Adviser: @ge-yafang-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{causes:tight}\n\n**Solution**<br>\n{solutions:tight}\n",
    lock = "locks/window.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "窗口错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: Window-->\n<!--Owner: @waterwin-->\n<!--Designer: @nyankomiya-->\n<!--Tester: @qinliwen0417-->\n<!--Adviser: @ge-yafang-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n**错误信息**<br>\n{message}\n\n**错误描述**<br>\n{description}\n\n**可能原因**<br>\n{causes:nospace,tight}\n\n**处理步骤**<br>\n{solutions:nospace,tight}\n"
)]
pub enum WindowError {
    /// Repeated Operation (1300001).
    ///
    /// This error code is reported when a repeated operation is performed.
    #[code(
        1300001,
        title = "Repeated Operation",
        message = "Repeated operation.",
        description = "This error code is reported when a repeated operation is performed.",
        cause = "The window has been created.<br>",
        cause = "The window is in the current state.",
        solution = "Before creating a window, check whether the window has been created or is in the current state."
    )]
    #[translation(
        "zh-CN",
        title = "重复操作",
        description = "当进行某些重复操作时，系统会报此错误码。",
        cause = "窗口已经被创建。<br>",
        cause = "窗口已经处于当前状态。",
        solution = "在创建窗口前，检查该窗口是否已经被创建或者是否已经处于当前状态。"
    )]
    RepeatedOperation,
    /// Abnormal Window State (1300002).
    ///
    /// C API: `WINDOW_MANAGER_ERRORCODE_STATE_ABNORMAL`.
    ///
    /// This error code is reported when you operate a window in an abnormal state, for example, a window that is not created yet or has been destroyed.
    #[code(
        1300002,
        title = "Abnormal Window State",
        message = "This window state is abnormal.",
        description = "This error code is reported when you operate a window in an abnormal state, for example, a window that is not created yet or has been destroyed.",
        cause = "The window to operate is not created or has been destroyed.",
        solution = "Operate the window that exists.",
        since = 15,
        constant = "WINDOW_MANAGER_ERRORCODE_STATE_ABNORMAL"
    )]
    #[translation(
        "zh-CN",
        title = "窗口状态异常",
        description = "当窗口状态异常，如未创建或已被销毁时，操作该窗口，会报此错误码。",
        cause = "操作窗口时，该窗口未创建或已被销毁。",
        solution = "在对窗口进行操作前，检查该窗口是否存在，确保其已创建且未被销毁，再进行相关操作。"
    )]
    AbnormalWindowState,
    /// Abnormal Window Manager Service (1300003).
    ///
    /// C API: `WINDOW_MANAGER_ERRORCODE_SYSTEM_ABNORMAL`.
    ///
    /// This error code is reported when the window manager service is abnormal.
    #[code(
        1300003,
        title = "Abnormal Window Manager Service",
        message = "This window manager service works abnormally.",
        description = "This error code is reported when the window manager service is abnormal.",
        cause = "The internal services of the window are not started normally.",
        solution = "Try again later or restart the device.",
        since = 15,
        constant = "WINDOW_MANAGER_ERRORCODE_SYSTEM_ABNORMAL"
    )]
    #[translation(
        "zh-CN",
        title = "系统服务工作异常",
        description = "当系统服务工作异常时，会报此错误码。",
        cause = "窗口内部服务没有正常启动。",
        solution = "系统服务内部工作异常，请稍候重试，或者重启设备尝试。"
    )]
    AbnormalWindowManagerService,
    /// Unauthorized Operation (1300004).
    ///
    /// This error code is reported when the API does not have the required permissions to operate an object.
    #[code(
        1300004,
        title = "Unauthorized Operation",
        message = "Unauthorized operation.",
        description = "This error code is reported when the API does not have the required permissions to operate an object.",
        cause = "The window object of another process is operated.<br>",
        cause = "The window type is not supported.",
        solution = "Ensure that you are interacting only with windows created within your own process. If you are referencing windows from other processes, remove those references or calls.<br>",
        solution = "Ensure that the related operations are consistent with the supported window type."
    )]
    #[translation(
        "zh-CN",
        title = "无权限操作",
        description = "当对无操作权限的对象进行操作时，会报此错误码。",
        cause = "操作了其它进程的窗口对象。<br>",
        cause = "不支持的窗口类型调用。",
        solution = "请检查是否非法操作了其它进程的窗口对象，若存在，请删除相关操作。<br>",
        solution = "请确保相关操作与其支持的窗口类型对应一致。"
    )]
    UnauthorizedOperation,
    /// Abnormal WindowStage (1300005).
    ///
    /// This error code is reported when you operate a WindowStage in the abnormal state, for example, a WindowStage that has been destroyed.
    #[code(
        1300005,
        title = "Abnormal WindowStage",
        message = "This window stage is abnormal.",
        description = "This error code is reported when you operate a WindowStage in the abnormal state, for example, a WindowStage that has been destroyed.",
        cause = "The WindowStage is not created or has been destroyed.",
        solution = "Before operating a WindowStage, check whether it exists."
    )]
    #[translation(
        "zh-CN",
        title = "WindowStage异常",
        description = "当WindowStage异常，如已被销毁时，操作该WindowStage，会报此错误码。",
        cause = "该WindowStage没有被创建或者已经被销毁。",
        solution = "在对WindowStage进行操作前，检查该WindowStage是否存在，若已被销毁，请释放该WindowStage下的窗口。"
    )]
    AbnormalWindowStage,
    /// Abnormal Window Context (1300006).
    ///
    /// This error code is reported when you operate a window context in the abnormal state, for example, a window context that has been destroyed.
    #[code(
        1300006,
        title = "Abnormal Window Context",
        message = "This window context is abnormal.",
        description = "This error code is reported when you operate a window context in the abnormal state, for example, a window context that has been destroyed.",
        cause = "The window context has been destroyed when being operated.",
        solution = "Before operating the window context, check whether it exists."
    )]
    #[translation(
        "zh-CN",
        title = "窗口上下文异常",
        description = "当窗口上下文异常，如已被销毁时，操作该窗口上下文，会报此错误码。",
        cause = "操作窗口上下文时，该窗口上下文已被销毁。",
        solution = "在对窗口上下文进行操作前，检查该窗口上下文是否存在，确保其未被销毁，再进行相关操作。"
    )]
    AbnormalWindowContext,
    /// Application Startup Failure by WindowExtensionAbility (1300007).
    ///
    /// This error code is reported when a WindowExtensionAbility fails to start an application.
    #[code(
        1300007,
        title = "Application Startup Failure by WindowExtensionAbility",
        message = "Failed to start the ability.",
        description = "This error code is reported when a WindowExtensionAbility fails to start an application.",
        cause = "Incorrect parameters are passed into the API used by the WindowExtensionAbility to start the application.",
        solution = "Pass in the correct parameters.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{causes}\n\n**Solution**<br>\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "WindowExtension拉起应用失败",
        description = "WindowExtension拉起应用失败。",
        cause = "WindowExtension拉起应用的参数异常。",
        solution = "检查WindowExtension参数是否被异常修改，确保其参数合法，再进行相关操作。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**<br>\n{message}\n\n**错误描述**<br>\n{description}\n\n**可能原因**<br>\n{causes}\n\n**处理步骤**<br>\n{solutions}\n<!--DelEnd-->\n"
    )]
    ApplicationStartupFailureByWindowExtensionAbility,
    /// Display Device Exception (1300008).
    ///
    /// This error code is reported when the display device is abnormal.
    #[code(
        1300008,
        title = "Display Device Exception",
        message = "The display device is abnormal.",
        description = "This error code is reported when the display device is abnormal.",
        cause = "The display device is not ready.<br>",
        cause = "The display device is removed.<br>",
        cause = "The display device is damaged.",
        solution = "Ensure that the display device is normal.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{causes:tight}\n\n**Solution**<br>\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "显示设备异常",
        description = "显示设备异常。",
        cause = "显示设备没有准备好。<br>",
        cause = "显示设备被移除。<br>",
        cause = "显示设备被损坏。",
        solution = "确保显示设备正常，再进行相关开发。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**<br>\n{message}\n\n**错误描述**<br>\n{description}\n\n**可能原因**<br>\n{causes:tight}\n\n**处理步骤**<br>\n{solutions}\n<!--DelEnd-->\n"
    )]
    DisplayDeviceException,
    /// Invalid Parent Window (1300009).
    ///
    /// This error code is reported when the parent window is invalid.
    #[code(
        1300009,
        title = "Invalid Parent Window",
        message = "The parent window is invalid.",
        description = "This error code is reported when the parent window is invalid.",
        cause = "No parent window is bound.<br>",
        cause = "The parent window bound is abnormal. For example, the parent window has been destroyed.",
        solution = "Ensure that the subwindow is bound to the parent window.<br>",
        solution = "Ensure that the status of the parent window is normal.",
        layout = "\n## {code} {title}\n\n**Error Message**<br>{message}\n\n**Description**<br>{description}\n\n**Possible Causes**<br>\n{causes:tight}\n\n**Solution**<br>\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "父窗口无效",
        description = "父窗口无效。",
        cause = "子窗口没有绑定父窗口。<br>",
        cause = "子窗口绑定的父窗口异常，如父窗口已被销毁等。",
        solution = "检查确保子窗口成功绑定父窗口。<br>",
        solution = "检查子窗口绑定的父窗口状态，确保父窗口状态正常。",
        layout = "\n## {code} {title}\n\n**错误信息**<br>{message}\n\n**错误描述**<br>{description}\n\n**可能原因**<br>\n{causes:tight}\n\n**处理步骤**<br>\n{solutions:tight}\n"
    )]
    InvalidParentWindow,
    /// Unsupported Operation in the Current Window Mode (1300010).
    ///
    /// This error code is reported when the operation is not supported in the current window mode.
    #[code(
        1300010,
        title = "Unsupported Operation in the Current Window Mode",
        message = "The operation in the current window status is invalid.",
        description = "This error code is reported when the operation is not supported in the current window mode.",
        cause = "Perform the move operation in the full-screen or split-screen window.<br>",
        cause = "Perform the resize operation in the full-screen or split-screen window.",
        solution = "Do not move the full-screen or split-screen window.<br>",
        solution = "Do not resize the full-screen or split-screen window.",
        layout = "\n## {code} {title}\n\n**Error Message**<br>{message}\n\n**Description**<br>{description}\n\n**Possible Causes**<br>\n{causes:tight}\n\n**Solution**<br>\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "当前窗口模式不支持该操作",
        description = "当前窗口模式不支持该操作。",
        cause = "对全屏或分屏窗口进行move操作。<br>",
        cause = "对全屏或分屏窗口进行resize操作。",
        solution = "不要对全屏或分屏窗口进行move操作。<br>",
        solution = "不要对全屏或分屏窗口进行resize操作。",
        layout = "\n## {code} {title}\n\n**错误信息**<br>{message}\n\n**错误描述**<br>{description}\n\n**可能原因**<br>\n{causes:tight}\n\n**处理步骤**<br>\n{solutions:tight}\n"
    )]
    UnsupportedOperationInCurrentWindowMode,
    /// Failure in Destroying a PiP Window (1300011).
    ///
    /// C API: `WINDOW_MANAGER_ERRORCODE_PIP_DESTROY_FAILED`.
    ///
    /// This error code is reported when destroying a PiP window fails.
    #[code(
        1300011,
        title = "Failure in Destroying a PiP Window",
        message = "Failed to destroy the PiP window.",
        description = "This error code is reported when destroying a PiP window fails.",
        cause = "The pointer to the PiP window is null.<br>",
        solution = "No action is required.",
        since = 20,
        constant = "WINDOW_MANAGER_ERRORCODE_PIP_DESTROY_FAILED",
        layout = "\n## {code} {title}\n\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{causes}\n\n**Solution**<br>\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "销毁画中画窗口失败",
        description = "销毁画中画窗口失败。",
        cause = "画中画窗口空指针。<br>",
        solution = "无需处理。",
        layout = "\n## {code} {title}\n\n**错误信息**<br>\n{message}\n\n**错误描述**<br>\n{description}\n\n**可能原因**<br>\n{causes}\n\n**处理步骤**<br>\n{solutions}\n"
    )]
    FailureInDestroyingPiPWindow,
    /// Abnormal PiP Window Status (1300012).
    ///
    /// C API: `WINDOW_MANAGER_ERRORCODE_PIP_STATE_ABNORMAL`.
    ///
    /// This error code is reported when the PiP window status is abnormal.
    #[code(
        1300012,
        title = "Abnormal PiP Window Status",
        message = "The PiP window state is abnormal.",
        description = "This error code is reported when the PiP window status is abnormal.",
        cause = "The PiP window status is abnormal.",
        solution = "No action is required.",
        since = 20,
        constant = "WINDOW_MANAGER_ERRORCODE_PIP_STATE_ABNORMAL",
        layout = "\n## {code} {title}\n\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{causes}\n\n**Solution**<br>\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "画中画窗口状态异常",
        description = "画中画窗口状态异常。",
        cause = "画中画窗口状态异常。",
        solution = "无需处理。",
        layout = "\n## {code} {title}\n\n**错误信息**<br>\n{message}\n\n**错误描述**<br>\n{description}\n\n**可能原因**<br>\n{causes}\n\n**处理步骤**<br>\n{solutions}\n"
    )]
    AbnormalPiPWindowStatus,
    /// Failure in Creating a PiP Window (1300013).
    ///
    /// C API: `WINDOW_MANAGER_ERRORCODE_PIP_CREATE_FAILED`.
    ///
    /// This error code is reported when creating a PiP window fails.
    #[code(
        1300013,
        title = "Failure in Creating a PiP Window",
        message = "Failed to create the PiP window.",
        description = "This error code is reported when creating a PiP window fails.",
        cause = "Incorrect parameters are passed in to create the PiP window.<br>",
        cause = "Attempt to start PiP in a non-full-screen window.",
        solution = "Correct the input parameters.<br>",
        solution = "Do not start PiP in a non-full-screen window.",
        since = 20,
        constant = "WINDOW_MANAGER_ERRORCODE_PIP_CREATE_FAILED",
        layout = "\n## {code} {title}\n\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{causes:tight}\n\n**Solution**<br>\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "创建画中画窗口失败",
        description = "创建画中画窗口失败。",
        cause = "启动画中画时传入参数有误。<br>",
        cause = "在非全屏窗口下启动画中画。",
        solution = "检查启动画中画参数。<br>",
        solution = "不要在非全屏窗口下启动画中画。",
        layout = "\n## {code} {title}\n\n**错误信息**<br>\n{message}\n\n**错误描述**<br>\n{description}\n\n**可能原因**<br>\n{causes:tight}\n\n**处理步骤**<br>\n{solutions:tight}\n"
    )]
    FailureInCreatingPiPWindow,
    /// PiP Internal Error (1300014).
    ///
    /// C API: `WINDOW_MANAGER_ERRORCODE_PIP_INTERNAL_ERROR`.
    ///
    /// This error code is reported when an internal error occurs in PiP.
    #[code(
        1300014,
        title = "PiP Internal Error",
        message = "PiP internal error.",
        description = "This error code is reported when an internal error occurs in PiP.",
        cause = "The window on which the PiP feature depends is abnormal or empty.<br>",
        cause = "The PiP controller is abnormal.",
        solution = "No action is required.",
        since = 20,
        constant = "WINDOW_MANAGER_ERRORCODE_PIP_INTERNAL_ERROR",
        layout = "\n## {code} {title}\n\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{causes:tight}\n\n**Solution**<br>\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "画中画内部错误",
        description = "画中画内部错误。",
        cause = "画中画依赖的窗口异常，可能窗口为空。<br>",
        cause = "画中画控制器异常。",
        solution = "无需处理。",
        layout = "\n## {code} {title}\n\n**错误信息**<br>\n{message}\n\n**错误描述**<br>\n{description}\n\n**可能原因**<br>\n{causes:nospace,tight}\n\n**处理步骤**<br>\n{solutions}\n"
    )]
    PiPInternalError,
    /// Repeated PiP Operations (1300015).
    ///
    /// C API: `WINDOW_MANAGER_ERRORCODE_PIP_REPEATED_OPERATION`.
    ///
    /// This error code is reported when a repeated PiP operation is performed.
    #[code(
        1300015,
        title = "Repeated PiP Operations",
        message = "Repeated PiP operation.",
        description = "This error code is reported when a repeated PiP operation is performed.",
        cause = "The PiP window has been started or closed.",
        solution = "Do not start or stop PiP repeatedly.<br>",
        since = 20,
        constant = "WINDOW_MANAGER_ERRORCODE_PIP_REPEATED_OPERATION",
        layout = "\n## {code} {title}\n\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{causes}\n\n**Solution**<br>\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "重复操作画中画",
        description = "重复操作画中画。",
        cause = "这个画中画已经被拉起或者已经被关闭。",
        solution = "不要重复启动/停止画中画。<br>",
        layout = "\n## {code} {title}\n\n**错误信息**<br>\n{message}\n\n**错误描述**<br>\n{description}\n\n**可能原因**<br>\n{causes}\n\n**处理步骤**<br>\n{solutions}\n"
    )]
    RepeatedPiPOperations,
    /// Parameter Verification Error (1300016).
    ///
    /// C API: `WINDOW_MANAGER_ERRORCODE_INCORRECT_PARAM`.
    ///
    /// This error code is reported when parameters are incorrect. For example, the parameter value exceeds the allowed range, the length of the string or array does not meet the requirements, or the parameter format is incorrect.
    #[code(
        1300016,
        title = "Parameter Verification Error",
        message = "Parameter validation error.",
        description = "This error code is reported when parameters are incorrect. For example, the parameter value exceeds the allowed range, the length of the string or array does not meet the requirements, or the parameter format is incorrect.",
        cause = "The parameter value is out of range.",
        cause = "The parameter length exceeds the allowed limits.",
        cause = "The parameter format is incorrect.",
        solution = "Verify that the parameters adhere to the required standards.",
        since = 20,
        constant = "WINDOW_MANAGER_ERRORCODE_INCORRECT_PARAM",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "参数校验错误",
        description = "参数错误，如值超出允许的范围、字符串/数组的长度不符合要求、参数格式不正确等。",
        cause = "参数的值超出允许的范围。",
        cause = "参数的长度超出允许的长度。",
        cause = "参数的格式不正确。",
        solution = "检查参数是否符合规范。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    ParameterVerificationError,
    /// API Call Timeout (1300018).
    ///
    /// This error code is reported when the API call times out.
    #[code(
        1300018,
        title = "API Call Timeout",
        message = "API call timed out.",
        description = "This error code is reported when the API call times out.",
        cause = "The wait time for a synchronous API call exceeds the upper limit.",
        solution = "The solution will vary based on the specific context. Typical approaches are:",
        solution = "Retry the API call a limited number of times.",
        solution = "Implement fallback measures, such as using cached data or alternative logic.",
        solution = "Abort the current processing logic.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solution}\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "API调用超时",
        description = "接口调用超时。",
        cause = "同步接口调用等待时间超出了限制范围。",
        solution = "需根据具体业务场景而定，常见的几种处理方式：",
        solution = "API接口在有限次数内进行重新调用。",
        solution = "降级处理，使用缓存或执行其他业务逻辑。",
        solution = "中断本次逻辑处理。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}\n\n{solutions:nospace}\n"
    )]
    ApiCallTimeout,
    /// Floating Ball Parameter Verification Error (1300019).
    ///
    /// This error code is reported when parameters are incorrect. For example, the parameter value exceeds the allowed range, the length of the string or array does not meet the requirements, or the parameter format is incorrect.
    #[code(
        1300019,
        title = "Floating Ball Parameter Verification Error",
        message = "Wrong parameters for operating the floating ball.",
        description = "This error code is reported when parameters are incorrect. For example, the parameter value exceeds the allowed range, the length of the string or array does not meet the requirements, or the parameter format is incorrect.",
        cause = "The parameter value is out of range.",
        cause = "The parameter length exceeds the allowed limits.",
        cause = "The parameter format is incorrect.",
        cause = "A mandatory parameter is not passed.",
        solution = "Ensure that the parameter value is within the allowed range.",
        solution = "Ensure that the parameter length is within the allowed limits.",
        solution = "Use the correct format for parameters.",
        solution = "Check whether any mandatory parameter is not passed.",
        solution = "For details about the floating ball parameters, see [FloatingBallParams](js-apis-floatingBall.md#floatingballparams).",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n1. {solution}\n\n2. {solution}\n\n3. {solution}\n\n4. {solution}\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "闪控球参数校验错误",
        description = "参数错误，包括值超出范围、字符串或数组长度不符、参数格式不正确。",
        cause = "参数的值超出允许的范围。",
        cause = "参数的长度超出允许的长度。",
        cause = "参数的格式不正确。",
        cause = "必传的参数没有传入。",
        solution = "参数值应处于允许的范围内。",
        solution = "参数的长度应处于允许的长度范围内。",
        solution = "参数应使用正确的格式。",
        solution = "检查是否有未传入的必传参数。",
        solution = "闪控球相关参数具体可见[FloatingBallParams](js-apis-floatingBall.md#floatingballparams)。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n1.{solution}\n\n2.{solution}\n\n3.{solution}\n\n4.{solution}\n\n{solutions}\n"
    )]
    FloatingBallParameterVerificationError,
    /// Failure in Creating a Floating Ball Window (1300020).
    ///
    /// This error code is reported when creating a floating ball window fails.
    #[code(
        1300020,
        title = "Failure in Creating a Floating Ball Window",
        message = "Failed to create the floating ball window.",
        description = "This error code is reported when creating a floating ball window fails.",
        cause = "Incorrect parameters are passed in to start the floating ball.",
        cause = "Attempt to start the floating ball on an unsupported device.",
        cause = "Attempt to start the floating ball when the application is in the background.",
        solution = "Check the parameters before starting the floating ball.",
        solution = "Verify that the device supports the floating ball before starting it.",
        solution = "Ensure that the application is in the foreground before starting the floating ball.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "创建闪控球窗口失败",
        description = "创建闪控球窗口失败。",
        cause = "启动闪控球时参数有误。",
        cause = "在不支持的设备上启动闪控球。",
        cause = "应用在后台时启动闪控球。",
        solution = "启动闪控球前，请检查参数。",
        solution = "启动闪控球前，请检查设备环境是否支持。",
        solution = "在拉起闪控球前，判断应用是否处于前台。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions:nospace}\n"
    )]
    FailureInCreatingFloatingBallWindow,
    /// Failure in Starting Multiple Floating Balls (1300021).
    ///
    /// This error code is reported when starting multiple floating balls fails.
    #[code(
        1300021,
        title = "Failure in Starting Multiple Floating Balls",
        message = "Failed to start multiple floating ball windows.",
        description = "This error code is reported when starting multiple floating balls fails.",
        cause = "Multiple floating ball controllers are created for the same application.",
        solution = "An application should create only one floating ball controller to start the floating ball. You are advised to use a singleton pattern to hold the floating ball controller.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "启动多个闪控球失败",
        description = "启动多个闪控球失败。",
        cause = "同一应用创建多个闪控球控制器启动闪控球。",
        solution = "同一应用应仅创建一个闪控球控制器以启动闪控球，建议使用单例模式来持有闪控球控制器。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    FailureInStartingMultipleFloatingBalls,
    /// Repeated Floating Ball Operation (1300022).
    ///
    /// This error code is reported when a repeated operation is performed on the floating ball.
    #[code(
        1300022,
        title = "Repeated Floating Ball Operation",
        message = "Repeated floating ball operation.",
        description = "This error code is reported when a repeated operation is performed on the floating ball.",
        cause = "Attempt to start the floating ball while it is already running.",
        cause = "Attempt to stop the floating ball after it has already stopped.",
        cause = "Attempt to register the floating ball callback multiple times.",
        solution = "Check whether the floating ball is already running before starting it.",
        solution = "Check whether the floating ball has already stopped before stopping it.",
        solution = "Ensure that the callback is not already registered before registering the floating ball callback.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "重复操作闪控球",
        description = "重复操作闪控球。",
        cause = "闪控球在启动状态下再次启动。",
        cause = "闪控球停止后，再次停止无效。",
        cause = "重复注册闪控球回调。",
        solution = "在启动操作前，检查闪控球是否已启动。",
        solution = "在停止操作前，检查闪控球是否已停止。",
        solution = "在注册闪控球回调操作前，确保回调未注册。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions:nospace}\n"
    )]
    RepeatedFloatingBallOperation,
    /// Internal Error of the Floating Ball (1300023).
    ///
    /// This error code is reported when an internal error occurs in the floating ball.
    #[code(
        1300023,
        title = "Internal Error of the Floating Ball",
        message = "Floating ball internal error.",
        description = "This error code is reported when an internal error occurs in the floating ball.",
        cause = "The window on which the floating ball depends is abnormal or empty.",
        cause = "The floating ball controller is abnormal or empty.",
        solution = "Check the window of the floating ball to ensure it is not empty.",
        solution = "Check the status of the floating ball controller to ensure it is not empty.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "闪控球内部错误",
        description = "闪控球内部错误。",
        cause = "闪控球依赖的窗口异常，可能为空。",
        cause = "闪控球控制器异常，可能是控制器为空。",
        solution = "检查闪控球的窗口，确保其非空。",
        solution = "检查闪控球控制器的状态，确保其不为空。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions:nospace}\n"
    )]
    InternalErrorOfFloatingBall,
    /// Abnormal Floating Ball Window State (1300024).
    ///
    /// This error code is reported when the floating ball window state is abnormal.
    #[code(
        1300024,
        title = "Abnormal Floating Ball Window State",
        message = "The floating ball window state is abnormal.",
        description = "This error code is reported when the floating ball window state is abnormal.",
        cause = "The floating ball window may not have been created or may have been destroyed.",
        solution = "Check that the floating ball window has been created and is not destroyed.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "闪控球窗口状态异常",
        description = "闪控球窗口状态异常。",
        cause = "闪控球窗口状态异常，可能未创建或已被销毁。",
        solution = "检查闪控球的窗口状态，确保窗口已创建且未被销毁。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    AbnormalFloatingBallWindowState,
    /// Unsupported Operation in the Current Floating Ball State (1300025).
    ///
    /// This error code is reported when the operation is not supported in the current floating ball state.
    #[code(
        1300025,
        title = "Unsupported Operation in the Current Floating Ball State",
        message = "The floating ball state does not support this operation.",
        description = "This error code is reported when the operation is not supported in the current floating ball state.",
        cause = "Attempt to update the floating ball when it is not active.",
        cause = "Attempt to query window information when the floating ball is not active.",
        cause = "Attempt to launch an application window when the floating ball is not active.",
        cause = "Attempt to start the floating ball before the stop process is complete.",
        solution = "Check whether the floating ball is active before updating it.",
        solution = "Check whether the floating ball is active before querying window information.",
        solution = "Check whether the floating ball is active before launching an application window.",
        solution = "Wait for the floating ball to stop completely before restarting it.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "闪控球状态不支持该操作",
        description = "闪控球状态不支持该操作。",
        cause = "在闪控球未启动时进行更新操作。",
        cause = "闪控球未启动时，查询窗口信息。",
        cause = "闪控球未启动时，拉起应用窗口。",
        cause = "调用闪控球停止接口，流程未完成时启动闪控球。",
        solution = "进行更新操作前，检查闪控球是否已启动。",
        solution = "进行查询闪控球窗口信息操作时，检查闪控球是否已启动。",
        solution = "进行拉起应用窗口操作时，检查闪控球是否已启动。",
        solution = "等待闪控球回调停止后，再次启动闪控球。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions:nospace}\n"
    )]
    UnsupportedOperationInCurrentFloatingBallState,
    /// Failure in Launch an Application Window via a Floating Ball (1300026).
    ///
    /// This error code is reported when launching an application window via the floating ball fails.
    #[code(
        1300026,
        title = "Failure in Launch an Application Window via a Floating Ball",
        message = "Failed to restore the main window.",
        description = "This error code is reported when launching an application window via the floating ball fails.",
        cause = "Incorrect parameters are passed.",
        cause = "The application does not have the `ohos.permission.AUTO_RESTORE_MAIN_WINDOW` permission and the floating ball is not tapped before the application window is launched.",
        cause = "Attempt to launch a window that belongs to another application.",
        solution = "Check the parameters used to launch the application window.",
        solution = "To launch the application window without user interaction, apply for the `ohos.permission.AUTO_RESTORE_MAIN_WINDOW` permission. Otherwise, launch the application window after the floating ball is tapped.",
        solution = "Launch the window that belongs to the current application.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "闪控球拉起应用窗口失败",
        description = "闪控球拉起应用窗口失败。",
        cause = "传入参数有误。",
        cause = "应用未申请`ohos.permission.AUTO_RESTORE_MAIN_WINDOW`权限的情况下，拉起应用窗口前未点击闪控球。",
        cause = "拉起非本应用的窗口。",
        solution = "请检查应用窗口的拉起参数。",
        solution = "若希望不与用户交互直接拉起应用窗口，请申请`ohos.permission.AUTO_RESTORE_MAIN_WINDOW`权限。否则，请在点击闪控球之后再拉起应用窗口。",
        solution = "仅拉起本应用窗口。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions:nospace}\n"
    )]
    FailureInLaunchApplicationWindowViaFloatingBall,
    /// Cannot Change Template Type When Updating the Floating Ball (1300027).
    ///
    /// This error code is reported when changing the template type fails.
    #[code(
        1300027,
        title = "Cannot Change Template Type When Updating the Floating Ball",
        message = "When updating the floating ball, the template type cannot be changed.",
        description = "This error code is reported when changing the template type fails.",
        cause = "The template type used during the update is inconsistent with the one used during creation.",
        solution = "Ensure that the template type used when updating the floating ball matches the one used when it was created.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "更新闪控球时不能改变模板类型",
        description = "更新闪控球时，模板类型与创建时不同。",
        cause = "更新闪控球与创建闪控球时的模板类型不一致。",
        solution = "请确保在更新闪控球时，模板类型与创建闪控球时的模板类型一致。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    CannotChangeTemplateTypeWhenUpdatingFloatingBall,
    /// Floating Ball Based on a Static Template Cannot Be Updated (1300028).
    ///
    /// This error code is reported when users attempt to update a floating ball based on a static template.
    #[code(
        1300028,
        title = "Floating Ball Based on a Static Template Cannot Be Updated",
        message = "Updating static template-based floating balls is not supported.",
        description = "This error code is reported when users attempt to update a floating ball based on a static template.",
        cause = "Updating floating balls based on static templates is not supported.",
        solution = "Delete any existing floating balls based on static templates and create new ones.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "不支持更新静态模板类型闪控球",
        description = "不支持更新静态模板类型闪控球。",
        cause = "更新静态模板类型的闪控球。",
        solution = "请删除已有的静态模板类型闪控球，然后创建新的闪控球。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    FloatingBallBasedOnStaticTemplateCannotBeUpdated,
    /// Window Null Pointer Exception<sup>(deprecated)</sup> (1001).
    ///
    /// This error code is reported when you operate a window pointed to by a null pointer.
    #[deprecated = "the page marks this code deprecated"]
    #[code(
        1001,
        title = "Window Null Pointer Exception<sup>(deprecated)</sup>",
        message = "A window null pointer occurs.",
        description = "This error code is reported when you operate a window pointed to by a null pointer.",
        cause = "A null pointer is used.",
        solution = "Operate the window that exists."
    )]
    #[translation(
        "zh-CN",
        title = "窗口空指针异常<sup>(deprecated)</sup>",
        description = "窗口空指针异常，如出现空指针时，操作该窗口，会报此错误码。",
        cause = "操作窗口时，出现空指针。",
        solution = "在对窗口进行操作前，检查该窗口是否存在空指针，确保其不存在空指针，再进行相关操作。"
    )]
    WindowNullPointerException,
    /// Invalid Window Type<sup>(deprecated)</sup> (1002).
    ///
    /// This error code is reported when the window type is invalid.
    #[deprecated = "the page marks this code deprecated"]
    #[code(
        1002,
        title = "Invalid Window Type<sup>(deprecated)</sup>",
        message = "This window type is invalid.",
        description = "This error code is reported when the window type is invalid.",
        cause = "An invalid window type is used. For details about valid window types, see [WindowType](arkts-apis-window-e.md#windowtype7).",
        solution = "Use a window type supported."
    )]
    #[translation(
        "zh-CN",
        title = "无效的窗口类型<sup>(deprecated)</sup>",
        description = "窗口类型无效。",
        cause = "使用了无效的窗口类型，有效的窗口类型见[WindowType](arkts-apis-window-e.md#windowtype7)。",
        solution = "请使用WindowType支持的窗口类型，再进行相关操作。"
    )]
    InvalidWindowType,
    /// Invalid Window Parameter<sup>(deprecated)</sup> (1003).
    ///
    /// This error code is reported when a window parameter is invalid.
    #[deprecated = "the page marks this code deprecated"]
    #[code(
        1003,
        title = "Invalid Window Parameter<sup>(deprecated)</sup>",
        message = "This window parameter is invalid.",
        description = "This error code is reported when a window parameter is invalid.",
        cause = "Invalid parameters are passed in.",
        solution = "Correct the parameters."
    )]
    #[translation(
        "zh-CN",
        title = "无效的窗口参数<sup>(deprecated)</sup>",
        description = "当窗口参数无效时，操作该窗口，会报此错误码。",
        cause = "操作窗口时，该窗口参数无效。",
        solution = "在对窗口进行操作前，检查该窗口参数是否有效，确保其参数有效，再进行相关操作。"
    )]
    InvalidWindowParameter,
    /// Ability Service Exception<sup>(deprecated)</sup> (1004).
    ///
    /// This error code is reported when the ability service is abnormal.
    #[deprecated = "the page marks this code deprecated"]
    #[code(
        1004,
        title = "Ability Service Exception<sup>(deprecated)</sup>",
        message = "This system ability service works abnormally.",
        description = "This error code is reported when the ability service is abnormal.",
        cause = "When the window is destroyed, the proxy fails to be initialized.",
        solution = "Restart the device and try again."
    )]
    #[translation(
        "zh-CN",
        title = "元能力服务异常<sup>(deprecated)</sup>",
        description = "当元能力服务工作异常时，会报此错误码。",
        cause = "当销毁窗口时，如初始化proxy失败。",
        solution = "元能力服务异常，重启设备尝试。"
    )]
    AbilityServiceException,
    /// IPC Failure<sup>(deprecated)</sup> (1005).
    ///
    /// This error code is reported when IPC fails.
    #[deprecated = "the page marks this code deprecated"]
    #[code(
        1005,
        title = "IPC Failure<sup>(deprecated)</sup>",
        message = "This window IPC failed.",
        description = "This error code is reported when IPC fails.",
        cause = "The window parameters fail to be transferred.",
        solution = "Before operating a window, ensure that the client and server services in the window are normal."
    )]
    #[translation(
        "zh-CN",
        title = "IPC通信失败<sup>(deprecated)</sup>",
        description = "当IPC通信失败时，会报此错误码。",
        cause = "操作窗口时，该窗口参数IPC传输失败。",
        solution = "在对窗口进行操作前，检查该窗口客户端和服务端服务正常，再进行相关操作。"
    )]
    IpcFailure,
    /// Application Startup Failure by WindowExtensionAbility<sup>(deprecated)</sup> (1007).
    ///
    /// This error code is reported when a WindowExtensionAbility fails to start an application.
    #[deprecated = "the page marks this code deprecated"]
    #[code(
        1007,
        title = "Application Startup Failure by WindowExtensionAbility<sup>(deprecated)</sup>",
        message = "Failed to start the ability.",
        description = "This error code is reported when a WindowExtensionAbility fails to start an application.",
        cause = "Incorrect parameters are passed into the API used by the WindowExtensionAbility to start the application.",
        solution = "Pass in the correct parameters."
    )]
    #[translation(
        "zh-CN",
        title = "WindowExtension拉起应用失败<sup>(deprecated)</sup>",
        description = "WindowExtension拉起应用失败。",
        cause = "WindowExtension拉起应用的参数异常。",
        solution = "检查WindowExtension参数是否被异常修改，确保其参数合法，再进行相关操作。",
        layout = "\n## {code} {title}\n**错误信息**<br>\n{message}\n\n**错误描述**<br>\n{description}\n\n**可能原因**<br>\n{causes}\n\n**处理步骤**<br>\n{solution}"
    )]
    ApplicationStartupFailureByWindowExtensionAbility1007,
}
